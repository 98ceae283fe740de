#include "domain/AddSmsSign.h"

#include "domain/JsonFields.h"

namespace sms::domain {

QJsonObject AddSmsSignRequest::toJson() const
{
    return signApplicationJson(*this);
}

AddSignStatus AddSignStatus::fromJson(const QJsonObject &object)
{
    AddSignStatus s;
    s.signId = json::integer(object.value(QLatin1String("SignId")));
    return s;
}

AddSmsSignResult AddSmsSignResult::fromJson(const QJsonObject &response)
{
    AddSmsSignResult r;
    r.addSignStatus
        = AddSignStatus::fromJson(response.value(QLatin1String("AddSignStatus")).toObject());
    r.requestId = json::string(response.value(QLatin1String("RequestId")));
    return r;
}

} // namespace sms::domain
