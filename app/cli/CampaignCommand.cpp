// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CampaignCommand.h"

#include "Logging.h"
#include "OnFinished.h"
#include "api/SmsApi.h"
#include "campaign/ImportJob.h"
#include "campaign/Preflight.h"
#include "campaign/Reconciler.h"
#include "cli/TemplateLookup.h"
#include "cli/TerminalText.h"
#include "domain/DescribeSmsTemplateList.h"
#include "errors/ErrorCatalog.h"
#include "errors/ErrorGroups.h"
#include "errors/Guidance.h"
#include "store/CampaignJournal.h"
#include "store/Database.h"
#include "store/JournalImportSink.h"
#include "store/OptOutList.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>
#include <ctime>
#include <iterator>
#include <unistd.h>

namespace sms::cli {

using api::ApiError;
using campaign::CampaignRunner;

namespace {
QString stateName(store::CampaignState state)
{
    // In the order of CampaignState's values; stable words for scripts.
    static const char *const names[]
        = {"importing", "ready", "running", "paused", "cancelled", "finished"};
    const int index = int(state);
    return QString::fromLatin1(index >= 0 && index < int(std::size(names)) ? names[index]
                                                                           : "unknown");
}
} // namespace

CampaignCommand::CampaignCommand(QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_out(out)
    , m_err(err)
    , m_terminal(isatty(fileno(stderr)) == 1)
{ }

CampaignCommand::~CampaignCommand()
{
    // The runner goes before the journal it writes to.
    delete m_runner;
}

int CampaignCommand::exitCodeFor(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::None:
        return CampaignCommand::Success;
    case ApiError::Kind::Configuration:
        return CampaignCommand::Usage;
    case ApiError::Kind::Service:
    case ApiError::Kind::PartialFailure:
    case ApiError::Kind::LocalCheck:
        return CampaignCommand::Refused;
    default:
        return CampaignCommand::TransportFailure;
    }
}

bool CampaignCommand::isCampaignCommand(const QString &word)
{
    return word == QLatin1String("campaign");
}

QList<QCommandLineOption> CampaignCommand::options()
{
    return {
        {QStringLiteral("csv"), tr("campaign run: the recipients (.csv or .xlsx)."),
         QStringLiteral("FILE")},
        {QStringLiteral("sign"), tr("campaign run: the approved signature's text."),
         QStringLiteral("NAME")},
        {QStringLiteral("template"), tr("campaign run: the approved template's ID."),
         QStringLiteral("ID")},
        {QStringLiteral("app-id"),
         tr("campaign run: the SmsSdkAppId (default: the profile's first)."), QStringLiteral("ID")},
        {QStringLiteral("concurrency"),
         tr("campaign run and resume: requests on the wire at once "
            "(default 4)."),
         QStringLiteral("N")},
        {QStringLiteral("journal"), tr("campaign: the journal database (default: the profile's)."),
         QStringLiteral("DB")},
        {QStringLiteral("lease"),
         tr("campaign run, resume and reconcile: seconds without renewal after which other "
            "clients of the store take this one for dead and recover its batches (default 60)."),
         QStringLiteral("SECONDS")},
        {QStringLiteral("default-region"),
         tr("campaign run: the region of numbers written without a country code (default CN)."),
         QStringLiteral("CC")},
        {QStringLiteral("marketing"),
         tr("campaign run: the template is a marketing one: sent only 08:00-22:00 Beijing time "
            "(the same as --template-type marketing).")},
        {QStringLiteral("template-type"),
         tr("campaign run: what the template is for, which decides the verification-code rule "
            "and marketing hours: notification (default), marketing or verification."),
         QStringLiteral("TYPE")},
        {QStringLiteral("campaign"),
         tr("campaign status, resume and reconcile: the campaign's ID."), QStringLiteral("ID")},
    };
}

QString CampaignCommand::helpText()
{
    return tr("  campaign run --csv FILE --template ID [--sign NAME] [--app-id ID]\n"
              "      [--concurrency N] [--lease SECONDS] [--journal DB] [--default-region CN]\n"
              "      [--template-type notification|marketing|verification] [--marketing]\n"
              "                         send a template to every number of FILE (first column\n"
              "                         the number, then {1}..{n}), journaled.\n"
              "  campaign list [--journal DB]\n"
              "  campaign status|resume|reconcile --campaign ID [--journal DB]\n"
              "                         exit 0 all accepted, 3 some refused, 5 some uncertain\n"
              "                         (reconcile asks the service what became of them).\n");
}

int CampaignCommand::prepare(const QCommandLineParser &parser, const QStringList &positional,
                             QString *usageProblem)
{
    const QString verb = positional.value(1);
    static const QHash<QString, Verb> verbs = {{QStringLiteral("run"), Verb::Run},
                                               {QStringLiteral("list"), Verb::List},
                                               {QStringLiteral("status"), Verb::Status},
                                               {QStringLiteral("resume"), Verb::Resume},
                                               {QStringLiteral("reconcile"), Verb::Reconcile}};
    if (!verbs.contains(verb) || positional.size() != 2) {
        *usageProblem = tr("usage: smsctl campaign run|list|status|resume|reconcile [options]");
        return Usage;
    }
    m_verb = verbs.value(verb);
    m_journalPath = parser.value(QStringLiteral("journal"));
    if (m_verb == Verb::Run) {
        m_csv = parser.value(QStringLiteral("csv"));
        m_templateId = parser.value(QStringLiteral("template"));
        m_sign = parser.value(QStringLiteral("sign"));
        m_appId = parser.value(QStringLiteral("app-id"));
        static const QHash<QString, domain::SmsType> types
            = {{QStringLiteral("notification"), domain::SmsType::Notification},
               {QStringLiteral("marketing"), domain::SmsType::Marketing},
               {QStringLiteral("verification"), domain::SmsType::VerificationCode}};
        if (parser.isSet(QStringLiteral("template-type"))) {
            const QString type = parser.value(QStringLiteral("template-type")).toLower();
            if (!types.contains(type)) {
                *usageProblem = tr("--template-type is notification, marketing or verification, "
                                   "not %1")
                                    .arg(type);
                return Usage;
            }
            m_smsType = types.value(type);
        }
        if (parser.isSet(QStringLiteral("marketing"))) {
            if (m_smsType != domain::SmsType::Marketing
                && parser.isSet(QStringLiteral("template-type"))) {
                *usageProblem = tr("--marketing contradicts --template-type %1")
                                    .arg(parser.value(QStringLiteral("template-type")));
                return Usage;
            }
            m_smsType = domain::SmsType::Marketing;
        }
        if (parser.isSet(QStringLiteral("default-region")))
            m_defaultRegion = parser.value(QStringLiteral("default-region")).toUpper();
        if (m_csv.isEmpty() || m_templateId.isEmpty()) {
            *usageProblem = tr("campaign run needs --csv FILE and --template ID");
            return Usage;
        }
        if (!QFileInfo(m_csv).isReadable()) {
            *usageProblem = tr("cannot read %1").arg(m_csv);
            return Usage;
        }
    } else if (m_verb != Verb::List) {
        bool ok = false;
        m_campaignId = parser.value(QStringLiteral("campaign")).toLongLong(&ok);
        if (!ok || m_campaignId <= 0) {
            *usageProblem = tr("campaign %1 needs --campaign ID").arg(verb);
            return Usage;
        }
    }
    if (parser.isSet(QStringLiteral("concurrency"))) {
        bool ok = false;
        m_concurrency = parser.value(QStringLiteral("concurrency")).toInt(&ok);
        if (!ok || m_concurrency < 1 || m_concurrency > 64) {
            *usageProblem = tr("--concurrency takes a number from 1 to 64");
            return Usage;
        }
    }
    if (parser.isSet(QStringLiteral("lease"))) {
        bool ok = false;
        const int seconds = parser.value(QStringLiteral("lease")).toInt(&ok);
        if (!ok || seconds < 1 || seconds > 3600) {
            *usageProblem = tr("--lease takes a number of seconds from 1 to 3600");
            return Usage;
        }
        m_leaseMs = seconds * 1000;
    }
    // Reading the journal needs no keys.
    if (!m_journalPath.isEmpty() && (m_verb == Verb::List || m_verb == Verb::Status)) {
        if (!openJournal(store::StoreLocation::sqlite(m_journalPath)))
            return Usage;
        return m_verb == Verb::List ? list() : status();
    }
    return -1;
}

bool CampaignCommand::openJournal(const store::StoreLocation &location)
{
    m_db = std::make_unique<store::Database>();
    QString error;
    if (!m_db->open(location, &error)) {
        m_err << tr("smsctl: cannot use the journal %1: %2").arg(location.displayName(), error)
              << '\n';
        return false;
    }
    m_journal = std::make_unique<store::CampaignJournal>(*m_db);
    return true;
}

void CampaignCommand::start(api::SmsApi &api, const store::StoreLocation &store,
                            const QString &defaultAppId)
{
    m_api = &api;
    if (m_appId.isEmpty())
        m_appId = defaultAppId;
    const store::StoreLocation location
        = m_journalPath.isEmpty() ? store : store::StoreLocation::sqlite(m_journalPath);
    const QString path = location.displayName();
    if (!openJournal(location))
        return end(Usage);
    switch (m_verb) {
    case Verb::List:
        return end(list());
    case Verb::Status:
        return end(status());
    case Verb::Run:
        if (m_appId.isEmpty()) {
            m_err << tr("smsctl: campaign run needs --app-id ID (or a profile with an "
                        "SmsSdkAppId)")
                  << '\n';
            return end(Usage);
        }
        return lookUpTemplate();
    case Verb::Resume:
        if (!m_journal->campaign(m_campaignId)) {
            m_err << tr("smsctl: there is no campaign %1 in %2").arg(m_campaignId).arg(path)
                  << '\n';
            return end(Usage);
        }
        return runCampaign();
    case Verb::Reconcile:
        return reconcile();
    }
}

int CampaignCommand::list()
{
    for (const store::CampaignRecord &c : m_journal->campaigns()) {
        const store::CampaignCounts n = m_journal->counts(c.id);
        m_out << c.id << '\t' << stateName(c.state) << '\t'
              << c.created.toLocalTime().toString(Qt::ISODate) << '\t' << c.templateId << '\t'
              << TerminalText::line(c.signName) << '\t' << n.total() << '\t'
              << QStringLiteral("accepted=%1 refused=%2 uncertain=%3 queued=%4")
                     .arg(n.accepted)
                     .arg(n.refused)
                     .arg(n.uncertain)
                     .arg(n.queued + n.inFlight)
              << '\n';
    }
    m_out.flush();
    return Success;
}

int CampaignCommand::status()
{
    if (!m_journal->campaign(m_campaignId)) {
        m_err << tr("smsctl: there is no campaign %1").arg(m_campaignId) << '\n';
        return Usage;
    }
    return summarize();
}

void CampaignCommand::lookUpTemplate()
{
    TemplateLookup::find(
        *m_api, m_templateId, this, m_err,
        [this](const domain::DescribeTemplateListStatus &facts) { import(facts); },
        [this](int exitCode) { end(exitCode); });
}

void CampaignCommand::import(const domain::DescribeTemplateListStatus &facts)
{
    campaign::Preflight::Options options;
    options.defaultRegion = m_defaultRegion;
    options.templateContent = facts.templateContent;
    options.templateMarket = facts.market;
    options.templateApproved = facts.status == domain::ReviewStatus::Approved;
    options.smsType = m_smsType;
    options.signName = m_sign;
    options.optOut = store::OptOutList(*m_db).load();
    if (m_api->client())
        options.plannedTime = m_api->client()->clock().now();
    store::CampaignRecord record;
    record.name = QFileInfo(m_csv).fileName();
    record.signName = m_sign;
    record.templateId = m_templateId;
    record.appId = m_appId;
    record.market = facts.market;
    record.marketing = m_smsType == domain::SmsType::Marketing;
    m_campaignId = m_journal->createCampaign(record);
    if (m_campaignId == 0) {
        m_err << tr("smsctl: cannot write the journal: %1").arg(m_journal->lastError()) << '\n';
        return end(Usage);
    }
    m_err << tr("campaign %1: importing %2").arg(m_campaignId).arg(m_csv) << '\n';
    m_err.flush();
    // The same import as the console's, straight into the journal.
    m_importTime.start();
    m_sink = std::make_unique<store::JournalImportSink>(m_db->location(), m_campaignId);
    auto *job = campaign::ImportJob::fromFile(m_csv, {}, options, m_sink.get(), this);
    job->setChunkSize(2000);
    onFinished(job, this, [this](campaign::ImportJob *job) { imported(job); });
    job->start();
}

void CampaignCommand::imported(campaign::ImportJob *job)
{
    if (!job->succeeded()) {
        const QString why
            = m_sink->errorString().isEmpty() ? job->errorString() : m_sink->errorString();
        m_err << tr("smsctl: cannot import %1: %2").arg(m_csv, why) << '\n';
        return end(Usage);
    }
    const campaign::PreflightSummary summary = job->summary();
    qCInfo(lcCampaign) << "imported" << summary.rows << "rows in" << m_importTime.elapsed()
                       << "ms; process CPU time so far" << double(std::clock()) / CLOCKS_PER_SEC
                       << "s";
    m_err << tr("campaign %1: %2 rows, %3 to send, %4 refused by pre-flight, %5 segments")
                 .arg(m_campaignId)
                 .arg(summary.rows)
                 .arg(summary.sendable)
                 .arg(summary.problemRows())
                 .arg(summary.segments())
          << '\n';
    if (!summary.blockers.isEmpty()) {
        for (const review::CheckProblem &problem : summary.blockers)
            m_err << TerminalText::line(problem.code) << ": " << problem.message << '\n';
        m_journal->setCampaignState(m_campaignId, store::CampaignState::Ready);
        m_err << tr("Nothing was sent.") << '\n';
        summarize();
        return end(Refused);
    }
    m_journal->setCampaignState(m_campaignId, store::CampaignState::Ready);
    runCampaign();
}

void CampaignCommand::runCampaign()
{
    CampaignRunner::Options options;
    options.concurrency = m_concurrency;
    options.program = QStringLiteral("smsctl");
    options.leaseMs = m_leaseMs;
    // Four renewals per lease: one late renewal never costs the run.
    options.renewMs = m_leaseMs / 4;
    m_runner = new CampaignRunner(*m_api, *m_journal, m_campaignId, options);
    connect(m_runner, &CampaignRunner::databaseWaitChanged, this, [this](bool waiting) {
        m_err << (waiting
                      ? tr("campaign %1: waiting for the database: %2")
                            .arg(m_campaignId)
                            .arg(TerminalText::line(m_journal->lastError()))
                      : tr("campaign %1: the database is back, sending goes on").arg(m_campaignId))
              << '\n';
        m_err.flush();
    });
    connect(m_runner, &CampaignRunner::progressChanged, this, [this] { showProgress(false); });
    connect(m_runner, &CampaignRunner::stateChanged, this, [this](CampaignRunner::State state) {
        if (state == CampaignRunner::State::Waiting)
            m_err
                << tr("campaign %1: waiting for its start time or sending hours").arg(m_campaignId)
                << '\n';
    });
    connect(m_runner, &CampaignRunner::finished, this, [this] {
        qCInfo(lcCampaign) << "campaign" << m_campaignId << "ran for" << m_runTime.elapsed()
                           << "ms," << m_runner->requestsSent()
                           << "requests; process CPU time so far"
                           << double(std::clock()) / CLOCKS_PER_SEC << "s";
        showProgress(true);
        const ApiError stopped = m_runner->state() == CampaignRunner::State::Failed
            ? m_runner->lastError()
            : ApiError();
        if (stopped.isError())
            m_err
                << tr("smsctl: the campaign stopped: %1").arg(TerminalText::line(stopped.summary()))
                << '\n';
        end(summarize(stopped));
    });
    m_lastProgress.start();
    m_runTime.start();
    m_runner->start();
}

void CampaignCommand::reconcile()
{
    auto *reconciler = new campaign::Reconciler(*m_api, *m_journal, m_campaignId, this);
    campaign::RunLease::Options run;
    run.program = QStringLiteral("smsctl");
    run.leaseMs = m_leaseMs;
    run.renewMs = m_leaseMs / 4;
    reconciler->setRunOptions(run);
    connect(reconciler, &campaign::Reconciler::finished, this, [this, reconciler] {
        const campaign::Reconciler::Outcome o = reconciler->outcome();
        m_err << tr("campaign %1 reconciled: %2 accepted, %3 refused, %4 back in the queue, %5 "
                    "still uncertain")
                     .arg(m_campaignId)
                     .arg(o.accepted)
                     .arg(o.refused)
                     .arg(o.requeued)
                     .arg(o.unresolved)
              << '\n';
        if (reconciler->lastError().isError())
            m_err << TerminalText::line(reconciler->lastError().summary()) << '\n';
        if (o.requeued > 0)
            m_err << tr("Run smsctl campaign resume --campaign %1 to send what is back in the "
                        "queue.")
                         .arg(m_campaignId)
                  << '\n';
        reconciler->deleteLater();
        end(summarize());
    });
    reconciler->start();
}

void CampaignCommand::showProgress(bool last)
{
    if (!m_runner)
        return;
    if (!last && m_lastProgress.isValid() && m_lastProgress.elapsed() < (m_terminal ? 200 : 2000))
        return;
    m_lastProgress.restart();
    const campaign::CampaignProgress p = m_runner->progress();
    const qint64 done = p.accepted + p.refused + p.uncertain;
    const int percent = p.total > 0 ? int(done * 100 / p.total) : 100;
    const QString eta = p.etaSeconds >= 0 ? tr("ETA %1 s").arg(p.etaSeconds) : tr("ETA -");
    const QString text = tr("%1/%2 accepted %3 refused %4 uncertain %5 · %6/s · %7")
                             .arg(done)
                             .arg(p.total)
                             .arg(p.accepted)
                             .arg(p.refused)
                             .arg(p.uncertain)
                             .arg(qint64(p.rate))
                             .arg(eta)
        + (p.waitingForDatabase ? tr(" · waiting for the database") : QString());
    if (m_terminal) {
        const int filled = percent / 5;
        m_err << '\r' << '[' << QString(filled, QLatin1Char('#'))
              << QString(20 - filled, QLatin1Char(' ')) << "] " << percent << "% " << text
              << "\x1b[K";
        if (last)
            m_err << '\n';
    } else {
        m_err << tr("campaign %1: ").arg(m_campaignId) << text << '\n';
    }
    m_err.flush();
}

int CampaignCommand::summarize(const ApiError &stopped)
{
    const auto campaign = m_journal->campaign(m_campaignId);
    const store::CampaignCounts n = m_journal->counts(m_campaignId);
    m_out << QStringLiteral("campaign %1 %2\n")
                 .arg(m_campaignId)
                 .arg(campaign ? stateName(campaign->state) : QString());
    m_out << QStringLiteral("accepted %1\nrefused %2\nuncertain %3\nqueued %4\n")
                 .arg(n.accepted)
                 .arg(n.refused)
                 .arg(n.uncertain)
                 .arg(n.queued + n.inFlight);
    // Counts by code for scripts; what each code means, for the operator.
    for (const errors::ErrorGroup &group : m_journal->refusalGroups(m_campaignId)) {
        const QString code = TerminalText::line(group.code);
        m_out << QStringLiteral("refused %1 %2\n").arg(code).arg(group.count);
        m_err << code << " - " << errors::ErrorCatalog::guidanceFor(group.code).title << '\n';
    }
    m_out.flush();
    if (n.uncertain > 0 || n.inFlight > 0) {
        m_err << tr("%1 numbers are uncertain: run smsctl campaign reconcile --campaign %2 "
                    "before sending them again.")
                     .arg(n.uncertain + n.inFlight)
                     .arg(m_campaignId)
              << '\n';
        m_err.flush();
        return Uncertain;
    }
    if (stopped.isError())
        return exitCodeFor(stopped);
    if (n.refused > 0)
        return Refused;
    if (n.queued > 0)
        return NotFinished;
    return Success;
}

void CampaignCommand::end(int exitCode)
{
    m_out.flush();
    m_err.flush();
    Q_EMIT finished(exitCode);
}

} // namespace sms::cli
