// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "campaign/CampaignProgress.h"
#include "campaign/RunLease.h"
#include "domain/SendStatus.h"
#include "store/CampaignRecord.h"
#include "store/JournalRecipient.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>

#include <deque>
#include <functional>

class QTimer;

namespace sms::api {
class ApiCall;
class SmsApi;
} // namespace sms::api

namespace sms::store {
class CampaignJournal;
}

namespace sms::campaign {

// Sends a journaled campaign's queued recipients, in batches of at most 200
// numbers that share the template's parameters (SendSms), or, for
// international numbers whose parameters differ, one message each
// (SendMultiGlobalSms), with a fixed number of requests on the wire at once;
// the client's rate limiter spaces them within the action's QPS.
//
// Every batch is recorded in flight before its request leaves, and settled
// from the answer: accepted and refused numbers with their SerialNo, Fee,
// Code and Message. A request whose outcome is unknown (timeout after it
// left, dropped connection) makes its batch uncertain; it is never sent again
// from here, only reconciled (Reconciler). A refusal that means nothing was
// sent and is worth trying again (RequestLimitExceeded, a request that never
// left) puts the batch back in the queue after a backoff. The service
// refusing a whole request refuses its numbers with that code. Keys, TLS or
// anything else that would fail every request stops the run (Failed), with
// what is left still queued.
//
// Several runners may send one campaign at once, in several processes or on
// several computers sharing a store: each registers a run with a lease
// (RunLease) and claims its batches, taking only recipients still queued,
// so that they share the work and never send one number twice. start()
// recovers what runs that died left in flight (uncertain), never what a
// live run has on the wire. The campaign is finished when nothing is queued
// and no live run has a batch in flight. A runner whose run another client
// ended (taking it for dead) stops at once.
//
// A store that cannot be reached (a shared store's server stopped, the
// network cut) pauses sending: no request leaves that cannot be recorded
// first. The answers already in are kept and written once the store is back
// (tried every few seconds); then sending resumes by itself, under a new run
// if another client ended this one meanwhile.
//
// A marketing campaign is sent only between
// 08:00 and 22:00 Beijing time, by the client's clock (corrected by the
// server's); before the start time or outside those hours the runner waits.
//
// The journal must outlive the runner.
//
// pause() lets the requests on the wire finish and sends no more until
// resume(); cancel() does the same and ends the run, the rest left queued for
// a later resume.
class CampaignRunner : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int concurrency = 4; // requests on the wire at once
        int batchSize = 200; // numbers per request, at most 200
        QDateTime startAt; // not before; when invalid, the campaign's own
        int marketingStartHour = 8; // Beijing time, inclusive
        int marketingEndHour = 22; // exclusive
        // Retryable failures in a row (without an answered batch between)
        // after which the run stops.
        int maxFailuresInARow = 8;
        // Who sends, as the campaign's runs show it: "SMS Console", "smsctl".
        QString program = QStringLiteral("SMS Console");
        int leaseMs = 60'000; // a run not renewed for this long is taken for dead
        int renewMs = 15'000;
        int reconnectMs = 3'000; // between attempts to reach a lost store
    };

    enum class State {
        Idle,
        Waiting,
        Running,
        Pausing,
        Paused,
        Cancelling,
        Cancelled,
        Finished,
        Failed
    };
    Q_ENUM(State)

    CampaignRunner(api::SmsApi &api, store::CampaignJournal &journal, qint64 campaignId,
                   const Options &options, QObject *parent = nullptr);
    CampaignRunner(api::SmsApi &api, store::CampaignJournal &journal, qint64 campaignId,
                   QObject *parent = nullptr);
    ~CampaignRunner() override;

    qint64 campaignId() const { return m_campaignId; }
    State state() const { return m_state; }
    bool isDone() const;
    CampaignProgress progress() const;
    // Why the run failed (State::Failed), or the last error a batch met.
    api::ApiError lastError() const { return m_lastError; }
    // Requests sent during this run.
    int requestsSent() const { return m_requests; }

    // The run this runner sends under; 0 when it is not sending.
    qint64 runId() const;

public Q_SLOTS:
    void start();
    void pause();
    void resume();
    void cancel();

Q_SIGNALS:
    void stateChanged(sms::campaign::CampaignRunner::State state);
    void progressChanged();
    // Once, when the run ends: Finished, Cancelled or Failed.
    void finished();
    // The store was lost (sending is held) or is back (sending goes on).
    void databaseWaitChanged(bool waiting);

private:
    struct Batch
    {
        QString action;
        QList<store::JournalRecipient> recipients;
        qint64 id = 0; // in the journal; 0 while only planned
    };
    // An accepted (or partly refused) request's answer, not recorded yet.
    struct Answer
    {
        qint64 batchId = 0;
        qint64 size = 0;
        QString requestId;
        domain::SendStatusList statuses;
    };

    void setState(State state);
    void fail(const api::ApiError &error);
    void pump();
    bool mayDispatchNow();
    void refill();
    void plan(const QList<store::JournalRecipient> &page);
    void journalAhead();
    void releaseReady();
    void sendReady();
    void dispatch(Batch batch);
    void onAnswered(qint64 batchId, const Batch &batch, api::ApiCall *call);
    bool recordAnswer(const Answer &answer);
    bool recordAnswers();
    void recordAnswersLeft();
    void afterAnswers();
    void afterRecording();
    api::ApiError journalUnavailable() const;
    void checkEnd();
    bool othersStillSending();
    void setCampaignState(store::CampaignState state);
    void refreshProgress();
    void takenOver();
    // Runs a journal write now, or keeps it for when the store is back.
    // False when the store refused it for another reason.
    bool recordOrHold(std::function<bool()> write);
    void waitForDatabase();
    void tryReconnect();
    void wakeIn(qint64 ms);

    api::SmsApi &m_api;
    store::CampaignJournal &m_journal;
    qint64 m_campaignId;
    Options m_options;
    store::CampaignRecord m_campaign;
    State m_state = State::Idle;
    api::ApiError m_lastError;
    RunLease *m_lease;
    std::deque<Batch> m_plan; // planned, not in the journal yet
    std::deque<Batch> m_ready; // recorded in flight, not sent yet
    qint64 m_cursor = 0; // the highest recipient id planned
    bool m_exhausted = false;
    QList<QPointer<api::ApiCall>> m_onTheWire;
    std::deque<Answer> m_unrecorded; // answered, recorded from the event loop
    int m_failuresInARow = 0;
    bool m_failing = false; // stopping after the answers on the way
    QDeadlineTimer m_backoff {0}; // no request before it expires
    QTimer *m_wake = nullptr;
    QTimer *m_reconnect = nullptr;
    bool m_waitingForDatabase = false;
    std::deque<std::function<bool()>> m_held; // writes kept while the store is lost
    int m_requests = 0;

    CampaignProgress m_progress;
    QElapsedTimer m_elapsed;
    qint64 m_answeredThisRun = 0;
};

} // namespace sms::campaign
