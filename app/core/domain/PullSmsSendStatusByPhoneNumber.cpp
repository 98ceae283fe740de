#include "domain/PullSmsSendStatusByPhoneNumber.h"

#include "domain/JsonFields.h"

namespace sms::domain {

QJsonObject PullSmsSendStatusByPhoneNumberRequest::toJson() const
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

PullSmsSendStatusByPhoneNumberResult
PullSmsSendStatusByPhoneNumberResult::fromJson(const QJsonObject &response)
{
    PullSmsSendStatusByPhoneNumberResult r;
    r.pullSmsSendStatusSet
        = json::objectList<DeliveryReceipt>(response.value(QLatin1String("PullSmsSendStatusSet")));
    r.requestId = json::string(response.value(QLatin1String("RequestId")));
    return r;
}

} // namespace sms::domain
