// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/ReviewStore.h"

#include "review/ReviewJob.h"
#include "session/Session.h"

namespace sms::review {

ReviewStore::ReviewStore(session::Session &session, const QString &memoryKind,
                         const Options &options, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_options(options)
    , m_memory(memoryKind, options.memoryDirectory)
{
    m_memory.setScope(session.profileName());
    connect(&session, &session::Session::profileChanged, this, &ReviewStore::onProfileChanged);
    connect(&session, &session::Session::readyChanged, this, &ReviewStore::loadIfReady);
    // Not from here: the derived store that reads is not constructed yet.
    QMetaObject::invokeMethod(this, &ReviewStore::loadIfReady, Qt::QueuedConnection);
}

ReviewStore::~ReviewStore() = default;

bool ReviewStore::isLoading() const
{
    if (isLoadRunning())
        return true;
    return std::any_of(m_queue.cbegin(), m_queue.cend(), [](const Read &r) { return r.all; });
}

ReviewJob *ReviewStore::newJob()
{
    return new ReviewJob(this);
}

ReviewJob *ReviewStore::load()
{
    ReviewJob *job = newJob();
    Read read;
    read.jobs = {job};
    enqueue(read);
    return job;
}

ReviewJob *ReviewStore::refresh(qint64 id)
{
    const std::optional<domain::Market> market = marketOf(id);
    if (!market)
        return load();
    return refresh({id}, *market);
}

ReviewJob *ReviewStore::refresh(const QList<qint64> &ids, domain::Market market)
{
    ReviewJob *job = newJob();
    if (ids.isEmpty()) {
        job->succeed();
        return job;
    }
    Read read;
    read.all = false;
    // Templates for both markets are listed under each; ask the domestic list.
    read.market = market == domain::Market::International ? market : domain::Market::Domestic;
    read.ids = ids;
    read.jobs = {job};
    enqueue(read);
    return job;
}

void ReviewStore::enqueue(Read read)
{
    // A read that waits is widened rather than repeated: a load covers any
    // refresh, and refreshes of one market become one request.
    for (Read &waiting : m_queue) {
        if (waiting.all || (!read.all && waiting.market == read.market)) {
            for (const qint64 id : std::as_const(read.ids)) {
                if (!waiting.all && !waiting.ids.contains(id))
                    waiting.ids.append(id);
            }
            waiting.jobs += read.jobs;
            return;
        }
    }
    if (read.all) {
        // The load brings these too.
        for (const Read &waiting : std::as_const(m_queue))
            read.jobs += waiting.jobs;
        m_queue.clear();
    }
    m_queue.append(read);
    pump();
}

void ReviewStore::pump()
{
    if (m_current || m_queue.isEmpty())
        return;
    m_current = m_queue.takeFirst();
    beginWork();
    startRead(*m_current);
}

void ReviewStore::readFinished(const api::ApiError &error)
{
    if (!m_current)
        return;
    const Read done = *m_current;
    m_current.reset();
    m_lastError = error;
    if (error.isError()) {
        for (const QPointer<ReviewJob> &job : done.jobs) {
            if (job)
                job->fail(error);
        }
        emit failed(error);
        m_session.reportError(error);
    } else {
        for (const QPointer<ReviewJob> &job : done.jobs) {
            if (job)
                job->succeed(done.ids.size() == 1 ? done.ids.first() : 0);
        }
    }
    endWork(m_generation);
    pump();
}

void ReviewStore::reloadInstead()
{
    if (!m_current)
        return;
    Read again;
    again.jobs = m_current->jobs;
    m_current.reset();
    m_queue.prepend(again);
    endWork(m_generation);
    pump();
}

void ReviewStore::beginWork()
{
    if (m_work++ == 0)
        emit busyChanged(true);
}

void ReviewStore::endWork(int generation)
{
    if (generation != m_generation || m_work == 0)
        return;
    if (--m_work == 0)
        emit busyChanged(false);
}

void ReviewStore::report(ReviewJob *job, const api::ApiError &error, const CheckProblems &problems)
{
    job->fail(error, problems);
    emit failed(error);
    if (error.kind() != api::ApiError::Kind::LocalCheck)
        m_session.reportError(error);
}

void ReviewStore::noteStatus(qint64 id, domain::ReviewStatus before, domain::ReviewStatus after,
                             const QString &reply)
{
    using domain::ReviewStatus;
    if (before != ReviewStatus::UnderReview)
        return;
    if (after == ReviewStatus::Approved || after == ReviewStatus::ApprovedPending)
        emit reviewFinished(id, true, reply);
    else if (after == ReviewStatus::Rejected)
        emit reviewFinished(id, false, reply);
}

void ReviewStore::onProfileChanged()
{
    // Whatever is under way belongs to the old profile: its answers are
    // ignored (they carry the old generation) and its jobs end here.
    ++m_generation;
    QList<QPointer<ReviewJob>> dropped;
    if (m_current)
        dropped += m_current->jobs;
    for (const Read &waiting : std::as_const(m_queue))
        dropped += waiting.jobs;
    m_current.reset();
    m_queue.clear();
    for (const QPointer<ReviewJob> &job : std::as_const(dropped)) {
        if (job)
            job->fail(api::ApiError::cancelled());
    }
    const bool wasBusy = m_work > 0;
    m_work = 0;

    clearRecords();
    m_loadedAt = {};
    m_lastError = {};
    m_memory.setScope(m_session.profileName());
    if (wasBusy)
        emit busyChanged(false);
    emit changed();
    loadIfReady();
}

void ReviewStore::loadIfReady()
{
    if (m_options.loading == Loading::WhenReady && m_session.isReady() && !isLoaded()
        && !isLoading())
        load();
}

} // namespace sms::review
