// SPDX-License-Identifier: GPL-3.0-or-later
// The History table's model over a generated database, checked by
// QAbstractItemModelTester while it fetches page after page and while the
// filter changes under it: never every row at once, chips and code titles
// per row.

#include "HistoryGenerator.h"
#include "ReviewTestSession.h"
#include "api/ApiClient.h"
#include "api/SmsApi.h"
#include "history/HistoryStore.h"
#include "history/HistoryTableModel.h"
#include "store/Database.h"
#include "widgets/StatusChipDelegate.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sms;
using history::HistoryFilter;
using history::HistoryStore;
using history::LifecycleState;
using testsupport::HistoryGenerator;
using ui::HistoryTableModel;

class tst_HistoryTableModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    api::ApiClient m_client;
    api::SmsApi m_api {&m_client};
    qint64 m_now = 0;

    HistoryStore::Options options()
    {
        HistoryStore::Options o;
        o.store = sms::store::StoreLocation::sqlite(m_dir.filePath(QStringLiteral("h.sqlite")));
        o.pollIntervalMs = 0;
        o.pageSize = 200;
        o.clock = [this] {
            return m_now;
        };
        return o;
    }

    static bool settle(HistoryStore &store)
    {
        QSignalSpy loading(&store, &HistoryStore::loadingChanged);
        return !store.isLoading() || loading.wait(20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        store::Database db;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("h.sqlite"))));
        HistoryGenerator::Spec spec;
        spec.sends = 1000;
        const auto rows = HistoryGenerator::generate(db, spec);
        QCOMPARE(rows.size(), 1000);
        m_now = rows.constLast().sentAtMs + 60'000;
    }

    void fetchesPageByPage()
    {
        ReviewTestSession session(m_api);
        HistoryStore store(session, options());
        HistoryTableModel model(store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(settle(store));
        QCOMPARE(model.rowCount(), 200);
        QVERIFY(model.canFetchMore({}));
        int pages = 1;
        while (model.canFetchMore({})) {
            model.fetchMore({});
            QVERIFY(settle(store));
            ++pages;
            QVERIFY(model.rowCount() <= pages * 200);
        }
        QCOMPARE(model.rowCount(), 1000);
        QCOMPARE(pages, 6); // the sixth finds nothing more
        QCOMPARE(model.recipientId(0), 1000);
        QVERIFY(!model.canFetchMore({}));
    }

    void filterChangesUnderTheTester()
    {
        ReviewTestSession session(m_api);
        HistoryStore store(session, options());
        HistoryTableModel model(store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(settle(store));
        model.fetchMore({});
        // Changed while the second page is on its way.
        HistoryFilter failed;
        failed.failedOnly = true;
        store.setFilter(failed);
        QVERIFY(settle(store));
        QCOMPARE(model.rowCount(), 200);
        for (int row = 0; row < model.rowCount(); ++row) {
            const auto state = LifecycleState(
                model.index(row, 0).data(HistoryTableModel::LifecycleRole).toInt());
            QVERIFY(state == LifecycleState::Refused || state == LifecycleState::Failed);
            QVERIFY(!model.index(row, HistoryTableModel::Code).data().toString().isEmpty());
            QCOMPARE(model.index(row, HistoryTableModel::State)
                         .data(ui::StatusChipDelegate::ToneRole)
                         .toInt(),
                     int(ui::StatusPalette::Tone::Error));
        }
        HistoryFilter none;
        none.number = QStringLiteral("+1");
        none.numberIsPrefix = true;
        store.setFilter(none);
        QVERIFY(settle(store));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
        store.setFilter({});
        QVERIFY(settle(store));
        QCOMPARE(model.rowCount(), 200);
    }

    void cells()
    {
        ReviewTestSession session(m_api);
        HistoryStore store(session, options());
        HistoryTableModel model(store);
        QVERIFY(settle(store));
        // Row of send 999 (i = 998: 998 % 20 = 18, delivered).
        const QModelIndex state = model.index(1, HistoryTableModel::State);
        QCOMPARE(state.data(HistoryTableModel::RecipientIdRole).toLongLong(), 999);
        QCOMPARE(state.data(ui::StatusChipDelegate::ToneRole).toInt(),
                 int(ui::StatusPalette::Tone::Positive));
        QVERIFY(model.index(1, HistoryTableModel::Code).data().toString().isEmpty());
        // Send 983 (i = 982 % 20 = 2): a failed receipt, the carrier's own words.
        const int failedRow = 1000 - 983;
        QCOMPARE(model.index(failedRow, 0).data(HistoryTableModel::FailureCodeRole).toString(),
                 QStringLiteral("MK:0001"));
        QCOMPARE(model.index(failedRow, HistoryTableModel::Code).data().toString(),
                 QStringLiteral("MK:0001 · 空号"));
        // Send 981 (i = 980 % 20 = 0): refused, the catalog's title.
        const QString refused = model.index(1000 - 981, HistoryTableModel::Code).data().toString();
        QVERIFY2(refused.startsWith(QStringLiteral("LimitExceeded.PhoneNumberDailyLimit · ")),
                 qPrintable(refused));
        for (int c = 0; c < HistoryTableModel::ColumnCount; ++c)
            QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
    }
};

QTEST_MAIN(tst_HistoryTableModel)
#include "tst_historytablemodel.moc"
