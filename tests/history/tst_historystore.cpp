// SPDX-License-Identifier: GPL-3.0-or-later
// The History page's store on a generated database: pages on the query
// thread, a filter that replaces the one still loading, the lifecycle as
// time passes (a controllable clock: accepted, no receipt yet, unknown), a
// receipt written by another connection showing up, detail, failures
// today, CSV export and a profile switch.

#include "HistoryGenerator.h"
#include "OnFinished.h"
#include "ReviewTestSession.h"
#include "api/ApiClient.h"
#include "api/SmsApi.h"
#include "history/HistoryExport.h"
#include "history/HistoryStore.h"
#include "store/Database.h"
#include "store/HistoryReader.h"
#include "store/Statement.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace sms;
using history::HistoryFilter;
using history::HistoryRow;
using history::HistoryStore;
using history::Lifecycle;
using history::LifecycleState;
using testsupport::HistoryGenerator;

class tst_HistoryStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    api::ApiClient m_client;
    api::SmsApi m_api {&m_client};
    HistoryGenerator::Spec m_spec;
    QList<HistoryRow> m_rows;
    std::atomic<qint64> m_now {0};

    QString path() const { return m_dir.filePath(QStringLiteral("h.sqlite")); }

    HistoryStore::Options options()
    {
        HistoryStore::Options o;
        o.store = sms::store::StoreLocation::sqlite(path());
        o.pollIntervalMs = 50;
        o.clock = [this] {
            return m_now.load();
        };
        return o;
    }

    static bool waitIdle(HistoryStore &store)
    {
        QSignalSpy loading(&store, &HistoryStore::loadingChanged);
        return !store.isLoading() || loading.wait(20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        store::Database db;
        QVERIFY(db.open(path()));
        m_spec.sends = 1000;
        m_rows = HistoryGenerator::generate(db, m_spec);
        QCOMPARE(m_rows.size(), 1000);
    }

    void init() { m_now = m_rows.constLast().sentAtMs + 60'000; }

    void pagesUntilTheEnd()
    {
        ReviewTestSession session(m_api);
        HistoryStore::Options o = options();
        o.pageSize = 300;
        HistoryStore store(session, o);
        QVERIFY(store.isOpen());
        QSignalSpy appends(&store, &HistoryStore::aboutToAppend);
        QVERIFY(waitIdle(store));
        QCOMPARE(store.rows().size(), 300);
        QCOMPARE(store.rows().constFirst().id, 1000);
        QVERIFY(store.canFetchMore());
        while (store.canFetchMore()) {
            store.fetchMore();
            QVERIFY(store.isLoading());
            QVERIFY(!store.canFetchMore()); // one page at a time
            QVERIFY(waitIdle(store));
        }
        QCOMPARE(store.rows().size(), 1000);
        QVERIFY(store.atEnd());
        QCOMPARE(appends.size(), 3); // 300 + 300 + 100
        QCOMPARE(appends.constLast().at(0).toInt(), 900);
        QCOMPARE(appends.constLast().at(1).toInt(), 999);
        for (int i = 0; i < store.rows().size(); ++i)
            QCOMPARE(store.rows().at(i).id, qint64(1000 - i));
    }

    void aNewFilterReplacesTheOneLoading()
    {
        ReviewTestSession session(m_api);
        HistoryStore store(session, options());
        // Straight after opening, the first page is still on its way.
        HistoryFilter refused;
        refused.lifecycle = LifecycleState::Refused;
        store.setFilter(refused);
        HistoryFilter one;
        one.number = HistoryGenerator::phone(7, m_spec);
        store.setFilter(one);
        QVERIFY(waitIdle(store));
        // Only the last filter's rows, whatever the earlier queries did.
        QVERIFY(!store.rows().isEmpty());
        for (const HistoryRow &r : store.rows())
            QCOMPARE(r.phone, one.number);
        QCOMPARE(store.rows().size(), int(m_spec.sends / m_spec.distinctNumbers) + 1);
        QVERIFY(store.atEnd());
        // The same filter again changes nothing.
        QSignalSpy resets(&store, &HistoryStore::aboutToReset);
        store.setFilter(one);
        QCOMPARE(resets.size(), 0);
    }

    void filterNumberAsTyped()
    {
        QCOMPARE(HistoryStore::filterNumber(QStringLiteral("138 0013 8000"), false),
                 QStringLiteral("+8613800138000"));
        QCOMPARE(HistoryStore::filterNumber(QStringLiteral("+8613800138000"), false),
                 QStringLiteral("+8613800138000"));
        QCOMPARE(HistoryStore::filterNumber(QStringLiteral("138"), true), QStringLiteral("+86138"));
        QCOMPARE(HistoryStore::filterNumber(QStringLiteral("00852"), true), QStringLiteral("+852"));
        QCOMPARE(HistoryStore::filterNumber(QStringLiteral("+1"), true), QStringLiteral("+1"));
        QCOMPARE(HistoryStore::filterNumber(QStringLiteral(" "), true), QString());
    }

    // One send to a number that never gets a receipt (the sandbox's ...0003)
    // as the clock moves: accepted, then no receipt yet, then unknown; and a
    // receipt that arrives after all makes it delivered, never before.
    void lifecycleAsTimePasses()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("one.sqlite"));
        store::Database db;
        QVERIFY(db.open(file));
        const qint64 sentAt = 1'800'000'000'000;
        QVERIFY(db.transaction([&] {
            return store::Statement(db,
                                    "INSERT INTO campaigns (id, created, template_id, app_id, "
                                    "kind) VALUES (1, 0, '1001', '1400000001', 1)")
                       .exec()
                && store::Statement(db,
                                    "INSERT INTO recipients (id, campaign_id, source_row, "
                                    "input, phone, market, state, serial_no, code, sent_at) "
                                    "VALUES (1, 1, 1, '', '+8613800000003', 0, 2, 'S1', 'Ok', "
                                    "1800000000000)")
                       .exec();
        }));
        ReviewTestSession session(m_api);
        HistoryStore::Options o = options();
        o.store = sms::store::StoreLocation::sqlite(file);
        o.waits.receiptDueMs = 10 * 60'000;
        o.waits.unknownAfterMs = 72 * 3600'000LL;
        HistoryStore store(session, o);
        auto stateAt = [&](qint64 now, LifecycleState want) {
            m_now = now;
            // The filter is answered in SQL at the store's now; the row's
            // label in C++ at the same now.
            HistoryFilter f;
            f.lifecycle = want;
            store.setFilter(f);
            if (!waitIdle(store) || store.rows().size() != 1)
                return false;
            return store.rows().constFirst().lifecycle(store.lifecycle(), store.nowMs()) == want;
        };
        QVERIFY(stateAt(sentAt + 60'000, LifecycleState::Accepted));
        QVERIFY(stateAt(sentAt + 11 * 60'000, LifecycleState::NoReceiptYet));
        QVERIFY(stateAt(sentAt + 71 * 3600'000LL, LifecycleState::NoReceiptYet));
        QVERIFY(stateAt(sentAt + 73 * 3600'000LL, LifecycleState::Unknown));
        HistoryFilter delivered;
        delivered.lifecycle = LifecycleState::Delivered;
        store.setFilter(delivered);
        QVERIFY(waitIdle(store));
        QCOMPARE(store.rows().size(), 0);

        // Another connection stores the receipt: the store notices by itself.
        store.setFilter({});
        QVERIFY(waitIdle(store));
        QSignalSpy changed(&store, &HistoryStore::databaseChanged);
        QVERIFY(store::Statement(db,
                                 "UPDATE recipients SET receipt_state = 1, receipt_at = "
                                 "1800000100000 WHERE id = 1")
                    .exec());
        QVERIFY(changed.wait(10000));
        QTRY_COMPARE_WITH_TIMEOUT(
            int(store.rows().value(0).lifecycle(store.lifecycle(), store.nowMs())),
            int(LifecycleState::Delivered), 10000);
    }

    void detailAndFailuresToday()
    {
        ReviewTestSession session(m_api);
        HistoryStore store(session, options());
        QSignalSpy detail(&store, &HistoryStore::detailLoaded);
        store.loadDetail(8);
        QVERIFY(detail.wait(10000));
        const auto d = detail.constFirst().at(0).value<history::SendDetail>();
        QVERIFY(d.found);
        QCOMPARE(d.row.id, 8);
        QCOMPARE(d.requestId, QStringLiteral("req-1"));

        // "Today" by the store's clock: the day of the last send.
        QSignalSpy failures(&store, &HistoryStore::failuresLoaded);
        store.loadFailuresToday();
        QVERIFY(failures.wait(10000));
        const history::FailureSummary summary = store.failures();
        const QDateTime start = store.startOfToday();
        qint64 want = 0;
        for (const HistoryRow &r : m_rows) {
            if (r.sentAtMs >= start.toMSecsSinceEpoch()
                && Lifecycle::isFailure(r.lifecycle(store.lifecycle(), store.nowMs())))
                ++want;
        }
        QVERIFY(want > 0);
        QCOMPARE(summary.total(), want);
    }

    void exportToFile()
    {
        ReviewTestSession session(m_api);
        HistoryStore store(session, options());
        HistoryFilter f;
        f.code = QStringLiteral("MK:0001");
        store.setFilter(f);
        const QString out = m_dir.filePath(QStringLiteral("export.csv"));
        history::HistoryExport *job = store.exportCsv(out);
        QVERIFY(job);
        QSignalSpy finished(job, &history::HistoryExport::finished);
        QVERIFY(finished.wait(20000));
        QVERIFY(finished.constFirst().at(0).toBool());
        QCOMPARE(job->rows(), 1000 / 20);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), 1000 / 20 + 2);
        QVERIFY(lines.at(1).contains("MK:0001 空号"));
        delete job;

        // Cancelled before it starts writing: no file.
        const QString none = m_dir.filePath(QStringLiteral("none.csv"));
        store.setFilter({});
        history::HistoryExport *cancelled = store.exportCsv(none);
        cancelled->cancel();
        QSignalSpy done(cancelled, &history::HistoryExport::finished);
        QVERIFY(done.wait(20000));
        QVERIFY(!done.constFirst().at(0).toBool());
        QVERIFY(cancelled->wasCancelled());
        QVERIFY(!QFile::exists(none));
        delete cancelled;
    }

    void unusableDatabase()
    {
        ReviewTestSession session(m_api);
        HistoryStore::Options o = options();
        QFile notSql(m_dir.filePath(QStringLiteral("not.sqlite")));
        QVERIFY(notSql.open(QIODevice::WriteOnly));
        notSql.write(QByteArray(4096, 'x'));
        notSql.close();
        o.store = sms::store::StoreLocation::sqlite(notSql.fileName());
        HistoryStore store(session, o);
        QSignalSpy failed(&store, &HistoryStore::failed);
        QVERIFY(failed.wait(60000));
        QCOMPARE(failed.constFirst().at(0).value<api::ApiError>().code(),
                 QString::fromLatin1(HistoryStore::journalUnavailableCode));
        QVERIFY(!store.isLoading());
        QVERIFY(store.rows().isEmpty());
        // Said once, not once per request that failed with it.
        QVERIFY(!failed.wait(300));
        QCOMPARE(failed.size(), 1);
    }

    void profileSwitch()
    {
        ReviewTestSession session(m_api);
        QTemporaryDir dir;
        HistoryStore::Options o = options();
        o.store = {};
        o.databaseDirectory = dir.path();
        HistoryStore store(session, o);
        QVERIFY(store.databasePath().startsWith(dir.path()));
        QVERIFY(waitIdle(store));
        QVERIFY(store.rows().isEmpty());
        const QString first = store.databasePath();
        session.switchProfile(QStringLiteral("another"));
        QVERIFY(store.isOpen());
        QVERIFY(store.databasePath() != first);
        session.setReady(false);
        QVERIFY(store.isOpen()); // not ready is not another profile
    }
};

QTEST_GUILESS_MAIN(tst_HistoryStore)
#include "tst_historystore.moc"
