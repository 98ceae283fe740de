// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/IngestCommand.h"

#include "api/SmsApi.h"
#include "cli/CampaignCommand.h"
#include "cli/StopSignal.h"
#include "cli/TemplateLookup.h"
#include "cli/TerminalText.h"
#include "domain/PhoneNumber.h"
#include "errors/ErrorCatalog.h"
#include "errors/Guidance.h"
#include "history/ReceiptPuller.h"
#include "history/SingleSend.h"
#include "store/Database.h"
#include "store/OptOutList.h"

#include <QCoreApplication>
#include <QHash>

namespace sms::cli {

using api::ApiError;

IngestCommand::IngestCommand(QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_out(out)
    , m_err(err)
{ }

IngestCommand::~IngestCommand()
{
    // What writes to the database goes before it.
    delete m_puller;
    delete m_single;
}

bool IngestCommand::isIngestCommand(const QString &word)
{
    return word == QLatin1String("receipts") || word == QLatin1String("send")
        || word == QLatin1String("optout");
}

QList<QCommandLineOption> IngestCommand::options()
{
    return {
        {QStringLiteral("phone"), tr("history, send and optout: the phone number."),
         QStringLiteral("NUMBER")},
        {QStringLiteral("param"),
         tr("send: the template's next parameter ({1}, then {2}...); repeat it."),
         QStringLiteral("V")},
        {QStringLiteral("watch"),
         tr("receipts pull: keep pulling until interrupted (SIGINT or SIGTERM).")},
        {QStringLiteral("interval"),
         tr("receipts pull --watch: seconds between pulls (default 30)."), QStringLiteral("S")},
        {QStringLiteral("note"), tr("optout add and remove: why, kept with the number."),
         QStringLiteral("TEXT")},
    };
}

QString IngestCommand::helpText()
{
    return tr("  receipts pull [--watch] [--interval S] [--app-id ID] [--journal DB]\n"
              "                         store delivery receipts and replies; print how many.\n"
              "  send --phone N --template ID [--sign NAME] [--param V]... [--app-id ID]\n"
              "      [--marketing] [--journal DB]\n"
              "                         one message, with a campaign's checks and journal;\n"
              "                         exit codes as campaign run.\n"
              "  optout list|add|remove [--phone N] [--note TEXT] [--journal DB]\n"
              "                         the numbers that asked for no more messages.\n");
}

int IngestCommand::prepare(const QCommandLineParser &parser, const QStringList &positional,
                           QString *usageProblem)
{
    const QString command = positional.value(0);
    const QString verb = positional.value(1);
    static const QHash<QString, Verb> optOutVerbs
        = {{QStringLiteral("list"), Verb::OptOutList},
           {QStringLiteral("add"), Verb::OptOutAdd},
           {QStringLiteral("remove"), Verb::OptOutRemove}};
    if (command == QLatin1String("receipts")) {
        if (verb != QLatin1String("pull") || positional.size() != 2) {
            *usageProblem = tr("usage: smsctl receipts pull [--watch] [options]");
            return CampaignCommand::Usage;
        }
        m_verb = Verb::Pull;
    } else if (command == QLatin1String("send")) {
        if (positional.size() != 1) {
            *usageProblem = tr("usage: smsctl send --phone N --template ID [options]");
            return CampaignCommand::Usage;
        }
        m_verb = Verb::Send;
    } else {
        if (!optOutVerbs.contains(verb) || positional.size() != 2) {
            *usageProblem = tr("usage: smsctl optout list|add|remove [options]");
            return CampaignCommand::Usage;
        }
        m_verb = optOutVerbs.value(verb);
    }
    m_journalPath = parser.value(QStringLiteral("journal"));
    m_appId = parser.value(QStringLiteral("app-id"));
    m_note = parser.value(QStringLiteral("note"));
    m_templateId = parser.value(QStringLiteral("template"));
    m_sign = parser.value(QStringLiteral("sign"));
    m_parameters = parser.values(QStringLiteral("param"));
    m_marketing = parser.isSet(QStringLiteral("marketing"));
    m_watch = parser.isSet(QStringLiteral("watch"));
    if (parser.isSet(QStringLiteral("default-region")))
        m_defaultRegion = parser.value(QStringLiteral("default-region")).toUpper();
    if (parser.isSet(QStringLiteral("interval"))) {
        bool ok = false;
        const double seconds = parser.value(QStringLiteral("interval")).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 86400) {
            *usageProblem = tr("--interval takes a number of seconds greater than 0");
            return CampaignCommand::Usage;
        }
        m_intervalMs = int(seconds * 1000);
    }
    const bool needsPhone
        = m_verb == Verb::Send || m_verb == Verb::OptOutAdd || m_verb == Verb::OptOutRemove;
    if (needsPhone) {
        const QString input = parser.value(QStringLiteral("phone"));
        if (input.isEmpty()) {
            *usageProblem = tr("%1 needs --phone N").arg(positional.join(QLatin1Char(' ')));
            return CampaignCommand::Usage;
        }
        m_phone = input;
        if (m_verb != Verb::Send) {
            // The list holds E.164; the send's number goes through pre-flight.
            const domain::PhoneNumber number = domain::PhoneNumber::parse(input, m_defaultRegion);
            if (!number.isValid()) {
                *usageProblem = number.problemDescription();
                return CampaignCommand::Usage;
            }
            m_phone = number.e164();
        }
    }
    if (m_verb == Verb::Send && m_templateId.toLongLong() <= 0) {
        *usageProblem = tr("send needs --template ID");
        return CampaignCommand::Usage;
    }
    if (m_verb == Verb::OptOutRemove && m_note.isEmpty()) {
        *usageProblem = tr("optout remove needs --note TEXT: why the number may get messages "
                           "again");
        return CampaignCommand::Usage;
    }
    // The opt-out list is local: with a named database no keys are needed.
    const bool local = m_verb != Verb::Pull && m_verb != Verb::Send;
    if (local && !m_journalPath.isEmpty()) {
        if (!openDatabase(store::StoreLocation::sqlite(m_journalPath)))
            return CampaignCommand::Usage;
        return optOut();
    }
    return -1;
}

bool IngestCommand::openDatabase(const store::StoreLocation &location)
{
    m_db = std::make_unique<store::Database>();
    QString error;
    if (!m_db->open(location, &error)) {
        m_err << tr("smsctl: cannot use the journal %1: %2").arg(location.displayName(), error)
              << '\n';
        m_err.flush();
        return false;
    }
    return true;
}

void IngestCommand::start(api::SmsApi &api, const store::StoreLocation &store,
                          const QString &defaultAppId)
{
    m_api = &api;
    if (m_appId.isEmpty())
        m_appId = defaultAppId;
    if (!openDatabase(m_journalPath.isEmpty() ? store
                                              : store::StoreLocation::sqlite(m_journalPath)))
        return end(CampaignCommand::Usage);
    if (m_verb != Verb::Pull && m_verb != Verb::Send)
        return end(optOut());
    if (m_appId.isEmpty()) {
        m_err << tr("smsctl: this command needs --app-id ID (or a profile with an SmsSdkAppId)")
              << '\n';
        return end(CampaignCommand::Usage);
    }
    if (m_verb == Verb::Pull)
        return pull();
    TemplateLookup::find(
        api, m_templateId, this, m_err,
        [this](const domain::DescribeTemplateListStatus &facts) { send(facts); },
        [this](int exitCode) { end(exitCode); });
}

int IngestCommand::optOut()
{
    store::OptOutList list(*m_db);
    switch (m_verb) {
    case Verb::OptOutAdd:
        if (!list.add(m_phone, m_note)) {
            m_err << tr("smsctl: cannot write %1: %2").arg(m_db->path(), list.lastError()) << '\n';
            m_err.flush();
            return CampaignCommand::Usage;
        }
        m_err << tr("%1 is on the opt-out list").arg(m_phone) << '\n';
        break;
    case Verb::OptOutRemove:
        if (!list.remove(m_phone, m_note)) {
            m_err << tr("smsctl: %1 is not on the opt-out list").arg(m_phone) << '\n';
            m_err.flush();
            return CampaignCommand::Usage;
        }
        m_err << tr("%1 is off the opt-out list").arg(m_phone) << '\n';
        break;
    default:
        for (const store::OptOutEntry &e : list.entries()) {
            const QString why = e.replyId > 0
                ? QStringLiteral("reply: ") + TerminalText::line(e.replyContent)
                : QStringLiteral("note: ") + TerminalText::line(e.note);
            m_out << e.phone << '\t' << e.since.toLocalTime().toString(Qt::ISODate) << '\t' << why
                  << '\n';
        }
        break;
    }
    m_out.flush();
    m_err.flush();
    return CampaignCommand::Success;
}

void IngestCommand::pull()
{
    history::ReceiptPuller::Options options;
    options.intervalMs = m_intervalMs;
    m_puller = new history::ReceiptPuller(*m_api, *m_db, m_appId, options);
    connect(m_puller, &history::ReceiptPuller::optedOut, this,
            [this](int count) { m_optedOut += count; });
    connect(m_puller, &history::ReceiptPuller::failed, this, [this](const ApiError &error) {
        m_err << tr("smsctl: pulling failed: %1").arg(TerminalText::line(error.summary())) << '\n';
        m_err.flush();
    });
    if (!m_watch) {
        connect(m_puller, &history::ReceiptPuller::cycleFinished, this, [this] {
            printTotals();
            end(CampaignCommand::exitCodeFor(m_puller->lastError()));
        });
        m_puller->pullNow();
        return;
    }
    m_stop = new StopSignal(this);
    connect(m_stop, &StopSignal::stopRequested, this, [this] {
        // The pull under way is committed before the process ends.
        m_stopping = true;
        m_puller->stop();
        if (!m_puller->isPulling()) {
            printTotals();
            end(CampaignCommand::Success);
        }
    });
    connect(m_puller, &history::ReceiptPuller::cycleFinished, this, [this] {
        if (m_stopping) {
            printTotals();
            return end(CampaignCommand::Success);
        }
        m_err << tr("receipts: %1 stored, replies: %2 stored so far")
                     .arg(m_puller->totalReceipts())
                     .arg(m_puller->totalReplies())
              << '\n';
        m_err.flush();
    });
    m_err << tr("receipts: pulling every %1 s for %2; stop with Ctrl+C")
                 .arg(m_intervalMs / 1000.0)
                 .arg(m_appId)
          << '\n';
    m_err.flush();
    m_puller->start();
}

void IngestCommand::printTotals()
{
    m_out << QStringLiteral("receipts %1\nreplies %2\nopted-out %3\n")
                 .arg(m_puller->totalReceipts())
                 .arg(m_puller->totalReplies())
                 .arg(m_optedOut);
    m_out.flush();
}

void IngestCommand::send(const domain::DescribeTemplateListStatus &facts)
{
    history::SingleSend::Message message;
    message.appId = m_appId;
    message.phone = m_phone;
    message.parameters = m_parameters;
    message.signName = m_sign;
    message.templateFacts = facts;
    message.smsType = m_marketing ? domain::SmsType::Marketing : domain::SmsType::Notification;
    message.defaultRegion = m_defaultRegion;
    m_single = new history::SingleSend(*m_api, *m_db);
    connect(m_single, &history::SingleSend::finished, this, &IngestCommand::sent);
    if (m_single->start(message))
        return;
    for (const review::CheckProblem &problem : m_single->problems())
        m_err << TerminalText::line(problem.code) << ": " << problem.message << '\n';
    if (m_single->problems().isEmpty())
        m_err << tr("smsctl: %1").arg(TerminalText::line(m_single->error().summary())) << '\n';
    m_err << tr("Nothing was sent.") << '\n';
    end(CampaignCommand::exitCodeFor(m_single->error()));
}

void IngestCommand::sent()
{
    const store::JournalRecipient r = m_single->recipient();
    const ApiError error = m_single->error();
    switch (r.state) {
    case store::RecipientState::Accepted:
        m_out << QStringLiteral("accepted %1 %2 fee %3\n").arg(r.phone, r.serialNo).arg(r.fee);
        return end(CampaignCommand::Success);
    case store::RecipientState::Refused: {
        const QString code = TerminalText::line(r.code);
        m_out << QStringLiteral("refused %1 %2\n").arg(r.phone, code);
        m_err << code << ": " << TerminalText::line(r.message) << '\n'
              << code << " - " << errors::ErrorCatalog::guidanceFor(r.code).title << '\n';
        return end(CampaignCommand::Refused);
    }
    case store::RecipientState::Uncertain:
    case store::RecipientState::InFlight:
        m_out << QStringLiteral("uncertain %1\n").arg(r.phone);
        m_err << tr("The answer was lost: run smsctl campaign reconcile --campaign %1 before "
                    "sending it again.")
                     .arg(m_single->campaignId())
              << '\n';
        return end(CampaignCommand::Uncertain);
    case store::RecipientState::Queued:
        break;
    }
    m_out << QStringLiteral("queued %1\n").arg(r.phone);
    m_err << tr("smsctl: the message was not sent: %1").arg(TerminalText::line(error.summary()))
          << '\n';
    end(error.isError() ? CampaignCommand::exitCodeFor(error) : CampaignCommand::NotFinished);
}

void IngestCommand::end(int exitCode)
{
    m_out.flush();
    m_err.flush();
    Q_EMIT finished(exitCode);
}

} // namespace sms::cli
