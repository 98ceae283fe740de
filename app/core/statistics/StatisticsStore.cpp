// SPDX-License-Identifier: GPL-3.0-or-later
#include "statistics/StatisticsStore.h"

#include "OnFinished.h"
#include "api/ApiClient.h"
#include "api/SmsApi.h"
#include "session/Session.h"
#include "statistics/CloudStatisticsJob.h"
#include "statistics/LocalStatisticsJob.h"
#include "store/ChangeFeed.h"
#include "store/Database.h"

namespace sms::statistics {

using api::ApiError;

StatisticsStore::StatisticsStore(session::Session &session, QObject *parent)
    : StatisticsStore(session, Options(), parent)
{ }

StatisticsStore::StatisticsStore(session::Session &session, const Options &options, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_options(options)
{
    m_range = StatisticsRange::lastDays(7, serviceNow());
    connect(&m_session, &session::Session::profileChanged, this, &StatisticsStore::forget);
    connect(&m_session, &session::Session::readyChanged, this, [this] {
        if (m_session.isReady() && m_options.loadWhenReady && !m_hasReport && !isBusy())
            load();
    });
}

StatisticsStore::~StatisticsStore() = default;

QString StatisticsStore::appId() const
{
    return m_appId.isEmpty() ? m_session.appId() : m_appId;
}

store::StoreLocation StatisticsStore::storeLocation() const
{
    const bool given = m_options.store.isShared() || !m_options.store.path.isEmpty();
    if (!given && m_session.profileName().isEmpty())
        return {};
    return m_session.storeFor(m_options.store, m_options.databaseDirectory);
}

void StatisticsStore::follow(const store::StoreLocation &location)
{
    if (m_options.followChangesMs <= 0)
        return;
    if (m_feed && m_feed->location().url() == location.url())
        return;
    m_feed = std::make_unique<store::ChangeFeed>(location);
    m_feed->setPollInterval(m_options.followChangesMs);
    connect(m_feed.get(), &store::ChangeFeed::changed, this, [this] {
        if (m_source == StatisticsSource::Local && m_hasReport && !isBusy())
            load();
    });
    m_feed->start();
}

QDateTime StatisticsStore::serviceNow() const
{
    // The service's hours are what it counts in; the client's clock is
    // corrected by the server's.
    api::ApiClient *client = m_session.api().client();
    return client ? client->clock().now() : QDateTime::currentDateTimeUtc();
}

void StatisticsStore::load()
{
    if (!m_range.isAcceptable()) {
        m_lastError = ApiError::client(
            ApiError::Kind::LocalCheck, rangeRefusedCode,
            tr("Choose a range of at most %1 days.").arg(StatisticsRange::maxDays));
        Q_EMIT failed(m_lastError);
        return;
    }
    StatisticsJob *job = makeJob();
    if (!job)
        return;
    const bool wasBusy = isBusy();
    // The job under way, if any, becomes stale: it ends on its own and
    // finished() drops its answer.
    m_job = job;
    onFinished(job, this, [this](StatisticsJob *done) { finished(done); });
    job->start();
    if (!wasBusy)
        Q_EMIT busyChanged(true);
}

StatisticsJob *StatisticsStore::makeJob()
{
    if (m_source == StatisticsSource::Local) {
        const store::StoreLocation location = storeLocation();
        if (!location.isShared() && location.path.isEmpty())
            return nullptr;
        follow(location);
        store::StatisticsReader::Query query;
        query.range = m_range;
        query.appId = m_appId;
        if (m_options.unknownAfterSecs > 0)
            query.unknownBefore = serviceNow().addSecs(-m_options.unknownAfterSecs);
        return new LocalStatisticsJob(location, query, this);
    }
    if (!m_session.isReady())
        return nullptr;
    return new CloudStatisticsJob(m_session.api(), m_range, appId(), serviceNow(), this);
}

void StatisticsStore::finished(StatisticsJob *job)
{
    if (job != m_job)
        return;
    m_job.clear();
    if (job->succeeded()) {
        m_report = job->report();
        m_hasReport = true;
        m_lastError = {};
        if (auto *local = qobject_cast<LocalStatisticsJob *>(job))
            m_localAppIds = local->appIds();
        Q_EMIT changed();
    } else {
        m_lastError = job->error();
        m_session.reportError(m_lastError);
        Q_EMIT failed(m_lastError);
    }
    Q_EMIT busyChanged(false);
}

void StatisticsStore::forget()
{
    const bool wasBusy = isBusy();
    m_job.clear();
    m_report = {};
    m_hasReport = false;
    m_localAppIds.clear();
    m_appId.clear();
    m_lastError = {};
    m_feed.reset();
    Q_EMIT changed();
    if (wasBusy)
        Q_EMIT busyChanged(false);
}

} // namespace sms::statistics
