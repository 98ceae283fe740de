// SPDX-License-Identifier: GPL-3.0-or-later
// The History page driven headless over a generated database: the filters
// as an operator uses them, the detail pane with the code's guidance, "What
// went wrong today" leading to its rows in one click, CSV export, the empty
// state, and "Send a Message…" with the selected number.

#include "GuiTestSupport.h"
#include "HistoryGenerator.h"
#include "ReviewTestSession.h"
#include "api/ApiClient.h"
#include "api/SmsApi.h"
#include "errors/ErrorCatalog.h"
#include "history/HistoryPage.h"
#include "history/HistoryStore.h"
#include "history/HistoryTableModel.h"
#include "store/Database.h"
#include "widgets/MessageBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace sms;
using guitest::child;
using history::HistoryStore;
using history::LifecycleState;
using testsupport::HistoryGenerator;
using ui::HistoryPage;
using ui::HistoryTableModel;

class tst_HistoryPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    api::ApiClient m_client;
    api::SmsApi m_api {&m_client};
    HistoryGenerator::Spec m_spec;
    qint64 m_now = 0;
    std::unique_ptr<ReviewTestSession> m_session;
    std::unique_ptr<HistoryPage> m_page;

    static bool settle(HistoryStore &store)
    {
        QSignalSpy loading(&store, &HistoryStore::loadingChanged);
        return !store.isLoading() || loading.wait(20000);
    }
    // Typed filters wait for a pause in typing, then load.
    bool settleTyped()
    {
        QSignalSpy loading(&m_page->store(), &HistoryStore::loadingChanged);
        if (!loading.wait(5000))
            return false;
        return settle(m_page->store());
    }
    QList<QString> column(int c) const
    {
        QList<QString> values;
        for (int row = 0; row < m_page->model()->rowCount(); ++row)
            values.append(m_page->model()->index(row, c).data().toString());
        return values;
    }

private Q_SLOTS:
    void initTestCase()
    {
        store::Database db;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("h.sqlite"))));
        m_spec.sends = 2000;
        // Every send on the same day as "now", so that today has failures.
        m_spec.stepMs = 20'000;
        const auto rows = HistoryGenerator::generate(db, m_spec);
        QCOMPARE(rows.size(), 2000);
        m_now = rows.constLast().sentAtMs + 60'000;
    }

    void init()
    {
        m_session = std::make_unique<ReviewTestSession>(m_api);
        HistoryStore::Options o;
        o.store = sms::store::StoreLocation::sqlite(m_dir.filePath(QStringLiteral("h.sqlite")));
        o.pollIntervalMs = 0;
        o.clock = [this] {
            return m_now;
        };
        m_page = std::make_unique<HistoryPage>(*m_session, o);
        m_page->resize(1200, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        QVERIFY(settle(m_page->store()));
    }

    void cleanup()
    {
        m_page.reset();
        m_session.reset();
    }

    void showsTheNewestFirst()
    {
        auto *table = child<QTableView>(m_page.get(), "historyTable");
        QVERIFY(table->isVisible());
        QCOMPARE(m_page->model()->rowCount(), 200);
        QCOMPARE(m_page->model()->recipientId(0), 2000);
        QVERIFY(child<QLabel>(m_page.get(), "rowCount")->text().contains(QLatin1String("200")));
    }

    void numberFilter()
    {
        const QString phone = HistoryGenerator::phone(7, m_spec);
        guitest::typeInto(child<QLineEdit>(m_page.get(), "numberFilter"), phone.mid(3));
        QVERIFY(settleTyped());
        const QList<QString> numbers = column(HistoryTableModel::Number);
        QCOMPARE(numbers.size(), int(m_spec.sends / m_spec.distinctNumbers) + 1);
        for (const QString &n : numbers)
            QCOMPARE(n, phone);
        // The start of a number, with "Starts with".
        guitest::typeInto(child<QLineEdit>(m_page.get(), "numberFilter"), QStringLiteral("+86139"));
        child<QCheckBox>(m_page.get(), "prefixFilter")->setChecked(true);
        QVERIFY(settle(m_page->store()));
        for (const QString &n : column(HistoryTableModel::Number))
            QVERIFY(n.startsWith(QLatin1String("+86139")));
    }

    void statusAndFailedOnly()
    {
        auto *status = child<QComboBox>(m_page.get(), "statusFilter");
        status->setCurrentIndex(status->findData(int(LifecycleState::Refused)));
        QVERIFY(settle(m_page->store()));
        QVERIFY(m_page->model()->rowCount() > 0);
        for (const QString &s : column(HistoryTableModel::State))
            QCOMPARE(s, history::Lifecycle::text(LifecycleState::Refused));
        status->setCurrentIndex(0);
        QVERIFY(settle(m_page->store()));
        child<QCheckBox>(m_page.get(), "failedOnlyFilter")->setChecked(true);
        QVERIFY(settle(m_page->store()));
        QVERIFY(m_page->store().filter().failedOnly);
        for (int row = 0; row < m_page->model()->rowCount(); ++row)
            QVERIFY(history::Lifecycle::isFailure(LifecycleState(
                m_page->model()->index(row, 0).data(HistoryTableModel::LifecycleRole).toInt())));
        child<QPushButton>(m_page.get(), "clearFilters")->click();
        QVERIFY(settle(m_page->store()));
        QVERIFY(m_page->store().filter().isEmpty());
    }

    void detailWithGuidance()
    {
        auto *table = child<QTableView>(m_page.get(), "historyTable");
        auto *detail = child<QTextBrowser>(m_page.get(), "sendDetail");
        QSignalSpy loaded(&m_page->store(), &HistoryStore::detailLoaded);
        // Send 1981 (i = 1980: refused for the daily limit).
        const int row = 2000 - 1981;
        table->setCurrentIndex(m_page->model()->index(row, 0));
        QVERIFY(loaded.wait(10000));
        const QString text = detail->toPlainText();
        QVERIFY2(text.contains(QLatin1String("LimitExceeded.PhoneNumberDailyLimit")),
                 qPrintable(text));
        QVERIFY(text.contains(QLatin1String("req-")));
        // The catalog's steps for the code.
        const errors::Guidance guidance = errors::ErrorCatalog::guidanceFor(
            QStringLiteral("LimitExceeded.PhoneNumberDailyLimit"));
        QVERIFY(text.contains(guidance.steps.constFirst()));
        QVERIFY(child<QPushButton>(m_page.get(), "explainCodeButton")->isEnabled());
        // A delivered one: its receipt, no guidance.
        table->setCurrentIndex(m_page->model()->index(1, 0));
        QVERIFY(loaded.wait(10000));
        QVERIFY(detail->toPlainText().contains(QLatin1String("DELIVRD")));
        QVERIFY(!child<QPushButton>(m_page.get(), "explainCodeButton")->isEnabled());
    }

    void failuresTodayLeadToTheirRows()
    {
        auto *failures = child<QTreeWidget>(m_page.get(), "failuresToday");
        QTRY_VERIFY_WITH_TIMEOUT(failures->topLevelItemCount() > 0, 10000);
        QCOMPARE(failures->topLevelItemCount(), 4);
        child<QTabWidget>(m_page.get(), "historySide")->setCurrentIndex(1);
        QTreeWidgetItem *item = failures->topLevelItem(0);
        const QString code = item->data(0, Qt::UserRole).toString();
        QVERIFY(item->text(1).startsWith(code));
        const qint64 count
            = item->text(0).remove(QRegularExpression(QStringLiteral("\\D"))).toLongLong();
        QVERIFY(count > 0);
        const QRect rect = failures->visualItemRect(item);
        QTest::mouseClick(failures->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(child<QLineEdit>(m_page.get(), "codeFilter")->text(), code);
        QVERIFY(child<QCheckBox>(m_page.get(), "failedOnlyFilter")->isChecked());
        QVERIFY(settle(m_page->store()));
        while (m_page->model()->canFetchMore({})) {
            m_page->model()->fetchMore({});
            QVERIFY(settle(m_page->store()));
        }
        QCOMPARE(m_page->model()->rowCount(), count);
        for (int row = 0; row < m_page->model()->rowCount(); ++row)
            QCOMPARE(
                m_page->model()->index(row, 0).data(HistoryTableModel::FailureCodeRole).toString(),
                code);
    }

    void exportTheFilteredRows()
    {
        child<QComboBox>(m_page.get(), "statusFilter")
            ->setCurrentIndex(child<QComboBox>(m_page.get(), "statusFilter")
                                  ->findData(int(LifecycleState::Failed)));
        QVERIFY(settle(m_page->store()));
        const QString path = m_dir.filePath(QStringLiteral("failed.csv"));
        m_page->exportTo(path);
        QVERIFY(m_page->runningExport());
        QVERIFY(!child<QPushButton>(m_page.get(), "exportButton")->isEnabled());
        QSignalSpy finished(m_page->runningExport(), &history::HistoryExport::finished);
        QVERIFY(finished.wait(20000));
        QVERIFY(finished.constFirst().at(0).toBool());
        QTRY_VERIFY(child<QPushButton>(m_page.get(), "exportButton")->isEnabled());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), 2000 * 2 / 20 + 2);
        for (int i = 1; i < lines.size() - 1; ++i)
            QVERIFY(lines.at(i).contains(",failed,"));
        QVERIFY(m_page->messageBar()->isVisible());
        QVERIFY(m_page->messageBar()->text().contains(QLatin1String("failed.csv")));
    }

    void emptyState()
    {
        guitest::typeInto(child<QLineEdit>(m_page.get(), "codeFilter"),
                          QStringLiteral("No.Such.Code"));
        QVERIFY(settleTyped());
        auto *empty = child<QLabel>(m_page.get(), "historyEmpty");
        QTRY_VERIFY(empty->isVisible());
        QVERIFY(!empty->text().isEmpty());
        QVERIFY(!child<QTableView>(m_page.get(), "historyTable")->isVisible());
    }

    void sendAMessageToTheSelectedNumber()
    {
        QSignalSpy requested(m_page.get(), &HistoryPage::sendMessageRequested);
        auto *table = child<QTableView>(m_page.get(), "historyTable");
        table->setCurrentIndex(m_page->model()->index(3, 0));
        child<QPushButton>(m_page.get(), "sendMessageButton")->click();
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.constFirst().at(0).toString(), m_page->store().rows().at(3).phone);
    }
};

QTEST_MAIN(tst_HistoryPage)
#include "tst_historypage.moc"
