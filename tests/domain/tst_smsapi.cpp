// SPDX-License-Identifier: GPL-3.0-or-later
// SmsApi wiring: each method starts its own action with its request's JSON
// and returns a reply typed for that action's result.
//
// The client has no credentials, so ApiClient finishes every call with
// ClientError.MissingCredentials before anything is sent: no network, no
// server, and still the full start() path.

#include "api/ApiClient.h"
#include "api/SmsApi.h"

#include <QSignalSpy>
#include <QTest>

#include <type_traits>

using namespace sms::api;
using namespace sms::domain;

class tst_SmsApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyActionIsWired();
    void sendFollowsTheRegistry();
    void sendWithCallbackCleansUp();
    void repliesAreTyped();
    void goneClientStillFinishes();

private:
    // Checks one started call and deletes it.
    template<typename Result, typename Request>
    void check(ApiReply<Result> *reply, const Request &request);

    int m_checked = 0;
};

template<typename Result, typename Request>
void tst_SmsApi::check(ApiReply<Result> *reply, const Request &request)
{
    QVERIFY(reply);
    QCOMPARE(reply->action(), QString::fromLatin1(Action<Request>::name));
    QCOMPARE(reply->payload(), json::toObject(request));
    QVERIFY(reply->parent()); // owned by the client, not leaked

    if (!reply->isFinished()) {
        QSignalSpy finished(reply, &ApiCall::finished);
        QVERIFY(finished.wait(5000));
    }
    QCOMPARE(reply->error().code(), QStringLiteral("ClientError.MissingCredentials"));
    // Nothing came back, so the typed result is the empty one.
    QVERIFY(reply->result() == Result {});
    delete reply;
    ++m_checked;
}

void tst_SmsApi::everyActionIsWired()
{
    ApiClient client;
    SmsApi api(&client);
    QCOMPARE(api.client(), &client);

    SendSmsRequest sendSms;
    sendSms.phoneNumberSet = {QStringLiteral("+8613800000000")};
    sendSms.smsSdkAppId = QStringLiteral("1400006666");
    sendSms.templateId = QStringLiteral("1110");
    check(api.sendSms(sendSms), sendSms);

    SendMultiGlobalSmsRequest multi;
    multi.smsSdkAppId = QStringLiteral("1400006666");
    multi.multiSmsInfoSet = {MultiSmsInfo {
        QStringLiteral("+14155550123"), QStringLiteral("3330"), {}, std::nullopt, std::nullopt}};
    check(api.sendMultiGlobalSms(multi), multi);

    PullSmsSendStatusRequest pullSend;
    pullSend.smsSdkAppId = QStringLiteral("1400006666");
    check(api.pullSmsSendStatus(pullSend), pullSend);

    PullSmsSendStatusByPhoneNumberRequest pullSendByPhone;
    pullSendByPhone.beginTime = 1714500000;
    pullSendByPhone.phoneNumber = QStringLiteral("+8618501234444");
    check(api.pullSmsSendStatusByPhoneNumber(pullSendByPhone), pullSendByPhone);

    PullSmsReplyStatusRequest pullReply;
    pullReply.limit = 7;
    check(api.pullSmsReplyStatus(pullReply), pullReply);

    PullSmsReplyStatusByPhoneNumberRequest pullReplyByPhone;
    pullReplyByPhone.endTime = 1714586400;
    check(api.pullSmsReplyStatusByPhoneNumber(pullReplyByPhone), pullReplyByPhone);

    SendStatusStatisticsRequest sendStats;
    sendStats.beginTime = QStringLiteral("2024050100");
    check(api.sendStatusStatistics(sendStats), sendStats);

    CallbackStatusStatisticsRequest callbackStats;
    callbackStats.endTime = QStringLiteral("2024050123");
    check(api.callbackStatusStatistics(callbackStats), callbackStats);

    SmsPackagesStatisticsRequest packages;
    packages.limit = 500;
    check(api.smsPackagesStatistics(packages), packages);

    AddSmsSignRequest addSign;
    addSign.signName = QString::fromUtf8("腾讯云");
    check(api.addSmsSign(addSign), addSign);

    ModifySmsSignRequest modifySign;
    modifySign.signId = 10339;
    check(api.modifySmsSign(modifySign), modifySign);

    DeleteSmsSignRequest deleteSign;
    deleteSign.signId = 10339;
    check(api.deleteSmsSign(deleteSign), deleteSign);

    DescribeSmsSignListRequest signs;
    signs.signIdSet = {10339};
    check(api.describeSmsSignList(signs), signs);

    AddSmsTemplateRequest addTemplate;
    addTemplate.templateName = QString::fromUtf8("登录验证码");
    check(api.addSmsTemplate(addTemplate), addTemplate);

    ModifySmsTemplateRequest modifyTemplate;
    modifyTemplate.templateId = 1122334;
    check(api.modifySmsTemplate(modifyTemplate), modifyTemplate);

    DeleteSmsTemplateRequest deleteTemplate;
    deleteTemplate.templateId = 1122334;
    check(api.deleteSmsTemplate(deleteTemplate), deleteTemplate);

    DescribeSmsTemplateListRequest templates;
    templates.limit = 100;
    check(api.describeSmsTemplateList(templates), templates);

    DescribePhoneNumberInfoRequest numbers;
    numbers.phoneNumberSet = {QStringLiteral("+86018501234444")};
    check(api.describePhoneNumberInfo(numbers), numbers);

    ReportConversionRequest conversion;
    conversion.serialNo = QStringLiteral("2019:1459782579269331713");
    check(api.reportConversion(conversion), conversion);

    DescribeSendRecordListRequest records;
    records.phoneNumber = QStringLiteral("+8618501234444");
    check(api.describeSendRecordList(records), records);

    QCOMPARE(m_checked, 20);
}

void tst_SmsApi::sendFollowsTheRegistry()
{
    ApiClient client;
    SmsApi api(&client);
    QStringList sent;
    forEachAction([&](auto type) {
        using Request = typename decltype(type)::type;
        const Request request {};
        ApiReply<ResultOf<Request>> *reply = api.send(request);
        sent.append(reply->action());
        check(reply, request);
    });
    QStringList registered;
    for (const ActionInfo &info : ActionRegistry::all())
        registered.append(info.name);
    QCOMPARE(sent, registered);
}

void tst_SmsApi::sendWithCallbackCleansUp()
{
    ApiClient client;
    SmsApi api(&client);
    QObject context;
    DeleteSmsSignRequest request;
    request.signId = 10339;
    int calls = 0;
    auto *reply = api.send(request, &context, [&](ApiReply<DeleteSmsSignResult> *done) {
        ++calls;
        QCOMPARE(done->action(), QStringLiteral("DeleteSmsSign"));
        QCOMPARE(done->error().code(), QStringLiteral("ClientError.MissingCredentials"));
        QVERIFY(done->result() == DeleteSmsSignResult {});
    });
    QSignalSpy destroyed(reply, &QObject::destroyed);
    QVERIFY(destroyed.wait(5000));
    QCOMPARE(calls, 1);
}

void tst_SmsApi::repliesAreTyped()
{
    // result() is fromObject<Result>(response()); the reply type decides which
    // parser runs.
    static_assert(
        std::is_same_v<decltype(std::declval<SmsApi &>().sendSms({})), ApiReply<SendSmsResult> *>);
    static_assert(std::is_same_v<decltype(std::declval<ApiReply<SendSmsResult> &>().result()),
                                 SendSmsResult>);
    static_assert(std::is_same_v<decltype(std::declval<SmsApi &>().addSmsTemplate({})),
                                 ApiReply<AddSmsTemplateResult> *>);
    static_assert(
        std::is_same_v<decltype(std::declval<SmsApi &>().send(DescribeSmsSignListRequest {})),
                       ApiReply<DescribeSmsSignListResult> *>);
}

void tst_SmsApi::goneClientStillFinishes()
{
    auto *client = new ApiClient;
    SmsApi api(client);
    delete client;
    QVERIFY(!api.client());

    DeleteSmsTemplateRequest request;
    request.templateId = 1122334;
    auto *reply = api.deleteSmsTemplate(request);
    QVERIFY(reply);
    QCOMPARE(reply->parent(), &api);
    QCOMPARE(reply->action(), QStringLiteral("DeleteSmsTemplate"));
    QSignalSpy finished(reply, &ApiCall::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(reply->error().kind(), ApiError::Kind::Cancelled);
    delete reply;
}

QTEST_GUILESS_MAIN(tst_SmsApi)
#include "tst_smsapi.moc"
