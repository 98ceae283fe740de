// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/StatsCommand.h"

#include "cli/TerminalText.h"
#include "statistics/StatisticsStore.h"
#include "store/Database.h"
#include "store/StatisticsReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sms::cli {

using statistics::ReasonCounts;
using statistics::StatisticsRange;
using statistics::StatisticsReport;
using statistics::StatisticsSource;
using statistics::StatisticsStore;

namespace {
const qint64 kUnknownAfterSecs = StatisticsStore::Options().unknownAfterSecs;

QString bucketText(const QDateTime &start, StatisticsRange::Granularity granularity)
{
    const QDateTime t = start.toTimeZone(StatisticsRange::zone());
    return t.toString(granularity == StatisticsRange::Granularity::Hour
                          ? QStringLiteral("yyyy-MM-dd HH:mm")
                          : QStringLiteral("yyyy-MM-dd"));
}

QString isoDate(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, StatisticsRange::zone())
        .toString(QStringLiteral("yyyy-MM-dd"));
}

QJsonArray countsJson(const ReasonCounts &counts, const QString &key)
{
    QJsonArray array;
    for (const auto &c : counts)
        array.append(QJsonObject {{key, c.reason}, {QStringLiteral("count"), c.count}});
    return array;
}
} // namespace

StatsCommand::StatsCommand(QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_out(out)
    , m_err(err)
{ }

StatsCommand::~StatsCommand() = default;

bool StatsCommand::isStatsCommand(const QString &word)
{
    return word == QLatin1String("stats");
}

QList<QCommandLineOption> StatsCommand::options()
{
    return {
        {QStringLiteral("json"), tr("history and stats: print JSON (history: one object a line).")},
        {QStringLiteral("from"),
         tr("stats: the first day, yyyy-mm-dd in Beijing time (default: six days before --to)."),
         QStringLiteral("DATE")},
        {QStringLiteral("to"), tr("stats: the last day, yyyy-mm-dd (default: today)."),
         QStringLiteral("DATE")},
        {QStringLiteral("local"),
         tr("stats: from the history on this computer instead of the service.")},
    };
}

QString StatsCommand::helpText()
{
    return tr("  stats [--from DATE] [--to DATE] [--local] [--json] [--journal DB] [--app-id ID]\n"
              "                         numbers sent, accepted and billed per day (per hour\n"
              "                         for up to two days), delivery outcomes, refusals by\n"
              "                         code (--local) and packages (from the service).\n");
}

int StatsCommand::prepare(const QCommandLineParser &parser, const QStringList &positional,
                          QString *usageProblem)
{
    if (positional.size() != 1) {
        *usageProblem = tr("usage: smsctl stats [--from DATE] [--to DATE] [--local] [--json]");
        return 2;
    }
    const auto date = [&](const char *option, QDate *out) {
        const QString text = parser.value(QLatin1String(option));
        if (text.isEmpty())
            return true;
        *out = QDate::fromString(text, Qt::ISODate);
        if (out->isValid())
            return true;
        *usageProblem = tr("--%1 takes a date written yyyy-mm-dd").arg(QString::fromLatin1(option));
        return false;
    };
    QDate from;
    QDate to;
    if (!date("from", &from) || !date("to", &to))
        return 2;
    if (!to.isValid())
        to = QDateTime::currentDateTimeUtc().toTimeZone(StatisticsRange::zone()).date();
    if (!from.isValid())
        from = to.addDays(-6);
    if (from > to) {
        *usageProblem = tr("--from is after --to");
        return 2;
    }
    m_range = StatisticsRange(from, to);
    if (!m_range.isAcceptable()) {
        *usageProblem = tr("the range may span at most %1 days").arg(StatisticsRange::maxDays);
        return 2;
    }
    m_local = parser.isSet(QStringLiteral("local"));
    m_json = parser.isSet(QStringLiteral("json"));
    m_journalPath = parser.value(QStringLiteral("journal"));
    m_appId = parser.value(QStringLiteral("app-id"));
    // The history on this computer needs no keys.
    if (m_local && !m_journalPath.isEmpty())
        return readLocal(m_journalPath);
    return -1;
}

int StatsCommand::readLocal(const QString &path)
{
    store::Database database;
    QString problem;
    std::optional<StatisticsReport> report;
    if (database.open(path, &problem)) {
        store::StatisticsReader reader(database);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        report = reader.read({m_range, m_appId, now.addSecs(-kUnknownAfterSecs)});
        if (!report)
            problem = reader.lastError();
    }
    if (!report) {
        m_err << tr("smsctl: cannot read the history in %1: %2").arg(path, problem) << '\n';
        m_err.flush();
        return 2;
    }
    print(*report, QDateTime::currentDateTimeUtc());
    return 0;
}

void StatsCommand::start(session::Session &session, const QString &defaultAppId)
{
    if (m_appId.isEmpty())
        m_appId = defaultAppId;
    StatisticsStore::Options options;
    // --journal names an SQLite file; otherwise the session's store (the
    // profile's, or smsctl --store).
    if (!m_journalPath.isEmpty())
        options.store = store::StoreLocation::sqlite(m_journalPath);
    options.loadWhenReady = false;
    options.unknownAfterSecs = kUnknownAfterSecs;
    m_store = new StatisticsStore(session, options, this);
    if (!m_local && m_appId.isEmpty()) {
        // Emitted from the event loop, as a store's answer would be.
        const api::ApiError missing = api::ApiError::client(
            api::ApiError::Kind::Configuration, "MissingParameter",
            tr("stats needs --app-id ID, or a profile with an SmsSdkAppId."));
        QMetaObject::invokeMethod(
            this, [this, missing] { Q_EMIT finished(missing); }, Qt::QueuedConnection);
        return;
    }
    m_store->setSource(m_local ? StatisticsSource::Local : StatisticsSource::Cloud);
    m_store->setRange(m_range);
    m_store->setAppId(m_appId);
    connect(m_store, &StatisticsStore::changed, this, [this] {
        print(m_store->report(), m_store->serviceNow());
        Q_EMIT finished({});
    });
    connect(m_store, &StatisticsStore::failed, this,
            [this](const api::ApiError &error) { Q_EMIT finished(error); });
    m_store->load();
}

void StatsCommand::print(const StatisticsReport &report, const QDateTime &now)
{
    if (m_json)
        m_out << json(report, now) << '\n';
    else
        m_out << text(report, now);
    m_out.flush();
}

QString StatsCommand::text(const StatisticsReport &report, const QDateTime &now)
{
    const auto granularity = report.range.granularity();
    QString out;
    const auto line = [&out](const QStringList &fields) {
        out += fields.join(QLatin1Char('\t')) + QLatin1Char('\n');
    };
    const auto number = [](qint64 n) {
        return QString::number(n);
    };
    line({granularity == StatisticsRange::Granularity::Hour ? QStringLiteral("hour")
                                                            : QStringLiteral("day"),
          QStringLiteral("requests"), QStringLiteral("accepted"), QStringLiteral("billed")});
    for (const auto &b : report.buckets)
        line({bucketText(b.start, granularity), number(b.requests), number(b.accepted),
              number(b.billed)});
    line({QStringLiteral("total"), number(report.requests()), number(report.accepted()),
          number(report.billed())});
    out += QLatin1Char('\n');
    const auto &d = report.delivery;
    line({QStringLiteral("delivered"), number(d.delivered)});
    line({QStringLiteral("failed"), number(d.failed)});
    for (const auto &c : d.failedByReason)
        line({QStringLiteral("failed:") + TerminalText::line(c.reason), number(c.count)});
    line({QStringLiteral("no-receipt-yet"), number(d.noReceiptYet)});
    if (report.source == StatisticsSource::Local)
        line({QStringLiteral("unknown"), number(d.unknown)});
    if (report.source == StatisticsSource::Local) {
        out += QLatin1Char('\n');
        for (const auto &c : report.refusedByCode)
            line({QStringLiteral("refused:") + TerminalText::line(c.reason), number(c.count)});
    }
    if (report.packagesKnown) {
        out += QLatin1Char('\n');
        for (const auto &p : report.packages)
            line({QStringLiteral("package"), number(p.packageId), number(p.packageAmount),
                  number(p.currentUsage), isoDate(p.packageExpiredTime)});
        line({QStringLiteral("remaining"), number(report.remainingSegments(now))});
    }
    return out;
}

QByteArray StatsCommand::json(const StatisticsReport &report, const QDateTime &now)
{
    const auto granularity = report.range.granularity();
    QJsonArray buckets;
    for (const auto &b : report.buckets)
        buckets.append(
            QJsonObject {{QStringLiteral("start"),
                          b.start.toTimeZone(StatisticsRange::zone()).toString(Qt::ISODate)},
                         {QStringLiteral("requests"), b.requests},
                         {QStringLiteral("accepted"), b.accepted},
                         {QStringLiteral("billed"), b.billed}});
    const auto &d = report.delivery;
    QJsonObject delivery {
        {QStringLiteral("accepted"), d.accepted},
        {QStringLiteral("delivered"), d.delivered},
        {QStringLiteral("failed"), d.failed},
        {QStringLiteral("noReceiptYet"), d.noReceiptYet},
        {QStringLiteral("failedByReason"), countsJson(d.failedByReason, QStringLiteral("reason"))}};
    QJsonObject root {
        {QStringLiteral("source"),
         report.source == StatisticsSource::Local ? QStringLiteral("local")
                                                  : QStringLiteral("cloud")},
        {QStringLiteral("from"), report.range.from().toString(Qt::ISODate)},
        {QStringLiteral("to"), report.range.to().toString(Qt::ISODate)},
        {QStringLiteral("granularity"),
         granularity == StatisticsRange::Granularity::Hour ? QStringLiteral("hour")
                                                           : QStringLiteral("day")},
        {QStringLiteral("appId"), report.appId},
        {QStringLiteral("requests"), report.requests()},
        {QStringLiteral("accepted"), report.accepted()},
        {QStringLiteral("billed"), report.billed()},
        {QStringLiteral("buckets"), buckets},
    };
    if (report.source == StatisticsSource::Local) {
        delivery.insert(QStringLiteral("unknown"), d.unknown);
        root.insert(QStringLiteral("refusedByCode"),
                    countsJson(report.refusedByCode, QStringLiteral("code")));
    }
    root.insert(QStringLiteral("delivery"), delivery);
    if (report.packagesKnown) {
        QJsonArray packages;
        for (const auto &p : report.packages)
            packages.append(
                QJsonObject {{QStringLiteral("id"), p.packageId},
                             {QStringLiteral("type"), p.packageType},
                             {QStringLiteral("amount"), p.packageAmount},
                             {QStringLiteral("used"), p.currentUsage},
                             {QStringLiteral("expires"), isoDate(p.packageExpiredTime)}});
        root.insert(QStringLiteral("packages"), packages);
        root.insert(QStringLiteral("remainingSegments"), report.remainingSegments(now));
    }
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace sms::cli
