// SPDX-License-Identifier: GPL-3.0-or-later
// SignatureModel and ReviewFilterProxy over a SignatureStore on a real
// sandbox: QAbstractItemModelTester through load, add, modify and delete;
// what the columns and roles say; the filters, the search and the marks.

#include "ReviewTestSession.h"
#include "SandboxHarness.h"
#include "SignatureTestData.h"
#include "review/ReviewFilterProxy.h"
#include "review/SignatureChecks.h"
#include "review/SignatureStore.h"
#include "sandbox/SandboxRecords.h"
#include "signatures/SignatureModel.h"
#include "widgets/StatusChipDelegate.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QFont>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace sms;
using sms::ui::ReviewFilterProxy;
using sms::ui::ReviewTableModel;
using sms::ui::SignatureModel;

class tst_SignatureModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<sandboxtest::Harness> m_harness;
    std::unique_ptr<ReviewTestSession> m_session;
    std::unique_ptr<review::SignatureStore> m_store;
    qint64 m_rejected = 0;

    int rowOfName(const QAbstractItemModel &model, const QString &name) const
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, SignatureModel::Name).data().toString()
                == QStringLiteral("\u3010%1\u3011").arg(name))
                return row;
        }
        return -1;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_harness = std::make_unique<sandboxtest::Harness>();
        m_harness->addSign(QStringLiteral("星河商城"));
        m_harness->addSign(QStringLiteral("Galaxy"), 1);
        m_rejected
            = m_harness->addSign(QStringLiteral("XY"), 0, sandbox::ReviewStatusCode::Rejected);
        m_harness->state().signs[m_rejected].rejectReason = QStringLiteral("sign.vague");
        m_session = std::make_unique<ReviewTestSession>(m_harness->api());
        m_store = std::make_unique<review::SignatureStore>(
            *m_session,
            review::ReviewStore::Options {review::ReviewStore::Loading::OnRequest, m_dir->path()});
    }

    void cleanup()
    {
        m_store.reset();
        m_session.reset();
        m_harness.reset();
        m_dir.reset();
    }

    void staysConsistentThroughEveryChange()
    {
        SignatureModel model(*m_store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        ReviewFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(SignatureModel::ColumnCount));

        QVERIFY(waitFor(m_store->load()).succeeded());
        const int loaded = int(m_store->records().size());
        QVERIFY(loaded >= 3);
        QCOMPARE(model.rowCount(), loaded);

        const JobOutcome added
            = waitFor(m_store->add(guitest::signApplication(QStringLiteral("AcmeShop"))));
        QVERIFY2(added.succeeded(), qPrintable(added.error.summary()));
        QCOMPARE(model.rowCount(), loaded + 1);
        const int row = model.rowOf(added.id);
        QVERIFY(row >= 0);
        // What this console submitted is known, so its type is shown.
        QCOMPARE(
            model.index(row, SignatureModel::Type).data(ReviewTableModel::TypeRole).toLongLong(),
            0);
        QCOMPARE(model.index(row, SignatureModel::Status).data().toString(),
                 QStringLiteral("Under review"));

        domain::SignApplication changed = guitest::signApplication(QStringLiteral("AcmeShop"));
        changed.remark = QStringLiteral("now with a remark");
        QVERIFY(waitFor(m_store->modify(added.id, changed)).succeeded());
        QTRY_VERIFY(!m_store->isBusy());
        QCOMPARE(model.rowCount(), loaded + 1);

        QVERIFY(waitFor(m_store->remove(added.id)).succeeded());
        QCOMPARE(model.rowCount(), loaded);
        QCOMPARE(model.rowOf(added.id), -1);
    }

    void columnsAndRolesSayWhatTheOperatorNeeds()
    {
        SignatureModel model(*m_store);
        QVERIFY(waitFor(m_store->load()).succeeded());
        const int row = model.rowOf(m_rejected);
        QVERIFY(row >= 0);
        const auto at = [&](int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role);
        };
        QCOMPARE(at(SignatureModel::Name).toString(), QStringLiteral("\u3010XY\u3011"));
        QCOMPARE(at(SignatureModel::Status).toString(), QStringLiteral("Rejected"));
        QCOMPARE(at(SignatureModel::Status, ui::StatusChipDelegate::ToneRole).toInt(),
                 int(ui::StatusPalette::Tone::Error));
        QVERIFY(!at(SignatureModel::Name, ui::StatusChipDelegate::ToneRole).isValid());
        const QString reply = at(SignatureModel::Reply).toString();
        // The sandbox's reviewer, in the API language it was asked in.
        QVERIFY(!reply.isEmpty());
        QCOMPARE(reply, m_store->record(m_rejected)->reviewReply().simplified());
        QVERIFY(at(SignatureModel::Reply, Qt::ToolTipRole).toString().contains(reply));
        QCOMPARE(at(SignatureModel::Market).toString(), QStringLiteral("Mainland China"));
        // Applied for elsewhere: the list does not say its type.
        // Not in the service's list: a dash, and the tooltip says why.
        QCOMPARE(at(SignatureModel::Type).toString(), QStringLiteral("\u2014"));
        QVERIFY(at(SignatureModel::Type, Qt::ToolTipRole).toString().contains(
            QStringLiteral("applied for from this console")));
        QVERIFY(!at(SignatureModel::Type, ReviewTableModel::TypeRole).isValid());
        QCOMPARE(at(SignatureModel::Created, ReviewTableModel::SortRole).toLongLong(),
                 m_store->record(m_rejected)->listed.createTime);
        QCOMPARE(at(SignatureModel::Reply, ReviewTableModel::IdRole).toLongLong(), m_rejected);
        QCOMPARE(at(SignatureModel::Name, ReviewTableModel::StatusRole).toInt(),
                 int(domain::ReviewStatus::Rejected));
        QCOMPARE(at(SignatureModel::Name, ReviewTableModel::RecordRole)
                     .value<review::SignatureRecord>()
                     .id(),
                 m_rejected);
        QCOMPARE(model.headerData(SignatureModel::Reply, Qt::Horizontal).toString(),
                 QStringLiteral("Reviewer's reply"));
    }

    void proxyFiltersSearchesSortsAndMarks()
    {
        SignatureModel model(*m_store);
        ReviewFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.setSearchColumns({SignatureModel::Name});
        QVERIFY(waitFor(m_store->load()).succeeded());
        const int all = model.rowCount();
        QCOMPARE(proxy.rowCount(), all);

        proxy.setStatusFilter(domain::ReviewStatus::Rejected);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(ReviewTableModel::IdRole).toLongLong(), m_rejected);
        proxy.setStatusFilter(std::nullopt);

        proxy.setSearchText(QStringLiteral("galax"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, SignatureModel::Name).data().toString(),
                 QStringLiteral("\u3010Galaxy\u3011"));
        // The search looks at names only: a market's words find nothing.
        proxy.setSearchText(QStringLiteral("International"));
        QCOMPARE(proxy.rowCount(), 0);
        QVERIFY(proxy.isFiltering());
        proxy.clearFilters();
        QCOMPARE(proxy.rowCount(), all);

        // Nothing listed has a known type; one submitted here has.
        proxy.setTypeFilter(0);
        QCOMPARE(proxy.rowCount(), 0);
        const JobOutcome added
            = waitFor(m_store->add(guitest::signApplication(QStringLiteral("AcmeShop"))));
        QVERIFY(added.succeeded());
        QTRY_COMPARE(proxy.rowCount(), 1);
        proxy.setTypeFilter(std::nullopt);

        proxy.sort(SignatureModel::Status, Qt::AscendingOrder);
        // Rejected first: what needs the operator.
        QCOMPARE(proxy.index(0, 0).data(ReviewTableModel::StatusRole).toInt(),
                 int(domain::ReviewStatus::Rejected));

        const QModelIndex rejected = proxy.index(0, 0);
        QVERIFY(!rejected.data(Qt::FontRole).value<QFont>().bold());
        proxy.setMarked(m_rejected, true);
        QVERIFY(rejected.data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!rejected.data(Qt::DecorationRole).isNull());
        QVERIFY(proxy.index(1, 0).data(Qt::DecorationRole).isNull());
        proxy.setMarked(m_rejected, false);
        QVERIFY(!rejected.data(Qt::FontRole).value<QFont>().bold());
    }
};

QTEST_MAIN(tst_SignatureModel)
#include "tst_signaturemodel.moc"
