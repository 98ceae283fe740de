#include "domain/CallbackStatusStatistics.h"

#include "domain/JsonFields.h"

namespace sms::domain {

QJsonObject CallbackStatusStatisticsRequest::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("BeginTime"), beginTime);
    o.insert(QLatin1String("EndTime"), endTime);
    o.insert(QLatin1String("SmsSdkAppId"), smsSdkAppId);
    o.insert(QLatin1String("Limit"), limit);
    o.insert(QLatin1String("Offset"), offset);
    return o;
}

CallbackStatusStatistics CallbackStatusStatistics::fromJson(const QJsonObject &object)
{
    CallbackStatusStatistics s;
    s.callbackCount = json::integer(object.value(QLatin1String("CallbackCount")));
    s.requestSuccessCount = json::integer(object.value(QLatin1String("RequestSuccessCount")));
    s.callbackFailCount = json::integer(object.value(QLatin1String("CallbackFailCount")));
    s.callbackSuccessCount = json::integer(object.value(QLatin1String("CallbackSuccessCount")));
    s.internalErrorCount = json::integer(object.value(QLatin1String("InternalErrorCount")));
    s.invalidNumberCount = json::integer(object.value(QLatin1String("InvalidNumberCount")));
    s.shutdownErrorCount = json::integer(object.value(QLatin1String("ShutdownErrorCount")));
    s.blackListCount = json::integer(object.value(QLatin1String("BlackListCount")));
    s.frequencyLimitCount = json::integer(object.value(QLatin1String("FrequencyLimitCount")));
    return s;
}

CallbackStatusStatisticsResult CallbackStatusStatisticsResult::fromJson(const QJsonObject &response)
{
    CallbackStatusStatisticsResult r;
    r.callbackStatusStatistics = CallbackStatusStatistics::fromJson(
        response.value(QLatin1String("CallbackStatusStatistics")).toObject());
    r.requestId = json::string(response.value(QLatin1String("RequestId")));
    return r;
}

} // namespace sms::domain
