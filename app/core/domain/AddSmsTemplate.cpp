#include "domain/AddSmsTemplate.h"

#include "domain/JsonFields.h"

namespace sms::domain {

QJsonObject AddSmsTemplateRequest::toJson() const
{
    return templateApplicationJson(*this);
}

AddTemplateStatus AddTemplateStatus::fromJson(const QJsonObject &object)
{
    AddTemplateStatus s;
    s.templateId = json::stringOrNumber(object.value(QLatin1String("TemplateId")));
    return s;
}

AddSmsTemplateResult AddSmsTemplateResult::fromJson(const QJsonObject &response)
{
    AddSmsTemplateResult r;
    r.addTemplateStatus = AddTemplateStatus::fromJson(
        response.value(QLatin1String("AddTemplateStatus")).toObject());
    r.requestId = json::string(response.value(QLatin1String("RequestId")));
    return r;
}

} // namespace sms::domain
