// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ExplainCommand.h"

#include "Localization.h"
#include "errors/ErrorCatalog.h"

#include <QTest>

using sms::cli::ExplainCommand;
using sms::errors::ErrorCatalog;

namespace {
struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

Result explain(const QStringList &arguments)
{
    Result result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    ExplainCommand command;
    result.exitCode = command.run(arguments, out, err);
    out.flush();
    err.flush();
    return result;
}
} // namespace

class tst_ExplainCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { sms::Localization::install(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void cleanupTestCase() { init(); }

    void knownCode();
    void everyKnownCodeExplains();
    void list();
    void unknownCodeFallsBack();
    void caseInsensitiveTyping();
    void usageErrors_data();
    void usageErrors();
    void languages();
};

void tst_ExplainCommand::knownCode()
{
    const Result r = explain({QStringLiteral("AuthFailure.SecretIdNotFound")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.isEmpty());
    QCOMPARE(r.out, ErrorCatalog::formatPlainText(QStringLiteral("AuthFailure.SecretIdNotFound")));
    QVERIFY(r.out.contains(QStringLiteral("SecretId not found")));
    QVERIFY(r.out.contains(QStringLiteral("\n  1. ")));
    QVERIFY(r.out.contains(QStringLiteral("\n  3. ")));
    QVERIFY(!r.out.contains(QStringLiteral("not a known code")));
}

void tst_ExplainCommand::everyKnownCodeExplains()
{
    for (const QString &code : ErrorCatalog::knownCodes()) {
        const Result r = explain({code});
        QVERIFY2(r.exitCode == 0, qPrintable(code));
        QVERIFY2(r.out.startsWith(code + QLatin1Char('\n')), qPrintable(code));
        QVERIFY2(!r.out.contains(QStringLiteral("not a known code")), qPrintable(code));
    }
}

void tst_ExplainCommand::list()
{
    const Result r = explain({QStringLiteral("--list")});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines, ErrorCatalog::knownCodes());
    QVERIFY(lines.contains(QStringLiteral("UnsupportedOperation.")));
    QVERIFY(lines.contains(QStringLiteral("ClientError.TlsError")));
    QVERIFY(lines.size() >= 117);
}

void tst_ExplainCommand::unknownCodeFallsBack()
{
    Result r = explain({QStringLiteral("LimitExceeded.SomethingNew")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("not a known code")));
    QVERIFY(r.out.contains(QStringLiteral("\"LimitExceeded\"")));

    r = explain({QStringLiteral("Nobody.Knows")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("not a known code")));
    QVERIFY(r.out.contains(ErrorCatalog::guidanceFor(QStringLiteral("Nobody.Knows")).title));
}

void tst_ExplainCommand::caseInsensitiveTyping()
{
    const Result r = explain({QStringLiteral("authfailure.signatureexpire")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith(QStringLiteral("AuthFailure.SignatureExpire\n")));
    QVERIFY(!r.out.contains(QStringLiteral("not a known code")));
}

void tst_ExplainCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("nothing") << QStringList();
    QTest::newRow("two codes") << QStringList{QStringLiteral("A"), QStringLiteral("B")};
    QTest::newRow("not a code") << QStringList{QStringLiteral("rm -rf /")};
    QTest::newRow("markup") << QStringList{QStringLiteral("<b>x</b>")};
    QTest::newRow("leading dot") << QStringList{QStringLiteral(".Foo")};
    QTest::newRow("list and code") << QStringList{QStringLiteral("--list"), QStringLiteral("A")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")};
    QTest::newRow("lang without value") << QStringList{QStringLiteral("A"), QStringLiteral("--lang")};
    QTest::newRow("unknown lang") << QStringList{QStringLiteral("A"), QStringLiteral("--lang"),
                                                 QStringLiteral("fr")};
}

void tst_ExplainCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Result r = explain(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY(r.err.contains(QStringLiteral("smsctl explain")));
}

void tst_ExplainCommand::languages()
{
    const QString english = explain({QStringLiteral("AuthFailure.SignatureExpire")}).out;

    Result zh = explain({QStringLiteral("AuthFailure.SignatureExpire"), QStringLiteral("--lang"),
                         QStringLiteral("zh_CN")});
    QCOMPARE(zh.exitCode, 0);
    QCOMPARE(sms::Localization::current(), QStringLiteral("zh_CN"));
    QVERIFY(zh.out != english);
    QVERIFY(zh.out.contains(QStringLiteral("时钟")));
    QVERIFY(zh.out.startsWith(QStringLiteral("AuthFailure.SignatureExpire\n")));

    Result en = explain({QStringLiteral("--lang=en"), QStringLiteral("AuthFailure.SignatureExpire")});
    QCOMPARE(en.exitCode, 0);
    QCOMPARE(en.out, english);

    // Every published code answers in Chinese with Chinese text.
    sms::Localization::install(QLocale(QLocale::Chinese, QLocale::China));
    for (const QString &code : ErrorCatalog::knownCodes()) {
        const Result r = explain({code});
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("\\p{Han}"))), qPrintable(code));
    }
}

QTEST_GUILESS_MAIN(tst_ExplainCommand)
#include "tst_explaincommand.moc"
