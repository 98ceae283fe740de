// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace sms::statistics {

// What was sent in one hour or day: numbers submitted, numbers the service
// accepted, and the segments billed for them.
struct StatisticsBucket
{
    QDateTime start; // Beijing time
    qint64 requests = 0;
    qint64 accepted = 0;
    qint64 billed = 0;

    friend bool operator==(const StatisticsBucket &, const StatisticsBucket &) = default;
};

} // namespace sms::statistics
