// SPDX-License-Identifier: GPL-3.0-or-later
#include "statistics/StatisticsReport.h"

#include "campaign/PreflightSummary.h"

#include <numeric>

namespace sms::statistics {

namespace {
template<typename Member> qint64 sum(const QList<StatisticsBucket> &buckets, Member member)
{
    return std::accumulate(
        buckets.cbegin(), buckets.cend(), qint64(0),
        [member](qint64 total, const StatisticsBucket &b) { return total + b.*member; });
}
} // namespace

qint64 StatisticsReport::requests() const
{
    return sum(buckets, &StatisticsBucket::requests);
}

qint64 StatisticsReport::accepted() const
{
    return sum(buckets, &StatisticsBucket::accepted);
}

qint64 StatisticsReport::billed() const
{
    return sum(buckets, &StatisticsBucket::billed);
}

qint64 StatisticsReport::remainingSegments(const QDateTime &now) const
{
    return campaign::PreflightSummary::remainingSegments(packages, now);
}

QDateTime StatisticsReport::nextExpiry(const QDateTime &now) const
{
    const qint64 secs = now.toSecsSinceEpoch();
    qint64 first = 0;
    for (const domain::SmsPackagesStatistics &p : packages) {
        const bool inEffect = p.packageEffectiveTime <= secs && secs < p.packageExpiredTime;
        if (inEffect && p.currentUsage < p.packageAmount
            && (first == 0 || p.packageExpiredTime < first))
            first = p.packageExpiredTime;
    }
    return first == 0 ? QDateTime() : QDateTime::fromSecsSinceEpoch(first, StatisticsRange::zone());
}

} // namespace sms::statistics
