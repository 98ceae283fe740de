#include "domain/DescribePhoneNumberInfo.h"

#include "domain/JsonFields.h"

namespace sms::domain {

QJsonObject DescribePhoneNumberInfoRequest::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("PhoneNumberSet"), json::toArray(phoneNumberSet));
    return o;
}

PhoneNumberInfo PhoneNumberInfo::fromJson(const QJsonObject &object)
{
    PhoneNumberInfo p;
    p.code = json::string(object.value(QLatin1String("Code")));
    p.message = json::string(object.value(QLatin1String("Message")));
    p.nationCode = json::stringOrNumber(object.value(QLatin1String("NationCode")));
    p.subscriberNumber = json::stringOrNumber(object.value(QLatin1String("SubscriberNumber")));
    p.phoneNumber = json::string(object.value(QLatin1String("PhoneNumber")));
    p.isoCode = json::string(object.value(QLatin1String("IsoCode")));
    p.isoName = json::string(object.value(QLatin1String("IsoName")));
    return p;
}

DescribePhoneNumberInfoResult DescribePhoneNumberInfoResult::fromJson(const QJsonObject &response)
{
    DescribePhoneNumberInfoResult r;
    r.phoneNumberInfoSet
        = json::objectList<PhoneNumberInfo>(response.value(QLatin1String("PhoneNumberInfoSet")));
    r.requestId = json::string(response.value(QLatin1String("RequestId")));
    return r;
}

} // namespace sms::domain
