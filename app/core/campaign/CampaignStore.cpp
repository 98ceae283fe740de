// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/CampaignStore.h"

#include "Logging.h"
#include "OnFinished.h"
#include "api/ApiClient.h"
#include "api/SmsApi.h"
#include "campaign/CampaignQuery.h"
#include "campaign/ImportJob.h"
#include "domain/PhoneNumber.h"
#include "session/Session.h"
#include "store/CampaignJournal.h"
#include "store/ChangeFeed.h"
#include "store/Database.h"
#include "store/JournalImportSink.h"
#include "store/OptOutList.h"
#include "store/RunRegistry.h"
#include "store/TemplateTypes.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QSet>
#include <QThreadPool>
#include <QTimeZone>
#include <QTimer>

#include <algorithm>

namespace sms::campaign {

using api::ApiError;

// A re-check of refused rows under way: where it stands in the journal,
// and what passes so far. The Preflight sees the rows in source order, so
// two rows of the group with the same number pass once.
struct CampaignStore::Recheck
{
    qint64 campaignId = 0;
    QSet<QString> numbers; // empty: every refused row
    Preflight preflight;
    qint64 afterId = 0;
    qint64 checked = 0;
    QList<qint64> passing;
    qint64 segments = 0;
};

CampaignStore::CampaignStore(session::Session &session, QObject *parent)
    : CampaignStore(session, Options(), parent)
{ }

CampaignStore::CampaignStore(session::Session &session, const Options &options, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_options(options)
{
    connect(&m_session, &session::Session::profileChanged, this, [this] {
        close();
        if (m_session.isReady())
            open();
    });
    connect(&m_session, &session::Session::readyChanged, this, [this] {
        if (m_session.isReady() && !isOpen())
            open();
    });
    if (m_session.isReady())
        open();
    // The phone number library reads its metadata on first use, a tenth of
    // a second: on a worker, before the mapping step needs it on this
    // thread.
    QThreadPool::globalInstance()->start(
        [] { domain::PhoneNumber::parse(QStringLiteral("+8613800000000")); });
}

CampaignStore::~CampaignStore()
{
    close();
}

store::StoreLocation CampaignStore::storeLocation() const
{
    return m_database ? m_database->location() : store::StoreLocation();
}

bool CampaignStore::isBusy() const
{
    return m_import || m_runner || m_reconciler;
}

void CampaignStore::open()
{
    const store::StoreLocation location
        = m_session.storeFor(m_options.store, m_options.databaseDirectory);
    auto database = std::make_unique<store::Database>();
    QString error;
    if (!database->open(location, &error))
        return fail(ApiError::client(
            ApiError::Kind::Configuration, journalUnavailableCode,
            tr("The campaign journal %1 cannot be used: %2").arg(location.displayName(), error)));
    m_database = std::move(database);
    m_journal = std::make_unique<store::CampaignJournal>(*m_database);
    m_templateTypes = std::make_unique<store::TemplateTypes>(*m_database);
    m_query = std::make_unique<CampaignQuery>(m_database->location());
    connect(m_query.get(), &CampaignQuery::recipientsReady, this, &CampaignStore::recipientsReady);
    connect(m_query.get(), &CampaignQuery::refusalGroupsReady, this,
            &CampaignStore::refusalGroupsReady);
    // A read that cannot be made is answered empty (nobody waits for ever)
    // and said why.
    connect(m_query.get(), &CampaignQuery::failed, this,
            [this, name = location.displayName()](quint64 ticket, const QString &error) {
                emit recipientsReady(ticket, {});
                emit refusalGroupsReady(ticket, {});
                fail(ApiError::client(
                    ApiError::Kind::Configuration, journalUnavailableCode,
                    tr("The campaign journal %1 cannot be used: %2").arg(name, error)));
            });
    reload();
    refreshRuns();
    if (m_options.runsRefreshMs > 0) {
        if (!m_runsTimer) {
            m_runsTimer = new QTimer(this);
            connect(m_runsTimer, &QTimer::timeout, this, &CampaignStore::refreshRuns);
        }
        m_runsTimer->start(m_options.runsRefreshMs);
    }
    if (m_options.followChangesMs > 0) {
        // What other clients write (their batches, their new campaigns)
        // shows without a reload by hand. The counts of a campaign this
        // client sends follow its own runner.
        m_feed = std::make_unique<store::ChangeFeed>(location);
        m_feed->setPollInterval(m_options.followChangesMs);
        m_feed->setCoalesceInterval(std::max(m_options.followChangesMs, 1000));
        connect(m_feed.get(), &store::ChangeFeed::changed, this, [this] {
            if (!m_journal || m_import)
                return;
            if (!m_runner)
                m_counts.clear();
            relist();
            refreshRuns();
        });
        m_feed->start();
    }
    emit opened();
}

void CampaignStore::close()
{
    ++m_generation;
    // What works on the journal goes before it. An import is asked to stop
    // and waited for: its worker writes through a connection of its own.
    if (m_import) {
        m_import->disconnect(this);
        delete m_import;
        m_import = nullptr;
    }
    delete m_runner;
    m_runner = nullptr;
    delete m_reconciler;
    m_reconciler = nullptr;
    m_recheck.reset();
    m_query.reset();
    m_sink.reset();
    m_feed.reset();
    if (m_runsTimer)
        m_runsTimer->stop();
    const bool hadRuns = !m_runs.isEmpty();
    m_runs.clear();
    if (hadRuns)
        emit runsChanged();
    m_templateTypes.reset();
    m_journal.reset();
    m_database.reset();
    m_campaigns.clear();
    m_packages.clear();
    m_hasBalance = false;
    m_importCampaign = 0;
    m_importSummary = {};
    setBusy();
    emit changed();
}

void CampaignStore::reload()
{
    m_counts.clear();
    relist();
}

void CampaignStore::relist()
{
    m_campaigns = m_journal ? m_journal->campaigns() : QList<store::CampaignRecord>();
    emit changed();
}

bool CampaignStore::isOwnRun(const store::RunRecord &run)
{
    return run.host == store::RunRegistry::hostName()
        && run.pid == QCoreApplication::applicationPid();
}

bool CampaignStore::isSentElsewhere(qint64 campaignId) const
{
    const QList<store::RunRecord> runs = m_runs.value(campaignId);
    return std::any_of(runs.cbegin(), runs.cend(),
                       [](const store::RunRecord &run) { return !isOwnRun(run); });
}

void CampaignStore::refreshRuns()
{
    if (!m_database)
        return;
    // One indexed query over the few runs that have not ended.
    QHash<qint64, QList<store::RunRecord>> runs;
    for (const store::RunRecord &run : store::RunRegistry(*m_database).liveRuns())
        runs[run.campaignId].append(run);
    const auto ids = [](const QHash<qint64, QList<store::RunRecord>> &byCampaign) {
        QList<qint64> list;
        for (const QList<store::RunRecord> &campaignRuns : byCampaign)
            for (const store::RunRecord &run : campaignRuns)
                list.append(run.id);
        std::sort(list.begin(), list.end());
        return list;
    };
    // A renewed lease is no news; a run that came or went is.
    if (ids(runs) == ids(m_runs))
        return;
    m_runs = std::move(runs);
    emit runsChanged();
}

std::optional<store::CampaignRecord> CampaignStore::campaign(qint64 campaignId) const
{
    for (const store::CampaignRecord &record : m_campaigns) {
        if (record.id == campaignId)
            return record;
    }
    return m_journal ? m_journal->campaign(campaignId) : std::nullopt;
}

store::CampaignCounts CampaignStore::counts(qint64 campaignId) const
{
    if (!m_journal)
        return {};
    // Counting a million rows takes the journal a good part of a second:
    // the counts are kept until the campaign changes (reload()), and those
    // of the campaign being sent follow its runner's progress.
    auto known = m_counts.constFind(campaignId);
    if (known == m_counts.cend())
        known = m_counts.insert(campaignId, m_journal->counts(campaignId));
    store::CampaignCounts n = *known;
    if (m_runner && m_runner->campaignId() == campaignId) {
        const CampaignProgress p = m_runner->progress();
        n.queued = p.remaining;
        n.inFlight = p.inFlight;
        n.accepted = p.accepted;
        n.refused = p.refused;
        n.uncertain = p.uncertain;
    }
    return n;
}

errors::ErrorGroupList CampaignStore::refusalGroups(qint64 campaignId) const
{
    return m_journal ? m_journal->refusalGroups(campaignId) : errors::ErrorGroupList();
}

QList<store::JournalRecipient> CampaignStore::recipients(qint64 campaignId, qint64 afterId,
                                                         int limit, bool problemsOnly,
                                                         const QStringList &numbers) const
{
    return m_journal
        ? CampaignQuery::recipients(*m_journal, campaignId, afterId, limit, problemsOnly, numbers)
        : QList<store::JournalRecipient>();
}

quint64 CampaignStore::fetchRecipients(qint64 campaignId, qint64 afterId, int limit,
                                       bool problemsOnly, const QStringList &numbers)
{
    return m_query ? m_query->fetchRecipients(campaignId, afterId, limit, problemsOnly, numbers)
                   : 0;
}

quint64 CampaignStore::fetchRefusalGroups(qint64 campaignId)
{
    return m_query ? m_query->fetchRefusalGroups(campaignId) : 0;
}

qint64 CampaignStore::exportRefused(qint64 campaignId, const QString &path)
{
    if (!m_journal)
        return -1;
    QSaveFile file(path);
    qint64 rows = -1;
    if (file.open(QIODevice::WriteOnly))
        rows = m_journal->exportRefused(campaignId, file);
    if (rows < 0 || !file.commit()) {
        fail(ApiError::client(
            ApiError::Kind::Configuration, journalUnavailableCode,
            tr("The refused rows could not be written to %1: %2").arg(path, file.errorString())));
        return -1;
    }
    return rows;
}

int CampaignStore::requeueRefused(qint64 campaignId, const QString &code)
{
    if (!m_journal)
        return 0;
    return requeued(campaignId, m_journal->requeueRefused(campaignId, code));
}

qint64 CampaignStore::importFile(const store::CampaignRecord &campaign, const QString &path,
                                 const ImportOptions &importOptions,
                                 const Preflight::Options &preflight)
{
    return startImport(campaign, path, true, importOptions, preflight);
}

qint64 CampaignStore::importText(const store::CampaignRecord &campaign, const QString &text,
                                 const ImportOptions &importOptions,
                                 const Preflight::Options &preflight)
{
    return startImport(campaign, text, false, importOptions, preflight);
}

bool CampaignStore::mayStartWork()
{
    if (!m_journal) {
        fail(ApiError::client(ApiError::Kind::Configuration, journalUnavailableCode,
                              tr("No campaign journal is open: choose a profile first.")));
        return false;
    }
    return !isBusy();
}

qint64 CampaignStore::startImport(const store::CampaignRecord &campaign, const QString &source,
                                  bool isFile, const ImportOptions &importOptions,
                                  const Preflight::Options &preflight)
{
    if (!mayStartWork())
        return 0;
    store::CampaignRecord record = campaign;
    record.state = store::CampaignState::Importing;
    const qint64 id = m_journal->createCampaign(record);
    if (id == 0) {
        failJournal(m_journal->lastError());
        return 0;
    }
    m_importCampaign = id;
    m_importSummary = {};
    m_sink = std::make_unique<store::JournalImportSink>(m_database->location(), id);
    // Numbers that asked for no more messages are refused whatever the
    // caller passed.
    Preflight::Options checks = preflight;
    checks.optOut.unite(store::OptOutList(*m_database).load());
    m_import = isFile ? ImportJob::fromFile(source, importOptions, checks, m_sink.get(), this)
                      : ImportJob::fromText(source, importOptions, checks, m_sink.get(), this);
    m_import->setChunkSize(m_options.importChunkSize);
    connect(m_import, &ImportJob::progress, this, &CampaignStore::importProgress);
    onFinished(m_import, this, [this](ImportJob *) { imported(); });
    m_import->start();
    reload();
    setBusy();
    return id;
}

void CampaignStore::cancelImport()
{
    if (m_import)
        m_import->cancel();
}

void CampaignStore::imported()
{
    ImportJob *job = m_import;
    m_import = nullptr;
    const qint64 id = m_importCampaign;
    const bool succeeded = job->succeeded();
    m_importSummary = job->summary();
    if (succeeded) {
        m_journal->setCampaignState(id, store::CampaignState::Ready);
    } else {
        m_journal->setCampaignState(id, store::CampaignState::Cancelled);
        if (!job->wasCancelled()) {
            const QString why
                = m_sink->errorString().isEmpty() ? job->errorString() : m_sink->errorString();
            fail(ApiError::client(ApiError::Kind::Configuration, importUnreadableCode, why));
        }
    }
    m_sink.reset();
    // The import's own totals are the campaign's counts: no need to count
    // the rows it just wrote.
    m_counts.clear();
    if (succeeded) {
        store::CampaignCounts n;
        n.queued = m_importSummary.sendable;
        n.refused = m_importSummary.rows - m_importSummary.sendable;
        n.refusedBeforeSending = n.refused;
        m_counts.insert(id, n);
    }
    relist();
    setBusy();
    emit importFinished(id, succeeded);
}

bool CampaignStore::start(qint64 campaignId)
{
    if (!mayStartWork())
        return false;
    CampaignRunner::Options options;
    options.concurrency = m_options.concurrency;
    m_runner = new CampaignRunner(m_session.api(), *m_journal, campaignId, options, this);
    connect(m_runner, &CampaignRunner::stateChanged, this, [this](CampaignRunner::State state) {
        emit runStateChanged(state);
        reload();
    });
    connect(m_runner, &CampaignRunner::progressChanged, this, &CampaignStore::progressChanged);
    connect(m_runner, &CampaignRunner::finished, this, [this] {
        CampaignRunner *runner = m_runner;
        m_runner = nullptr;
        const qint64 id = runner->campaignId();
        if (runner->state() == CampaignRunner::State::Failed)
            fail(runner->lastError());
        runner->deleteLater();
        reload();
        setBusy();
        emit runFinished(id);
    });
    setBusy();
    m_runner->start();
    return true;
}

void CampaignStore::pause()
{
    if (m_runner)
        m_runner->pause();
}

void CampaignStore::resume()
{
    if (m_runner)
        m_runner->resume();
}

void CampaignStore::cancel()
{
    if (m_runner)
        m_runner->cancel();
}

CampaignRunner::State CampaignStore::runState() const
{
    return m_runner ? m_runner->state() : CampaignRunner::State::Idle;
}

CampaignProgress CampaignStore::progress() const
{
    return m_runner ? m_runner->progress() : CampaignProgress();
}

bool CampaignStore::isResumable(qint64 campaignId) const
{
    const auto record = campaign(campaignId);
    if (!record || record->state == store::CampaignState::Importing
        || record->state == store::CampaignState::Ready || runningCampaign() == campaignId)
        return false;
    const store::CampaignCounts n = counts(campaignId);
    return n.queued + n.inFlight + n.uncertain > 0;
}

bool CampaignStore::resumeCampaign(qint64 campaignId)
{
    if (!campaign(campaignId) || !mayStartWork())
        return false;
    const store::CampaignCounts n = counts(campaignId);
    // What may have left already is asked about before anything is sent:
    // a number the service accepted is never sent again.
    if (n.inFlight + n.uncertain == 0)
        return start(campaignId);
    return startReconciler(campaignId, true);
}

bool CampaignStore::reconcile(qint64 campaignId)
{
    return mayStartWork() && startReconciler(campaignId, false);
}

bool CampaignStore::startReconciler(qint64 campaignId, bool thenSend)
{
    m_resumeAfterReconcile = thenSend ? campaignId : 0;
    m_reconciler = new Reconciler(m_session.api(), *m_journal, campaignId, this);
    m_reconciler->setConcurrency(m_options.concurrency);
    connect(m_reconciler, &Reconciler::finished, this, [this, campaignId] {
        Reconciler *reconciler = m_reconciler;
        m_reconciler = nullptr;
        const Reconciler::Outcome outcome = reconciler->outcome();
        if (reconciler->lastError().isError())
            fail(reconciler->lastError());
        reconciler->deleteLater();
        reload();
        setBusy();
        const bool resume = m_resumeAfterReconcile == campaignId;
        m_resumeAfterReconcile = 0;
        emit reconcileFinished(campaignId, outcome);
        // The queue is sent even when some numbers could not be settled
        // (the service refused a question): the runner never sends an
        // uncertain number, and they can be reconciled later.
        if (resume && counts(campaignId).queued > 0 && !isBusy())
            start(campaignId);
    });
    setBusy();
    m_reconciler->start();
    return true;
}

std::optional<domain::SmsType> CampaignStore::templateType(const QString &templateId) const
{
    return m_templateTypes ? m_templateTypes->type(templateId) : std::nullopt;
}

void CampaignStore::rememberTemplateType(const QString &templateId, domain::SmsType type)
{
    if (m_templateTypes && !m_templateTypes->remember(templateId, type))
        failJournal(m_database->lastError());
}

Recipient CampaignStore::recheck(qint64 campaignId, qint64 recipientId, const QString &phone,
                                 const QStringList &parameters,
                                 const Preflight::Options &options) const
{
    Recipient r;
    r.input = phone;
    r.parameters = parameters;
    Preflight preflight(options);
    preflight.check(r);
    if (r.problemCode.isEmpty() && m_journal
        && m_journal->otherRecipientWithPhone(campaignId, r.phone, recipientId) != 0) {
        r.problemCode = Preflight::duplicateCode();
        r.problem = tr("%1 is already in this campaign.").arg(r.phone);
    }
    return r;
}

bool CampaignStore::updateRecipient(qint64 campaignId, qint64 recipientId, const Recipient &checked)
{
    if (!m_journal)
        return false;
    // The number as E.164 when it reads as one, as typed otherwise (still
    // refused, to fix again).
    const QString phone = checked.phone.isEmpty() ? checked.input.trimmed() : checked.phone;
    if (!m_journal->updateRecipient(recipientId, phone, checked.parameters, checked.market)) {
        failJournal(m_journal->lastError().isEmpty()
                        ? tr("row %1 of campaign %2 may have been sent meanwhile: it is not "
                             "changed.")
                              .arg(recipientId)
                              .arg(campaignId)
                        : m_journal->lastError());
        return false;
    }
    return true;
}

void CampaignStore::recheckRefused(qint64 campaignId, const QStringList &numbers,
                                   const Preflight::Options &options)
{
    if (!m_journal)
        return;
    m_recheck.reset(new Recheck {.campaignId = campaignId,
                                 .numbers = QSet<QString>(numbers.cbegin(), numbers.cend()),
                                 .preflight = Preflight(options),
                                 .afterId = 0,
                                 .checked = 0,
                                 .passing = {},
                                 .segments = 0});
    QTimer::singleShot(0, this, &CampaignStore::recheckStep);
}

void CampaignStore::recheckStep()
{
    if (!m_recheck || !m_journal)
        return;
    Recheck &r = *m_recheck;
    // A page between events: the window stays responsive however large the
    // group.
    constexpr int page = 1000;
    const QList<store::JournalRecipient> rows
        = m_journal->recipients(r.campaignId, store::RecipientState::Refused, r.afterId, page);
    for (const store::JournalRecipient &row : rows) {
        r.afterId = row.id;
        if (!r.numbers.isEmpty() && !r.numbers.contains(row.phone)
            && !r.numbers.contains(row.input))
            continue;
        ++r.checked;
        Recipient candidate;
        candidate.sourceRow = row.sourceRow;
        candidate.input = row.phone.isEmpty() ? row.input : row.phone;
        candidate.parameters = row.parameters;
        r.preflight.check(candidate);
        if (!candidate.isSendable()
            || m_journal->otherRecipientWithPhone(r.campaignId, candidate.phone, row.id) != 0)
            continue;
        r.passing.append(row.id);
        r.segments += r.preflight.preview(candidate).length.segments;
    }
    emit recheckProgress(r.checked);
    if (rows.size() == page) {
        QTimer::singleShot(0, this, &CampaignStore::recheckStep);
        return;
    }
    const std::unique_ptr<Recheck> done = std::move(m_recheck);
    emit recheckFinished(done->campaignId, done->passing, done->segments);
}

int CampaignStore::requeueRecipients(qint64 campaignId, const QList<qint64> &recipientIds)
{
    if (!m_journal)
        return 0;
    return requeued(campaignId, m_journal->requeueRecipients(campaignId, recipientIds));
}

int CampaignStore::requeued(qint64 campaignId, int count)
{
    // Rows back in the queue make a campaign that was sent one to resume;
    // one never sent stays ready.
    const auto record = m_journal->campaign(campaignId);
    if (count > 0 && runningCampaign() != campaignId && record
        && record->state != store::CampaignState::Ready)
        m_journal->setCampaignState(campaignId, store::CampaignState::Paused);
    reload();
    return count;
}

void CampaignStore::loadBalance()
{
    if (!m_session.isReady())
        return;
    // Packages are selected by when they were created: ask from long before
    // any could have been to the hour after now (Beijing time, as the
    // service counts hours).
    const QDateTime now = serviceNow().toTimeZone(QTimeZone(8 * 3600));
    domain::SmsPackagesStatisticsRequest request;
    request.smsSdkAppId = m_session.appId();
    request.limit = 500;
    request.beginTime = QStringLiteral("2019010100");
    request.endTime = now.addSecs(3600).toString(QStringLiteral("yyyyMMddHH"));
    const quint64 generation = m_generation;
    m_session.api().send(request, this, [this, generation](auto *reply) {
        if (generation != m_generation)
            return;
        if (reply->error().isError())
            return fail(reply->error());
        m_packages = reply->result().smsPackagesStatisticsSet;
        m_hasBalance = true;
        emit balanceChanged();
    });
}

qint64 CampaignStore::remainingSegments() const
{
    return PreflightSummary::remainingSegments(m_packages, serviceNow());
}

QDateTime CampaignStore::serviceNow() const
{
    // The client's clock is corrected by the server's: a package's validity
    // is the service's to judge.
    api::ApiClient *client = m_session.api().client();
    return client ? client->clock().now() : QDateTime::currentDateTimeUtc();
}

void CampaignStore::fail(const ApiError &error)
{
    m_lastError = error;
    qCWarning(lcCampaign) << "campaign store:" << error.code() << error.message();
    m_session.reportError(error);
    emit failed(error);
}

void CampaignStore::failJournal(const QString &message)
{
    fail(ApiError::client(ApiError::Kind::Configuration, journalUnavailableCode,
                          tr("The campaign journal cannot be written: %1").arg(message)));
}

void CampaignStore::setBusy()
{
    const bool busy = isBusy();
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

} // namespace sms::campaign
