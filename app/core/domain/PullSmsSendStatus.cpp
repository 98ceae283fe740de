#include "domain/PullSmsSendStatus.h"

#include "domain/JsonFields.h"

namespace sms::domain {

QJsonObject PullSmsSendStatusRequest::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("Limit"), limit);
    o.insert(QLatin1String("SmsSdkAppId"), smsSdkAppId);
    return o;
}

PullSmsSendStatusResult PullSmsSendStatusResult::fromJson(const QJsonObject &response)
{
    PullSmsSendStatusResult r;
    r.pullSmsSendStatusSet
        = json::objectList<DeliveryReceipt>(response.value(QLatin1String("PullSmsSendStatusSet")));
    r.requestId = json::string(response.value(QLatin1String("RequestId")));
    return r;
}

} // namespace sms::domain
