// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/Reconciler.h"

#include "Logging.h"
#include "OnFinished.h"
#include "api/SmsApi.h"
#include "campaign/CampaignRunner.h"
#include "domain/DescribeSendRecordList.h"
#include "store/CampaignJournal.h"
#include "store/Database.h"

#include "store/RunRegistry.h"

#include <QTimer>

namespace sms::campaign {

using api::ApiError;
using store::RecipientState;

namespace {
// How far before a batch's start the service's records are searched: what
// the client's clock may still be off by.
constexpr qint64 kClockMarginSeconds = 60;
// The service keeps send records this long.
constexpr qint64 kRecordsKeptSeconds = 72 * 3600;
} // namespace

Reconciler::Reconciler(api::SmsApi &api, store::CampaignJournal &journal, qint64 campaignId,
                       QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_journal(journal)
    , m_campaignId(campaignId)
{ }

Reconciler::~Reconciler() = default;

void Reconciler::start()
{
    m_lease = new RunLease(m_journal.database(), m_campaignId, m_runOptions, this);
    if (!m_lease->start()) {
        m_lastError = ApiError::client(
            ApiError::Kind::Configuration, "ClientError.JournalUnavailable",
            tr("The campaign journal cannot be written: %1").arg(m_journal.lastError()));
        QTimer::singleShot(0, this, &Reconciler::finish);
        return;
    }
    if (const auto campaign = m_journal.campaign(m_campaignId))
        m_appId = campaign->appId;
    m_journal.recoverInterrupted(m_campaignId);
    for (const store::BatchRecord &batch :
         m_journal.batches(m_campaignId, store::BatchState::Uncertain)) {
        m_batches.append(batch.id);
        for (const store::JournalRecipient &r :
             m_journal.recipientsOfBatch(batch.id, RecipientState::Uncertain))
            m_questions.push_back({batch, r});
    }
    m_total = int(m_questions.size());
    qCInfo(lcCampaign) << "campaign" << m_campaignId << ": reconciling" << m_total << "numbers in"
                       << m_batches.size() << "batches";
    // Always from the event loop, so that a caller may connect after start().
    QTimer::singleShot(0, this, &Reconciler::ask);
}

void Reconciler::ask()
{
    while (m_onTheWire < m_concurrency && !m_questions.empty()) {
        Question question = std::move(m_questions.front());
        m_questions.pop_front();
        const qint64 started = question.batch.started.toSecsSinceEpoch();
        const qint64 now = m_api.client() ? m_api.client()->clock().nowSecs()
                                          : QDateTime::currentSecsSinceEpoch();
        if (started < now - kRecordsKeptSeconds + kClockMarginSeconds) {
            ++m_outcome.unresolved;
            continue;
        }
        domain::DescribeSendRecordListRequest request;
        request.phoneNumber = question.recipient.phone;
        request.smsSdkAppId = m_appId;
        request.beginTime = started - kClockMarginSeconds;
        request.limit = 50;
        ++m_onTheWire;
        m_api.send(request, this,
                   [this, question](api::ApiCall *call) { onAnswer(question, call); });
    }
    if (m_onTheWire == 0 && m_questions.empty())
        finish();
}

void Reconciler::onAnswer(const Question &question, api::ApiCall *call)
{
    --m_onTheWire;
    if (call->error().isError()) {
        m_lastError = call->error();
        ++m_outcome.unresolved;
        qCWarning(lcCampaign) << "cannot reconcile recipient" << question.recipient.id << ":"
                              << call->error().summary();
    } else {
        const auto result
            = static_cast<api::ApiReply<domain::DescribeSendRecordListResult> *>(call)->result();
        // Newest first; an accepted record wins over a refused one (a
        // refusal followed by an acceptance means it went out).
        const domain::SendRecord *accepted = nullptr;
        const domain::SendRecord *refused = nullptr;
        for (const domain::SendRecord &record : result.sendRecordSet) {
            if (record.phoneNumber != question.recipient.phone && !record.phoneNumber.isEmpty())
                continue;
            if (record.requestCode == QLatin1String("Ok")) {
                accepted = &record;
                break;
            }
            if (!refused)
                refused = &record;
        }
        domain::SendStatus status;
        RecipientState state = RecipientState::Queued;
        if (accepted) {
            state = RecipientState::Accepted;
            status.serialNo = accepted->serialNo;
            status.code = accepted->requestCode;
            ++m_outcome.accepted;
        } else if (refused) {
            state = RecipientState::Refused;
            status.code = refused->requestCode;
            ++m_outcome.refused;
        } else {
            ++m_outcome.requeued;
        }
        if (!m_journal.settle(question.recipient.id, state, status)) {
            m_lastError = ApiError::client(
                ApiError::Kind::Configuration, "ClientError.JournalUnavailable",
                tr("The campaign journal cannot be written: %1").arg(m_journal.lastError()));
        }
    }
    ++m_settled;
    Q_EMIT progress(m_settled, m_total);
    ask();
}

void Reconciler::finish()
{
    if (m_done)
        return;
    for (qint64 batchId : std::as_const(m_batches))
        m_journal.closeBatchIfSettled(batchId);
    // Numbers back in the queue wait for a resume, unless another client is
    // sending the campaign now (it sends them).
    if (m_lease && m_lease->isActive() && m_outcome.requeued > 0
        && store::RunRegistry(m_journal.database()).liveRuns(m_campaignId).size() == 1)
        m_journal.setCampaignState(m_campaignId, store::CampaignState::Paused);
    if (m_lease)
        m_lease->end();
    m_done = true;
    Q_EMIT finished();
}

} // namespace sms::campaign
