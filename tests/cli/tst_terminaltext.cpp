// SPDX-License-Identifier: GPL-3.0-or-later
// TerminalText: what a server wrote, made harmless for a terminal. Pure.

#include "cli/TerminalText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using sms::cli::TerminalText;

class tst_TerminalText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void line_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("shown");
        QTest::newRow("plain") << QStringLiteral("InvalidParameter: bad Limit")
                               << QStringLiteral("InvalidParameter: bad Limit");
        QTest::newRow("Chinese, emoji")
            << QStringLiteral("签名未审批 \U0001F600") << QStringLiteral("签名未审批 \U0001F600");
        QTest::newRow("window title")
            << QStringLiteral("\x1b]0;pwned\x07") << QStringLiteral("\\x1B]0;pwned\\x07");
        QTest::newRow("screen clear")
            << QStringLiteral("\x1b[2J\x1b[H") << QStringLiteral("\\x1B[2J\\x1B[H");
        QTest::newRow("fake prompt")
            << QStringLiteral("ok\rroot@host:~# ") << QStringLiteral("ok\\x0Droot@host:~# ");
        QTest::newRow("line breaks and tabs")
            << QStringLiteral("a\nb\r\nc\td") << QStringLiteral("a\\x0Ab\\x0D\\x0Ac\\x09d");
        QTest::newRow("NUL, DEL") << QString::fromUtf16(u"a\u0000b\u007fc", 5)
                                  << QStringLiteral("a\\x00b\\x7Fc");
        QTest::newRow("8-bit CSI and other C1") << QStringLiteral("\u009b31m\u0085\u0080\u009f")
                                                << QStringLiteral("\\x9B31m\\x85\\x80\\x9F");
        QTest::newRow("right-to-left override")
            << QStringLiteral("invoice\u202Efdp.exe") << QStringLiteral("invoice\\u202Efdp.exe");
        QTest::newRow("embeddings, pop, isolates")
            << QStringLiteral("\u202A\u202B\u202C\u202D\u2066\u2067\u2068\u2069")
            << QStringLiteral("\\u202A\\u202B\\u202C\\u202D\\u2066\\u2067\\u2068\\u2069");
        QTest::newRow("marks and separators")
            << QStringLiteral("\u200E\u200F\u061C\u2028\u2029")
            << QStringLiteral("\\u200E\\u200F\\u061C\\u2028\\u2029");
        QTest::newRow("right-to-left script kept") << QStringLiteral("\u05E9\u05DC\u05D5\u05DD")
                                                   << QStringLiteral("\u05E9\u05DC\u05D5\u05DD");
        QTest::newRow("neighbours kept") << QStringLiteral("~\u00A0\u2027\u202F\u2065\u206A")
                                         << QStringLiteral("~\u00A0\u2027\u202F\u2065\u206A");
    }

    void line()
    {
        QFETCH(QString, text);
        QFETCH(QString, shown);
        QCOMPARE(TerminalText::line(text), shown);
    }

    void jsonStaysTheSameDocument()
    {
        const QString evil = QStringLiteral("\x1b]0;t\x07\r\u009b2J\u202Egnp.exe\u007f");
        const QJsonObject object {{QStringLiteral("Message"), evil}, {evil, QJsonArray {evil, 1}}};
        const QString document
            = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        const QString shown = TerminalText::json(document);
        // Nothing a terminal acts on is left; the line breaks are the document's.
        for (const QChar c : shown)
            QVERIFY2(c == QLatin1Char('\n') || !TerminalText::isUnsafe(c.unicode()),
                     qPrintable(QString::number(c.unicode(), 16)));
        QVERIFY(shown.contains(QLatin1String("\\u202e")));
        QVERIFY(shown.contains(QLatin1String("\\u009b")));
        QVERIFY(shown.contains(QLatin1String("\\u007f")));
        // A JSON reader gets the very same document back.
        QJsonParseError error;
        const QJsonDocument read = QJsonDocument::fromJson(shown.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(read.object(), object);
    }
};

QTEST_GUILESS_MAIN(tst_TerminalText)
#include "tst_terminaltext.moc"
