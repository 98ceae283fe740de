// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/StatisticsQuery.h"

namespace sms::domain {

// CallbackStatusStatistics: delivery-receipt counters of an app over an hour
// range of at most 32 days.
struct CallbackStatusStatisticsRequest : StatisticsQuery
{
};

struct CallbackStatusStatistics
{
    qint64 callbackCount = 0; // receipts received
    qint64 requestSuccessCount = 0; // numbers submitted successfully
    qint64 callbackFailCount = 0;
    qint64 callbackSuccessCount = 0;
    // Why the failed ones failed.
    qint64 internalErrorCount = 0;
    qint64 invalidNumberCount = 0;
    qint64 shutdownErrorCount = 0; // handset off or out of service
    qint64 blackListCount = 0;
    qint64 frequencyLimitCount = 0;

    static constexpr auto jsonFields()
    {
        using S = CallbackStatusStatistics;
        return std::tuple {json::field("CallbackCount", &S::callbackCount),
                           json::field("RequestSuccessCount", &S::requestSuccessCount),
                           json::field("CallbackFailCount", &S::callbackFailCount),
                           json::field("CallbackSuccessCount", &S::callbackSuccessCount),
                           json::field("InternalErrorCount", &S::internalErrorCount),
                           json::field("InvalidNumberCount", &S::invalidNumberCount),
                           json::field("ShutdownErrorCount", &S::shutdownErrorCount),
                           json::field("BlackListCount", &S::blackListCount),
                           json::field("FrequencyLimitCount", &S::frequencyLimitCount)};
    }
};

struct CallbackStatusStatisticsResult
{
    CallbackStatusStatistics callbackStatusStatistics;
    QString requestId;

    static constexpr auto jsonFields()
    {
        using S = CallbackStatusStatisticsResult;
        return std::tuple {json::field("CallbackStatusStatistics", &S::callbackStatusStatistics)};
    }
};

} // namespace sms::domain
