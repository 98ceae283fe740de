#include "domain/DeliveryReceipt.h"

#include "domain/JsonFields.h"

namespace sms::domain {

ReportStatus reportStatusFromString(const QString &status)
{
    // Compared without case: a proxy or an old SDK that lowercases the
    // value should not turn every receipt into "unknown".
    if (status.compare(QLatin1String("SUCCESS"), Qt::CaseInsensitive) == 0)
        return ReportStatus::Success;
    if (status.compare(QLatin1String("FAIL"), Qt::CaseInsensitive) == 0)
        return ReportStatus::Fail;
    return ReportStatus::Unknown;
}

DeliveryReceipt DeliveryReceipt::fromJson(const QJsonObject &object)
{
    DeliveryReceipt d;
    d.userReceiveTime = json::integer(object.value(QLatin1String("UserReceiveTime")));
    d.countryCode = json::stringOrNumber(object.value(QLatin1String("CountryCode")));
    d.subscriberNumber = json::stringOrNumber(object.value(QLatin1String("SubscriberNumber")));
    d.phoneNumber = json::string(object.value(QLatin1String("PhoneNumber")));
    d.serialNo = json::string(object.value(QLatin1String("SerialNo")));
    d.reportStatus = json::string(object.value(QLatin1String("ReportStatus")));
    d.status = reportStatusFromString(d.reportStatus);
    d.description = json::string(object.value(QLatin1String("Description")));
    d.sessionContext = json::string(object.value(QLatin1String("SessionContext")));
    return d;
}

} // namespace sms::domain
