#include "domain/ModifySmsSign.h"

#include "domain/AddSmsSign.h"

#include "domain/JsonFields.h"

namespace sms::domain {

QJsonObject ModifySmsSignRequest::toJson() const
{
    QJsonObject o = signApplicationJson(*this);
    o.insert(QLatin1String("SignId"), signId);
    return o;
}

ModifySignStatus ModifySignStatus::fromJson(const QJsonObject &object)
{
    ModifySignStatus s;
    s.signId = json::integer(object.value(QLatin1String("SignId")));
    return s;
}

ModifySmsSignResult ModifySmsSignResult::fromJson(const QJsonObject &response)
{
    ModifySmsSignResult r;
    r.modifySignStatus
        = ModifySignStatus::fromJson(response.value(QLatin1String("ModifySignStatus")).toObject());
    r.requestId = json::string(response.value(QLatin1String("RequestId")));
    return r;
}

} // namespace sms::domain
