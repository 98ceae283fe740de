#include "domain/SendStatusStatistics.h"

#include "domain/JsonFields.h"

namespace sms::domain {

QJsonObject SendStatusStatisticsRequest::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("BeginTime"), beginTime);
    o.insert(QLatin1String("EndTime"), endTime);
    o.insert(QLatin1String("SmsSdkAppId"), smsSdkAppId);
    o.insert(QLatin1String("Limit"), limit);
    o.insert(QLatin1String("Offset"), offset);
    return o;
}

SendStatusStatistics SendStatusStatistics::fromJson(const QJsonObject &object)
{
    SendStatusStatistics s;
    s.feeCount = json::integer(object.value(QLatin1String("FeeCount")));
    s.requestCount = json::integer(object.value(QLatin1String("RequestCount")));
    s.requestSuccessCount = json::integer(object.value(QLatin1String("RequestSuccessCount")));
    return s;
}

SendStatusStatisticsResult SendStatusStatisticsResult::fromJson(const QJsonObject &response)
{
    SendStatusStatisticsResult r;
    r.sendStatusStatistics = SendStatusStatistics::fromJson(
        response.value(QLatin1String("SendStatusStatistics")).toObject());
    r.requestId = json::string(response.value(QLatin1String("RequestId")));
    return r;
}

} // namespace sms::domain
