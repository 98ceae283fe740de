#include "domain/ReplyRecord.h"

#include "domain/JsonFields.h"

namespace sms::domain {

ReplyRecord ReplyRecord::fromJson(const QJsonObject &object)
{
    ReplyRecord r;
    r.extendCode = json::stringOrNumber(object.value(QLatin1String("ExtendCode")));
    r.countryCode = json::stringOrNumber(object.value(QLatin1String("CountryCode")));
    r.phoneNumber = json::string(object.value(QLatin1String("PhoneNumber")));
    r.signName = json::string(object.value(QLatin1String("SignName")));
    r.replyContent = json::string(object.value(QLatin1String("ReplyContent")));
    r.replyTime = json::integer(object.value(QLatin1String("ReplyTime")));
    r.subscriberNumber = json::stringOrNumber(object.value(QLatin1String("SubscriberNumber")));
    return r;
}

} // namespace sms::domain
