#include "api/SmsApi.h"

namespace sms::api {

SmsApi::SmsApi(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

template<typename Result, typename Request> ApiReply<Result> *SmsApi::start(const Request &request)
{
    auto *reply = new ApiReply<Result>(QString::fromLatin1(Request::action), request.toJson());
    if (!m_client) {
        // Nothing can send it; a reply that finishes keeps the caller's
        // finished() handling the only path, instead of a null to check.
        reply->setParent(this);
        reply->cancel();
        return reply;
    }
    // start() hands back the pointer it was given; the cast only restores
    // the type that ApiCall's interface erases.
    return static_cast<ApiReply<Result> *>(m_client->start(reply));
}

ApiReply<domain::SendSmsResult> *SmsApi::sendSms(const domain::SendSmsRequest &request)
{
    return start<domain::SendSmsResult>(request);
}

ApiReply<domain::SendMultiGlobalSmsResult> *
SmsApi::sendMultiGlobalSms(const domain::SendMultiGlobalSmsRequest &request)
{
    return start<domain::SendMultiGlobalSmsResult>(request);
}

ApiReply<domain::PullSmsSendStatusResult> *
SmsApi::pullSmsSendStatus(const domain::PullSmsSendStatusRequest &request)
{
    return start<domain::PullSmsSendStatusResult>(request);
}

ApiReply<domain::PullSmsSendStatusByPhoneNumberResult> *
SmsApi::pullSmsSendStatusByPhoneNumber(const domain::PullSmsSendStatusByPhoneNumberRequest &request)
{
    return start<domain::PullSmsSendStatusByPhoneNumberResult>(request);
}

ApiReply<domain::PullSmsReplyStatusResult> *
SmsApi::pullSmsReplyStatus(const domain::PullSmsReplyStatusRequest &request)
{
    return start<domain::PullSmsReplyStatusResult>(request);
}

ApiReply<domain::PullSmsReplyStatusByPhoneNumberResult> *SmsApi::pullSmsReplyStatusByPhoneNumber(
    const domain::PullSmsReplyStatusByPhoneNumberRequest &request)
{
    return start<domain::PullSmsReplyStatusByPhoneNumberResult>(request);
}

ApiReply<domain::SendStatusStatisticsResult> *
SmsApi::sendStatusStatistics(const domain::SendStatusStatisticsRequest &request)
{
    return start<domain::SendStatusStatisticsResult>(request);
}

ApiReply<domain::CallbackStatusStatisticsResult> *
SmsApi::callbackStatusStatistics(const domain::CallbackStatusStatisticsRequest &request)
{
    return start<domain::CallbackStatusStatisticsResult>(request);
}

ApiReply<domain::SmsPackagesStatisticsResult> *
SmsApi::smsPackagesStatistics(const domain::SmsPackagesStatisticsRequest &request)
{
    return start<domain::SmsPackagesStatisticsResult>(request);
}

ApiReply<domain::AddSmsSignResult> *SmsApi::addSmsSign(const domain::AddSmsSignRequest &request)
{
    return start<domain::AddSmsSignResult>(request);
}

ApiReply<domain::ModifySmsSignResult> *
SmsApi::modifySmsSign(const domain::ModifySmsSignRequest &request)
{
    return start<domain::ModifySmsSignResult>(request);
}

ApiReply<domain::DeleteSmsSignResult> *
SmsApi::deleteSmsSign(const domain::DeleteSmsSignRequest &request)
{
    return start<domain::DeleteSmsSignResult>(request);
}

ApiReply<domain::DescribeSmsSignListResult> *
SmsApi::describeSmsSignList(const domain::DescribeSmsSignListRequest &request)
{
    return start<domain::DescribeSmsSignListResult>(request);
}

ApiReply<domain::AddSmsTemplateResult> *
SmsApi::addSmsTemplate(const domain::AddSmsTemplateRequest &request)
{
    return start<domain::AddSmsTemplateResult>(request);
}

ApiReply<domain::ModifySmsTemplateResult> *
SmsApi::modifySmsTemplate(const domain::ModifySmsTemplateRequest &request)
{
    return start<domain::ModifySmsTemplateResult>(request);
}

ApiReply<domain::DeleteSmsTemplateResult> *
SmsApi::deleteSmsTemplate(const domain::DeleteSmsTemplateRequest &request)
{
    return start<domain::DeleteSmsTemplateResult>(request);
}

ApiReply<domain::DescribeSmsTemplateListResult> *
SmsApi::describeSmsTemplateList(const domain::DescribeSmsTemplateListRequest &request)
{
    return start<domain::DescribeSmsTemplateListResult>(request);
}

ApiReply<domain::DescribePhoneNumberInfoResult> *
SmsApi::describePhoneNumberInfo(const domain::DescribePhoneNumberInfoRequest &request)
{
    return start<domain::DescribePhoneNumberInfoResult>(request);
}

ApiReply<domain::ReportConversionResult> *
SmsApi::reportConversion(const domain::ReportConversionRequest &request)
{
    return start<domain::ReportConversionResult>(request);
}

ApiReply<domain::DescribeSendRecordListResult> *
SmsApi::describeSendRecordList(const domain::DescribeSendRecordListRequest &request)
{
    return start<domain::DescribeSendRecordListResult>(request);
}

} // namespace sms::api
