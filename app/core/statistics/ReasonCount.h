// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace sms::statistics {

// How many numbers ended one way: an error code ("FailedOperation.PhoneNumberInBlacklist"),
// a receipt's description as the carrier wrote it, or one of the service's
// delivery-failure classes (DeliveryOutcomes::serviceReasons).
struct ReasonCount
{
    QString reason;
    qint64 count = 0;

    friend bool operator==(const ReasonCount &, const ReasonCount &) = default;
};

using ReasonCounts = QList<ReasonCount>;

} // namespace sms::statistics
