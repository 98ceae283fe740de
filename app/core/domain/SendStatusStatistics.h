// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/StatisticsQuery.h"

namespace sms::domain {

// SendStatusStatistics: send counters of an app over an hour range.
struct SendStatusStatisticsRequest : StatisticsQuery
{
};

struct SendStatusStatistics
{
    qint64 feeCount = 0; // billed segments
    qint64 requestCount = 0; // numbers submitted
    qint64 requestSuccessCount = 0;

    static constexpr auto jsonFields()
    {
        using S = SendStatusStatistics;
        return std::tuple {json::field("FeeCount", &S::feeCount),
                           json::field("RequestCount", &S::requestCount),
                           json::field("RequestSuccessCount", &S::requestSuccessCount)};
    }
};

struct SendStatusStatisticsResult
{
    SendStatusStatistics sendStatusStatistics;
    QString requestId;

    static constexpr auto jsonFields()
    {
        using S = SendStatusStatisticsResult;
        return std::tuple {json::field("SendStatusStatistics", &S::sendStatusStatistics)};
    }
};

} // namespace sms::domain
