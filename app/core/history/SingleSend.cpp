// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/SingleSend.h"

#include "api/SmsApi.h"
#include "campaign/CampaignRunner.h"
#include "store/CampaignJournal.h"
#include "store/Database.h"
#include "store/HistoryJournal.h"
#include "store/OptOutList.h"

namespace sms::history {

using api::ApiError;

namespace {
ApiError journalError(const QString &path, const QString &problem)
{
    return ApiError::client(
        ApiError::Kind::Configuration, "ClientError.JournalUnavailable",
        SingleSend::tr("The history in %1 cannot be written: %2").arg(path, problem));
}
} // namespace

SingleSend::Check SingleSend::check(const Message &message, const QSet<QString> &optOut,
                                    const QDateTime &plannedTime)
{
    campaign::Preflight::Options options;
    options.defaultRegion = message.defaultRegion;
    options.templateContent = message.templateFacts.templateContent;
    options.smsType = message.smsType;
    options.templateMarket = message.templateFacts.market;
    options.templateApproved = message.templateFacts.status == domain::ReviewStatus::Approved;
    options.signName = message.signName;
    options.signatureApproved = message.signatureApproved;
    options.plannedTime = plannedTime;
    options.optOut = optOut;
    campaign::Preflight preflight(options);
    Check result;
    result.recipient.sourceRow = 1;
    result.recipient.input = message.phone;
    result.recipient.parameters = message.parameters;
    preflight.check(result.recipient);
    result.preview = preflight.preview(result.recipient);
    result.problems = preflight.summary().blockers;
    if (!result.recipient.problemCode.isEmpty())
        result.problems.append({QString(), result.recipient.problemCode, result.recipient.problem});
    return result;
}

SingleSend::SingleSend(api::SmsApi &api, store::Database &database, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_journal(std::make_unique<store::CampaignJournal>(database))
{ }

SingleSend::SingleSend(api::SmsApi &api, const store::StoreLocation &location, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_ownDatabase(std::make_unique<store::Database>())
{
    QString problem;
    if (m_ownDatabase->open(location, &problem)) {
        m_journal = std::make_unique<store::CampaignJournal>(*m_ownDatabase);
        return;
    }
    m_error = journalError(location.displayName(), problem);
}

SingleSend::~SingleSend()
{
    // The runner goes before the journal it writes to.
    delete m_runner;
}

QSet<QString> SingleSend::optOut() const
{
    return m_journal ? store::OptOutList(m_journal->database()).load() : QSet<QString>();
}

bool SingleSend::start(const Message &message)
{
    if (m_runner || !m_journal)
        return false;
    m_campaignId = 0;
    m_recipient = {};
    m_error = {};
    store::Database &db = m_journal->database();
    const QDateTime now = m_api.client() ? m_api.client()->clock().now() : QDateTime();
    const Check checked = check(message, optOut(), now);
    m_problems = checked.problems;
    if (!checked.canSend()) {
        const review::CheckProblem &first = m_problems.constFirst();
        m_error = ApiError(ApiError::Kind::LocalCheck, first.code, first.message);
        return false;
    }
    store::CampaignRecord record;
    record.name = checked.recipient.phone;
    record.signName = message.signName;
    record.templateId = QString::number(message.templateFacts.templateId);
    record.appId = message.appId;
    record.market = message.templateFacts.market;
    record.marketing = message.smsType == domain::SmsType::Marketing;
    m_campaignId = store::HistoryJournal(db).createSingleMessage(record, checked.recipient);
    if (m_campaignId == 0) {
        m_error = journalError(db.path(), db.lastError());
        return false;
    }
    campaign::CampaignRunner::Options options;
    options.concurrency = 1;
    m_runner = new campaign::CampaignRunner(m_api, *m_journal, m_campaignId, options, this);
    connect(m_runner, &campaign::CampaignRunner::finished, this, &SingleSend::onRunFinished,
            Qt::QueuedConnection);
    m_runner->start();
    return true;
}

void SingleSend::onRunFinished()
{
    const ApiError runError = m_runner->lastError();
    const bool failed = m_runner->state() == campaign::CampaignRunner::State::Failed;
    m_runner->deleteLater();
    m_runner = nullptr;
    const QList<store::JournalRecipient> rows = m_journal->allRecipients(m_campaignId, 0, 1);
    m_recipient = rows.value(0);
    switch (m_recipient.state) {
    case store::RecipientState::Accepted:
        m_error = {};
        break;
    case store::RecipientState::Refused:
        m_error = ApiError::service(m_recipient.code, m_recipient.message);
        m_error.setRequestId(m_recipient.requestId);
        break;
    default:
        // Uncertain (the answer was lost), or still queued (the run
        // stopped): the runner's error says which.
        m_error = runError.isError() || failed ? runError : ApiError::cancelled();
        break;
    }
    Q_EMIT finished();
}

} // namespace sms::history
