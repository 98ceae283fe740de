// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "campaign/RunLease.h"
#include "domain/SendStatus.h"
#include "store/BatchRecord.h"
#include "store/JournalRecipient.h"

#include <QList>
#include <QObject>

#include <deque>

namespace sms::api {
class ApiCall;
class SmsApi;
} // namespace sms::api

namespace sms::store {
class CampaignJournal;
}

namespace sms::campaign {

// Settles a campaign's uncertain numbers by asking the service what became
// of each: a record the service accepted makes the number accepted, with its
// SerialNo; one it refused, refused with its code; no record puts the number
// back in the queue, for the next run to send. A number the service could not
// be asked about stays uncertain.
//
// Both actions that can say so take one number a question (PhoneNumber is
// required), so a batch cannot be asked about at once; what bounds the time
// is each action's rate limit, which the client's rate limiter keeps to. Two
// actions, two limits: a number's delivery receipt
// (PullSmsSendStatusByPhoneNumber) proves the service accepted a message to
// it, and its send records (DescribeSendRecordList) say whether it was
// accepted, refused or never sent. Questions go to both at once, each within
// its own limit; a number with no receipt (none yet, a refusal, nothing
// sent) is then asked about its send records. An answer of
// RequestLimitExceeded (the client's own retries spent) means "later": the
// question waits, longer each time, and is asked again.
//
// The search starts a minute before the batch did (the client's clock,
// corrected by the server's, may still be a little off), so a message sent
// to the same number from elsewhere in that minute would count as this
// campaign's: the error leans to not sending, never to sending twice.
// Records are kept 72 hours: an older batch cannot be settled this way.
//
// Registers a run on the campaign while it works (RunLease), as a runner
// does. Batches that runs which died left in flight become uncertain first;
// a live run's batches in flight (a runner sending the campaign meanwhile,
// here or in another client) are left alone: they are not uncertain.
class Reconciler : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        int accepted = 0;
        int refused = 0;
        int requeued = 0;
        int unresolved = 0; // still uncertain
    };

    Reconciler(api::SmsApi &api, store::CampaignJournal &journal, qint64 campaignId,
               QObject *parent = nullptr);
    ~Reconciler() override;

    // Questions on the wire at once, per action.
    void setConcurrency(int concurrency) { m_concurrency = std::max(concurrency, 1); }
    // Whether receipts are asked for first (the default); without, each
    // number is asked about its send records only.
    void setAskReceipts(bool askReceipts) { m_askReceipts = askReceipts; }
    // RequestLimitExceeded answers met (each asked again after a wait).
    int limitedAnswers() const { return m_limitedAnswers; }
    // Its run's program and lease; before start().
    void setRunOptions(const RunLease::Options &options) { m_runOptions = options; }

    void start();
    bool isDone() const { return m_done; }
    Outcome outcome() const { return m_outcome; }
    // The last failure (a question the service did not answer, the journal).
    api::ApiError lastError() const { return m_lastError; }

Q_SIGNALS:
    void progress(int settled, int total);
    void finished();

private:
    struct Question
    {
        store::BatchRecord batch;
        store::JournalRecipient recipient;
        int limited = 0; // RequestLimitExceeded answers so far
    };
    enum class Channel { Records, Receipts };

    void ask();
    void askAbout(const Question &question, Channel channel);
    // A question whose answer did not come: asked again later after
    // RequestLimitExceeded (true), else left uncertain.
    bool askLater(Question question, Channel channel, const api::ApiError &error);
    void onRecords(const Question &question, api::ApiCall *call);
    void onReceipts(const Question &question, api::ApiCall *call);
    void settle(const Question &question, store::RecipientState state,
                const domain::SendStatus &status);
    void unresolved(const Question &question, const api::ApiError &error);
    void answered();
    void finish();

    api::SmsApi &m_api;
    store::CampaignJournal &m_journal;
    qint64 m_campaignId;
    QString m_appId;
    int m_concurrency = 4;
    RunLease::Options m_runOptions;
    RunLease *m_lease = nullptr;
    bool m_askReceipts = true;
    std::deque<Question> m_questions; // not asked yet
    std::deque<Question> m_recordsOnly; // no receipt: for DescribeSendRecordList
    QList<qint64> m_batches;
    int m_onRecords = 0; // DescribeSendRecordList questions on the wire
    int m_onReceipts = 0; // PullSmsSendStatusByPhoneNumber questions on the wire
    int m_waiting = 0; // questions waiting to be asked again
    int m_limitedAnswers = 0;
    int m_total = 0;
    int m_settled = 0;
    bool m_done = false;
    Outcome m_outcome;
    api::ApiError m_lastError;
};

} // namespace sms::campaign
