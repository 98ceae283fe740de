#include "domain/PullSmsReplyStatusByPhoneNumber.h"

#include "domain/JsonFields.h"

namespace sms::domain {

QJsonObject PullSmsReplyStatusByPhoneNumberRequest::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("BeginTime"), beginTime);
    o.insert(QLatin1String("Offset"), offset);
    o.insert(QLatin1String("Limit"), limit);
    o.insert(QLatin1String("PhoneNumber"), phoneNumber);
    o.insert(QLatin1String("SmsSdkAppId"), smsSdkAppId);
    if (endTime)
        o.insert(QLatin1String("EndTime"), *endTime);
    return o;
}

PullSmsReplyStatusByPhoneNumberResult
PullSmsReplyStatusByPhoneNumberResult::fromJson(const QJsonObject &response)
{
    PullSmsReplyStatusByPhoneNumberResult r;
    r.pullSmsReplyStatusSet
        = json::objectList<ReplyRecord>(response.value(QLatin1String("PullSmsReplyStatusSet")));
    r.requestId = json::string(response.value(QLatin1String("RequestId")));
    return r;
}

} // namespace sms::domain
