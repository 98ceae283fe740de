// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/SendStatus.h"

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
