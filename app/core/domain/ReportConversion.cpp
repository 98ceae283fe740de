#include "domain/ReportConversion.h"

#include "domain/JsonFields.h"

namespace sms::domain {

QJsonObject ReportConversionRequest::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("SmsSdkAppId"), smsSdkAppId);
    o.insert(QLatin1String("SerialNo"), serialNo);
    if (conversionTime)
        o.insert(QLatin1String("ConversionTime"), *conversionTime);
    return o;
}

ReportConversionStatus ReportConversionStatus::fromJson(const QJsonObject &object)
{
    ReportConversionStatus s;
    s.code = json::string(object.value(QLatin1String("Code")));
    s.message = json::string(object.value(QLatin1String("Message")));
    return s;
}

ReportConversionResult ReportConversionResult::fromJson(const QJsonObject &response)
{
    ReportConversionResult r;
    r.reportConversionStatus = ReportConversionStatus::fromJson(
        response.value(QLatin1String("ReportConversionStatus")).toObject());
    r.requestId = json::string(response.value(QLatin1String("RequestId")));
    return r;
}

} // namespace sms::domain
