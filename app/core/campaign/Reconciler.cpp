// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/Reconciler.h"

#include "Logging.h"
#include "OnFinished.h"
#include "api/SmsApi.h"
#include "campaign/CampaignRunner.h"
#include "domain/DescribeSendRecordList.h"
#include "domain/PullSmsSendStatusByPhoneNumber.h"
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
// After RequestLimitExceeded a question waits this long, doubled each time
// it meets it again (up to the longest wait); after the most answers of the
// kind, the number is left uncertain rather than asked about for ever.
constexpr int kFirstWaitMs = 1000;
constexpr int kLongestWaitMs = 30000;
constexpr int kMostLimitedAnswers = 12;

bool isRateLimit(const ApiError &error)
{
    return error.kind() == ApiError::Kind::Service
        && (error.code() == QLatin1String("RequestLimitExceeded")
            || error.code().startsWith(QLatin1String("RequestLimitExceeded.")));
}
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
    const qint64 now
        = m_api.client() ? m_api.client()->clock().nowSecs() : QDateTime::currentSecsSinceEpoch();
    for (const store::BatchRecord &batch :
         m_journal.batches(m_campaignId, store::BatchState::Uncertain)) {
        m_batches.append(batch.id);
        const QList<store::JournalRecipient> uncertain
            = m_journal.recipientsOfBatch(batch.id, RecipientState::Uncertain);
        m_total += int(uncertain.size());
        // The service no longer has what was sent before its records' time.
        if (batch.started.toSecsSinceEpoch() < now - kRecordsKeptSeconds + kClockMarginSeconds) {
            m_outcome.unresolved += int(uncertain.size());
            m_settled += int(uncertain.size());
            continue;
        }
        for (const store::JournalRecipient &r : uncertain)
            m_questions.push_back({batch, r});
    }
    qCInfo(lcCampaign) << "campaign" << m_campaignId << ": reconciling" << m_total << "numbers in"
                       << m_batches.size() << "batches";
    // Always from the event loop, so that a caller may connect after start().
    QTimer::singleShot(0, this, &Reconciler::ask);
}

void Reconciler::ask()
{
    // The send records answer every question; the numbers with no receipt
    // go first.
    while (m_onRecords < m_concurrency && !(m_recordsOnly.empty() && m_questions.empty())) {
        std::deque<Question> &from = m_recordsOnly.empty() ? m_questions : m_recordsOnly;
        const Question question = std::move(from.front());
        from.pop_front();
        askAbout(question, Channel::Records);
    }
    while (m_askReceipts && m_onReceipts < m_concurrency && !m_questions.empty()) {
        const Question question = std::move(m_questions.front());
        m_questions.pop_front();
        askAbout(question, Channel::Receipts);
    }
    if (m_onRecords == 0 && m_onReceipts == 0 && m_waiting == 0 && m_questions.empty()
        && m_recordsOnly.empty())
        finish();
}

void Reconciler::askAbout(const Question &question, Channel channel)
{
    const bool records = channel == Channel::Records;
    ++(records ? m_onRecords : m_onReceipts);
    const auto answer = [this, question, records](api::ApiCall *call) {
        --(records ? m_onRecords : m_onReceipts);
        if (records)
            onRecords(question, call);
        else
            onReceipts(question, call);
        ask();
    };
    // Both ask about one number from a minute before its batch started.
    const auto send = [&](auto request, qint64 limit) {
        request.phoneNumber = question.recipient.phone;
        request.smsSdkAppId = m_appId;
        request.beginTime = question.batch.started.toSecsSinceEpoch() - kClockMarginSeconds;
        request.limit = limit;
        m_api.send(request, this, answer);
    };
    if (records)
        send(domain::DescribeSendRecordListRequest(), 50);
    else
        send(domain::PullSmsSendStatusByPhoneNumberRequest(), 100);
}

bool Reconciler::askLater(Question question, Channel channel, const ApiError &error)
{
    if (!isRateLimit(error) || question.limited >= kMostLimitedAnswers)
        return false;
    ++m_limitedAnswers;
    const int waitMs = std::min(kLongestWaitMs, kFirstWaitMs << std::min(question.limited, 5));
    ++question.limited;
    ++m_waiting;
    qCInfo(lcCampaign) << "campaign" << m_campaignId << ": asking about recipient"
                       << question.recipient.id << "again in" << waitMs << "ms after"
                       << error.code();
    QTimer::singleShot(waitMs, this, [this, question, channel] {
        --m_waiting;
        (channel == Channel::Records ? m_recordsOnly : m_questions).push_front(question);
        ask();
    });
    return true;
}

void Reconciler::onRecords(const Question &question, api::ApiCall *call)
{
    if (call->error().isError()) {
        if (!askLater(question, Channel::Records, call->error()))
            unresolved(question, call->error());
        return;
    }
    const auto result
        = static_cast<api::ApiReply<domain::DescribeSendRecordListResult> *>(call)->result();
    // Newest first; an accepted record wins over a refused one (a refusal
    // followed by an acceptance means it went out).
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
    settle(question, state, status);
}

void Reconciler::onReceipts(const Question &question, api::ApiCall *call)
{
    if (call->error().isError()) {
        // Whatever kept the receipts, the send records may still answer.
        if (!askLater(question, Channel::Receipts, call->error()))
            m_recordsOnly.push_back(question);
        return;
    }
    const auto result
        = static_cast<api::ApiReply<domain::PullSmsSendStatusByPhoneNumberResult> *>(call)
              ->result();
    // A receipt, delivered or not, is for a message the service accepted.
    for (const domain::DeliveryReceipt &receipt : result.pullSmsSendStatusSet) {
        if (receipt.serialNo.isEmpty()
            || (receipt.phoneNumber != question.recipient.phone && !receipt.phoneNumber.isEmpty()))
            continue;
        domain::SendStatus status;
        status.serialNo = receipt.serialNo;
        status.code = QStringLiteral("Ok");
        ++m_outcome.accepted;
        return settle(question, RecipientState::Accepted, status);
    }
    // No receipt (none yet, a refusal, nothing sent): the send records say.
    m_recordsOnly.push_back(question);
}

void Reconciler::settle(const Question &question, RecipientState state,
                        const domain::SendStatus &status)
{
    if (!m_journal.settle(question.recipient.id, state, status)) {
        m_lastError = ApiError::client(
            ApiError::Kind::Configuration, "ClientError.JournalUnavailable",
            tr("The campaign journal cannot be written: %1").arg(m_journal.lastError()));
    }
    answered();
}

void Reconciler::unresolved(const Question &question, const ApiError &error)
{
    m_lastError = error;
    ++m_outcome.unresolved;
    qCWarning(lcCampaign) << "cannot reconcile recipient" << question.recipient.id << ":"
                          << error.summary();
    answered();
}

void Reconciler::answered()
{
    ++m_settled;
    Q_EMIT progress(m_settled, m_total);
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
