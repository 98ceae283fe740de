// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI thread while the Campaigns page imports a million rows. Not a
// test: run it by hand, in a Release build, offscreen:
//
//   QT_QPA_PLATFORM=offscreen bench_campaignpage [rows]    (default 1,000,000)
//
// The real page (CampaignsPage, its composer) against an in-process sandbox
// for the template and signature lists: the mapping step reads the file,
// Import and Check runs the import and pre-flight, then the pre-flight
// table is shown and filtered to the problems. A heartbeat timer on the GUI
// thread measures the gaps between its ticks; the longest is the longest
// stall the operator would feel. Prints the longest stall of each phase,
// the time to the pre-flight table, and the peak RSS. Target: no stall over
// 50 ms.

#include "ReviewTestSession.h"
#include "SandboxHarness.h"
#include "campaign/CampaignStore.h"
#include "campaigns/CampaignComposer.h"
#include "campaigns/CampaignsPage.h"
#include "campaigns/RecipientModel.h"
#include "review/SignatureStore.h"
#include "review/TemplateStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QFile>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace sms;

namespace {

qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// Ticks every 5 ms on the GUI thread; the longest gap since reset() is the
// longest the thread was kept from its events.
class Heartbeat
{
public:
    Heartbeat()
    {
        m_timer.setInterval(5);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout,
                         [this] { m_longest = std::max(m_longest, m_clock.restart()); });
        m_clock.start();
        m_timer.start();
    }
    void reset()
    {
        m_longest = 0;
        m_clock.restart();
    }
    // The longest gap so far, the one under way included.
    qint64 longest() const { return std::max(m_longest, m_clock.elapsed()); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
};

bool writeRows(const QString &path, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray chunk = "name,phone,order\n";
    for (int i = 0; i < rows; ++i) {
        // One row in a thousand has a number the service would refuse.
        if (i % 1000 == 999)
            chunk += "Wang,12345,A2\n";
        else
            chunk += "Li,137" + QByteArray::number(10000000 + i).rightJustified(8, '0') + ",A7\n";
        if (chunk.size() > (1 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    return file.write(chunk) >= 0 && file.flush();
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int rows = argc > 1 ? std::max(QByteArray(argv[1]).toInt(), 1) : 1000000;
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("recipients.csv"));
    if (!dir.isValid() || !writeRows(csv, rows)) {
        std::fprintf(stderr, "bench_campaignpage: cannot write %s\n", qPrintable(csv));
        return 1;
    }

    sandboxtest::Harness harness;
    harness.addStandardFixtures();
    ReviewTestSession session(harness.api());
    const review::ReviewStore::Options reviewOptions {review::ReviewStore::Loading::WhenReady,
                                                      dir.filePath(QStringLiteral("review"))};
    review::SignatureStore signatures(session, reviewOptions);
    review::TemplateStore templates(session, reviewOptions);
    if (!QTest::qWaitFor([&] { return signatures.isLoaded() && templates.isLoaded(); }, 30000))
        return 1;
    campaign::CampaignStore::Options options;
    options.store
        = sms::store::StoreLocation::sqlite(dir.filePath(QStringLiteral("journal.sqlite")));
    ui::CampaignsPage page(session, options, &signatures, &templates);
    page.resize(1280, 800);
    page.show();
    QTest::qWait(100);
    page.compose(harness.domesticNotice);
    ui::CampaignComposer *composer = page.composer();
    Heartbeat heartbeat;
    QTest::qWait(50);

    // The mapping step: the first rows of the file.
    heartbeat.reset();
    QElapsedTimer clock;
    clock.start();
    composer->setSourceFile(csv);
    if (!QTest::qWaitFor([&] { return !composer->isReadingSample(); }, 60000))
        return 1;
    const qint64 firstRead = clock.elapsed();
    QTest::qWait(50);
    const qint64 mappingStall = heartbeat.longest();
    // Read again, as when the operator changes the encoding or the header.
    heartbeat.reset();
    clock.restart();
    composer->setSourceFile(csv);
    if (!QTest::qWaitFor([&] { return !composer->isReadingSample(); }, 60000))
        return 1;
    const qint64 againRead = clock.elapsed();
    QTest::qWait(50);
    const qint64 againStall = heartbeat.longest();
    std::printf("mapping step: first rows shown after %lld ms (longest stall %lld ms), read "
                "again after %lld ms (longest stall %lld ms)\n",
                firstRead, mappingStall, againRead, againStall);

    // Import and pre-flight on the worker thread; the page shows progress.
    bool imported = false;
    QObject::connect(&page.store(), &campaign::CampaignStore::importFinished,
                     [&] { imported = true; });
    heartbeat.reset();
    clock.restart();
    composer->check();
    if (!QTest::qWaitFor([&] { return imported; }, 30 * 60 * 1000))
        return 1;
    const qint64 importMs = clock.elapsed();
    const qint64 importStall = heartbeat.longest();

    // The pre-flight table: its first rows, scrolled, then the problems.
    heartbeat.reset();
    if (!QTest::qWaitFor([&] { return composer->recipientModel()->rowCount() > 0; }, 60000))
        return 1;
    const qint64 tableMs = clock.elapsed();
    QTableView *table = composer->table();
    for (int i = 0; i < 20; ++i) {
        table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum());
        QTest::qWait(10);
    }
    composer->problemsOnlyBox()->setChecked(true);
    // The problem rows are read on the store's query thread.
    if (!QTest::qWaitFor([&] { return !composer->recipientModel()->isLoading(); }, 60000))
        return 1;
    QTest::qWait(50);
    const qint64 tableStall = heartbeat.longest();

    std::printf("%d rows: mapping step stall %lld ms; import and pre-flight %lld ms, longest "
                "stall %lld ms; pre-flight table after %lld ms, scrolled and filtered (%d "
                "problem rows shown), longest stall %lld ms; peak RSS %lld MB\n",
                rows, mappingStall, importMs, importStall, tableMs,
                composer->recipientModel()->rowCount(), tableStall, peakRssKb() / 1024);
    const qint64 worst = std::max({mappingStall, againStall, importStall, tableStall});
    std::printf("longest GUI-thread stall: %lld ms (target: 50 ms)\n", worst);
    return 0;
}
