#include "domain/ModifySmsTemplate.h"

#include "domain/AddSmsTemplate.h"

#include "domain/JsonFields.h"

namespace sms::domain {

QJsonObject ModifySmsTemplateRequest::toJson() const
{
    QJsonObject o = templateApplicationJson(*this);
    o.insert(QLatin1String("TemplateId"), templateId);
    return o;
}

ModifyTemplateStatus ModifyTemplateStatus::fromJson(const QJsonObject &object)
{
    ModifyTemplateStatus s;
    s.templateId = json::integer(object.value(QLatin1String("TemplateId")));
    return s;
}

ModifySmsTemplateResult ModifySmsTemplateResult::fromJson(const QJsonObject &response)
{
    ModifySmsTemplateResult r;
    r.modifyTemplateStatus = ModifyTemplateStatus::fromJson(
        response.value(QLatin1String("ModifyTemplateStatus")).toObject());
    r.requestId = json::string(response.value(QLatin1String("RequestId")));
    return r;
}

} // namespace sms::domain
