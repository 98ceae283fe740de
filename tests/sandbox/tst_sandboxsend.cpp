// SPDX-License-Identifier: GPL-3.0-or-later
// Every SendSms rule of the sandbox, reached through ApiClient/SmsApi, with
// the service's own error codes as expected values: whole-request problems
// come back as Response.Error (ApiError::Kind::Service), per-number problems
// inside SendStatusSet (ApiError::Kind::PartialFailure with numberFailures()).

#include "SandboxHarness.h"

#include <QJsonArray>
#include <QTest>

using namespace sms;
using namespace sandboxtest;
using api::ApiError;
using domain::SendSmsRequest;

namespace {
// Numbers abroad that libphonenumber knows as valid mobiles.
QString gb(int n = 0)
{
    return QStringLiteral("+4474001234%1").arg(n, 2, 10, QLatin1Char('0'));
}
QString us(int n = 0)
{
    return QStringLiteral("+1415555%1").arg(2600 + n, 4, 10, QLatin1Char('0'));
}
QString hk(int n = 0)
{
    return QStringLiteral("+8525123%1").arg(n, 4, 10, QLatin1Char('0'));
}
} // namespace

class tst_SandboxSend : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Harness> h;

    api::ApiReply<domain::SendSmsResult> *send(const SendSmsRequest &request)
    {
        auto *reply = h->api().sendSms(request);
        waitFor(reply);
        return reply;
    }

    // One number, one accepted send (or the reason it was not).
    QString sendOne(const QString &number, qint64 templateId, const QStringList &params)
    {
        auto *reply = send(h->domestic({number}, templateId, params));
        if (!reply->isFinished())
            return QStringLiteral("(unfinished)");
        if (reply->error().kind() == ApiError::Kind::Service)
            return reply->error().code();
        const auto statuses = reply->result().sendStatusSet;
        return statuses.size() == 1 ? statuses.first().code : QStringLiteral("(no status)");
    }

    // The whole-request scenarios: changes the account and returns the request.
    SendSmsRequest scenario(const QString &name)
    {
        const QStringList two = {cn(1001), cn(1002)};
        SendSmsRequest r = h->domestic(two, h->domesticCode, {QStringLiteral("123456")});
        if (name == QLatin1String("201 numbers")) {
            r.phoneNumberSet.clear();
            for (int i = 0; i < 201; ++i)
                r.phoneNumberSet.append(cn(2000 + i));
        } else if (name == QLatin1String("empty set")) {
            r.phoneNumberSet.clear();
        } else if (name == QLatin1String("mixed")) {
            r.phoneNumberSet = {cn(1001), gb()};
        } else if (name == QLatin1String("mainland template abroad")) {
            r.phoneNumberSet = {gb()};
        } else if (name == QLatin1String("mainland template to Hong Kong")) {
            r.phoneNumberSet = {hk()};
        } else if (name == QLatin1String("global template to mainland")) {
            r.templateId = QString::number(h->globalCode);
        } else if (name == QLatin1String("unknown template")) {
            r.templateId = QStringLiteral("999999");
        } else if (name == QLatin1String("template id not a number")) {
            r.templateId = QStringLiteral("login-code");
        } else if (name == QLatin1String("template under review")) {
            r.templateId = QString::number(h->addTemplate(QStringLiteral("验证码{1}"), 3, 0,
                                                          sandbox::ReviewStatusCode::UnderReview));
        } else if (name == QLatin1String("template rejected")) {
            r.templateId = QString::number(h->addTemplate(QStringLiteral("验证码{1}"), 3, 0,
                                                          sandbox::ReviewStatusCode::Rejected));
        } else if (name == QLatin1String("unknown signature")) {
            r.signName = QStringLiteral("无名公司");
        } else if (name == QLatin1String("signature under review")) {
            h->addSign(QStringLiteral("星河会员"), 0, sandbox::ReviewStatusCode::UnderReview);
            r.signName = QStringLiteral("星河会员");
        } else if (name == QLatin1String("signature rejected")) {
            h->addSign(QStringLiteral("博彩之家"), 0, sandbox::ReviewStatusCode::Rejected);
            r.signName = QStringLiteral("博彩之家");
        } else if (name == QLatin1String("international signature at home")) {
            r.signName = QStringLiteral("SandboxTech");
        } else if (name == QLatin1String("signature id as SignName")) {
            r.signName = QStringLiteral("100001");
        } else if (name == QLatin1String("no SignName")) {
            r.signName.reset();
        } else if (name == QLatin1String("domestic signature abroad")) {
            r = h->global({gb()}, h->globalCode, {QStringLiteral("1234")});
            r.signName = QStringLiteral("沙盒科技");
        } else if (name == QLatin1String("too few parameters")) {
            r.templateParamSet.clear();
        } else if (name == QLatin1String("too many parameters")) {
            r.templateParamSet = {QStringLiteral("1234"), QStringLiteral("5")};
        } else if (name == QLatin1String("SessionContext 512 bytes")) {
            r.sessionContext = QString(512, QLatin1Char('s'));
        } else if (name == QLatin1String("SessionContext 171 CJK (513 bytes)")) {
            r.sessionContext = QString(171, QChar(0x6587));
        } else if (name == QLatin1String("unknown SdkAppId")) {
            r.smsSdkAppId = QStringLiteral("1400999999");
        } else if (name == QLatin1String("disabled SdkAppId")) {
            h->state().apps.insert(QStringLiteral("1400000003"),
                                   {QStringLiteral("1400000003"), QStringLiteral("off"), false, false});
            r.smsSdkAppId = QStringLiteral("1400000003");
        } else if (name == QLatin1String("SdkAppId of another account")) {
            h->state().apps.insert(QStringLiteral("1400000004"),
                                   {QStringLiteral("1400000004"), QStringLiteral("theirs"), true, true});
            r.smsSdkAppId = QStringLiteral("1400000004");
        } else if (name == QLatin1String("arrears")) {
            h->state().inArrears = true;
        } else if (name == QLatin1String("IP not on the allow list")) {
            h->state().ipWhitelist = {QStringLiteral("10.1.2.3")};
        } else if (name == QLatin1String("individual account, marketing")) {
            h->state().enterpriseVerified = false;
            r.templateId = QString::number(h->domesticMarketing);
            r.templateParamSet = {QStringLiteral("8")};
        } else if (name == QLatin1String("marketing at 23:00")) {
            h->freezeAt(beijing(23));
            r.templateId = QString::number(h->domesticMarketing);
            r.templateParamSet = {QStringLiteral("8")};
        } else if (name == QLatin1String("content over the length limit")) {
            h->settings().contentMaxLength = 20; // 【沙盒科技】 + 17 characters + code
        } else {
            qFatal("unknown scenario %s", qPrintable(name));
        }
        return r;
    }

    // The per-number scenarios.
    SendSmsRequest numberScenario(const QString &name, QStringList numbers)
    {
        SendSmsRequest r = h->domestic(numbers, h->domesticNotice,
                                       {QStringLiteral("张三"), QStringLiteral("SX1234")});
        auto code = [&](const QString &p) {
            r.templateId = QString::number(h->domesticCode);
            r.templateParamSet = {p};
        };
        auto notice = [&](const QString &p) { r.templateParamSet = {QStringLiteral("张三"), p}; };
        if (name == QLatin1String("number too short")) {
        } else if (name == QLatin1String("letters")) {
        } else if (name == QLatin1String("landline-length garbage")) {
        } else if (name.startsWith(QLatin1String("code "))) {
            code(name.mid(5).remove(QLatin1Char('"')));
        } else if (name == QLatin1String("7 characters")) {
            notice(QStringLiteral("SX12345"));
        } else if (name == QLatin1String("7 CJK characters")) {
            notice(QStringLiteral("一二三四五六七"));
        } else if (name == QLatin1String("6 CJK characters")) {
            notice(QStringLiteral("一二三四五六"));
        } else if (name == QLatin1String("emoji counts once")) {
            notice(QStringLiteral("🎁🎁🎁🎁🎁🎁"));
        } else if (name == QLatin1String("http link")) {
            notice(QStringLiteral("http://a.cn"));
        } else if (name == QLatin1String("www link")) {
            notice(QStringLiteral("www.x.io"));
        } else if (name == QLatin1String("bare domain")) {
            notice(QStringLiteral("ab.com"));
        } else if (name == QLatin1String("sensitive word")) {
            notice(QStringLiteral("赌博"));
        } else if (name == QLatin1String("sensitive word, any case")) {
            notice(QStringLiteral("CaSiNo"));
        } else if (name == QLatin1String("opted out")) {
            h->state().optOut.insert(numbers.last());
        } else if (name == QLatin1String("balance for one")) {
            h->state().packages.clear();
            h->state().addPackage(1, 1, h->now() - 10, h->now() - 10, h->now() + 86400);
        } else if (name == QLatin1String("package expired")) {
            h->state().packages.clear();
            h->state().addPackage(100, 1, h->now() - 20, h->now() - 20, h->now() - 10);
        } else if (name == QLatin1String("country blocked")) {
            h->settings().blockedCountries = {QStringLiteral("GB")};
            r = h->global(numbers, h->globalCode, {QStringLiteral("1234")});
        } else if (name == QLatin1String("country unsupported")) {
            h->settings().unsupportedCountries = {QStringLiteral("GB")};
            r = h->global(numbers, h->globalCode, {QStringLiteral("1234")});
        } else if (name == QLatin1String("app daily limit")) {
            h->settings().appDailyLimit = 1;
        } else if (name == QLatin1String("app mainland daily limit")) {
            h->settings().appMainlandDailyLimit = 1;
        } else if (name == QLatin1String("app global daily limit")) {
            h->settings().appGlobalDailyLimit = 1;
            r = h->global(numbers, h->globalCode, {QStringLiteral("1234")});
        } else if (name == QLatin1String("app country daily limit")) {
            h->settings().appCountryDailyLimit = 1;
            r = h->global(numbers, h->globalCode, {QStringLiteral("1234")});
        } else if (name == QLatin1String("account global daily limit")) {
            h->settings().globalDailyLimit = 1;
            r = h->global(numbers, h->globalCode, {QStringLiteral("1234")});
        } else {
            qFatal("unknown scenario %s", qPrintable(name));
        }
        return r;
    }

private Q_SLOTS:
    void init()
    {
        h = std::make_unique<Harness>();
        h->addStandardFixtures();
    }

    void cleanup() { h.reset(); }

    void acceptedSend()
    {
        const qint64 balance = h->state().balance(h->now());
        SendSmsRequest r = h->domestic({cn(1001), cn(1002)}, h->domesticCode, {QStringLiteral("482913")});
        r.sessionContext = QStringLiteral("order-77");
        auto *reply = send(r);
        QVERIFY2(reply->succeeded(), qPrintable(reply->error().summary()));
        const auto statuses = reply->result().sendStatusSet;
        QCOMPARE(statuses.size(), 2);
        QStringList serials;
        for (int i = 0; i < 2; ++i) {
            const auto &s = statuses.at(i);
            QCOMPARE(s.code, QStringLiteral("Ok"));
            QCOMPARE(s.message, QStringLiteral("send success"));
            QCOMPARE(s.phoneNumber, r.phoneNumberSet.at(i));
            QCOMPARE(s.fee, 1);
            QCOMPARE(s.isoCode, QStringLiteral("CN"));
            QCOMPARE(s.sessionContext, QStringLiteral("order-77"));
            QVERIFY2(s.serialNo.startsWith(QLatin1String("2019:")), qPrintable(s.serialNo));
            serials.append(s.serialNo);
        }
        QVERIFY(serials.at(0) != serials.at(1));
        QCOMPARE(h->state().balance(h->now()), balance - 2);
        QCOMPARE(int(h->state().sends.size()), 2);
        QCOMPARE(h->state().sends.front().content,
                 QStringLiteral("【沙盒科技】您的验证码为482913，5分钟内有效。"));
    }

    void domesticNumberForms_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("E.164") << QStringLiteral("+8613800131234");
        QTest::newRow("0086") << QStringLiteral("008613800131234");
        QTest::newRow("86") << QStringLiteral("8613800131234");
        QTest::newRow("bare 11 digits") << QStringLiteral("13800131234");
    }

    void domesticNumberForms()
    {
        QFETCH(QString, input);
        auto *reply = send(h->domestic({input}, h->domesticCode, {QStringLiteral("1234")}));
        QVERIFY2(reply->succeeded(), qPrintable(reply->error().summary()));
        QCOMPARE(reply->result().sendStatusSet.first().phoneNumber, QStringLiteral("+8613800131234"));
    }

    void requestRules_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("code");
        struct Row
        {
            const char *scenario;
            const char *code;
        };
        const Row rows[] = {
            {"201 numbers", "LimitExceeded.PhoneNumberCountLimit"},
            {"empty set", "MissingParameter.EmptyPhoneNumberSet"},
            {"mixed", "UnsupportedOperation.ContainDomesticAndInternationalPhoneNumber"},
            {"mainland template abroad", "UnsupportedOperation.ChineseMainlandTemplateToGlobalPhone"},
            {"mainland template to Hong Kong", "UnsupportedOperation.ChineseMainlandTemplateToGlobalPhone"},
            {"global template to mainland", "UnsupportedOperation.GlobalTemplateToChineseMainlandPhone"},
            {"unknown template", "FailedOperation.TemplateUnapprovedOrNotExist"},
            {"template id not a number", "FailedOperation.TemplateUnapprovedOrNotExist"},
            {"template under review", "FailedOperation.TemplateIncorrectOrUnapproved"},
            {"template rejected", "FailedOperation.TemplateIncorrectOrUnapproved"},
            {"unknown signature", "FailedOperation.SignatureIncorrectOrUnapproved"},
            {"signature under review", "FailedOperation.SignatureIncorrectOrUnapproved"},
            {"signature rejected", "FailedOperation.SignatureIncorrectOrUnapproved"},
            {"international signature at home", "FailedOperation.SignatureIncorrectOrUnapproved"},
            {"signature id as SignName", "FailedOperation.SignatureIncorrectOrUnapproved"},
            {"no SignName", "FailedOperation.SignatureIncorrectOrUnapproved"},
            {"domestic signature abroad", "FailedOperation.SignatureIncorrectOrUnapproved"},
            {"too few parameters", "FailedOperation.TemplateParamSetNotMatchApprovedTemplate"},
            {"too many parameters", "FailedOperation.TemplateParamSetNotMatchApprovedTemplate"},
            {"SessionContext 512 bytes", "InvalidParameterValue"},
            {"SessionContext 171 CJK (513 bytes)", "InvalidParameterValue"},
            {"unknown SdkAppId", "InvalidParameterValue.SdkAppIdNotExist"},
            {"disabled SdkAppId", "UnauthorizedOperation.SdkAppIdIsDisabled"},
            {"SdkAppId of another account", "UnauthorizedOperation.SmsSdkAppIdVerifyFail"},
            {"arrears", "UnauthorizedOperation.ServiceSuspendDueToArrears"},
            {"IP not on the allow list", "UnauthorizedOperation.RequestIpNotInWhitelist"},
            {"individual account, marketing", "UnauthorizedOperation.IndividualUserMarketingSmsPermissionDeny"},
            {"marketing at 23:00", "FailedOperation.MarketingSendTimeConstraint"},
            {"content over the length limit", "InvalidParameterValue.ContentLengthLimit"},
        };
        for (const Row &row : rows)
            QTest::newRow(row.scenario) << QString::fromUtf8(row.scenario) << QString::fromUtf8(row.code);
    }

    void requestRules()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, code);
        const SendSmsRequest request = this->scenario(scenario);
        const qint64 balance = h->state().balance(h->now());
        auto *reply = send(request);
        QVERIFY(reply->isFinished());
        QCOMPARE(reply->error().kind(), ApiError::Kind::Service);
        QCOMPARE(reply->error().code(), code);
        QVERIFY(!reply->error().message().isEmpty());
        QVERIFY(!reply->error().outcomeUnknown());
        // Output fields are absent on error; nothing was sent or billed.
        QVERIFY(!reply->response().contains(QLatin1String("SendStatusSet")));
        QVERIFY(h->state().sends.empty());
        QCOMPARE(h->state().balance(h->now()), balance);
    }

    void requestRulesLeaveTheAccountUsable()
    {
        // The same request minus its problem goes out: the rule is the only
        // reason for the refusal above.
        auto *reply = send(h->domestic({cn(1001), cn(1002)}, h->domesticCode, {QStringLiteral("123456")}));
        QVERIFY2(reply->succeeded(), qPrintable(reply->error().summary()));
        SendSmsRequest r = h->domestic({cn(1003)}, h->domesticCode, {QStringLiteral("1")});
        r.sessionContext = QString(511, QLatin1Char('s'));
        reply = send(r);
        QVERIFY2(reply->succeeded(), qPrintable(reply->error().summary()));
        QCOMPARE(reply->result().sendStatusSet.first().sessionContext, *r.sessionContext);
        r.phoneNumberSet = {};
        for (int i = 0; i < 200; ++i)
            r.phoneNumberSet.append(cn(3000 + i));
        r.sessionContext.reset();
        reply = send(r);
        QVERIFY2(reply->succeeded(), qPrintable(reply->error().summary()));
        QCOMPARE(reply->result().acceptedCount(), 200);
    }

    void signatureIdMessageExplainsTheMistake()
    {
        api::ClientConfig config = h->client().config();
        config.language = QStringLiteral("en-US");
        h->client().setConfig(config);
        SendSmsRequest r = h->domestic({cn(1001)}, h->domesticCode, {QStringLiteral("1")});
        r.signName = QStringLiteral("100001");
        auto *reply = send(r);
        QCOMPARE(reply->error().code(), QStringLiteral("FailedOperation.SignatureIncorrectOrUnapproved"));
        QCOMPARE(reply->error().message(),
                 QStringLiteral("SignName looks like a signature ID; send the signature's text instead."));
    }

    void numberRules_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QStringList>("numbers");
        QTest::addColumn<QStringList>("codes");
        const QString ok = QStringLiteral("Ok");
        auto row = [](const char *name, const QStringList &numbers, const QStringList &codes) {
            QTest::newRow(name) << QString::fromLatin1(name) << numbers << codes;
        };
        row("number too short", {cn(1001), QStringLiteral("+86138001")},
            {ok, QStringLiteral("InvalidParameterValue.IncorrectPhoneNumber")});
        row("letters", {QStringLiteral("call me"), cn(1001)},
            {QStringLiteral("InvalidParameterValue.IncorrectPhoneNumber"), ok});
        row("landline-length garbage", {cn(1001), QStringLiteral("+86999999999999999")},
            {ok, QStringLiteral("InvalidParameterValue.IncorrectPhoneNumber")});
        const QString format = QStringLiteral("InvalidParameterValue.TemplateParameterFormatError");
        row("code \"12ab\"", {cn(1001), cn(1002)}, {format, format});
        row("code \"1234567\"", {cn(1001)}, {format});
        row("code \" 1234\"", {cn(1001)}, {format});
        row("code \"１２３４\"", {cn(1001)}, {format}); // full-width digits are not digits here
        row("code \"123456\"", {cn(1001)}, {ok});
        row("code \"\"", {cn(1001)}, {ok});
        const QString length = QStringLiteral("InvalidParameterValue.TemplateParameterLengthLimit");
        row("7 characters", {cn(1001), cn(1002)}, {length, length});
        row("7 CJK characters", {cn(1001)}, {length});
        row("6 CJK characters", {cn(1001)}, {ok});
        row("emoji counts once", {cn(1001)}, {ok});
        const QString url = QStringLiteral("InvalidParameterValue.ProhibitedUseUrlInTemplateParameter");
        row("http link", {cn(1001)}, {url});
        row("www link", {cn(1001)}, {url});
        row("bare domain", {cn(1001)}, {url});
        const QString sensitive = QStringLiteral("FailedOperation.ContainSensitiveWord");
        row("sensitive word", {cn(1001), cn(1002)}, {sensitive, sensitive});
        row("sensitive word, any case", {cn(1001)}, {sensitive});
        row("opted out", {cn(1001), cn(1099)}, {ok, QStringLiteral("FailedOperation.PhoneNumberInBlacklist")});
        const QString balance = QStringLiteral("FailedOperation.InsufficientBalanceInSmsPackage");
        row("balance for one", {cn(1001), cn(1002)}, {ok, balance});
        row("package expired", {cn(1001)}, {balance});
        row("country blocked", {us(), gb()}, {ok, QStringLiteral("LimitExceeded.AppCountryOrRegionInBlacklist")});
        row("country unsupported", {gb(), us()}, {QStringLiteral("UnsupportedOperation.UnsupportedRegion"), ok});
        row("app daily limit", {cn(1001), cn(1002)}, {ok, QStringLiteral("LimitExceeded.AppDailyLimit")});
        row("app mainland daily limit", {cn(1001), cn(1002)},
            {ok, QStringLiteral("LimitExceeded.AppMainlandChinaDailyLimit")});
        row("app global daily limit", {gb(1), us(1)}, {ok, QStringLiteral("LimitExceeded.AppGlobalDailyLimit")});
        row("app country daily limit", {gb(1), gb(2), us(1)},
            {ok, QStringLiteral("LimitExceeded.AppCountryOrRegionDailyLimit"), ok});
        row("account global daily limit", {gb(1), us(1)}, {ok, QStringLiteral("LimitExceeded.DailyLimit")});
    }

    void numberRules()
    {
        QFETCH(QString, scenario);
        QFETCH(QStringList, numbers);
        QFETCH(QStringList, codes);
        const SendSmsRequest request = numberScenario(scenario, numbers);
        auto *reply = send(request);
        QVERIFY(reply->isFinished());
        const auto statuses = reply->result().sendStatusSet;
        QCOMPARE(codesOf(statuses), codes);

        const int refused = int(codes.size() - codes.count(QStringLiteral("Ok")));
        if (refused == 0) {
            QVERIFY2(reply->succeeded(), qPrintable(reply->error().summary()));
            return;
        }
        const ApiError &error = reply->error();
        QCOMPARE(error.kind(), ApiError::Kind::PartialFailure);
        QCOMPARE(error.numberFailures().size(), refused);
        QCOMPARE(error.acceptedCount(), int(codes.size()) - refused);
        QVERIFY(!error.outcomeUnknown());
        for (int i = 0; i < statuses.size(); ++i) {
            const auto &s = statuses.at(i);
            if (s.code == QLatin1String("Ok")) {
                QVERIFY(!s.serialNo.isEmpty());
                QVERIFY(s.fee >= 1);
                continue;
            }
            // A refused number: no serial, no fee, a reason.
            QCOMPARE(s.serialNo, QString());
            QCOMPARE(s.fee, 0);
            QVERIFY(!s.message.isEmpty());
            QVERIFY(!s.isoCode.isEmpty());
        }
        for (const auto &failure : error.numberFailures())
            QVERIFY(codes.contains(failure.code));
        // Refused numbers are on record too (statistics count them).
        QCOMPARE(int(h->state().sends.size()), int(codes.size()));
    }

    void invalidNumberIsEchoedAsGiven()
    {
        auto *reply = send(h->domestic({QStringLiteral("call me")}, h->domesticCode, {QStringLiteral("1")}));
        const auto s = reply->result().sendStatusSet.value(0);
        QCOMPARE(s.phoneNumber, QStringLiteral("call me"));
        QCOMPARE(s.isoCode, QStringLiteral("DEF"));
    }

    void parameterLengthIsConfigurable()
    {
        const QString length = QStringLiteral("InvalidParameterValue.TemplateParameterLengthLimit");
        QCOMPARE(sendOne(cn(1001), h->domesticNotice, {QStringLiteral("张三"), QStringLiteral("SX12345")}), length);
        h->settings().templateParamMaxLength = 12; // an older account
        QCOMPARE(sendOne(cn(1002), h->domesticNotice, {QStringLiteral("张三"), QStringLiteral("SX12345")}),
                 QStringLiteral("Ok"));
        QCOMPARE(sendOne(cn(1003), h->domesticNotice, {QStringLiteral("张三"), QStringLiteral("SX12345678901")}),
                 length);
        h->settings().templateParamMaxLength = 3;
        QCOMPARE(sendOne(cn(1004), h->domesticNotice, {QStringLiteral("张三"), QStringLiteral("SX12")}), length);
        // The verification-code rule has its own maximum.
        h->settings().verificationCodeMaxDigits = 4;
        h->settings().templateParamMaxLength = 6;
        QCOMPARE(sendOne(cn(1005), h->domesticCode, {QStringLiteral("12345")}),
                 QStringLiteral("InvalidParameterValue.TemplateParameterFormatError"));
        QCOMPARE(sendOne(cn(1006), h->domesticCode, {QStringLiteral("1234")}), QStringLiteral("Ok"));
    }

    void sensitiveWordsAreConfigurable()
    {
        const QStringList params = {QStringLiteral("张三"), QStringLiteral("免费领")};
        QCOMPARE(sendOne(cn(1001), h->domesticNotice, params), QStringLiteral("Ok"));
        h->settings().sensitiveWords.append(QStringLiteral("免费"));
        QCOMPARE(sendOne(cn(1002), h->domesticNotice, params),
                 QStringLiteral("FailedOperation.ContainSensitiveWord"));
    }

    void marketingHours_data()
    {
        QTest::addColumn<int>("hour");
        QTest::addColumn<int>("minute");
        QTest::addColumn<QString>("code");
        const QString late = QStringLiteral("FailedOperation.MarketingSendTimeConstraint");
        QTest::newRow("00:30") << 0 << 30 << late;
        QTest::newRow("07:59") << 7 << 59 << late;
        QTest::newRow("08:00") << 8 << 0 << QStringLiteral("Ok");
        QTest::newRow("13:00") << 13 << 0 << QStringLiteral("Ok");
        QTest::newRow("21:59") << 21 << 59 << QStringLiteral("Ok");
        QTest::newRow("22:00") << 22 << 0 << late;
        QTest::newRow("23:00") << 23 << 0 << late;
    }

    void marketingHours()
    {
        QFETCH(int, hour);
        QFETCH(int, minute);
        QFETCH(QString, code);
        h->freezeAt(beijing(hour, minute));
        QCOMPARE(sendOne(cn(1001), h->domesticMarketing, {QStringLiteral("8")}), code);
        // Other kinds of message go out at any hour.
        QCOMPARE(sendOne(cn(1002), h->domesticCode, {QStringLiteral("1234")}), QStringLiteral("Ok"));
    }

    void marketingHoursAreBeijingTime()
    {
        // 14:30 UTC is 22:30 in Beijing: refused, whatever the local zone.
        h->freezeAt(QDateTime(QDate(2026, 3, 10), QTime(14, 30), Qt::UTC));
        QCOMPARE(sendOne(cn(1001), h->domesticMarketing, {QStringLiteral("8")}),
                 QStringLiteral("FailedOperation.MarketingSendTimeConstraint"));
        // 00:30 UTC is 08:30 in Beijing.
        h->freezeAt(QDateTime(QDate(2026, 3, 11), QTime(0, 30), Qt::UTC));
        QCOMPARE(sendOne(cn(1002), h->domesticMarketing, {QStringLiteral("8")}), QStringLiteral("Ok"));
        // The hours are the sandbox's to change.
        h->settings().marketingStartHour = 9;
        QCOMPARE(sendOne(cn(1003), h->domesticMarketing, {QStringLiteral("8")}),
                 QStringLiteral("FailedOperation.MarketingSendTimeConstraint"));
    }

    void thirtySecondLimit()
    {
        const QString n = cn(1001);
        QCOMPARE(sendOne(n, h->domesticCode, {QStringLiteral("1111")}), QStringLiteral("Ok"));
        h->advance(29);
        QCOMPARE(sendOne(n, h->domesticCode, {QStringLiteral("2222")}),
                 QStringLiteral("LimitExceeded.PhoneNumberThirtySecondLimit"));
        // Another number is not affected.
        QCOMPARE(sendOne(cn(1002), h->domesticCode, {QStringLiteral("2222")}), QStringLiteral("Ok"));
        // A refusal does not restart the window: 30 s after the accepted send
        // the number is free again.
        h->advance(1);
        QCOMPARE(sendOne(n, h->domesticCode, {QStringLiteral("3333")}), QStringLiteral("Ok"));
        // The limit is configurable.
        h->settings().perNumberThirtySeconds = 3;
        h->advance(1);
        QCOMPARE(sendOne(n, h->domesticCode, {QStringLiteral("4444")}), QStringLiteral("Ok"));
        QCOMPARE(sendOne(n, h->domesticCode, {QStringLiteral("5555")}), QStringLiteral("Ok"));
        QCOMPARE(sendOne(n, h->domesticCode, {QStringLiteral("6666")}),
                 QStringLiteral("LimitExceeded.PhoneNumberThirtySecondLimit"));
    }

    void oneHourLimit()
    {
        const QString n = cn(1001);
        const qint64 start = h->now();
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(sendOne(n, h->domesticCode, {QString::number(1000 + i)}), QStringLiteral("Ok"));
            h->advance(60);
        }
        QCOMPARE(sendOne(n, h->domesticCode, {QStringLiteral("2000")}),
                 QStringLiteral("LimitExceeded.PhoneNumberOneHourLimit"));
        // An hour after the first send, one slot is free again.
        h->advance(start + 3600 - h->now() - 1);
        QCOMPARE(sendOne(n, h->domesticCode, {QStringLiteral("2001")}),
                 QStringLiteral("LimitExceeded.PhoneNumberOneHourLimit"));
        h->advance(1);
        QCOMPARE(sendOne(n, h->domesticCode, {QStringLiteral("2002")}), QStringLiteral("Ok"));
        QCOMPARE(sendOne(n, h->domesticCode, {QStringLiteral("2003")}),
                 QStringLiteral("LimitExceeded.PhoneNumberThirtySecondLimit"));
        h->advance(31);
        QCOMPARE(sendOne(n, h->domesticCode, {QStringLiteral("2004")}),
                 QStringLiteral("LimitExceeded.PhoneNumberOneHourLimit"));
    }

    void dailyLimit()
    {
        h->settings().perNumberOneHour = 100;
        const QString n = cn(1001);
        for (int i = 0; i < 10; ++i) {
            QCOMPARE(sendOne(n, h->domesticCode, {QString::number(1000 + i)}), QStringLiteral("Ok"));
            h->advance(31);
        }
        QCOMPARE(sendOne(n, h->domesticCode, {QStringLiteral("2000")}),
                 QStringLiteral("LimitExceeded.PhoneNumberDailyLimit"));
        // The day is the Beijing calendar day: still refused at 23:59:59...
        h->freezeAt(beijing(23, 59, 10, 59));
        QCOMPARE(sendOne(n, h->domesticCode, {QStringLiteral("2001")}),
                 QStringLiteral("LimitExceeded.PhoneNumberDailyLimit"));
        // ...and free at midnight.
        h->advance(1);
        QCOMPARE(sendOne(n, h->domesticCode, {QStringLiteral("2002")}), QStringLiteral("Ok"));
    }

    void sameContentDailyLimit()
    {
        const QString n = cn(1001);
        const QStringList same = {QStringLiteral("张三"), QStringLiteral("SX1")};
        QCOMPARE(sendOne(n, h->domesticNotice, same), QStringLiteral("Ok"));
        h->advance(31);
        QCOMPARE(sendOne(n, h->domesticNotice, same), QStringLiteral("Ok"));
        h->advance(31);
        QCOMPARE(sendOne(n, h->domesticNotice, same),
                 QStringLiteral("LimitExceeded.PhoneNumberSameContentDailyLimit"));
        // Different content is fine...
        QCOMPARE(sendOne(n, h->domesticNotice, {QStringLiteral("张三"), QStringLiteral("SX2")}),
                 QStringLiteral("Ok"));
        // ...and so is the same content to someone else...
        QCOMPARE(sendOne(cn(1002), h->domesticNotice, same), QStringLiteral("Ok"));
        // ...and the same content the next day.
        h->freezeAt(beijing(9, 0, 11));
        QCOMPARE(sendOne(n, h->domesticNotice, same), QStringLiteral("Ok"));
    }

    void frequencyLimitsCountAcrossTemplates()
    {
        const QString n = cn(1001);
        QCOMPARE(sendOne(n, h->domesticCode, {QStringLiteral("1234")}), QStringLiteral("Ok"));
        QCOMPARE(sendOne(n, h->domesticNotice, {QStringLiteral("张三"), QStringLiteral("SX1")}),
                 QStringLiteral("LimitExceeded.PhoneNumberThirtySecondLimit"));
    }

    void duplicateNumberInOneRequest()
    {
        // The second copy of a number meets the 30-second window of the first.
        auto *reply = send(h->domestic({cn(1001), QStringLiteral("13800131001")}, h->domesticCode,
                                       {QStringLiteral("1234")}));
        QCOMPARE(codesOf(reply->result().sendStatusSet),
                 (QStringList{QStringLiteral("Ok"), QStringLiteral("LimitExceeded.PhoneNumberThirtySecondLimit")}));
    }

    void feeIsBilledSegments_data()
    {
        QTest::addColumn<int>("international");
        QTest::addColumn<QString>("content");
        QTest::addColumn<int>("fee");
        // Domestic: 【沙盒科技】 (6 characters) + body; 70 in one, else 67 each.
        const QChar han(0x6D4B);
        QTest::newRow("domestic 70") << 0 << QString(64, han) << 1;
        QTest::newRow("domestic 71") << 0 << QString(65, han) << 2;
        QTest::newRow("domestic 134") << 0 << QString(128, han) << 2;
        QTest::newRow("domestic 135") << 0 << QString(129, han) << 3;
        QTest::newRow("domestic 150 (67/67/16)") << 0 << QString(144, han) << 3;
        // International GSM-7: 160 in one, else 153 each.
        QTest::newRow("gsm 160") << 1 << QString(160, QLatin1Char('a')) << 1;
        QTest::newRow("gsm 161") << 1 << QString(161, QLatin1Char('a')) << 2;
        QTest::newRow("gsm 306") << 1 << QString(306, QLatin1Char('a')) << 2;
        QTest::newRow("gsm 307") << 1 << QString(307, QLatin1Char('a')) << 3;
        QTest::newRow("gsm 159 + euro (counts 2)") << 1 << QString(159, QLatin1Char('a')) + QChar(0x20AC) << 2;
        // International with any other character: 70 / 67 like domestic.
        QTest::newRow("ucs2 70") << 1 << QString(69, QLatin1Char('a')) + han << 1;
        QTest::newRow("ucs2 71") << 1 << QString(70, QLatin1Char('a')) + han << 2;
    }

    void feeIsBilledSegments()
    {
        QFETCH(int, international);
        QFETCH(QString, content);
        QFETCH(int, fee);
        const qint64 templateId = h->addTemplate(content, 2, international);
        const QStringList numbers = international ? QStringList{gb(1), us(1)} : QStringList{cn(1001), cn(1002)};
        const qint64 before = h->state().balance(h->now());
        auto *reply = send(international ? h->global(numbers, templateId, {})
                                         : h->domestic(numbers, templateId, {}));
        QVERIFY2(reply->succeeded(), qPrintable(reply->error().summary()));
        for (const auto &s : reply->result().sendStatusSet)
            QCOMPARE(s.fee, fee);
        QCOMPARE(h->state().balance(h->now()), before - 2 * fee);
    }

    void longMessageNeedsEnoughBalance()
    {
        const qint64 longTemplate = h->addTemplate(QString(100, QChar(0x6D4B)), 2); // 106: 2 segments
        h->state().packages.clear();
        h->state().addPackage(3, 1, h->now() - 10, h->now() - 10, h->now() + 86400);
        QCOMPARE(sendOne(cn(1001), longTemplate, {}), QStringLiteral("Ok"));
        QCOMPARE(h->state().balance(h->now()), 1);
        QCOMPARE(sendOne(cn(1002), longTemplate, {}),
                 QStringLiteral("FailedOperation.InsufficientBalanceInSmsPackage"));
        QCOMPARE(h->state().balance(h->now()), 1);
        QCOMPARE(sendOne(cn(1003), h->domesticCode, {QStringLiteral("1")}), QStringLiteral("Ok"));
        QCOMPARE(h->state().balance(h->now()), 0);
        // Usage is taken from the package that expires first.
        h->state().addPackage(10, 0, h->now(), h->now(), h->now() + 10 * 86400);
        h->state().addPackage(10, 1, h->now(), h->now(), h->now() + 5 * 86400);
        QCOMPARE(sendOne(cn(1004), longTemplate, {}), QStringLiteral("Ok"));
        QCOMPARE(h->state().packages.at(1).usage, 0);
        QCOMPARE(h->state().packages.at(2).usage, 2);
    }

    void ipAllowList()
    {
        h->state().ipWhitelist = {QStringLiteral("10.1.2.3"), QStringLiteral("127.0.0.1")};
        QCOMPARE(sendOne(cn(1001), h->domesticCode, {QStringLiteral("1")}), QStringLiteral("Ok"));
        h->state().ipWhitelist = {QStringLiteral("10.1.2.3")};
        QCOMPARE(sendOne(cn(1002), h->domesticCode, {QStringLiteral("1")}),
                 QStringLiteral("UnauthorizedOperation.RequestIpNotInWhitelist"));
    }

    void internationalSendsWithAndWithoutSignature()
    {
        auto *reply = send(h->global({gb(1), us(1), hk(1)}, h->globalNotice, {QStringLiteral("Ann")}));
        QVERIFY2(reply->succeeded(), qPrintable(reply->error().summary()));
        const auto statuses = reply->result().sendStatusSet;
        QCOMPARE(statuses.at(0).isoCode, QStringLiteral("GB"));
        QCOMPARE(statuses.at(1).isoCode, QStringLiteral("US"));
        QCOMPARE(statuses.at(2).isoCode, QStringLiteral("HK"));
        QCOMPARE(h->state().sends.front().content, QStringLiteral("Hi Ann, your parcel is on its way."));
        SendSmsRequest r = h->global({gb(2)}, h->globalNotice, {QStringLiteral("Bob")});
        r.signName = QStringLiteral("SandboxTech");
        reply = send(r);
        QVERIFY2(reply->succeeded(), qPrintable(reply->error().summary()));
    }

    void appDailyLimitsResetTheNextDay()
    {
        h->settings().appDailyLimit = 1;
        QCOMPARE(sendOne(cn(1001), h->domesticCode, {QStringLiteral("1")}), QStringLiteral("Ok"));
        QCOMPARE(sendOne(cn(1002), h->domesticCode, {QStringLiteral("1")}),
                 QStringLiteral("LimitExceeded.AppDailyLimit"));
        h->freezeAt(beijing(0, 0, 11));
        QCOMPARE(sendOne(cn(1002), h->domesticCode, {QStringLiteral("1")}), QStringLiteral("Ok"));
    }

    // ---- SendMultiGlobalSms ---------------------------------------------------

    void sendMultiGlobalSms()
    {
        domain::SendMultiGlobalSmsRequest r;
        r.smsSdkAppId = appId();
        domain::MultiSmsInfo a;
        a.phoneNumber = gb(1);
        a.templateId = QString::number(h->globalNotice);
        a.templateParamSet = {QStringLiteral("Ann")};
        a.sessionContext = QStringLiteral("a");
        domain::MultiSmsInfo b;
        b.phoneNumber = us(1);
        b.templateId = QString::number(h->globalCode);
        b.templateParamSet = {QStringLiteral("123456")};
        r.multiSmsInfoSet = {a, b};
        auto *reply = h->api().sendMultiGlobalSms(r);
        SB_WAIT(reply);
        QVERIFY2(reply->succeeded(), qPrintable(reply->error().summary()));
        const auto statuses = reply->result().sendMultiStatusSet;
        QCOMPARE(codesOf(statuses), (QStringList{QStringLiteral("Ok"), QStringLiteral("Ok")}));
        QCOMPARE(statuses.at(0).sessionContext, QStringLiteral("a"));
        QCOMPARE(statuses.at(1).isoCode, QStringLiteral("US"));
        QCOMPARE(h->state().sends.at(1).content, QStringLiteral("Your SandboxTech code is 123456."));

        // Per message: a domestic template, an unknown one, a bad code, a bad
        // number and a long SessionContext are refused one by one.
        domain::MultiSmsInfo domesticTemplate = a;
        domesticTemplate.phoneNumber = gb(2);
        domesticTemplate.templateId = QString::number(h->domesticNotice);
        domain::MultiSmsInfo unknown = a;
        unknown.phoneNumber = gb(3);
        unknown.templateId = QStringLiteral("999999");
        domain::MultiSmsInfo badCode = b;
        badCode.phoneNumber = gb(4);
        badCode.templateParamSet = {QStringLiteral("12ab")};
        domain::MultiSmsInfo badNumber = a;
        badNumber.phoneNumber = QStringLiteral("+44123");
        domain::MultiSmsInfo longContext = a;
        longContext.phoneNumber = gb(5);
        longContext.sessionContext = QString(512, QLatin1Char('x'));
        domain::MultiSmsInfo fine = a;
        fine.phoneNumber = gb(6);
        r.multiSmsInfoSet = {domesticTemplate, unknown, badCode, badNumber, longContext, fine};
        reply = h->api().sendMultiGlobalSms(r);
        SB_WAIT(reply);
        QCOMPARE(reply->error().kind(), ApiError::Kind::PartialFailure);
        QCOMPARE(codesOf(reply->result().sendMultiStatusSet),
                 (QStringList{QStringLiteral("UnsupportedOperation.ChineseMainlandTemplateToGlobalPhone"),
                              QStringLiteral("FailedOperation.TemplateUnapprovedOrNotExist"),
                              QStringLiteral("InvalidParameterValue.TemplateParameterFormatError"),
                              QStringLiteral("InvalidParameterValue.IncorrectPhoneNumber"),
                              QStringLiteral("InvalidParameterValue"),
                              QStringLiteral("Ok")}));
        for (const auto &s : reply->result().sendMultiStatusSet)
            QVERIFY2(!s.message.isEmpty(), qPrintable(s.code));
        QCOMPARE(reply->error().acceptedCount(), 1);
    }

    void sendMultiGlobalSmsRequestRules()
    {
        domain::SendMultiGlobalSmsRequest r;
        r.smsSdkAppId = appId();
        auto run = [&] {
            auto *reply = h->api().sendMultiGlobalSms(r);
            waitFor(reply);
            return reply->error().code();
        };
        QCOMPARE(run(), QStringLiteral("InvalidParameterValue.MultiSmsInfoSetEmpty"));
        domain::MultiSmsInfo item;
        item.phoneNumber = gb(1);
        item.templateId = QString::number(h->globalNotice);
        item.templateParamSet = {QStringLiteral("Ann")};
        domain::MultiSmsInfo home = item;
        home.phoneNumber = cn(1001);
        r.multiSmsInfoSet = {item, home};
        QCOMPARE(run(), QStringLiteral("UnsupportedOperation.ContainDomesticPhoneNumber"));
        r.multiSmsInfoSet.clear();
        for (int i = 0; i < 201; ++i) {
            item.phoneNumber = QStringLiteral("+447400%1").arg(100000 + i);
            r.multiSmsInfoSet.append(item);
        }
        QCOMPARE(run(), QStringLiteral("LimitExceeded.PhoneNumberCountLimit"));
        r.multiSmsInfoSet = {item};
        r.smsSdkAppId = QStringLiteral("1400999999");
        QCOMPARE(run(), QStringLiteral("InvalidParameterValue.SdkAppIdNotExist"));
        QVERIFY(h->state().sends.empty());
    }
};

QTEST_GUILESS_MAIN(tst_SandboxSend)
#include "tst_sandboxsend.moc"
