// SPDX-License-Identifier: GPL-3.0-or-later
// RecipientModel over a journal imported through the CampaignStore: rows
// arrive a page at a time as a view asks for more, filters go to the
// journal, and QAbstractItemModelTester watches every change.

#include "ReviewTestSession.h"
#include "SandboxHarness.h"
#include "campaign/CampaignStore.h"
#include "campaigns/RecipientModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sms;
using ui::RecipientModel;

class tst_RecipientModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fetchesPagesAndFilters()
    {
        QTemporaryDir dir;
        sandboxtest::Harness harness;
        ReviewTestSession session(harness.api());
        campaign::CampaignStore::Options options;
        options.store
            = sms::store::StoreLocation::sqlite(dir.filePath(QStringLiteral("journal.sqlite")));
        campaign::CampaignStore store(session, options);

        QString text;
        for (int i = 0; i < 1200; ++i)
            text += sandboxtest::cn(100 + i) + QStringLiteral(",A1\n");
        text += QStringLiteral("12345,A1\n"); // not a number: row 1201
        campaign::Preflight::Options preflight;
        preflight.templateContent = QStringLiteral("订单{1}已发货。");
        preflight.signName = QStringLiteral("沙盒科技");
        preflight.plannedTime = sandboxtest::beijing();
        QSignalSpy imported(&store, &campaign::CampaignStore::importFinished);
        const qint64 id = store.importText({}, text, {}, preflight);
        QVERIFY(id > 0);
        QVERIFY(imported.wait(30000));

        RecipientModel model(store);
        // The pages are read on the store's query thread: a page asked for
        // comes with loaded(), and the rows shown stay as they were until
        // then.
        QSignalSpy loaded(&model, &RecipientModel::loaded);
        const auto waitLoaded = [&] { return !model.isLoading() || loaded.wait(30000); };
        model.setPageSize(500);
        model.setCampaign(id);
        QVERIFY(model.isLoading());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
        QVERIFY(waitLoaded());
        QCOMPARE(model.rowCount(), 500);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        // One page on the way at a time.
        QVERIFY(!model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 500);
        QVERIFY(waitLoaded());
        QCOMPARE(model.rowCount(), 1000);
        model.fetchMore({});
        QVERIFY(waitLoaded());
        QCOMPARE(model.rowCount(), 1201);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.data(model.index(0, RecipientModel::SourceRow)).toLongLong(), 1);
        QCOMPARE(model.data(model.index(0, RecipientModel::Number)).toString(),
                 sandboxtest::cn(100));
        QCOMPARE(model.data(model.index(1200, RecipientModel::Code)).toString(),
                 QStringLiteral("InvalidParameterValue.IncorrectPhoneNumber"));
        QCOMPARE(model.data(model.index(1200, RecipientModel::Status)).toString(),
                 QStringLiteral("Refused"));

        // The tester calls fetchMore() itself while it handles modelReset,
        // before it counts the reset as over, and then sees the rows
        // inserted as inside the reset: with pages larger than the
        // campaign there is nothing more to fetch after a reset. The paging
        // itself is checked above.
        model.setPageSize(5000);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProblemsOnly(true);
        // The same campaign's rows stay until the refused ones come.
        QCOMPARE(model.rowCount(), 1201);
        QVERIFY(waitLoaded());
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.recipient(0).input, QStringLiteral("12345"));

        model.setProblemsOnly(false);
        model.setNumbers({sandboxtest::cn(1250)});
        QVERIFY(waitLoaded());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.recipient(0).sourceRow, 1151);

        model.setCampaign(0);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
    }
};

QTEST_MAIN(tst_RecipientModel)
#include "tst_recipientmodel.moc"
