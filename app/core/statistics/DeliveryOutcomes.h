// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "statistics/ReasonCount.h"

namespace sms::statistics {

// What became of the accepted numbers: a receipt said delivered or failed,
// or none has come. The service does not tell "no receipt yet" from "never
// will": the local history calls a send without a receipt after a while
// (StatisticsStore::Options::unknownAfterSecs) unknown.
struct DeliveryOutcomes
{
    // The service's classes of failure (CallbackStatusStatistics), as the
    // reason of failedByReason in the cloud's statistics.
    static constexpr auto internalError = "InternalError";
    static constexpr auto invalidNumber = "InvalidNumber";
    static constexpr auto shutdown = "Shutdown";
    static constexpr auto blacklist = "BlackList";
    static constexpr auto frequencyLimit = "FrequencyLimit";

    qint64 accepted = 0;
    qint64 delivered = 0;
    qint64 failed = 0;
    qint64 noReceiptYet = 0;
    qint64 unknown = 0; // local history only
    // The failed ones by reason, most first.
    ReasonCounts failedByReason;

    friend bool operator==(const DeliveryOutcomes &, const DeliveryOutcomes &) = default;
};

} // namespace sms::statistics
