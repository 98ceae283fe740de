#include "domain/SendMultiGlobalSms.h"

#include "domain/JsonFields.h"

#include <QJsonArray>

namespace sms::domain {

QJsonObject MultiSmsInfo::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("PhoneNumber"), phoneNumber);
    o.insert(QLatin1String("TemplateId"), templateId);
    if (!templateParamSet.isEmpty())
        o.insert(QLatin1String("TemplateParamSet"), json::toArray(templateParamSet));
    if (senderId)
        o.insert(QLatin1String("SenderId"), *senderId);
    if (sessionContext)
        o.insert(QLatin1String("SessionContext"), *sessionContext);
    return o;
}

QJsonObject SendMultiGlobalSmsRequest::toJson() const
{
    QJsonArray infos;
    for (const MultiSmsInfo &info : multiSmsInfoSet)
        infos.append(info.toJson());
    QJsonObject o;
    o.insert(QLatin1String("SmsSdkAppId"), smsSdkAppId);
    o.insert(QLatin1String("MultiSmsInfoSet"), infos);
    return o;
}

SendMultiGlobalSmsResult SendMultiGlobalSmsResult::fromJson(const QJsonObject &response)
{
    SendMultiGlobalSmsResult r;
    r.sendMultiStatusSet
        = json::objectList<SendStatus>(response.value(QLatin1String("SendMultiStatusSet")));
    r.requestId = json::string(response.value(QLatin1String("RequestId")));
    return r;
}

} // namespace sms::domain
