#include "domain/SmsPackagesStatistics.h"

#include "domain/JsonFields.h"

namespace sms::domain {

QJsonObject SmsPackagesStatisticsRequest::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("SmsSdkAppId"), smsSdkAppId);
    o.insert(QLatin1String("Limit"), limit);
    o.insert(QLatin1String("Offset"), offset);
    o.insert(QLatin1String("BeginTime"), beginTime);
    o.insert(QLatin1String("EndTime"), endTime);
    return o;
}

SmsPackagesStatistics SmsPackagesStatistics::fromJson(const QJsonObject &object)
{
    SmsPackagesStatistics p;
    p.packageCreateTime = json::integer(object.value(QLatin1String("PackageCreateTime")));
    p.packageEffectiveTime = json::integer(object.value(QLatin1String("PackageEffectiveTime")));
    p.packageExpiredTime = json::integer(object.value(QLatin1String("PackageExpiredTime")));
    p.packageAmount = json::integer(object.value(QLatin1String("PackageAmount")));
    // A missing type must not read as code 0 ("gifted").
    const auto type = json::optionalInteger(object.value(QLatin1String("PackageType")));
    p.packageType = type.value_or(0);
    p.type = type ? packageTypeFromCode(*type) : PackageType::Unknown;
    p.packageId = json::integer(object.value(QLatin1String("PackageId")));
    p.currentUsage = json::integer(object.value(QLatin1String("CurrentUsage")));
    return p;
}

SmsPackagesStatisticsResult SmsPackagesStatisticsResult::fromJson(const QJsonObject &response)
{
    SmsPackagesStatisticsResult r;
    r.smsPackagesStatisticsSet = json::objectList<SmsPackagesStatistics>(
        response.value(QLatin1String("SmsPackagesStatisticsSet")));
    r.requestId = json::string(response.value(QLatin1String("RequestId")));
    return r;
}

} // namespace sms::domain
