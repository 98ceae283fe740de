// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/CampaignRunner.h"

#include "Logging.h"
#include "OnFinished.h"
#include "api/RetryPolicy.h"
#include "api/SmsApi.h"
#include "domain/SendMultiGlobalSms.h"
#include "domain/SendSms.h"
#include "store/CampaignJournal.h"
#include "store/Database.h"
#include "store/RunRegistry.h"

#include <QHash>
#include <QSet>
#include <QTimer>

#include <algorithm>

namespace sms::campaign {

using api::ApiError;
using store::JournalRecipient;
using store::RunRegistry;

namespace {
const QString kSendSms = QStringLiteral("SendSms");
const QString kSendMulti = QStringLiteral("SendMultiGlobalSms");
constexpr int kBeijingOffset = 8 * 3600;
// Longest single wait before the runner looks at the clock again: the
// client's clock may be corrected meanwhile.
constexpr qint64 kMaxWaitMs = 60'000;
// How often a runner with nothing left to send looks again at the batches
// another client still has in flight.
constexpr int kOthersPollMs = 1000;

RunLease::Options leaseOptions(const CampaignRunner::Options &options)
{
    RunLease::Options lease;
    lease.program = options.program;
    lease.leaseMs = options.leaseMs;
    lease.renewMs = options.renewMs;
    return lease;
}

// A failure that would fail every request alike: sending more is pointless.
bool stopsTheRun(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::Configuration:
    case ApiError::Kind::Tls:
    case ApiError::Kind::LocalCheck:
        return true;
    case ApiError::Kind::Service:
        return error.code().startsWith(QLatin1String("AuthFailure"))
            || error.code().startsWith(QLatin1String("UnauthorizedOperation"));
    default:
        return false;
    }
}
} // namespace

CampaignRunner::CampaignRunner(api::SmsApi &api, store::CampaignJournal &journal, qint64 campaignId,
                               const Options &options, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_journal(journal)
    , m_campaignId(campaignId)
    , m_options(options)
    , m_lease(new RunLease(journal.database(), campaignId, leaseOptions(options), this))
    , m_wake(new QTimer(this))
    , m_reconnect(new QTimer(this))
{
    m_options.batchSize = std::clamp(m_options.batchSize, 1, 200);
    m_options.concurrency = std::max(m_options.concurrency, 1);
    m_wake->setSingleShot(true);
    connect(m_wake, &QTimer::timeout, this, &CampaignRunner::pump);
    connect(m_reconnect, &QTimer::timeout, this, &CampaignRunner::tryReconnect);
    connect(m_lease, &RunLease::taken, this, &CampaignRunner::takenOver);
    connect(m_lease, &RunLease::unreachable, this, &CampaignRunner::waitForDatabase);
    connect(m_lease, &RunLease::renewed, this, [this] {
        // Another client's sends show in this one's progress too.
        if (RunRegistry(m_journal.database()).liveRuns(m_campaignId).size() > 1)
            refreshProgress();
    });
}

CampaignRunner::CampaignRunner(api::SmsApi &api, store::CampaignJournal &journal, qint64 campaignId,
                               QObject *parent)
    : CampaignRunner(api, journal, campaignId, Options(), parent)
{ }

CampaignRunner::~CampaignRunner()
{
    // Nothing is reported from here: the listeners may be going too.
    blockSignals(true);
    // Recorded and never sent: back to the queue. A request still on the
    // wire ends as cancelled with its outcome unknown; its batch stays in
    // flight in the journal, and the next start() (here or in another
    // client) makes it uncertain once this run is ended (by the lease, as
    // the runner's child).
    recordAnswersLeft();
    releaseReady();
    const auto calls = m_onTheWire;
    for (const QPointer<api::ApiCall> &call : calls) {
        if (call)
            call->disconnect(this);
    }
}

qint64 CampaignRunner::runId() const
{
    return m_lease->runId();
}

bool CampaignRunner::isDone() const
{
    return m_state == State::Finished || m_state == State::Cancelled || m_state == State::Failed;
}

CampaignProgress CampaignRunner::progress() const
{
    CampaignProgress p = m_progress;
    const qint64 ms = m_elapsed.isValid() ? m_elapsed.elapsed() : 0;
    if (ms > 0 && m_answeredThisRun > 0) {
        p.rate = double(m_answeredThisRun) * 1000.0 / double(ms);
        p.etaSeconds = qint64(double(p.remaining + p.inFlight) / p.rate + 0.5);
    }
    return p;
}

void CampaignRunner::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    qCDebug(lcCampaign) << "campaign" << m_campaignId << state;
    Q_EMIT stateChanged(state);
    if (isDone()) {
        m_reconnect->stop();
        m_lease->end();
        Q_EMIT finished();
    }
}

ApiError CampaignRunner::journalUnavailable() const
{
    return ApiError::client(
        ApiError::Kind::Configuration, "ClientError.JournalUnavailable",
        tr("The campaign journal cannot be written: %1").arg(m_journal.lastError()));
}

void CampaignRunner::recordAnswersLeft()
{
    // What was answered is kept as far as the journal lets it: a batch it
    // cannot take stays in flight there, uncertain after the next start.
    while (!m_unrecorded.empty()) {
        const Answer answer = std::move(m_unrecorded.front());
        m_unrecorded.pop_front();
        recordAnswer(answer);
    }
}

void CampaignRunner::fail(const ApiError &error)
{
    m_lastError = error;
    qCWarning(lcCampaign) << "campaign" << m_campaignId << "stopped:" << error.summary();
    recordAnswersLeft();
    releaseReady();
    m_plan.clear();
    if (m_onTheWire.isEmpty()) {
        setCampaignState(store::CampaignState::Paused);
        setState(State::Failed);
    } else {
        // The answers on the way are still recorded; the run ends after them.
        m_exhausted = true;
        m_failing = true;
        setState(State::Cancelling);
    }
}

void CampaignRunner::start()
{
    if (m_state != State::Idle)
        return;
    auto refuse = [this](const QString &message) {
        fail(ApiError::client(ApiError::Kind::Configuration, "ClientError.CampaignUnavailable",
                              message));
    };
    const auto campaign = m_journal.campaign(m_campaignId);
    if (!campaign)
        return refuse(tr("There is no campaign %1 in %2.")
                          .arg(m_campaignId)
                          .arg(m_journal.database().path()));
    m_campaign = *campaign;

    // What runs that died left in flight becomes uncertain; a live run's
    // batches (another client sending the same campaign) are its own.
    m_journal.recoverInterrupted(m_campaignId);
    if (!m_lease->start())
        return fail(journalUnavailable());
    refreshProgress();
    m_journal.setCampaignState(m_campaignId, store::CampaignState::Running);
    setState(State::Running);
    Q_EMIT progressChanged();
    pump();
}

void CampaignRunner::pause()
{
    if (m_state != State::Running && m_state != State::Waiting)
        return;
    m_wake->stop();
    releaseReady();
    // Paused means every answer in is recorded.
    if (!recordAnswers())
        return;
    const bool paused = m_onTheWire.isEmpty() && !m_waitingForDatabase;
    setState(paused ? State::Paused : State::Pausing);
    if (paused) {
        setCampaignState(store::CampaignState::Paused);
        m_lease->end();
    }
}

void CampaignRunner::resume()
{
    if (m_state != State::Paused && m_state != State::Pausing)
        return;
    if (!m_lease->isActive() && !m_lease->start())
        return fail(journalUnavailable());
    m_journal.setCampaignState(m_campaignId, store::CampaignState::Running);
    setState(State::Running);
    pump();
}

void CampaignRunner::cancel()
{
    if (isDone() || m_state == State::Idle)
        return;
    m_wake->stop();
    releaseReady();
    m_plan.clear();
    m_exhausted = true;
    setState(State::Cancelling);
    checkEnd();
}

bool CampaignRunner::mayDispatchNow()
{
    const QDateTime now
        = m_api.client() ? m_api.client()->clock().now() : QDateTime::currentDateTimeUtc();
    QDateTime notBefore = m_options.startAt.isValid() ? m_options.startAt : m_campaign.startAt;
    if (m_campaign.marketing) {
        // Beijing has no daylight saving time: a fixed offset is exact.
        const QDateTime from = std::max(now, notBefore.isValid() ? notBefore : now);
        const QDateTime local = from.toOffsetFromUtc(kBeijingOffset);
        const int hour = local.time().hour();
        if (hour < m_options.marketingStartHour || hour >= m_options.marketingEndHour) {
            QDateTime opens(local.date(), QTime(m_options.marketingStartHour, 0), Qt::OffsetFromUTC,
                            kBeijingOffset);
            if (hour >= m_options.marketingEndHour)
                opens = opens.addDays(1);
            notBefore = opens;
        }
    }
    // A backoff is measured on this computer's monotonic clock: the
    // client's clock is the service's, which may stand still (a rehearsal).
    if (!m_backoff.hasExpired()) {
        wakeIn(m_backoff.remainingTime());
        return false;
    }
    if (notBefore.isValid() && notBefore > now) {
        if (m_state == State::Running)
            setState(State::Waiting);
        wakeIn(now.msecsTo(notBefore));
        return false;
    }
    if (m_state == State::Waiting)
        setState(State::Running);
    return true;
}

void CampaignRunner::wakeIn(qint64 ms)
{
    m_wake->start(int(std::clamp<qint64>(ms, 1, kMaxWaitMs)));
}

void CampaignRunner::pump()
{
    if ((m_state != State::Running && m_state != State::Waiting) || m_waitingForDatabase)
        return;
    if (!mayDispatchNow())
        return;
    while (m_state == State::Running && m_onTheWire.size() < m_options.concurrency) {
        if (m_ready.empty())
            journalAhead();
        if (m_ready.empty())
            break;
        sendReady();
    }
    // The next round is recorded while this one is on the wire, so that an
    // answer is followed by the next request at once (sendReady()), before
    // the answer's own record and the next sync of the log.
    if (m_state == State::Running && m_ready.empty())
        journalAhead();
    checkEnd();
}

void CampaignRunner::sendReady()
{
    while (m_state == State::Running && !m_waitingForDatabase && m_backoff.hasExpired()
           && !m_ready.empty() && m_onTheWire.size() < m_options.concurrency) {
        Batch batch = std::move(m_ready.front());
        m_ready.pop_front();
        dispatch(std::move(batch));
    }
}

void CampaignRunner::journalAhead()
{
    // The next round of requests is recorded in flight in one durable
    // commit: one sync of the log per round rather than per request. A
    // request recorded and never sent (the process died first) is uncertain
    // like any other, and reconciliation finds nothing and queues it again.
    // A process that dies leaves at most 3 x concurrency batches in flight,
    // uncertain after the next start: one round on the wire, one round
    // recorded ahead (this one), and the answers of at most one round not
    // recorded yet (afterAnswers()).
    //
    // Another client may have claimed some of the round's recipients first:
    // a batch goes with those it could take, and a round that took nothing
    // is followed by the next one.
    while (m_ready.empty()) {
        QList<Batch> round;
        while (round.size() < m_options.concurrency) {
            if (m_plan.empty())
                refill();
            if (m_plan.empty())
                break;
            round.append(std::move(m_plan.front()));
            m_plan.pop_front();
        }
        if (round.isEmpty())
            return;
        QList<QPair<QString, QList<qint64>>> records;
        for (const Batch &batch : std::as_const(round)) {
            QList<qint64> ids;
            ids.reserve(batch.recipients.size());
            for (const JournalRecipient &r : batch.recipients)
                ids.append(r.id);
            records.append({batch.action, ids});
        }
        const QDateTime started = m_api.client() ? m_api.client()->clock().now() : QDateTime();
        const auto claims = m_journal.claimBatches(m_campaignId, m_lease->runId(),
                                                   m_options.leaseMs, records, started);
        if (!claims || claims->size() != round.size()) {
            // Without its in-flight record a request must not leave.
            for (qsizetype i = round.size(); i-- > 0;)
                m_plan.push_front(std::move(round[i]));
            if (m_journal.database().connectionLost())
                waitForDatabase();
            else if (m_lease->renew() == RunLease::Renewal::Taken)
                takenOver();
            else
                fail(journalUnavailable());
            return;
        }
        for (qsizetype i = 0; i < round.size(); ++i) {
            Batch &batch = round[i];
            const store::BatchClaim &claim = claims->at(i);
            // What another client took has left the queue all the same.
            m_progress.remaining -= batch.recipients.size();
            if (claim.batchId == 0)
                continue;
            if (claim.recipientIds.size() != batch.recipients.size()) {
                const QSet<qint64> taken(claim.recipientIds.cbegin(), claim.recipientIds.cend());
                batch.recipients.removeIf(
                    [&taken](const JournalRecipient &r) { return !taken.contains(r.id); });
            }
            batch.id = claim.batchId;
            m_progress.inFlight += batch.recipients.size();
            m_ready.push_back(std::move(batch));
        }
    }
}

void CampaignRunner::releaseReady()
{
    // Recorded in flight, never sent: certainly not sent, so back to the
    // queue, and to the front of the plan.
    while (!m_ready.empty()) {
        Batch batch = std::move(m_ready.back());
        m_ready.pop_back();
        recordOrHold([this, batchId = batch.id] {
            return m_journal.requeueBatch(batchId, ApiError::cancelled());
        });
        const qint64 n = batch.recipients.size();
        m_progress.remaining += n;
        m_progress.inFlight -= n;
        batch.id = 0;
        m_plan.push_front(std::move(batch));
    }
}

void CampaignRunner::refill()
{
    if (m_exhausted)
        return;
    // A few rounds of requests at a time: enough to group numbers that share
    // parameters, never the whole campaign in memory.
    const int pageSize = std::max(2000, m_options.batchSize * m_options.concurrency * 4);
    QList<JournalRecipient> page = m_journal.queuedToSend(m_campaignId, m_cursor, pageSize);
    // Recipients put back in the queue behind the cursor (another client's
    // batch that never left, or reconciled back into the queue) are read
    // again from the start before the queue counts as empty. A recipient
    // another client has claimed is no longer queued: never read twice.
    if (page.isEmpty() && m_cursor > 0) {
        m_cursor = 0;
        page = m_journal.queuedToSend(m_campaignId, 0, pageSize);
    }
    if (page.isEmpty()) {
        m_exhausted = true;
        return;
    }
    m_cursor = page.constLast().id;
    plan(page);
}

void CampaignRunner::plan(const QList<JournalRecipient> &page)
{
    // Numbers that share their parameters (and market) go together in one
    // SendSms; the order of first appearance is kept.
    QHash<QString, int> groupOf;
    QList<QList<JournalRecipient>> groups;
    // The journal hands out one shared list for the same parameters read in
    // a row: the same list (and market) as the previous recipient's is the
    // same group, without building its key.
    const QString *previousParameters = nullptr;
    domain::Market previousMarket = domain::Market::Domestic;
    qsizetype previousCount = 0;
    int previousIndex = -1;
    for (const JournalRecipient &r : page) {
        if (previousIndex >= 0 && r.market == previousMarket
            && r.parameters.constData() == previousParameters
            && r.parameters.size() == previousCount) {
            groups[previousIndex].append(r);
            continue;
        }
        const bool international = r.market == domain::Market::International;
        const QString key = (international ? QLatin1String("I\x1f") : QLatin1String("D\x1f"))
            + r.parameters.join(QChar(0x1f)) + QChar(0x1e) + QString::number(r.parameters.size());
        int index = groupOf.value(key, -1);
        if (index < 0) {
            index = int(groups.size());
            groupOf.insert(key, index);
            groups.append(QList<JournalRecipient>());
        }
        groups[index].append(r);
        previousParameters = r.parameters.constData();
        previousCount = r.parameters.size();
        previousMarket = r.market;
        previousIndex = index;
    }
    QList<JournalRecipient> singles; // international numbers with parameters of their own
    for (const QList<JournalRecipient> &group : groups) {
        if (group.size() == 1 && group.first().market == domain::Market::International) {
            singles.append(group.first());
            continue;
        }
        for (qsizetype i = 0; i < group.size(); i += m_options.batchSize)
            m_plan.push_back({kSendSms, group.mid(i, m_options.batchSize)});
    }
    for (qsizetype i = 0; i < singles.size(); i += m_options.batchSize)
        m_plan.push_back({kSendMulti, singles.mid(i, m_options.batchSize)});
}

void CampaignRunner::dispatch(Batch batch)
{
    const qint64 batchId = batch.id;
    if (!m_elapsed.isValid())
        m_elapsed.start();
    ++m_requests;

    api::ApiCall *call = nullptr;
    if (batch.action == kSendMulti) {
        domain::SendMultiGlobalSmsRequest request;
        request.smsSdkAppId = m_campaign.appId;
        for (const JournalRecipient &r : batch.recipients) {
            domain::MultiSmsInfo info;
            info.phoneNumber = r.phone;
            info.templateId = m_campaign.templateId;
            info.templateParamSet = r.parameters;
            request.multiSmsInfoSet.append(info);
        }
        call = m_api.send(request);
    } else {
        domain::SendSmsRequest request;
        request.smsSdkAppId = m_campaign.appId;
        request.templateId = m_campaign.templateId;
        request.templateParamSet = batch.recipients.constFirst().parameters;
        if (batch.recipients.constFirst().market != domain::Market::International
            && !m_campaign.signName.isEmpty())
            request.signName = m_campaign.signName;
        for (const JournalRecipient &r : batch.recipients)
            request.phoneNumberSet.append(r.phone);
        call = m_api.send(request);
    }
    m_onTheWire.append(call);
    onFinished(call, this, [this, batchId, batch = std::move(batch)](api::ApiCall *done) {
        onAnswered(batchId, batch, done);
    });
}

void CampaignRunner::onAnswered(qint64 batchId, const Batch &batch, api::ApiCall *call)
{
    m_onTheWire.removeAll(call);
    const ApiError error = call->error();
    const qint64 n = batch.recipients.size();

    if (!error.isError() || error.kind() == ApiError::Kind::PartialFailure) {
        // An answer frees a slot: the next request, recorded in flight
        // already, leaves first. This answer is recorded from the event loop,
        // after the answers that came with it have sent theirs and Qt has
        // handed the requests to its network thread: recording 200 numbers
        // and the next round's synced commit then overlap the round trip
        // instead of delaying it. A process that dies before the record
        // leaves the batch in flight: uncertain, and reconciled.
        sendReady();
        Answer answer;
        answer.batchId = batchId;
        answer.size = n;
        answer.requestId = call->requestId();
        answer.statuses = batch.action == kSendMulti
            ? static_cast<api::ApiReply<domain::SendMultiGlobalSmsResult> *>(call)
                  ->result()
                  .sendMultiStatusSet
            : static_cast<api::ApiReply<domain::SendSmsResult> *>(call)->result().sendStatusSet;
        m_unrecorded.push_back(std::move(answer));
        if (m_unrecorded.size() == 1)
            QMetaObject::invokeMethod(this, &CampaignRunner::afterAnswers, Qt::QueuedConnection);
        return;
    }

    // A failure decides what comes next: the answers before it count first.
    if (!recordAnswers())
        return;

    m_progress.inFlight -= n;
    bool recorded = false;
    if (error.outcomeUnknown()) {
        // It may have been sent: never again from here, only reconciled.
        m_lastError = error;
        recorded = recordOrHold(
            [this, batchId, error] { return m_journal.markUncertain(batchId, error); });
        m_progress.uncertain += n;
        qCInfo(lcCampaign) << "batch" << batchId << "uncertain:" << error.summary();
    } else if (api::RetryPolicy::isTransient(error) && !stopsTheRun(error)) {
        // Nothing was sent; the same numbers go again after a pause.
        m_lastError = error;
        recorded = recordOrHold(
            [this, batchId, error] { return m_journal.requeueBatch(batchId, error); });
        m_progress.remaining += n;
        ++m_failuresInARow;
        const int delay = api::RetryPolicy::delayMs(m_failuresInARow, 500, error);
        m_backoff.setRemainingTime(delay);
        if (m_state != State::Cancelling) {
            m_plan.push_front(batch);
            m_plan.front().id = 0;
        }
        qCInfo(lcCampaign) << "batch" << batchId << "requeued in" << delay
                           << "ms:" << error.summary();
        if (m_failuresInARow >= m_options.maxFailuresInARow && recorded) {
            m_plan.clear();
            fail(error);
            return;
        }
    } else if (error.kind() == ApiError::Kind::Service && !stopsTheRun(error)) {
        // The service refused the request as a whole; nothing was sent.
        m_lastError = error;
        recorded
            = recordOrHold([this, batchId, error] { return m_journal.failBatch(batchId, error); });
        m_progress.refused += n;
        m_answeredThisRun += n;
    } else {
        recorded = recordOrHold(
            [this, batchId, error] { return m_journal.requeueBatch(batchId, error); });
        m_progress.remaining += n;
        if (recorded) {
            fail(error);
            return;
        }
    }
    if (!recorded) {
        fail(journalUnavailable());
        return;
    }
    afterRecording();
}

bool CampaignRunner::recordAnswer(const Answer &answer)
{
    if (!m_journal.finishBatch(answer.batchId, answer.requestId, answer.statuses))
        return false;
    m_progress.inFlight -= answer.size;
    const int accepted = domain::acceptedCountOf(answer.statuses);
    const qint64 refused = std::min<qint64>(answer.statuses.size(), answer.size) - accepted;
    m_progress.accepted += accepted;
    m_progress.refused += refused;
    m_progress.uncertain += std::max<qint64>(0, answer.size - accepted - refused);
    m_answeredThisRun += answer.size;
    m_failuresInARow = 0;
    return true;
}

bool CampaignRunner::recordAnswers()
{
    // While the store is lost the answers stay in memory, in order.
    while (!m_unrecorded.empty() && !m_waitingForDatabase) {
        if (!recordAnswer(m_unrecorded.front())) {
            if (m_journal.database().connectionLost()) {
                waitForDatabase();
                return true;
            }
            m_unrecorded.pop_front();
            fail(journalUnavailable());
            return false;
        }
        m_unrecorded.pop_front();
    }
    return true;
}

void CampaignRunner::afterAnswers()
{
    // Nothing left when a failure's answer or the end of the run recorded
    // them first.
    if (m_unrecorded.empty() || m_waitingForDatabase)
        return;
    // One answer per pass of the event loop: an answer that arrives
    // meanwhile sends its slot's next request before the rest is recorded.
    if (!recordAnswer(m_unrecorded.front())) {
        if (m_journal.database().connectionLost())
            return waitForDatabase();
        m_unrecorded.pop_front();
        fail(journalUnavailable());
        return;
    }
    m_unrecorded.pop_front();
    if (!m_unrecorded.empty())
        QMetaObject::invokeMethod(this, &CampaignRunner::afterAnswers, Qt::QueuedConnection);
    afterRecording();
}

void CampaignRunner::afterRecording()
{
    Q_EMIT progressChanged();
    if (m_state == State::Pausing && m_onTheWire.isEmpty() && m_unrecorded.empty()
        && !m_waitingForDatabase) {
        setCampaignState(store::CampaignState::Paused);
        setState(State::Paused);
        m_lease->end();
        return;
    }
    pump();
    checkEnd();
}

void CampaignRunner::checkEnd()
{
    if (!m_onTheWire.isEmpty() || !m_unrecorded.empty() || m_waitingForDatabase)
        return;
    if (m_state == State::Cancelling) {
        if (m_failing) {
            setCampaignState(store::CampaignState::Paused);
            setState(State::Failed);
            return;
        }
        setCampaignState(store::CampaignState::Cancelled);
        setState(State::Cancelled);
        return;
    }
    if (m_state == State::Running && m_plan.empty() && m_ready.empty() && m_exhausted
        && !othersStillSending()) {
        // Other clients' sends count in the last figures too.
        refreshProgress();
        m_journal.setCampaignState(m_campaignId, store::CampaignState::Finished);
        setState(State::Finished);
    }
}

bool CampaignRunner::othersStillSending()
{
    // Nothing is queued; the campaign is finished once no live run has a
    // batch in flight either. A run that died is recovered here (its lease
    // passed): its batches turn uncertain, for reconciliation.
    m_journal.recoverInterrupted(m_campaignId);
    const qint64 others = m_journal.inFlightBatchesOfOthers(m_campaignId, m_lease->runId());
    if (others == 0)
        return false;
    if (others < 0 && m_journal.database().connectionLost()) {
        waitForDatabase();
        return true;
    }
    // Look again: their batches may end, or go back to the queue.
    m_exhausted = false;
    m_cursor = 0;
    wakeIn(std::min(kOthersPollMs, m_options.renewMs));
    return true;
}

void CampaignRunner::setCampaignState(store::CampaignState state)
{
    // Pausing or stopping here leaves the campaign running while another
    // client still sends it.
    for (const store::RunRecord &run : RunRegistry(m_journal.database()).liveRuns(m_campaignId)) {
        if (run.id != m_lease->runId())
            return;
    }
    m_journal.setCampaignState(m_campaignId, state);
}

void CampaignRunner::refreshProgress()
{
    const store::CampaignCounts counts = m_journal.counts(m_campaignId);
    m_progress.total = counts.total();
    m_progress.accepted = counts.accepted;
    m_progress.refused = counts.refused;
    m_progress.uncertain = counts.uncertain;
    m_progress.inFlight = counts.inFlight;
    m_progress.remaining = counts.queued;
}

void CampaignRunner::takenOver()
{
    // Another client took this run for dead and ended it (and turned its
    // batches in flight uncertain): nothing more leaves under it. The
    // answers on the way are still recorded.
    fail(ApiError::client(ApiError::Kind::Configuration, "ClientError.CampaignUnavailable",
                          tr("Another client took this run of campaign %1 for dead and ended it; "
                             "nothing more is sent from here.")
                              .arg(m_campaignId)));
}

bool CampaignRunner::recordOrHold(std::function<bool()> write)
{
    if (!m_waitingForDatabase && write())
        return true;
    if (!m_waitingForDatabase && !m_journal.database().connectionLost())
        return false;
    m_held.push_back(std::move(write));
    waitForDatabase();
    return true;
}

void CampaignRunner::waitForDatabase()
{
    if (m_waitingForDatabase || isDone())
        return;
    qCWarning(lcCampaign) << "campaign" << m_campaignId
                          << ": the store is unreachable, sending is held:"
                          << m_journal.database().lastError();
    m_waitingForDatabase = true;
    m_progress.waitingForDatabase = true;
    m_wake->stop();
    m_reconnect->start(std::max(m_options.reconnectMs, 1));
    Q_EMIT databaseWaitChanged(true);
    Q_EMIT progressChanged();
}

void CampaignRunner::tryReconnect()
{
    QString error;
    if (!m_journal.database().reopen(&error)) {
        qCDebug(lcCampaign) << "campaign" << m_campaignId
                            << ": the store is still unreachable:" << error;
        return;
    }
    // What was held first, in order: the answers, then the failures.
    while (!m_held.empty()) {
        if (!m_held.front()()) {
            if (!m_journal.database().connectionLost()) {
                m_held.pop_front();
                m_waitingForDatabase = false;
                fail(journalUnavailable());
            }
            return;
        }
        m_held.pop_front();
    }
    m_waitingForDatabase = false;
    if (!recordAnswers())
        return;
    if (m_waitingForDatabase)
        return;
    switch (m_lease->renew()) {
    case RunLease::Renewal::Renewed:
        break;
    case RunLease::Renewal::Unreachable:
        m_waitingForDatabase = false;
        return waitForDatabase();
    case RunLease::Renewal::Taken:
        // The lease passed meanwhile and another client ended the run: the
        // answers above settled their numbers all the same. What was
        // recorded and never sent goes back to the queue, and sending goes
        // on under a new run.
        if (!m_lease->start()) {
            if (m_journal.database().connectionLost())
                return waitForDatabase();
            return fail(journalUnavailable());
        }
        break;
    }
    releaseReady();
    m_reconnect->stop();
    m_progress.waitingForDatabase = false;
    refreshProgress();
    qCInfo(lcCampaign) << "campaign" << m_campaignId << ": the store is back, sending goes on";
    Q_EMIT databaseWaitChanged(false);
    afterRecording();
}

} // namespace sms::campaign
