// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "campaign/CampaignProgress.h"
#include "campaign/CampaignRunner.h"
#include "campaign/ImportOptions.h"
#include "campaign/Preflight.h"
#include "campaign/PreflightSummary.h"
#include "campaign/Reconciler.h"
#include "domain/SmsPackagesStatistics.h"
#include "domain/SmsType.h"
#include "errors/ErrorGroups.h"
#include "store/CampaignCounts.h"
#include "store/CampaignRecord.h"
#include "store/JournalRecipient.h"
#include "store/RunRecord.h"
#include "store/StoreLocation.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class QIODevice;

namespace sms::session {
class Session;
}

namespace sms::store {
class CampaignJournal;
class Database;
class JournalImportSink;
class TemplateTypes;
} // namespace sms::store

class QTimer;

namespace sms::store {
class ChangeFeed;
}

namespace sms::campaign {

class CampaignQuery;
class ImportJob;

// The Campaigns page's store: the active profile's campaign journal, and
// the one import, run and reconciliation under way. It opens the profile's
// database once the session is ready and closes it when the profile
// changes (another account's campaigns never show under this one).
//
// An import runs on a worker thread (ImportJob) straight into the journal;
// the GUI thread only sees its progress. Sending is a CampaignRunner, and
// settling uncertain numbers a Reconciler, both on the same journal: one
// of them at a time, since they take the campaign's lock anyway.
//
// Every failure, an unreadable file included, is emitted as an ApiError
// (failed()) with a code the error catalog explains.
class CampaignStore : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        // The journal's store; none (an SQLite location without a path):
        // the session's (Session::storeFor), in databaseDirectory when that
        // is set and the profile has no shared store.
        store::StoreLocation store;
        QString databaseDirectory;
        // How often the clients sending each campaign (runs, with their
        // host and user) are read again; 0: once, when the store opens.
        int runsRefreshMs = 5000;
        // The list reads the journal again when another client writes to
        // it (store::ChangeFeed, at most once per this interval, looking at
        // an SQLite file as often); 0: it does not follow the store.
        int followChangesMs = 0;
        int concurrency = 4; // requests on the wire at once while sending
        qsizetype importChunkSize = 1000; // recipients per journal transaction
    };

    // An unreadable or unusable recipient list, or an import the journal
    // refused (the disk is full...).
    static constexpr auto importUnreadableCode = "ClientError.ImportUnreadable";
    // The profile's journal cannot be opened or written.
    static constexpr auto journalUnavailableCode = "ClientError.JournalUnavailable";

    explicit CampaignStore(session::Session &session, QObject *parent = nullptr);
    CampaignStore(session::Session &session, const Options &options, QObject *parent = nullptr);
    ~CampaignStore() override;

    session::Session &session() { return m_session; }
    bool isOpen() const { return m_journal != nullptr; }
    // Where the journal is; the file's path on SQLite.
    store::StoreLocation storeLocation() const;
    QString databasePath() const { return storeLocation().path; }
    // Anything under way: an import, a run or a reconciliation.
    bool isBusy() const;
    api::ApiError lastError() const { return m_lastError; }

    // --- Who sends which campaign (the clients of a shared store, this one
    // included), as last read: oldest run first.
    QList<store::RunRecord> liveRuns(qint64 campaignId) const { return m_runs.value(campaignId); }
    // A run of this process.
    static bool isOwnRun(const store::RunRecord &run);
    // Another client than this process sends the campaign.
    bool isSentElsewhere(qint64 campaignId) const;
    void refreshRuns();

    // --- The journal (newest campaign first)
    QList<store::CampaignRecord> campaigns() const { return m_campaigns; }
    std::optional<store::CampaignRecord> campaign(qint64 campaignId) const;
    store::CampaignCounts counts(qint64 campaignId) const;
    errors::ErrorGroupList refusalGroups(qint64 campaignId) const;
    // A page of a campaign's recipients in source order, after afterId:
    // every row, or (problemsOnly) only the refused ones; and, when numbers
    // is not empty, only those numbers (E.164 or as given).
    QList<store::JournalRecipient> recipients(qint64 campaignId, qint64 afterId, int limit,
                                              bool problemsOnly = false,
                                              const QStringList &numbers = {}) const;
    // The same two reads on the query thread (CampaignQuery), for the GUI:
    // the answer comes as recipientsReady() or refusalGroupsReady() with the
    // ticket returned (empty, and failed(), when the read cannot be made);
    // 0 when no journal is open.
    quint64 fetchRecipients(qint64 campaignId, qint64 afterId, int limit, bool problemsOnly = false,
                            const QStringList &numbers = {});
    quint64 fetchRefusalGroups(qint64 campaignId);
    // The refused rows as CSV; returns the rows written, -1 on failure
    // (failed() says why).
    qint64 exportRefused(qint64 campaignId, const QString &path);
    // Puts refused rows (of one code, or all) back in the queue; how many.
    int requeueRefused(qint64 campaignId, const QString &code = {});
    // Re-reads the list of campaigns (changed()).
    void reload();

    // --- Import
    // Creates the campaign and imports the list into it; returns its id, 0
    // when nothing could start (failed() says why). importFinished() follows.
    qint64 importFile(const store::CampaignRecord &campaign, const QString &path,
                      const ImportOptions &importOptions, const Preflight::Options &preflight);
    qint64 importText(const store::CampaignRecord &campaign, const QString &text,
                      const ImportOptions &importOptions, const Preflight::Options &preflight);
    bool isImporting() const { return m_import != nullptr; }
    // The campaign being (or last) imported.
    qint64 importingCampaign() const { return m_importCampaign; }
    // Stops the import after its current chunk; the campaign is kept,
    // cancelled, with the rows that arrived.
    void cancelImport();
    // The pre-flight totals of the latest import that finished.
    PreflightSummary importSummary() const { return m_importSummary; }

    // --- Sending
    // Sends a campaign's queued rows (a new one, or the rest of an earlier
    // run). False when another run or a reconciliation is under way.
    bool start(qint64 campaignId);
    void pause();
    void resume();
    void cancel();
    qint64 runningCampaign() const { return m_runner ? m_runner->campaignId() : 0; }
    CampaignRunner::State runState() const;
    CampaignProgress progress() const;

    // Whether a campaign stopped with numbers not settled (paused,
    // cancelled, or left by a process that died): queued, uncertain, or in
    // flight with no run of this store under way.
    bool isResumable(qint64 campaignId) const;
    // Resumes a campaign that stopped: its uncertain numbers (and what a
    // dead process left in flight) are reconciled with the service first,
    // never sent again; then the queue is sent. False when nothing could
    // start (another run, or no such campaign).
    bool resumeCampaign(qint64 campaignId);

    // Asks the service what became of a campaign's uncertain numbers.
    bool reconcile(qint64 campaignId);
    bool isReconciling() const { return m_reconciler != nullptr; }

    // --- Templates whose type the service's list does not say
    // The type the operator gave a template before, if any.
    std::optional<domain::SmsType> templateType(const QString &templateId) const;
    void rememberTemplateType(const QString &templateId, domain::SmsType type);

    // --- Editing refused rows
    // Re-checks a row as pre-flight would (its number normalised, its
    // parameters against the template), without counting it anywhere; the
    // number is also refused as a duplicate when another row of the
    // campaign that is not refused has it.
    Recipient recheck(qint64 campaignId, qint64 recipientId, const QString &phone,
                      const QStringList &parameters, const Preflight::Options &options) const;
    // Saves a corrected row (queued or refused; never one that may have
    // been sent) as recheck() read it: its number (E.164 when it reads as
    // one), market and parameters.
    bool updateRecipient(qint64 campaignId, qint64 recipientId, const Recipient &checked);
    // Re-checks a campaign's refused rows (of these numbers, or all), a
    // page at a time between events; recheckFinished() gives those that now
    // pass and the segments they would bill. One at a time; a new one
    // replaces the one under way.
    void recheckRefused(qint64 campaignId, const QStringList &numbers,
                        const Preflight::Options &options);
    bool isRechecking() const { return m_recheck != nullptr; }
    // Puts these refused rows back in the queue (see recheckRefused), then
    // the campaign can be sent again; how many.
    int requeueRecipients(qint64 campaignId, const QList<qint64> &recipientIds);

    // --- Balance
    // Asks for the application's packages (balanceChanged()).
    void loadBalance();
    bool hasBalance() const { return m_hasBalance; }
    QList<domain::SmsPackagesStatistics> packages() const { return m_packages; }
    // Segments left now, in the packages in effect.
    qint64 remainingSegments() const;
    // Now, by the service's clock as the client knows it.
    QDateTime serviceNow() const;

Q_SIGNALS:
    // The list of campaigns or a campaign's counts changed.
    void changed();
    // The clients sending the campaigns changed (liveRuns()).
    void runsChanged();
    void busyChanged(bool busy);
    void failed(const sms::api::ApiError &error);
    void opened();
    void importProgress(qint64 rows, qint64 position, qint64 total);
    void importFinished(qint64 campaignId, bool succeeded);
    void runStateChanged(sms::campaign::CampaignRunner::State state);
    void progressChanged();
    void runFinished(qint64 campaignId);
    void reconcileFinished(qint64 campaignId, const sms::campaign::Reconciler::Outcome &outcome);
    void balanceChanged();
    void recheckProgress(qint64 checked);
    void recheckFinished(qint64 campaignId, const QList<qint64> &passing, qint64 segments);
    void recipientsReady(quint64 ticket, const QList<sms::store::JournalRecipient> &rows);
    void refusalGroupsReady(quint64 ticket, const sms::errors::ErrorGroupList &groups);

private:
    void open();
    void close();
    qint64 startImport(const store::CampaignRecord &campaign, const QString &source, bool isFile,
                       const ImportOptions &importOptions, const Preflight::Options &preflight);
    void imported();
    // The list of campaigns again, keeping the counts known.
    void relist();
    void recheckStep();
    int requeued(qint64 campaignId, int count);
    bool startReconciler(qint64 campaignId, bool thenSend);
    void fail(const api::ApiError &error);
    void failJournal(const QString &message);
    void setBusy();
    bool mayStartWork();

    session::Session &m_session;
    Options m_options;
    std::unique_ptr<store::Database> m_database;
    std::unique_ptr<store::CampaignJournal> m_journal;
    std::unique_ptr<store::TemplateTypes> m_templateTypes;
    std::unique_ptr<CampaignQuery> m_query;
    QList<store::CampaignRecord> m_campaigns;
    mutable QHash<qint64, store::CampaignCounts> m_counts; // by campaign, until it changes
    QHash<qint64, QList<store::RunRecord>> m_runs; // live runs by campaign
    QTimer *m_runsTimer = nullptr;
    std::unique_ptr<store::ChangeFeed> m_feed;
    api::ApiError m_lastError;
    bool m_busy = false;

    std::unique_ptr<store::JournalImportSink> m_sink;
    ImportJob *m_import = nullptr;
    qint64 m_importCampaign = 0;
    PreflightSummary m_importSummary;

    CampaignRunner *m_runner = nullptr;
    Reconciler *m_reconciler = nullptr;
    struct Recheck;
    std::unique_ptr<Recheck> m_recheck;
    qint64 m_resumeAfterReconcile = 0; // the campaign to send once it is reconciled

    QList<domain::SmsPackagesStatistics> m_packages;
    bool m_hasBalance = false;
    quint64 m_generation = 0; // bumped on close: answers for an older profile are dropped
};

} // namespace sms::campaign
