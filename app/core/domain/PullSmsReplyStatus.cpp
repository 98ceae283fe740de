#include "domain/PullSmsReplyStatus.h"

#include "domain/JsonFields.h"

namespace sms::domain {

QJsonObject PullSmsReplyStatusRequest::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("Limit"), limit);
    o.insert(QLatin1String("SmsSdkAppId"), smsSdkAppId);
    return o;
}

PullSmsReplyStatusResult PullSmsReplyStatusResult::fromJson(const QJsonObject &response)
{
    PullSmsReplyStatusResult r;
    r.pullSmsReplyStatusSet
        = json::objectList<ReplyRecord>(response.value(QLatin1String("PullSmsReplyStatusSet")));
    r.requestId = json::string(response.value(QLatin1String("RequestId")));
    return r;
}

} // namespace sms::domain
