// SPDX-License-Identifier: GPL-3.0-or-later
// Run by hand: bench_history [SENDS] [FILE] [--index SQL]...
//
// A generated send history (default 1,000,000 sends with their receipts,
// written in bulk through store::Database) under the History page, shown
// offscreen: for each filter (none, a number, a code, a date range) the time
// from setting the filter to its first page in the table, next to the same
// SQL in the sqlite3 command-line tool on the same file (".timer on", best
// of three), the longest time the GUI thread was blocked (a 2 ms heartbeat
// timer), and the peak RSS. An existing FILE is reused. Each --index SQL
// is created first (a temporary index, to measure what it would give) and
// dropped at the end.

#include "HistoryGenerator.h"
#include "ReviewTestSession.h"
#include "api/ApiClient.h"
#include "api/SmsApi.h"
#include "history/HistoryPage.h"
#include "history/HistoryStore.h"
#include "history/HistoryTableModel.h"
#include "store/Database.h"
#include "store/HistoryReader.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

using namespace sms;
using history::HistoryFilter;
using history::HistoryStore;
using testsupport::HistoryGenerator;

namespace {
QTextStream out(stdout);

long peakRssKb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// The sqlite3 tool's own time for the statement ("Run Time: real"), in ms;
// best of three. -1 when the tool is missing.
double sqliteCliMs(const QString &file, const QString &sql)
{
    double best = -1;
    for (int run = 0; run < 3; ++run) {
        QProcess tool;
        // The tool times statements read from its input, not from its
        // command line.
        tool.start(QStringLiteral("sqlite3"), {file});
        tool.write(QStringLiteral(".timer on\n%1;\n").arg(sql).toUtf8());
        tool.closeWriteChannel();
        if (!tool.waitForFinished(600000) || tool.exitCode() != 0)
            return -1;
        const QString text = QString::fromUtf8(tool.readAllStandardOutput());
        const QRegularExpressionMatch m
            = QRegularExpression(QStringLiteral("Run Time: real ([0-9.]+)")).match(text);
        if (!m.hasMatch())
            return -1;
        const double ms = m.captured(1).toDouble() * 1000;
        best = best < 0 ? ms : std::min(best, ms);
    }
    return best;
}
} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QStringList indexes;
    for (int i = 0; i + 1 < args.size();) {
        if (args.at(i) == QLatin1String("--index")) {
            indexes.append(args.at(i + 1));
            args.remove(i, 2);
        } else {
            ++i;
        }
    }
    const qint64 sends = args.value(0, QStringLiteral("1000000")).toLongLong();
    QTemporaryDir dir;
    const QString file
        = args.size() > 1 ? args.at(1) : dir.filePath(QStringLiteral("history.sqlite"));

    HistoryGenerator::Spec spec;
    spec.sends = sends;
    spec.campaigns = 40;
    spec.distinctNumbers = int(std::max<qint64>(1, sends / 5));
    spec.stepMs = 3000; // a million sends over about 35 days
    {
        store::Database db;
        QString error;
        if (!db.open(file, &error)) {
            out << "cannot open " << file << ": " << error << Qt::endl;
            return 1;
        }
        QSqlQuery count(db.connection());
        count.exec(QStringLiteral("SELECT count(*) FROM recipients"));
        const qint64 existing = count.next() ? count.value(0).toLongLong() : 0;
        if (existing == 0) {
            QElapsedTimer timer;
            timer.start();
            HistoryGenerator::generate(db, spec, &error, false);
            if (!error.isEmpty()) {
                out << "cannot generate: " << error << Qt::endl;
                return 1;
            }
            QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            out << "generated " << sends << " sends in " << timer.elapsed() << " ms, file "
                << QFileInfo(file).size() / (1024 * 1024) << " MiB (" << file << ")" << Qt::endl;
        } else {
            out << "reusing " << existing << " sends in " << file << Qt::endl;
        }
        for (const QString &index : indexes) {
            QSqlQuery q(db.connection());
            QElapsedTimer timer;
            timer.start();
            if (!q.exec(index)) {
                out << "cannot create " << index << Qt::endl;
                return 1;
            }
            out << "temporary index (" << timer.elapsed() << " ms): " << index << Qt::endl;
        }
    }
    const qint64 lastSent = spec.firstSentAtMs + (sends - 1) * spec.stepMs;
    const qint64 now = lastSent + 60'000;

    api::ApiClient client;
    api::SmsApi api(&client);
    ReviewTestSession session(api);
    HistoryStore::Options options;
    options.store = sms::store::StoreLocation::sqlite(file);
    options.pollIntervalMs = 0;
    options.clock = [now] {
        return now;
    };

    // The heartbeat: a timer that should fire every 2 ms; a longer gap is
    // the GUI thread doing something else.
    qint64 longestGapMs = 0;
    QElapsedTimer beat;
    QTimer heartbeat;
    heartbeat.setInterval(2);
    QObject::connect(&heartbeat, &QTimer::timeout,
                     [&] { longestGapMs = std::max(longestGapMs, beat.restart()); });
    auto resetHeartbeat = [&] {
        QCoreApplication::processEvents();
        longestGapMs = 0;
        beat.restart();
    };
    heartbeat.start();
    beat.start();

    QElapsedTimer opening;
    opening.start();
    ui::HistoryPage page(session, options);
    page.resize(1400, 800);
    page.show();
    const qint64 constructed = opening.elapsed();
    auto waitFirstPage = [&]() {
        while (page.store().isLoading())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        QCoreApplication::processEvents();
    };
    waitFirstPage();
    out << "open the page: first page after " << opening.elapsed() << " ms (constructor "
        << constructed << " ms), " << page.model()->rowCount() << " rows, longest GUI block "
        << longestGapMs << " ms" << Qt::endl;

    struct Case
    {
        const char *name;
        HistoryFilter filter;
    };
    QList<Case> cases;
    {
        HistoryFilter f;
        cases.append({"everything", f});
        f.number = HistoryGenerator::phone(123457, spec);
        cases.append({"number (exact)", f});
        f = {};
        f.number = QStringLiteral("+861380001");
        f.numberIsPrefix = true;
        cases.append({"number (prefix)", f});
        f = {};
        f.code = QStringLiteral("LimitExceeded.PhoneNumberDailyLimit");
        cases.append({"code (refusal)", f});
        f = {};
        f.code = QStringLiteral("MK:0001");
        cases.append({"code (receipt)", f});
        f = {};
        f.from = QDateTime::fromMSecsSinceEpoch(spec.firstSentAtMs + sends / 2 * spec.stepMs);
        f.until = f.from.addDays(1);
        cases.append({"date range (1 day)", f});
        f.failedOnly = true;
        cases.append({"date range + failed", f});
        f = {};
        f.lifecycle = history::LifecycleState::Unknown;
        cases.append({"status unknown", f});
        f = {};
        f.templateId = HistoryGenerator::templateOf(1);
        f.failedOnly = true;
        cases.append({"template + failed", f});
        f = {};
        f.campaignId = 7;
        cases.append({"campaign", f});
        f = {};
        f.code = QStringLiteral("MK:0009");
        cases.append({"code (none has it)", f});
    }

    store::Database cli;
    cli.open(file);
    store::HistoryReader reader(cli, page.store().lifecycle());
    out << "filter\tpage ms (first / best of 3)\treader ms\tsqlite3 ms\treader/sqlite3\trows\t"
           "longest GUI block ms"
        << Qt::endl;
    for (const Case &c : cases) {
        QList<qint64> times;
        qint64 gap = 0;
        for (int run = 0; run < 3; ++run) {
            HistoryFilter nothing;
            nothing.number = QStringLiteral("+10000000000");
            page.showFilter(nothing);
            waitFirstPage();
            resetHeartbeat();
            QElapsedTimer timer;
            timer.start();
            page.showFilter(c.filter);
            waitFirstPage();
            times.append(timer.elapsed());
            gap = std::max(gap, longestGapMs);
        }
        const qint64 best = *std::min_element(times.cbegin(), times.cend());
        const double tool = sqliteCliMs(
            file, reader.pageSql(c.filter, {}, 200, now, reader.planFor(c.filter)).literal());
        // The same page read on this thread: the query and the rows made of
        // it, without the hop to the query thread and the table's repaint.
        double direct = -1;
        for (int run = 0; run < 3; ++run) {
            QElapsedTimer timer;
            timer.start();
            reader.page(c.filter, {}, 200, now);
            const double ms = timer.nsecsElapsed() / 1e6;
            direct = direct < 0 ? ms : std::min(direct, ms);
        }
        out << c.name << '\t' << times.constFirst() << " / " << best << '\t'
            << QString::number(direct, 'f', 1) << '\t' << QString::number(tool, 'f', 1) << '\t'
            << (tool > 0 ? QString::number(direct / tool, 'f', 2) : QStringLiteral("-")) << '\t'
            << page.model()->rowCount() << '\t' << gap << Qt::endl;
    }

    // Scrolling: fetchMore to 5,000 rows.
    page.showFilter({});
    waitFirstPage();
    resetHeartbeat();
    QElapsedTimer scrolling;
    scrolling.start();
    while (page.model()->rowCount() < 5000 && page.model()->canFetchMore({})) {
        page.model()->fetchMore({});
        waitFirstPage();
    }
    out << "fetchMore to " << page.model()->rowCount() << " rows: " << scrolling.elapsed()
        << " ms, longest GUI block " << longestGapMs << " ms" << Qt::endl;

    // Export of a day's sends.
    {
        HistoryFilter f;
        f.from = QDateTime::fromMSecsSinceEpoch(spec.firstSentAtMs);
        page.showFilter(f);
        waitFirstPage();
        resetHeartbeat();
        QElapsedTimer exporting;
        exporting.start();
        page.exportTo(dir.filePath(QStringLiteral("export.csv")));
        while (page.runningExport())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        out << "export of every send to CSV: " << exporting.elapsed() << " ms, "
            << QFileInfo(dir.filePath(QStringLiteral("export.csv"))).size() / (1024 * 1024)
            << " MiB, longest GUI block " << longestGapMs << " ms" << Qt::endl;
    }

    for (const QString &index : indexes) {
        const QString name = index.section(QLatin1Char(' '), 2, 2);
        QSqlQuery(cli.connection()).exec(QStringLiteral("DROP INDEX IF EXISTS %1").arg(name));
    }
    out << "peak RSS " << peakRssKb() / 1024 << " MiB" << Qt::endl;
    return 0;
}
