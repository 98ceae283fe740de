// SPDX-License-Identifier: GPL-3.0-or-later
#include "statistics/CloudStatisticsJob.h"

#include "api/SmsApi.h"
#include "domain/CallbackStatusStatistics.h"
#include "domain/SendStatusStatistics.h"
#include "domain/SmsPackagesStatistics.h"

namespace sms::statistics {

namespace {
template<typename Request>
Request statisticsRequest(const QString &appId, const QDateTime &first, const QDateTime &last)
{
    Request request;
    request.smsSdkAppId = appId;
    request.beginTime = StatisticsRange::serviceHour(first);
    request.endTime = StatisticsRange::serviceHour(last);
    return request;
}
} // namespace

CloudStatisticsJob::CloudStatisticsJob(api::SmsApi &api, const StatisticsRange &range,
                                       const QString &appId, const QDateTime &now, QObject *parent)
    : StatisticsJob(parent)
    , m_api(api)
    , m_now(now.toTimeZone(StatisticsRange::zone()))
{
    m_report.source = StatisticsSource::Cloud;
    m_report.range = range;
    m_report.appId = appId;
}

void CloudStatisticsJob::start()
{
    const StatisticsRange &range = m_report.range;
    // The start of the current hour: the last one the service counts.
    const QDateTime currentHour(m_now.date(), QTime(m_now.time().hour(), 0), m_now.timeZone());
    const QList<QDateTime> starts = range.bucketStarts();
    for (qsizetype i = 0; i < starts.size(); ++i) {
        const QDateTime next = i + 1 < starts.size() ? starts.at(i + 1) : range.end();
        m_report.buckets.append({starts.at(i), 0, 0, 0});
        if (starts.at(i) <= currentHour)
            requestSendStatistics(i, starts.at(i), qMin(next.addSecs(-3600), currentHour));
    }
    const QDateTime last = qMin(range.end().addSecs(-3600), currentHour);
    for (QDateTime first = range.begin(); first <= last; first = first.addDays(callbackSpanDays))
        requestCallbackStatistics(first,
                                  qMin(first.addDays(callbackSpanDays).addSecs(-3600), last));
    requestPackages(0);
}

void CloudStatisticsJob::requestSendStatistics(qsizetype bucket, const QDateTime &first,
                                               const QDateTime &last)
{
    ++m_pending;
    const auto request
        = statisticsRequest<domain::SendStatusStatisticsRequest>(m_report.appId, first, last);
    m_api.send(request, this, [this, bucket](auto *reply) {
        if (reply->error().isError()) {
            fail(reply->error());
        } else {
            const domain::SendStatusStatistics s = reply->result().sendStatusStatistics;
            StatisticsBucket &b = m_report.buckets[bucket];
            b.requests = s.requestCount;
            b.accepted = s.requestSuccessCount;
            b.billed = s.feeCount;
        }
        answered();
    });
}

void CloudStatisticsJob::requestCallbackStatistics(const QDateTime &first, const QDateTime &last)
{
    ++m_pending;
    const auto request
        = statisticsRequest<domain::CallbackStatusStatisticsRequest>(m_report.appId, first, last);
    m_api.send(request, this, [this](auto *reply) {
        if (reply->error().isError()) {
            fail(reply->error());
            return answered();
        }
        const domain::CallbackStatusStatistics s = reply->result().callbackStatusStatistics;
        DeliveryOutcomes &d = m_report.delivery;
        d.accepted += s.requestSuccessCount;
        d.delivered += s.callbackSuccessCount;
        d.failed += s.callbackFailCount;
        d.noReceiptYet += qMax<qint64>(0, s.requestSuccessCount - s.callbackCount);
        const std::pair<const char *, qint64> reasons[] = {
            {DeliveryOutcomes::internalError, s.internalErrorCount},
            {DeliveryOutcomes::invalidNumber, s.invalidNumberCount},
            {DeliveryOutcomes::shutdown, s.shutdownErrorCount},
            {DeliveryOutcomes::blacklist, s.blackListCount},
            {DeliveryOutcomes::frequencyLimit, s.frequencyLimitCount},
        };
        for (const auto &[name, count] : reasons) {
            const QString reason = QString::fromLatin1(name);
            auto it = std::find_if(d.failedByReason.begin(), d.failedByReason.end(),
                                   [&](const ReasonCount &c) { return c.reason == reason; });
            if (it != d.failedByReason.end())
                it->count += count;
            else if (count > 0)
                d.failedByReason.append({reason, count});
        }
        std::stable_sort(
            d.failedByReason.begin(), d.failedByReason.end(),
            [](const ReasonCount &a, const ReasonCount &b) { return a.count > b.count; });
        answered();
    });
}

void CloudStatisticsJob::requestPackages(qint64 offset)
{
    ++m_pending;
    domain::SmsPackagesStatisticsRequest request;
    request.smsSdkAppId = m_report.appId;
    request.limit = packagesPerPage;
    request.offset = offset;
    // Packages are selected by when they were created: from before the
    // service sold any to the current hour.
    request.beginTime = QStringLiteral("2019010100");
    request.endTime = StatisticsRange::serviceHour(m_now);
    m_api.send(request, this, [this, offset](auto *reply) {
        if (reply->error().isError()) {
            fail(reply->error());
            return answered();
        }
        const auto page = reply->result().smsPackagesStatisticsSet;
        m_report.packages += page;
        if (page.size() >= packagesPerPage)
            requestPackages(offset + page.size());
        else
            m_report.packagesKnown = true;
        answered();
    });
}

void CloudStatisticsJob::answered()
{
    if (--m_pending > 0)
        return;
    m_report.loadedAt = m_now.toUTC();
    finish();
}

} // namespace sms::statistics
