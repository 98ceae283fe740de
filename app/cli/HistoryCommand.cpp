// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/HistoryCommand.h"

#include "cli/TerminalText.h"
#include "errors/ErrorCatalog.h"
#include "history/HistoryStore.h"
#include "store/Database.h"
#include "store/HistoryReader.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace sms::cli {

using history::HistoryFilter;
using history::HistoryRow;
using history::Lifecycle;
using store::HistoryReader;

namespace {
QString localTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

// A failed receipt's code is the carrier's; the catalog rarely knows it, and
// the receipt's own words say more than the generic entry.
QString shortGuidance(const QString &code, const QString &receiptSample)
{
    QString matched;
    const errors::ErrorEntry &entry = errors::ErrorCatalog::resolve(code, &matched);
    if (matched.isEmpty() && !receiptSample.isEmpty())
        return receiptSample.section(QLatin1Char(' '), 1).trimmed();
    return errors::ErrorCatalog::tr(entry.title);
}
} // namespace

HistoryCommand::HistoryCommand(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{ }

bool HistoryCommand::isHistoryCommand(const QString &word)
{
    return word == QLatin1String("history");
}

QList<QCommandLineOption> HistoryCommand::options()
{
    return {
        {QStringLiteral("phone"), tr("history, send and optout: the phone number."),
         QStringLiteral("NUMBER")},
        {QStringLiteral("json"), tr("history and stats: print JSON (history: one object a line).")},
        {QStringLiteral("since"),
         tr("history: only sends at or after DATE (ISO 8601 date or date and time)."),
         QStringLiteral("DATE")},
    };
}

QString HistoryCommand::helpText()
{
    return tr("  history --phone NUMBER [--since DATE] [--json] [--journal DB]\n"
              "                         each send to NUMBER a line: time, template, SerialNo,\n"
              "                         state, code or receipt description.\n"
              "  history failures [--since DATE] [--journal DB]\n"
              "                         failed sends by code (default: today), with guidance.\n");
}

std::optional<QDateTime> HistoryCommand::parseSince(const QString &text)
{
    const QString trimmed = text.trimmed();
    // QDate reads the date at the start of a date and time too: a whole
    // date is exactly ten characters.
    const QDate date = QDate::fromString(trimmed, Qt::ISODate);
    if (trimmed.size() == 10 && date.isValid())
        return date.startOfDay();
    const QDateTime time = QDateTime::fromString(trimmed, Qt::ISODate);
    if (time.isValid())
        return time;
    return std::nullopt;
}

int HistoryCommand::prepare(const QCommandLineParser &parser, const QStringList &positional,
                            QString *usageProblem)
{
    const QString usage = tr("usage: smsctl history --phone NUMBER [--since DATE] [--json] "
                             "[--journal DB], or smsctl history failures [--since DATE]");
    if (positional.size() > 2
        || (positional.size() == 2 && positional.at(1) != QLatin1String("failures"))) {
        *usageProblem = usage;
        return Usage;
    }
    m_failures = positional.size() == 2;
    m_phone = parser.value(QStringLiteral("phone")).trimmed();
    m_json = parser.isSet(QStringLiteral("json"));
    m_journal = parser.value(QStringLiteral("journal"));
    if (m_failures == !m_phone.isEmpty() || (m_failures && m_json)) {
        *usageProblem = usage;
        return Usage;
    }
    if (parser.isSet(QStringLiteral("since"))) {
        const auto since = parseSince(parser.value(QStringLiteral("since")));
        if (!since) {
            *usageProblem = tr("--since takes an ISO 8601 date or date and time, for example "
                               "2026-03-01 or 2026-03-01T08:00:00+08:00");
            return Usage;
        }
        m_since = *since;
    }
    if (!m_failures) {
        m_phone = history::HistoryStore::filterNumber(m_phone, false);
    }
    return -1;
}

int HistoryCommand::run(const store::StoreLocation &location)
{
    const QString databasePath = location.displayName();
    // A read never creates a database: a mistyped path is said as such.
    if (!location.isShared() && !QFileInfo::exists(location.path)) {
        if (!m_journal.isEmpty()) {
            m_err << tr("smsctl: there is no database %1").arg(databasePath) << '\n';
            return Usage;
        }
        m_err << tr("smsctl: nothing has been sent from this profile yet (no %1)").arg(databasePath)
              << '\n';
        return Success;
    }
    store::Database database;
    QString error;
    if (!database.open(location, &error)) {
        m_err << tr("smsctl: cannot use the database %1: %2").arg(databasePath, error) << '\n';
        return Usage;
    }
    HistoryReader reader(database);
    return m_failures ? listFailures(reader) : listPhone(reader);
}

int HistoryCommand::listPhone(HistoryReader &reader)
{
    HistoryFilter filter;
    filter.number = m_phone;
    filter.from = m_since;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<HistoryRow> rows;
    HistoryReader::Cursor after;
    for (;;) {
        bool ok = false;
        const QList<HistoryRow> page = reader.page(filter, after, 1000, now, &ok);
        if (!ok) {
            m_err << tr("smsctl: cannot read the history: %1").arg(reader.lastError()) << '\n';
            return Usage;
        }
        rows += page;
        if (page.size() < 1000)
            break;
        after = HistoryReader::Cursor::after(page.constLast());
    }
    if (rows.isEmpty())
        m_err << tr("smsctl: no sends to %1").arg(m_phone) << '\n';
    const QTimeZone zone = QTimeZone::systemTimeZone();
    // Oldest first: the number's story as it happened.
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        const HistoryRow &r = *it;
        const QString state = Lifecycle::key(r.lifecycle(reader.lifecycle(), now));
        const QString code = r.failureCode().isEmpty() ? r.code : r.failureCode();
        if (m_json) {
            const QJsonObject object {
                {QStringLiteral("phone"), r.phone},
                {QStringLiteral("time"),
                 QDateTime::fromMSecsSinceEpoch(r.sentAtMs, zone).toString(Qt::ISODateWithMs)},
                {QStringLiteral("templateId"), r.templateId},
                {QStringLiteral("signName"), r.signName},
                {QStringLiteral("appId"), r.appId},
                {QStringLiteral("serialNo"), r.serialNo},
                {QStringLiteral("state"), state},
                {QStringLiteral("code"), code},
                {QStringLiteral("message"), r.message},
                {QStringLiteral("receipt"), r.receiptDescription},
                {QStringLiteral("fee"), r.fee},
                {QStringLiteral("campaignId"), r.campaignId},
            };
            // JSON escapes every control character: nothing in it can drive
            // a terminal.
            m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact))
                  << '\n';
            continue;
        }
        QString outcome = r.receiptDescription.isEmpty() ? code : r.receiptDescription;
        if (r.receipt == Lifecycle::Receipt::None && !r.message.isEmpty())
            outcome += QStringLiteral(" ") + r.message;
        m_out << localTime(r.sentAtMs) << '\t' << TerminalText::line(r.templateId) << '\t'
              << (r.serialNo.isEmpty() ? QStringLiteral("-") : TerminalText::line(r.serialNo))
              << '\t' << state << '\t' << TerminalText::line(outcome) << '\n';
    }
    return Success;
}

int HistoryCommand::listFailures(HistoryReader &reader)
{
    const QDateTime from = m_since.isValid() ? m_since : QDate::currentDate().startOfDay();
    bool ok = false;
    const history::FailureSummary summary = reader.failures(from, {}, &ok);
    if (!ok) {
        m_err << tr("smsctl: cannot read the history: %1").arg(reader.lastError()) << '\n';
        return Usage;
    }
    if (summary.groups.isEmpty())
        m_err << tr("smsctl: no failed sends since %1").arg(localTime(from.toMSecsSinceEpoch()))
              << '\n';
    for (const history::FailureSummary::Group &g : summary.groups) {
        m_out << g.count << '\t' << TerminalText::line(g.code) << '\t'
              << TerminalText::line(shortGuidance(
                     g.code,
                     g.source == history::FailureSummary::Source::Receipt ? g.sample : QString()))
              << '\n';
    }
    if (!summary.groups.isEmpty())
        m_err << tr("More: smsctl explain CODE") << '\n';
    return Success;
}

} // namespace sms::cli
