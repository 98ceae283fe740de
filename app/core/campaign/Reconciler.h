// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "campaign/RunLease.h"
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
// of each (DescribeSendRecordList: what was sent to the number since its
// batch started): a record the service accepted makes the number accepted,
// with its SerialNo; one it refused, refused with its code; no record puts the
// number back in the queue, for the next run to send. A number the service
// could not be asked about stays uncertain.
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

    // Questions on the wire at once.
    void setConcurrency(int concurrency) { m_concurrency = std::max(concurrency, 1); }
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
    };

    void ask();
    void onAnswer(const Question &question, api::ApiCall *call);
    void finish();

    api::SmsApi &m_api;
    store::CampaignJournal &m_journal;
    qint64 m_campaignId;
    QString m_appId;
    int m_concurrency = 4;
    RunLease::Options m_runOptions;
    RunLease *m_lease = nullptr;
    std::deque<Question> m_questions;
    QList<qint64> m_batches;
    int m_onTheWire = 0;
    int m_total = 0;
    int m_settled = 0;
    bool m_done = false;
    Outcome m_outcome;
    api::ApiError m_lastError;
};

} // namespace sms::campaign
