#include "domain/SendStatus.h"

#include "domain/JsonFields.h"

#include <algorithm>

namespace sms::domain {

bool SendStatus::isOk() const
{
    return code == QLatin1String("Ok");
}

NumberFailure SendStatus::toFailure() const
{
    return {phoneNumber, code.isEmpty() ? QStringLiteral("ClientError.MissingStatusCode") : code,
            message, isoCode};
}

SendStatus SendStatus::fromJson(const QJsonObject &object)
{
    SendStatus s;
    s.serialNo = json::string(object.value(QLatin1String("SerialNo")));
    s.phoneNumber = json::string(object.value(QLatin1String("PhoneNumber")));
    s.fee = json::integer(object.value(QLatin1String("Fee")));
    s.sessionContext = json::string(object.value(QLatin1String("SessionContext")));
    s.code = json::string(object.value(QLatin1String("Code")));
    s.message = json::string(object.value(QLatin1String("Message")));
    s.isoCode = json::string(object.value(QLatin1String("IsoCode")));
    return s;
}

NumberFailures failuresOf(const SendStatusList &statuses)
{
    NumberFailures failures;
    for (const SendStatus &status : statuses) {
        if (!status.isOk())
            failures.append(status.toFailure());
    }
    return failures;
}

int acceptedCountOf(const SendStatusList &statuses)
{
    return int(std::count_if(statuses.cbegin(), statuses.cend(),
                             [](const SendStatus &status) { return status.isOk(); }));
}

} // namespace sms::domain
