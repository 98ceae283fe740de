#include "domain/DeleteSmsTemplate.h"

#include "domain/JsonFields.h"

namespace sms::domain {

QJsonObject DeleteSmsTemplateRequest::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("TemplateId"), templateId);
    return o;
}

DeleteTemplateStatus DeleteTemplateStatus::fromJson(const QJsonObject &object)
{
    DeleteTemplateStatus s;
    s.deleteStatus = json::string(object.value(QLatin1String("DeleteStatus")));
    s.deleteTime = json::integer(object.value(QLatin1String("DeleteTime")));
    return s;
}

DeleteSmsTemplateResult DeleteSmsTemplateResult::fromJson(const QJsonObject &response)
{
    DeleteSmsTemplateResult r;
    r.deleteTemplateStatus = DeleteTemplateStatus::fromJson(
        response.value(QLatin1String("DeleteTemplateStatus")).toObject());
    r.requestId = json::string(response.value(QLatin1String("RequestId")));
    return r;
}

} // namespace sms::domain
