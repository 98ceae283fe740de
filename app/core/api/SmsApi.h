#pragma once

#include "api/ApiClient.h"
#include "api/ApiReply.h"
#include "domain/AddSmsSign.h"
#include "domain/AddSmsTemplate.h"
#include "domain/CallbackStatusStatistics.h"
#include "domain/DeleteSmsSign.h"
#include "domain/DeleteSmsTemplate.h"
#include "domain/DescribePhoneNumberInfo.h"
#include "domain/DescribeSendRecordList.h"
#include "domain/DescribeSmsSignList.h"
#include "domain/DescribeSmsTemplateList.h"
#include "domain/ModifySmsSign.h"
#include "domain/ModifySmsTemplate.h"
#include "domain/PullSmsReplyStatus.h"
#include "domain/PullSmsReplyStatusByPhoneNumber.h"
#include "domain/PullSmsSendStatus.h"
#include "domain/PullSmsSendStatusByPhoneNumber.h"
#include "domain/ReportConversion.h"
#include "domain/SendMultiGlobalSms.h"
#include "domain/SendSms.h"
#include "domain/SendStatusStatistics.h"
#include "domain/SmsPackagesStatistics.h"

#include <QObject>
#include <QPointer>

namespace sms::api {

// The API as typed calls: one method per action of version 2021-01-11, so a
// caller cannot pair an action with the wrong payload or result type.
//
// Each method starts the call on the client and returns at once. The reply
// is owned as ApiClient::start() says (parented to the client); the caller
// deletes it with deleteLater() after finished(), and reads result() only
// once it has finished. A send's result() also holds the refused numbers
// when the call ends as a partial failure.
//
// SmsApi does not own the client, and holds no state besides it. Should the
// client be gone, every method still returns a reply, which finishes as
// cancelled, so callers need no null checks.
class SmsApi : public QObject
{
    Q_OBJECT

public:
    explicit SmsApi(ApiClient *client, QObject *parent = nullptr);

    ApiClient *client() const { return m_client; }

    // Sending
    ApiReply<domain::SendSmsResult> *sendSms(const domain::SendSmsRequest &request);
    ApiReply<domain::SendMultiGlobalSmsResult> *
    sendMultiGlobalSms(const domain::SendMultiGlobalSmsRequest &request);

    // Receipts and replies. The two queue-style pulls hand each record out
    // once: a reply that is dropped loses those records.
    ApiReply<domain::PullSmsSendStatusResult> *
    pullSmsSendStatus(const domain::PullSmsSendStatusRequest &request);
    ApiReply<domain::PullSmsSendStatusByPhoneNumberResult> *
    pullSmsSendStatusByPhoneNumber(const domain::PullSmsSendStatusByPhoneNumberRequest &request);
    ApiReply<domain::PullSmsReplyStatusResult> *
    pullSmsReplyStatus(const domain::PullSmsReplyStatusRequest &request);
    ApiReply<domain::PullSmsReplyStatusByPhoneNumberResult> *
    pullSmsReplyStatusByPhoneNumber(const domain::PullSmsReplyStatusByPhoneNumberRequest &request);

    // Statistics
    ApiReply<domain::SendStatusStatisticsResult> *
    sendStatusStatistics(const domain::SendStatusStatisticsRequest &request);
    ApiReply<domain::CallbackStatusStatisticsResult> *
    callbackStatusStatistics(const domain::CallbackStatusStatisticsRequest &request);
    ApiReply<domain::SmsPackagesStatisticsResult> *
    smsPackagesStatistics(const domain::SmsPackagesStatisticsRequest &request);

    // Signatures
    ApiReply<domain::AddSmsSignResult> *addSmsSign(const domain::AddSmsSignRequest &request);
    ApiReply<domain::ModifySmsSignResult> *
    modifySmsSign(const domain::ModifySmsSignRequest &request);
    ApiReply<domain::DeleteSmsSignResult> *
    deleteSmsSign(const domain::DeleteSmsSignRequest &request);
    ApiReply<domain::DescribeSmsSignListResult> *
    describeSmsSignList(const domain::DescribeSmsSignListRequest &request);

    // Templates
    ApiReply<domain::AddSmsTemplateResult> *
    addSmsTemplate(const domain::AddSmsTemplateRequest &request);
    ApiReply<domain::ModifySmsTemplateResult> *
    modifySmsTemplate(const domain::ModifySmsTemplateRequest &request);
    ApiReply<domain::DeleteSmsTemplateResult> *
    deleteSmsTemplate(const domain::DeleteSmsTemplateRequest &request);
    ApiReply<domain::DescribeSmsTemplateListResult> *
    describeSmsTemplateList(const domain::DescribeSmsTemplateListRequest &request);

    // Other
    ApiReply<domain::DescribePhoneNumberInfoResult> *
    describePhoneNumberInfo(const domain::DescribePhoneNumberInfoRequest &request);
    ApiReply<domain::ReportConversionResult> *
    reportConversion(const domain::ReportConversionRequest &request);
    ApiReply<domain::DescribeSendRecordListResult> *
    describeSendRecordList(const domain::DescribeSendRecordListRequest &request);

private:
    template<typename Result, typename Request> ApiReply<Result> *start(const Request &request);

    QPointer<ApiClient> m_client;
};

} // namespace sms::api
