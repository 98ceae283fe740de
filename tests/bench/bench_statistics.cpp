// SPDX-License-Identifier: GPL-3.0-or-later
// Run by hand: bench_statistics [recipients] [file]. The local statistics on
// a generated history (default 1,000,000 sends over 30 days, an eighth of
// them to a second application, with receipts: most delivered, some failed,
// the last day partly without; a few percent refused by four codes):
// - StatisticsReader::read for a day (per hour), a week and 30 days, with
//   and without the application filter, best of three;
// - the same statistics written with GROUP BY, in the sqlite3 command-line
//   tool on the same file;
// - the longest stall of an event loop while LocalStatisticsJob reads 30
//   days on its worker thread (what the GUI would feel);
// - peak RSS.
// The file is generated once and kept when given.

#include "HistoryFixture.h"
#include "statistics/LocalStatisticsJob.h"
#include "store/Database.h"
#include "store/StatisticsReader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace sms;
using statistics::StatisticsRange;
using store::RecipientState;

namespace {
const QString kApp = QStringLiteral("1400000001");
const QString kOtherApp = QStringLiteral("1400000002");

qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (QByteArray line = status.readLine(); !line.isEmpty(); line = status.readLine()) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

bool generate(const QString &path, qint64 count, const QDate &lastDay)
{
    store::Database db;
    if (!db.open(path))
        return false;
    HistoryFixture history(db);
    const qint64 own = history.campaign(kApp);
    const qint64 other = history.campaign(kOtherApp);
    const QDateTime first(lastDay.addDays(-29), QTime(0, 0), StatisticsRange::zone());
    const qint64 spanMs = 30LL * 86400 * 1000;
    const char *const codes[]
        = {"LimitExceeded.PhoneNumberThirtySecondLimit", "FailedOperation.PhoneNumberInBlacklist",
           "InvalidParameterValue.IncorrectPhoneNumber", "LimitExceeded.PhoneNumberDailyLimit"};
    const char *const failures[] = {"MK:0001 空号", "MI:0013 停机", "DB:0141 运营商黑名单"};
    const qint64 chunk = 50'000;
    for (qint64 start = 0; start < count; start += chunk) {
        const bool ok = history.batch([&] {
            for (qint64 i = start; i < qMin(count, start + chunk); ++i) {
                // In time order, as sends are recorded.
                const QDateTime at = first.addMSecs(spanMs * i / count);
                const qint64 campaign = i % 8 == 7 ? other : own;
                if (i % 37 == 5) {
                    history.add(campaign, at, RecipientState::Refused,
                                QString::fromLatin1(codes[(i / 37) % 4]));
                } else if (i * 30 / count == 29 && i % 3 == 0) {
                    history.add(campaign, at, RecipientState::Accepted, QStringLiteral("Ok"));
                } else if (i % 31 == 7) {
                    history.add(campaign, at, RecipientState::Accepted, QStringLiteral("Ok"), 1,
                                HistoryFixture::Failed, QString::fromUtf8(failures[i % 3]));
                } else {
                    history.add(campaign, at, RecipientState::Accepted, QStringLiteral("Ok"),
                                i % 5 == 0 ? 2 : 1, HistoryFixture::Delivered,
                                QStringLiteral("DELIVRD"));
                }
            }
            return true;
        });
        if (!ok)
            return false;
    }
    return true;
}

double bestOf3Ms(const std::function<void()> &work)
{
    double best = 1e18;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        best = qMin(best, double(t.nsecsElapsed()) / 1e6);
    }
    return best;
}

// The same statistics as SQL would have them (GROUP BY), parameters written
// in, for the sqlite3 tool.
QStringList sqlFor(const StatisticsRange &range, const QString &appId, qint64 unknownBefore)
{
    const qint64 step
        = range.granularity() == StatisticsRange::Granularity::Hour ? 3600000 : 86400000;
    const QString begin = QString::number(range.begin().toMSecsSinceEpoch());
    const QString end = QString::number(range.end().toMSecsSinceEpoch());
    const QString app = appId.isEmpty()
        ? QString()
        : QStringLiteral(" AND +r.campaign_id IN (SELECT id FROM campaigns WHERE app_id = '%1')")
              .arg(appId);
    return {
        QStringLiteral("SELECT (r.sent_at + 28800000) / %1, r.state, CASE WHEN r.state = 3 THEN "
                       "r.code END, COALESCE(r.receipt_state, CASE WHEN r.sent_at < %2 THEN 9 "
                       "ELSE 0 END), COUNT(*), TOTAL(r.fee) FROM recipients r WHERE r.sent_at >= "
                       "%3 AND r.sent_at < %4%5 GROUP BY 1, 2, 3, 4;")
            .arg(step)
            .arg(unknownBefore)
            .arg(begin, end, app),
        QStringLiteral("SELECT COALESCE(NULLIF(rc.description, ''), rc.status, ''), COUNT(*) FROM "
                       "recipients r LEFT JOIN receipts rc ON rc.recipient_id = r.id WHERE "
                       "r.receipt_state = 2 AND r.sent_at >= %1 AND r.sent_at < %2 AND r.state = "
                       "2%3 GROUP BY 1;")
            .arg(begin, end, app),
    };
}

double sqlite3Ms(const QString &path, const QStringList &sql)
{
    double best = 1e18;
    for (int i = 0; i < 3; ++i) {
        QProcess p;
        QElapsedTimer t;
        t.start();
        p.start(QStringLiteral("sqlite3"), {path, sql.join(QLatin1Char(' '))});
        if (!p.waitForFinished(120000) || p.exitCode() != 0)
            return -1;
        best = qMin(best, double(t.nsecsElapsed()) / 1e6);
    }
    return best;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qint64 count = args.size() > 1 ? args.at(1).toLongLong() : 1'000'000;
    QTemporaryDir dir;
    const QString path
        = args.size() > 2 ? args.at(2) : dir.filePath(QStringLiteral("history.sqlite"));
    const QDate lastDay(2026, 3, 10);
    if (!QFile::exists(path)) {
        QElapsedTimer t;
        t.start();
        if (!generate(path, count, lastDay)) {
            std::fprintf(stderr, "cannot generate %s\n", qPrintable(path));
            return 1;
        }
        std::printf("generated %lld sends in %.1f s: %s (%.0f MB)\n", count,
                    double(t.elapsed()) / 1000, qPrintable(path), double(QFile(path).size()) / 1e6);
    }
    const qint64 unknownBefore
        = QDateTime(lastDay, QTime(0, 0), StatisticsRange::zone()).toMSecsSinceEpoch();

    store::Database db;
    if (!db.open(path))
        return 1;
    store::StatisticsReader reader(db);
    struct Case
    {
        const char *name;
        StatisticsRange range;
        QString appId;
    };
    const Case cases[] = {
        {"1 day, per hour, one app", {lastDay, lastDay}, kApp},
        {"7 days, one app", {lastDay.addDays(-6), lastDay}, kApp},
        {"30 days, one app", {lastDay.addDays(-29), lastDay}, kApp},
        {"30 days, every app", {lastDay.addDays(-29), lastDay}, QString()},
    };
    std::printf("%-28s %10s %10s %12s %8s\n", "range", "sends", "reader ms", "sqlite3 ms", "ratio");
    for (const Case &c : cases) {
        const store::StatisticsReader::Query query {c.range, c.appId,
                                                    QDateTime::fromMSecsSinceEpoch(unknownBefore)};
        qint64 requests = 0;
        const double ms = bestOf3Ms([&] { requests = reader.read(query)->requests(); });
        const double cli = sqlite3Ms(path, sqlFor(c.range, c.appId, unknownBefore));
        std::printf("%-28s %10lld %10.1f %12.1f %8.2f\n", c.name, requests, ms, cli,
                    cli > 0 ? ms / cli : 0.0);
    }
    db.close();

    // The GUI's view: an event loop ticking every 5 ms while the job reads.
    statistics::LocalStatisticsJob job(store::StoreLocation::sqlite(path),
                                       {cases[2].range, kApp, {}});
    QEventLoop loop;
    QElapsedTimer sinceTick;
    qint64 longest = 0;
    QTimer tick;
    tick.setInterval(5);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        longest = qMax(longest, sinceTick.elapsed());
        sinceTick.restart();
    });
    QObject::connect(&job, &statistics::StatisticsJob::finished, &loop, &QEventLoop::quit);
    QElapsedTimer total;
    total.start();
    sinceTick.start();
    tick.start();
    job.start();
    loop.exec();
    std::printf("LocalStatisticsJob, 30 days: %lld ms, longest event-loop stall %lld ms\n",
                total.elapsed(), longest);
    std::printf("peak RSS %lld MB\n", peakRssKb() / 1024);
    return 0;
}
