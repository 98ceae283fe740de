// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/SmsPackagesStatistics.h"
#include "statistics/DeliveryOutcomes.h"
#include "statistics/ReasonCount.h"
#include "statistics/StatisticsBucket.h"
#include "statistics/StatisticsRange.h"
#include "statistics/StatisticsSource.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace sms::statistics {

// The statistics of one application over one range, from one source.
struct StatisticsReport
{
    StatisticsSource source = StatisticsSource::Cloud;
    StatisticsRange range;
    QString appId;
    QDateTime loadedAt;

    // One per bucket of the range, empty ones included, in order.
    QList<StatisticsBucket> buckets;
    DeliveryOutcomes delivery;
    // Numbers the service refused, by code, most first (local history only:
    // the service does not break its counters down by code).
    ReasonCounts refusedByCode;
    // Every package of the application, whatever the range (the cloud only).
    QList<domain::SmsPackagesStatistics> packages;
    bool packagesKnown = false;

    qint64 requests() const;
    qint64 accepted() const;
    qint64 billed() const;
    // Nothing was sent in the range.
    bool isEmpty() const { return requests() == 0; }
    // Segments left in the packages in effect at `now`, and the first
    // expiry among those that still have some.
    qint64 remainingSegments(const QDateTime &now) const;
    QDateTime nextExpiry(const QDateTime &now) const;
};

} // namespace sms::statistics
