#include "domain/SendSms.h"

#include "domain/JsonFields.h"

namespace sms::domain {

QJsonObject SendSmsRequest::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("PhoneNumberSet"), json::toArray(phoneNumberSet));
    o.insert(QLatin1String("SmsSdkAppId"), smsSdkAppId);
    o.insert(QLatin1String("TemplateId"), templateId);
    if (signName)
        o.insert(QLatin1String("SignName"), *signName);
    if (!templateParamSet.isEmpty())
        o.insert(QLatin1String("TemplateParamSet"), json::toArray(templateParamSet));
    if (extendCode)
        o.insert(QLatin1String("ExtendCode"), *extendCode);
    if (sessionContext)
        o.insert(QLatin1String("SessionContext"), *sessionContext);
    if (senderId)
        o.insert(QLatin1String("SenderId"), *senderId);
    return o;
}

SendSmsResult SendSmsResult::fromJson(const QJsonObject &response)
{
    SendSmsResult r;
    r.sendStatusSet = json::objectList<SendStatus>(response.value(QLatin1String("SendStatusSet")));
    r.requestId = json::string(response.value(QLatin1String("RequestId")));
    return r;
}

} // namespace sms::domain
