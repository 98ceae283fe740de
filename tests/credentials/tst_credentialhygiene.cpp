// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/CredentialHygiene.h"

#include <QTest>

using sms::credentials::CredentialHygiene;

// What operators paste into the key fields: keys copied from a web page, a
// chat or a PDF, with whatever invisible characters came along.
class tst_CredentialHygiene : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clean_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("trimmed");
        QTest::addColumn<bool>("inner");

        const QString key = QStringLiteral("AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA");
        QTest::newRow("clean") << key << key << false << false;
        QTest::newRow("empty") << QString() << QString() << false << false;
        QTest::newRow("only spaces") << QStringLiteral("  \t ") << QString() << true << false;
        QTest::newRow("leading space") << (QStringLiteral(" ") + key) << key << true << false;
        QTest::newRow("trailing space") << (key + QStringLiteral(" ")) << key << true << false;
        QTest::newRow("tabs") << (QStringLiteral("\t") + key + QStringLiteral("\t\t")) << key << true << false;
        QTest::newRow("CRLF") << (key + QStringLiteral("\r\n")) << key << true << false;
        QTest::newRow("LF before") << (QStringLiteral("\n") + key) << key << true << false;
        QTest::newRow("full-width space") << (QStringLiteral("\u3000") + key + QStringLiteral("\u3000")) << key << true << false;
        QTest::newRow("no-break space") << (key + QStringLiteral("\u00A0")) << key << true << false;
        QTest::newRow("zero-width space") << (QStringLiteral("\u200B") + key) << key << true << false;
        QTest::newRow("byte order mark") << (QStringLiteral("\uFEFF") + key) << key << true << false;
        QTest::newRow("mixed") << (QStringLiteral("\uFEFF \u3000\t") + key + QStringLiteral("\u200B\r\n ")) << key << true << false;
        QTest::newRow("inner space") << QStringLiteral("AKID abc") << QStringLiteral("AKID abc") << false << true;
        QTest::newRow("inner newline, outer space")
            << QStringLiteral(" AKID\nabc ") << QStringLiteral("AKID\nabc") << true << true;
        QTest::newRow("inner zero-width space")
            << QStringLiteral("AKID\u200Babc") << QStringLiteral("AKID\u200Babc") << false << true;
        QTest::newRow("inner full-width space")
            << QStringLiteral("AKID\u3000abc") << QStringLiteral("AKID\u3000abc") << false << true;
        QTest::newRow("punctuation kept") << QStringLiteral("a+b/c=d") << QStringLiteral("a+b/c=d") << false << false;
    }

    void clean()
    {
        QFETCH(QString, input);
        QFETCH(QString, value);
        QFETCH(bool, trimmed);
        QFETCH(bool, inner);
        const CredentialHygiene::Cleaned result = CredentialHygiene::clean(input);
        QCOMPARE(result.value, value);
        QCOMPARE(result.trimmed, trimmed);
        QCOMPARE(result.hasInnerWhitespace, inner);
        // Cleaning is idempotent: a cleaned value needs no second note.
        QVERIFY(!CredentialHygiene::clean(result.value).trimmed);
    }
};

QTEST_GUILESS_MAIN(tst_CredentialHygiene)
#include "tst_credentialhygiene.moc"
