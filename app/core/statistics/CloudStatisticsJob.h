// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "statistics/StatisticsJob.h"

#include <QDateTime>

namespace sms::api {
class SmsApi;
}

namespace sms::statistics {

// The service's statistics of an application over a range:
// - SendStatusStatistics once per bucket (it answers one total per call),
//   and not for buckets that have not begun;
// - CallbackStatusStatistics once per 32 days (the longest span it takes);
// - SmsPackagesStatistics for every package, 500 a page.
// The requests leave together; the client's rate limiter spaces them within
// each action's QPS. Times end at the current hour: the service refuses an
// end in the future. The first failure is the job's error; the rest of the
// answers are still awaited, so the job never finishes with calls in flight.
class CloudStatisticsJob : public StatisticsJob
{
    Q_OBJECT

public:
    // now: the service's time, as the client knows it.
    CloudStatisticsJob(api::SmsApi &api, const StatisticsRange &range, const QString &appId,
                       const QDateTime &now, QObject *parent = nullptr);

    void start() override;

    // The service's longest span for CallbackStatusStatistics.
    static constexpr int callbackSpanDays = 32;
    static constexpr int packagesPerPage = 500;

private:
    void requestSendStatistics(qsizetype bucket, const QDateTime &first, const QDateTime &last);
    void requestCallbackStatistics(const QDateTime &first, const QDateTime &last);
    void requestPackages(qint64 offset);
    void answered();

    api::SmsApi &m_api;
    QDateTime m_now;
    int m_pending = 0;
};

} // namespace sms::statistics
