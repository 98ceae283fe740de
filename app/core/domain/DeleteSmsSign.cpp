#include "domain/DeleteSmsSign.h"

#include "domain/JsonFields.h"

namespace sms::domain {

QJsonObject DeleteSmsSignRequest::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("SignId"), signId);
    return o;
}

DeleteSignStatus DeleteSignStatus::fromJson(const QJsonObject &object)
{
    DeleteSignStatus s;
    s.deleteStatus = json::string(object.value(QLatin1String("DeleteStatus")));
    s.deleteTime = json::integer(object.value(QLatin1String("DeleteTime")));
    return s;
}

DeleteSmsSignResult DeleteSmsSignResult::fromJson(const QJsonObject &response)
{
    DeleteSmsSignResult r;
    r.deleteSignStatus
        = DeleteSignStatus::fromJson(response.value(QLatin1String("DeleteSignStatus")).toObject());
    r.requestId = json::string(response.value(QLatin1String("RequestId")));
    return r;
}

} // namespace sms::domain
