// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/Preflight.h"

#include <QTest>

using namespace sms::campaign;
using namespace Qt::Literals::StringLiterals;
using sms::domain::Market;
using sms::domain::SmsPackagesStatistics;
using sms::domain::SmsType;

namespace {

Recipient row(const QString &input, const QStringList &parameters = {}, qint64 sourceRow = 1)
{
    Recipient r;
    r.sourceRow = sourceRow;
    r.input = input;
    r.parameters = parameters;
    return r;
}

Preflight::Options notification(const QString &content = u"您的订单{1}已发货"_s)
{
    Preflight::Options options;
    options.templateContent = content;
    options.smsType = SmsType::Notification;
    options.templateMarket = Market::Domestic;
    options.signName = u"沙盒科技"_s;
    // 10:00 in Beijing: within marketing hours, so only the rule under test applies.
    options.plannedTime = QDateTime(QDate(2026, 3, 2), QTime(2, 0), Qt::UTC);
    return options;
}

// The code pre-flight gives one row checked alone.
QString codeOf(const Preflight::Options &options, const QString &input,
               const QStringList &parameters)
{
    Preflight preflight(options);
    Recipient r = row(input, parameters);
    preflight.check(r);
    return r.problemCode;
}

SmsPackagesStatistics package(qint64 amount, qint64 usage, qint64 from, qint64 to)
{
    SmsPackagesStatistics p;
    p.packageAmount = amount;
    p.currentUsage = usage;
    p.packageEffectiveTime = from;
    p.packageExpiredTime = to;
    return p;
}

} // namespace

class tst_Preflight : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validRowNormalised();
    void incorrectPhoneNumber_data();
    void incorrectPhoneNumber();
    void defaultRegion();
    void duplicatesDropped();
    void duplicatesKept();
    void marketSplit();
    void templateMarketAgainstNumber();
    void parameterCount();
    void verificationCodeFormat();
    void parameterLengthLimit();
    void urlInParameter();
    void optOut();
    void contentLengthLimit();
    void marketingHours();
    void templateAndSignatureApproval();
    void segmentsAndPreview();
    void segmentsWithoutRendering();
    void balance();
    void summaryMerge();
};

void tst_Preflight::validRowNormalised()
{
    Preflight preflight(notification());
    Recipient r = row(u"138 0013 8000"_s, {u"A123"_s}, 7);
    preflight.check(r);
    QVERIFY2(r.isSendable(), qPrintable(r.problem));
    QCOMPARE(r.phone, u"+8613800138000"_s);
    QCOMPARE(r.market, Market::Domestic);
    QCOMPARE(r.sourceRow, 7);
    QVERIFY(r.problem.isEmpty());
    const PreflightSummary summary = preflight.summary();
    QCOMPARE(summary.rows, 1);
    QCOMPARE(summary.sendable, 1);
    QCOMPARE(summary.domestic, 1);
    QVERIFY(summary.blockers.isEmpty());
    QVERIFY(summary.canSend());
}

void tst_Preflight::incorrectPhoneNumber_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("empty") << QString();
    QTest::newRow("letters") << u"call me"_s;
    QTest::newRow("too short") << u"1380013"_s;
    QTest::newRow("unknown country") << u"+999 1234 5678"_s;
    QTest::newRow("mainland, one digit short") << u"1380013800"_s;
}

void tst_Preflight::incorrectPhoneNumber()
{
    QFETCH(QString, input);
    Preflight preflight(notification());
    Recipient r = row(input, {u"A1"_s});
    preflight.check(r);
    QCOMPARE(r.problemCode, u"InvalidParameterValue.IncorrectPhoneNumber"_s);
    QVERIFY(!r.problem.isEmpty());
    QVERIFY(r.phone.isEmpty());
    QVERIFY(!r.isSendable());
    QCOMPARE(r.input, input); // kept as the file had it
    QCOMPARE(preflight.summary().problemsByCode.value(r.problemCode), 1);
    QCOMPARE(preflight.summary().sendable, 0);
}

void tst_Preflight::defaultRegion()
{
    Preflight::Options options = notification();
    options.templateMarket = Market::Both;
    options.defaultRegion = u"HK"_s;
    Preflight preflight(options);
    Recipient hk = row(u"5123 4567"_s, {u"A1"_s});
    preflight.check(hk);
    QVERIFY2(hk.isSendable(), qPrintable(hk.problem));
    QCOMPARE(hk.phone, u"+85251234567"_s);
    QCOMPARE(hk.market, Market::International);
    // A bare mainland mobile stays +86 whatever the default region.
    Recipient mainland = row(u"13800138000"_s, {u"A1"_s});
    preflight.check(mainland);
    QCOMPARE(mainland.phone, u"+8613800138000"_s);
}

void tst_Preflight::duplicatesDropped()
{
    Preflight preflight(notification());
    QList<Recipient> rows
        = {row(u"13800138000"_s, {u"1"_s}, 2), row(u"+86 138-0013-8000"_s, {u"2"_s}, 3),
           row(u"008613800138000"_s, {u"3"_s}, 4), row(u"13800138001"_s, {u"4"_s}, 5)};
    preflight.check(rows);
    QVERIFY(rows[0].isSendable()); // the first one is kept
    QCOMPARE(rows[1].problemCode, Preflight::duplicateCode());
    QCOMPARE(rows[2].problemCode, Preflight::duplicateCode());
    QVERIFY(rows[3].isSendable());
    QVERIFY(rows[1].problem.contains(u"+8613800138000"_s));
    const PreflightSummary summary = preflight.summary();
    QCOMPARE(summary.duplicates, 2);
    QCOMPARE(summary.sendable, 2);
    QCOMPARE(summary.problemsByCode.value(Preflight::duplicateCode()), 2);
}

void tst_Preflight::duplicatesKept()
{
    Preflight::Options options = notification();
    options.dropDuplicates = false;
    Preflight preflight(options);
    QList<Recipient> rows = {row(u"13800138000"_s, {u"1"_s}), row(u"13800138000"_s, {u"2"_s})};
    preflight.check(rows);
    QVERIFY(rows[0].isSendable());
    QVERIFY(rows[1].isSendable());
    QCOMPARE(preflight.summary().duplicates, 1);
    QCOMPARE(preflight.summary().sendable, 2);
}

void tst_Preflight::marketSplit()
{
    Preflight::Options options = notification();
    options.templateMarket = Market::Both;
    Preflight preflight(options);
    QList<Recipient> rows
        = {row(u"13800138000"_s, {u"1"_s}), row(u"+852 5123 4567"_s, {u"2"_s}),
           row(u"+1 202 555 0123"_s, {u"3"_s}), row(u"+886 912 345 678"_s, {u"4"_s})};
    preflight.check(rows);
    for (const Recipient &r : std::as_const(rows))
        QVERIFY2(r.isSendable(), qPrintable(r.input + u": "_s + r.problem));
    QCOMPARE(rows[0].market, Market::Domestic);
    QCOMPARE(rows[1].market, Market::International); // Hong Kong needs the international route
    QCOMPARE(rows[3].market, Market::International);
    const PreflightSummary summary = preflight.summary();
    QCOMPARE(summary.domestic, 1);
    QCOMPARE(summary.international, 3);
    QVERIFY(summary.isMixed());
    // Mixed is not a reason to refuse: they go as separate sends.
    QCOMPARE(summary.sendable, 4);
}

void tst_Preflight::templateMarketAgainstNumber()
{
    Preflight::Options domestic = notification();
    QCOMPARE(codeOf(domestic, u"13800138000"_s, {u"1"_s}), QString());
    QCOMPARE(codeOf(domestic, u"+852 5123 4567"_s, {u"1"_s}),
             u"UnsupportedOperation.ChineseMainlandTemplateToGlobalPhone"_s);
    Preflight::Options international = notification(u"Your order {1} has shipped"_s);
    international.templateMarket = Market::International;
    QCOMPARE(codeOf(international, u"+852 5123 4567"_s, {u"1"_s}), QString());
    QCOMPARE(codeOf(international, u"13800138000"_s, {u"1"_s}),
             u"UnsupportedOperation.GlobalTemplateToChineseMainlandPhone"_s);
}

void tst_Preflight::parameterCount()
{
    const Preflight::Options options = notification(u"{1}您好，订单{2}已发货，{1}"_s);
    QCOMPARE(codeOf(options, u"13800138000"_s, {u"张三"_s, u"A1"_s}), QString());
    const QString mismatch = u"FailedOperation.TemplateParamSetNotMatchApprovedTemplate"_s;
    QCOMPARE(codeOf(options, u"13800138000"_s, {u"张三"_s}), mismatch);
    QCOMPARE(codeOf(options, u"13800138000"_s, {u"张三"_s, u"A1"_s, u"x"_s}), mismatch);
    QCOMPARE(codeOf(notification(u"没有变量"_s), u"13800138000"_s, {}), QString());
    QCOMPARE(codeOf(notification(u"没有变量"_s), u"13800138000"_s, {u"x"_s}), mismatch);
}

void tst_Preflight::verificationCodeFormat()
{
    Preflight::Options options = notification(u"验证码{1}，5分钟内有效"_s);
    options.smsType = SmsType::VerificationCode;
    const QString format = u"InvalidParameterValue.TemplateParameterFormatError"_s;
    QCOMPARE(codeOf(options, u"13800138000"_s, {u"123456"_s}), QString());
    QCOMPARE(codeOf(options, u"13800138000"_s, {u""_s}), QString());
    QCOMPARE(codeOf(options, u"13800138000"_s, {u"12a456"_s}), format);
    QCOMPARE(codeOf(options, u"13800138000"_s, {u"1234567"_s}), format);
    QCOMPARE(codeOf(options, u"13800138000"_s, {u"１２３"_s}), format); // full-width digits
    // The same values are fine in a notification.
    QCOMPARE(codeOf(notification(), u"13800138000"_s, {u"12a456"_s}), QString());
}

void tst_Preflight::parameterLengthLimit()
{
    const QString limit = u"InvalidParameterValue.TemplateParameterLengthLimit"_s;
    QCOMPARE(codeOf(notification(), u"13800138000"_s, {u"123456"_s}), QString());
    QCOMPARE(codeOf(notification(), u"13800138000"_s, {u"1234567"_s}), limit);
    // Characters, not UTF-16 units: six emoji are six.
    QCOMPARE(codeOf(notification(), u"13800138000"_s, {u"😀😀😀😀😀😀"_s}), QString());
    QCOMPARE(codeOf(notification(), u"13800138000"_s, {u"上海市徐汇区"_s}), QString());
    QCOMPARE(codeOf(notification(), u"13800138000"_s, {u"上海市徐汇区店"_s}), limit);
    Preflight::Options raised = notification();
    raised.parameterMaxLength = 12;
    QCOMPARE(codeOf(raised, u"13800138000"_s, {u"上海市徐汇区店"_s}), QString());
}

void tst_Preflight::urlInParameter()
{
    Preflight::Options options = notification();
    options.parameterMaxLength = 30;
    const QString url = u"InvalidParameterValue.ProhibitedUseUrlInTemplateParameter"_s;
    QCOMPARE(codeOf(options, u"13800138000"_s, {u"https://x.io/a"_s}), url);
    QCOMPARE(codeOf(options, u"13800138000"_s, {u"www.example"_s}), url);
    QCOMPARE(codeOf(options, u"13800138000"_s, {u"shop.cn"_s}), url);
    QCOMPARE(codeOf(options, u"13800138000"_s, {u"3.5折"_s}), QString());
    QCOMPARE(codeOf(options, u"13800138000"_s, {u"10:30"_s}), QString());
    QCOMPARE(codeOf(options, u"13800138000"_s, {u"A-1024"_s}), QString());
}

void tst_Preflight::optOut()
{
    Preflight::Options options = notification();
    options.optOut = {u"+8613800137777"_s};
    QCOMPARE(codeOf(options, u"13800137777"_s, {u"1"_s}),
             u"FailedOperation.PhoneNumberInBlacklist"_s);
    QCOMPARE(codeOf(options, u"+86 138 0013 7777"_s, {u"1"_s}),
             u"FailedOperation.PhoneNumberInBlacklist"_s);
    QCOMPARE(codeOf(options, u"13800137778"_s, {u"1"_s}), QString());
}

void tst_Preflight::contentLengthLimit()
{
    Preflight::Options options = notification(QString(490, u'字') + u"{1}"_s);
    options.parameterMaxLength = 20;
    // 【沙盒科技】 is 6 characters: 6 + 490 + 4 = 500 is the most sent.
    QCOMPARE(codeOf(options, u"13800138000"_s, {u"1234"_s}), QString());
    QCOMPARE(codeOf(options, u"13800138000"_s, {u"12345"_s}),
             u"InvalidParameterValue.ContentLengthLimit"_s);
}

void tst_Preflight::marketingHours()
{
    Preflight::Options options = notification(u"新品上市{1}，拒收请回复R"_s);
    options.smsType = SmsType::Marketing;
    auto blockersAt = [&options](int utcHour, int minute = 0) {
        Preflight::Options at = options;
        at.plannedTime = QDateTime(QDate(2026, 3, 2), QTime(utcHour, minute), Qt::UTC);
        Preflight preflight(at);
        Recipient r = row(u"13800138000"_s, {u"A1"_s});
        preflight.check(r);
        return sms::review::codesOf(preflight.summary().blockers);
    };
    const QStringList outside = {u"FailedOperation.MarketingSendTimeConstraint"_s};
    QCOMPARE(blockersAt(0), QStringList()); // 08:00 Beijing
    QCOMPARE(blockersAt(13, 59), QStringList()); // 21:59
    QCOMPARE(blockersAt(14), outside); // 22:00
    QCOMPARE(blockersAt(23, 59), outside); // 07:59
    // Only marketing is bound to those hours.
    options.smsType = SmsType::Notification;
    QCOMPARE(blockersAt(14), QStringList());
    QVERIFY(Preflight::withinSendingHours(SmsType::VerificationCode,
                                          QDateTime(QDate(2026, 3, 2), QTime(18, 0), Qt::UTC)));
}

void tst_Preflight::templateAndSignatureApproval()
{
    auto blockers = [](const Preflight::Options &options, const QString &number) {
        Preflight preflight(options);
        Recipient r = row(number, {u"A1"_s});
        preflight.check(r);
        return sms::review::codesOf(preflight.summary().blockers);
    };
    Preflight::Options options = notification();
    QCOMPARE(blockers(options, u"13800138000"_s), QStringList());

    options.templateApproved = false;
    QCOMPARE(blockers(options, u"13800138000"_s),
             QStringList({u"FailedOperation.TemplateIncorrectOrUnapproved"_s}));

    options = notification();
    options.signatureApproved = false;
    const QStringList signature = {u"FailedOperation.SignatureIncorrectOrUnapproved"_s};
    QCOMPARE(blockers(options, u"13800138000"_s), signature);
    options.signatureApproved = true;
    options.signName.clear();
    QCOMPARE(blockers(options, u"13800138000"_s), signature);

    // International messages may go without a signature.
    options.templateMarket = Market::International;
    QCOMPARE(blockers(options, u"+852 5123 4567"_s), QStringList());
    options.signName = u"Sandbox"_s;
    options.signatureApproved = false;
    QCOMPARE(blockers(options, u"+852 5123 4567"_s), signature);
}

void tst_Preflight::segmentsAndPreview()
{
    Preflight::Options options = notification(u"尊敬的客户{1}，"_s + QString(55, u'好'));
    options.templateMarket = Market::Both;
    options.parameterMaxLength = 20;
    Preflight preflight(options);
    QList<Recipient> rows = {row(u"13800138000"_s, {u"张三"_s}),
                             // 6 + 6 + 55 + 4 = 71: two segments
                             row(u"13800138001"_s, {u"张三李四"_s}),
                             row(u"+852 5123 4567"_s, {u"Li"_s}), row(u"bad"_s, {u"x"_s})};
    preflight.check(rows);
    const Preflight::Preview first = preflight.preview(rows[0]);
    QCOMPARE(first.text, u"【沙盒科技】尊敬的客户张三，"_s + QString(55, u'好'));
    QCOMPARE(first.length.characters, 69);
    QCOMPARE(first.length.segments, 1);
    QCOMPARE(preflight.preview(rows[1]).length.segments, 2);
    // International text goes without the 【signature】.
    const Preflight::Preview hk = preflight.preview(rows[2]);
    QCOMPARE(hk.text, u"尊敬的客户Li，"_s + QString(55, u'好'));
    QCOMPARE(hk.length.segments, 1);
    const PreflightSummary summary = preflight.summary();
    QCOMPARE(summary.domesticSegments, 3);
    QCOMPARE(summary.internationalSegments, 1);
    QCOMPARE(summary.segments(), 4);
    QCOMPARE(summary.problemRows(), 1);
}

void tst_Preflight::segmentsWithoutRendering()
{
    // Domestic lengths are computed from the parameters' and remembered by
    // length: the totals must be those of the rendered messages.
    Preflight::Options options = notification(u"{1}，{2}号{1}"_s + QString(50, u'好'));
    options.parameterMaxLength = 40;
    Preflight preflight(options);
    QList<Recipient> rows;
    const QStringList values = {u""_s,         u"a"_s,   u"张三"_s,         u"😀😀"_s,
                                u"12345678"_s, u"{2}"_s, QString(20, u'x'), QString(40, u'y')};
    int n = 0;
    for (const QString &first : values) {
        for (const QString &second : values)
            rows.append(row(u"138%1"_s.arg(++n, 8, 10, QLatin1Char('0')), {first, second}));
    }
    preflight.check(rows);
    qint64 expected = 0;
    qint64 tooLong = 0;
    for (const Recipient &r : std::as_const(rows)) {
        const sms::domain::SmsLength::Result length = preflight.preview(r).length;
        if (length.exceedsMaxLength()) {
            ++tooLong;
            QCOMPARE(r.problemCode, u"InvalidParameterValue.ContentLengthLimit"_s);
        } else {
            QVERIFY2(r.isSendable(), qPrintable(r.problem));
            expected += length.segments;
        }
    }
    QCOMPARE(tooLong, 0);
    QCOMPARE(preflight.summary().domesticSegments, expected);
    QVERIFY(expected > qint64(rows.size())); // some are two segments long
}

void tst_Preflight::balance()
{
    const QDateTime now = QDateTime(QDate(2026, 3, 2), QTime(2, 0), Qt::UTC);
    const qint64 t = now.toSecsSinceEpoch();
    const QList<SmsPackagesStatistics> packages = {
        package(100, 40, t - 10, t + 10), // 60 left
        package(50, 60, t - 10, t + 10), // overdrawn: nothing, not minus 10
        package(1000, 0, t + 5, t + 100), // not yet in effect
        package(1000, 0, t - 100, t), // expired
        package(5, 0, t, t + 1), // 5 left
    };
    QCOMPARE(PreflightSummary::remainingSegments(packages, now), 65);

    PreflightSummary enough;
    enough.domesticSegments = 60;
    enough.internationalSegments = 5;
    enough.sendable = 65;
    QVERIFY(enough.checkBalance(packages, now));
    QVERIFY(enough.blockers.isEmpty());

    PreflightSummary tooMany = enough;
    tooMany.domesticSegments = 61;
    QVERIFY(!tooMany.checkBalance(packages, now));
    QCOMPARE(sms::review::codesOf(tooMany.blockers),
             QStringList({u"FailedOperation.InsufficientBalanceInSmsPackage"_s}));
    QVERIFY(!tooMany.canSend());
}

void tst_Preflight::summaryMerge()
{
    PreflightSummary a;
    a.rows = 3;
    a.sendable = 2;
    a.domestic = 2;
    a.domesticSegments = 2;
    a.problemsByCode[u"X"_s] = 1;
    PreflightSummary b = a;
    b.international = 1;
    b.blockers.append({QString(), u"Y"_s, u"y"_s});
    a.merge(b);
    QCOMPARE(a.rows, 6);
    QCOMPARE(a.sendable, 4);
    QCOMPARE(a.problemsByCode.value(u"X"_s), 2);
    QCOMPARE(a.international, 1);
    QCOMPARE(a.blockers.size(), 1);
}

QTEST_GUILESS_MAIN(tst_Preflight)
#include "tst_preflight.moc"
