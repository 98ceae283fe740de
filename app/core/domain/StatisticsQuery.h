// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/JsonFields.h"

#include <QString>

namespace sms::domain {

// The request of SendStatusStatistics and CallbackStatusStatistics: an app's
// counters over a range of hours.
struct StatisticsQuery
{
    // Hours as strings "yyyymmddhh" (2024050113), both ends included.
    QString beginTime;
    QString endTime;
    QString smsSdkAppId;
    // Required, and the service only accepts 0 for both.
    qint64 limit = 0;
    qint64 offset = 0;

    static constexpr auto jsonFields()
    {
        using S = StatisticsQuery;
        return std::tuple {json::field("BeginTime", &S::beginTime),
                           json::field("EndTime", &S::endTime),
                           json::field("SmsSdkAppId", &S::smsSdkAppId),
                           json::field("Limit", &S::limit), json::field("Offset", &S::offset)};
    }
};

} // namespace sms::domain
