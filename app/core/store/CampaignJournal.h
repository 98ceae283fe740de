// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/RecipientSink.h"
#include "domain/SendStatus.h"
#include "errors/ErrorGroups.h"
#include "store/BatchClaim.h"
#include "store/BatchRecord.h"
#include "store/CampaignCounts.h"
#include "store/CampaignRecord.h"
#include "store/JournalRecipient.h"

#include <QList>
#include <QString>

#include <optional>

class QIODevice;

namespace sms::api {
class ApiError;
}

namespace sms::store {

class Database;

// Every campaign, batch and recipient, in the profile's database: what was
// sent to whom, and what the service said, so that a campaign can be resumed
// after anything short of losing the disk without sending a number twice.
//
// The order of writes is the guarantee. A batch is recorded in flight, with
// its recipients, and committed durably (beginBatch) before its request
// leaves; its answer is recorded afterwards (finishBatch, failBatch,
// requeueBatch, markUncertain). A process that dies in between leaves the
// batch in flight, and recoverInterrupted() turns it uncertain once the
// process's run has ended or its lease has passed: only reconciliation with
// the service's records (Reconciler, settle()) moves its numbers on, to
// accepted or back to the queue.
//
// Several clients may send one campaign (a console and smsctl on one file,
// a team on one PostgreSQL store): a batch is claimed (claimBatches), taking
// only the recipients still queued, so that no number is in two batches.
//
// As an import's RecipientSink it adds each chunk to the campaign named by
// setImportCampaign(), in one transaction per chunk.
class CampaignJournal : public campaign::RecipientSink
{
public:
    explicit CampaignJournal(Database &database);

    Database &database() { return m_db; }
    QString lastError() const;

    // --- Campaigns
    // Returns the new campaign's id, 0 on failure.
    qint64 createCampaign(const CampaignRecord &campaign);
    std::optional<CampaignRecord> campaign(qint64 campaignId) const;
    // Newest first.
    QList<CampaignRecord> campaigns() const;
    bool setCampaignState(qint64 campaignId, CampaignState state);
    CampaignCounts counts(qint64 campaignId) const;

    // --- Import
    // Sendable recipients are queued; the others are recorded refused with
    // pre-flight's code and sentence, so that they are reported, never lost.
    bool addRecipients(qint64 campaignId, const QList<campaign::Recipient> &chunk);
    void setImportCampaign(qint64 campaignId) { m_importCampaign = campaignId; }
    bool accept(const QList<campaign::Recipient> &chunk) override;

    // --- Sending
    // Queued recipients with an id above afterId, in id order.
    QList<JournalRecipient> queued(qint64 campaignId, qint64 afterId, int limit) const;
    // The same recipients with only what a request needs: id, campaignId,
    // phone, parameters and market (state Queued); the other fields empty.
    // Cheaper to read, for the runner that reads the whole queue.
    QList<JournalRecipient> queuedToSend(qint64 campaignId, qint64 afterId, int limit) const;
    // Records a batch in flight with these recipients, durably. started is
    // the service's time as the client knows it (reconciliation searches the
    // service's records from there); invalid: this computer's. Returns the
    // batch's id, 0 on failure (then the request must not leave).
    qint64 beginBatch(qint64 campaignId, const QString &action, const QList<qint64> &recipientIds,
                      const QDateTime &started = {});
    // Several batches in one durable commit (one sync of the log for all):
    // each is (action, recipient ids), every recipient still queued. Returns
    // their ids in order, or an empty list when nothing was recorded.
    QList<qint64> beginBatches(qint64 campaignId,
                               const QList<QPair<QString, QList<qint64>>> &batches,
                               const QDateTime &started = {});
    // Claims several batches for the run runId in one durable commit: each
    // batch takes those of its recipients still queued (another client may
    // have taken the others), and the run's lease is extended to leaseMs
    // from now, so that nothing is claimed under a run another client has
    // ended or is about to take for dead. One claim per batch, in order
    // (batch id 0: nothing left to take). Empty when nothing was recorded:
    // the run had ended (connectionLost() false and RunRegistry says so),
    // or the store failed.
    std::optional<QList<BatchClaim>>
    claimBatches(qint64 campaignId, qint64 runId, qint64 leaseMs,
                 const QList<QPair<QString, QList<qint64>>> &batches,
                 const QDateTime &started = {});
    // The answer: each recipient settled by its number's status (accepted or
    // refused, with SerialNo, Fee, Code, and a refusal's Message; the
    // RequestId is the batch's). A recipient the answer does not mention
    // becomes uncertain. An answer is written over an uncertain recipient
    // too (another client took this one's run for dead meanwhile: the
    // answer is what reconciliation would look for), never over a settled
    // one.
    bool finishBatch(qint64 batchId, const QString &requestId,
                     const domain::SendStatusList &statuses);
    // The service refused the whole request: nothing was sent; every
    // recipient is refused with the error's code.
    bool failBatch(qint64 batchId, const api::ApiError &error);
    // Nothing was sent (the request never left, or a refusal worth trying
    // again such as RequestLimitExceeded): the recipients go back to the
    // queue.
    bool requeueBatch(qint64 batchId, const api::ApiError &error);
    // The request may have been carried out: the batch and its recipients
    // become uncertain.
    // (failBatch, requeueBatch and markUncertain change a batch still in
    // flight only: one that another client has made uncertain meanwhile
    // stays so, for reconciliation.)
    bool markUncertain(qint64 batchId, const api::ApiError &error);
    // After a crash or kill: ends the campaign's runs whose lease has passed
    // or whose process (on this computer) is gone, and turns uncertain (with its recipients) every
    // batch in flight whose run has ended, or that has no run (written before runs existed). A live
    // run's batches are left alone. Returns how many batches.
    int recoverInterrupted(qint64 campaignId);
    // Batches in flight under runs other than runId (live ones, after
    // recoverInterrupted()): the campaign is not finished while there are.
    // -1 when the store cannot tell.
    qint64 inFlightBatchesOfOthers(qint64 campaignId, qint64 runId) const;

    // --- Reconciliation
    QList<BatchRecord> batches(qint64 campaignId, BatchState state) const;
    QList<JournalRecipient> recipientsOfBatch(qint64 batchId, RecipientState state) const;
    // Settles one uncertain recipient: Accepted (with the record's SerialNo),
    // Refused (with its code), or Queued (the service has no record of it).
    bool settle(qint64 recipientId, RecipientState state, const domain::SendStatus &status = {});
    // Marks the batch done once none of its recipients is uncertain.
    bool closeBatchIfSettled(qint64 batchId);

    // --- Results
    QList<JournalRecipient> recipients(qint64 campaignId, RecipientState state, qint64 afterId = 0,
                                       int limit = -1) const;
    // Every recipient whatever its state, in source order: a page after afterId.
    QList<JournalRecipient> allRecipients(qint64 campaignId, qint64 afterId, int limit) const;
    // The refusals grouped by code, largest group first.
    errors::ErrorGroupList refusalGroups(qint64 campaignId) const;
    // The refused rows as CSV (source row, number as given, E.164, code,
    // message, parameters), with a header line. Returns the rows written, -1
    // on a write error.
    qint64 exportRefused(qint64 campaignId, QIODevice &out) const;
    // Puts refused recipients (of one code, or all when code is empty) that
    // have a usable number back in the queue, after a fix. Returns how many.
    int requeueRefused(qint64 campaignId, const QString &code = {});
    // Corrects one recipient before it is re-queued (a fixed number or
    // parameters).
    bool updateRecipient(qint64 recipientId, const QString &phone, const QStringList &parameters);
    // The same, with the market of the corrected number (a number fixed
    // from one country to another is sent by the other action).
    bool updateRecipient(qint64 recipientId, const QString &phone, const QStringList &parameters,
                         domain::Market market);
    // Another recipient of the campaign with this E.164 number that was not
    // refused (queued, sent or to be reconciled): its id, 0 when none. A
    // corrected row must not duplicate it.
    qint64 otherRecipientWithPhone(qint64 campaignId, const QString &phone,
                                   qint64 exceptRecipientId) const;
    // Puts these refused recipients (those with a usable number) back in the
    // queue. Returns how many.
    int requeueRecipients(qint64 campaignId, const QList<qint64> &recipientIds);

    // --- The stored forms, for the other readers of the same tables
    // A recipient's params column as the list it was written from.
    static QStringList parametersFromText(const QString &text);
    // A CSV field, quoted when it has to be (RFC 4180).
    static QString csvText(const QString &text);

private:
    bool update(qint64 recipientId, const QString &phone, const QStringList &parameters,
                const domain::Market *market);
    std::optional<QList<BatchClaim>> claim(qint64 campaignId, qint64 runId, qint64 leaseMs,
                                           const QList<QPair<QString, QList<qint64>>> &batches,
                                           const QDateTime &started, bool whole);
    bool endBatch(qint64 batchId, RecipientState to, BatchState state, const api::ApiError &error);
    bool readClaimed(BatchClaim &claim);
    bool resizeBatch(qint64 batchId, qint64 size);
    // Changes a batch in flight (or, evenUncertain, an uncertain one too).
    bool setBatch(qint64 batchId, BatchState state, const QString &requestId, const QString &code,
                  const QString &message, bool evenUncertain = false);
    bool setRecipientsOfBatch(qint64 batchId, RecipientState from, RecipientState to,
                              const QString &code, const QString &message);

    Database &m_db;
    qint64 m_importCampaign = 0;
};

} // namespace sms::store
