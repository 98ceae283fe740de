// SPDX-License-Identifier: GPL-3.0-or-later
// The statistics page headless against a real sandbox: the service's charts
// after a few sends (packages included, refusals by code said to be the
// local history's), the switch to this computer's history (no request to
// the service, refusals by code charted), a change of dates that reloads
// per hour, a refused application in the page's bar that goes away once a
// load succeeds, another profile's application forgotten, and charts that
// take the palette's colours.

#include "GuiTestSupport.h"
#include "HistoryFixture.h"
#include "ReviewTestSession.h"
#include "SandboxHarness.h"
#include "statistics/ChartPanel.h"
#include "statistics/StatisticsPage.h"
#include "statistics/StatisticsStore.h"
#include "widgets/MessageBar.h"

#include <QChart>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sms;
using statistics::StatisticsSource;
using ui::StatisticsPage;

class tst_StatisticsPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<sandboxtest::Harness> m_harness;
    std::unique_ptr<ReviewTestSession> m_session;
    std::unique_ptr<StatisticsPage> m_page;

    QString databasePath() const { return m_dir.filePath(QStringLiteral("history.sqlite")); }

    int cloudRequests() const
    {
        return m_harness->server().requestCount(QStringLiteral("SendStatusStatistics"))
            + m_harness->server().requestCount(QStringLiteral("CallbackStatusStatistics"))
            + m_harness->server().requestCount(QStringLiteral("SmsPackagesStatistics"));
    }

    bool settled() const { return !m_page->store().isBusy(); }

private Q_SLOTS:
    void init()
    {
        m_harness = std::make_unique<sandboxtest::Harness>();
        m_harness->addStandardFixtures();
        m_harness->settings().receiptFailurePercent = 0;
        auto *reply = m_harness->api().sendSms(
            m_harness->domestic({sandboxtest::cn(0), sandboxtest::cn(1001), sandboxtest::cn(1002)},
                                m_harness->domesticCode, {QStringLiteral("1234")}));
        QVERIFY(sandboxtest::waitFor(reply));
        reply->deleteLater();
        m_harness->advance(10);
        m_session = std::make_unique<ReviewTestSession>(m_harness->api());
        statistics::StatisticsStore::Options options;
        options.store = sms::store::StoreLocation::sqlite(databasePath());
        m_page = std::make_unique<StatisticsPage>(*m_session, options);
        m_page->resize(1200, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        // Shown, the page loads the service's last seven days.
        QTRY_VERIFY_WITH_TIMEOUT(settled() && m_page->store().hasReport(), 20000);
    }

    void cleanup()
    {
        m_page.reset();
        m_session.reset();
        m_harness.reset();
        QFile::remove(databasePath());
    }

    void cloudChartsAfterLoading()
    {
        QCOMPARE(m_page->sourceBox()->currentIndex(), 0);
        QCOMPARE(m_page->store().report().source, StatisticsSource::Cloud);
        QCOMPARE(m_page->store().report().requests(), 3);
        QVERIFY(m_page->activityPanel()->isShowingChart());
        QVERIFY(m_page->deliveryPanel()->isShowingChart());
        QVERIFY(m_page->packagesPanel()->isShowingChart());
        QVERIFY(m_page->packagesPanel()->title().contains(QLocale().toString(5'000'000 - 3)));
        QVERIFY(!m_page->failuresPanel()->isShowingChart());
        QVERIFY(!m_page->failuresPanel()->emptyText().isEmpty());
        QVERIFY(m_page->summaryLabel()->text().contains(QStringLiteral("3 numbers sent")));
        QVERIFY(!m_page->messageBar()->isVisible());
    }

    void sourceSwitchReadsThisComputersHistory()
    {
        {
            store::Database db;
            QVERIFY(db.open(databasePath()));
            HistoryFixture f(db);
            const qint64 c = f.campaign(sandboxtest::appId());
            f.add(c, sandboxtest::beijing(9), store::RecipientState::Accepted, QStringLiteral("Ok"),
                  1, HistoryFixture::Delivered);
            f.add(c, sandboxtest::beijing(9), store::RecipientState::Refused,
                  QStringLiteral("FailedOperation.PhoneNumberInBlacklist"));
        }
        const int before = cloudRequests();
        m_page->sourceBox()->setCurrentIndex(1);
        Q_EMIT m_page->sourceBox()->activated(1);
        QVERIFY(m_page->store().isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(settled(), 20000);
        QCOMPARE(cloudRequests(), before);
        const auto &report = m_page->store().report();
        QCOMPARE(report.source, StatisticsSource::Local);
        QCOMPARE(report.requests(), 2);
        QVERIFY(m_page->failuresPanel()->isShowingChart());
        QVERIFY(!m_page->packagesPanel()->isShowingChart());
        QVERIFY(m_page->summaryLabel()->text().contains(QStringLiteral("2 numbers sent")));
    }

    void changingTheDatesReloadsPerHour()
    {
        const int before = m_harness->server().requestCount(QStringLiteral("SendStatusStatistics"));
        m_page->fromEdit()->setDate(QDate(2026, 3, 10));
        m_page->toEdit()->setDate(QDate(2026, 3, 10));
        QCOMPARE(m_page->periodBox()->currentIndex(), 3); // Custom
        QTRY_VERIFY_WITH_TIMEOUT(m_page->store().report().range.dayCount() == 1 && settled(),
                                 20000);
        // Hours 00:00 to 10:00 of today, each one request.
        QCOMPARE(m_harness->server().requestCount(QStringLiteral("SendStatusStatistics")) - before,
                 11);
        QCOMPARE(m_page->store().report().buckets.size(), 24);
        QVERIFY(m_page->activityPanel()->title().contains(QStringLiteral("per hour")));
        QVERIFY(m_page->activityPanel()->isShowingChart());
    }

    void aRefusedApplicationShowsInTheBar()
    {
        m_page->appIdBox()->setCurrentText(QStringLiteral("1400999999"));
        Q_EMIT m_page->appIdBox()->lineEdit()->returnPressed();
        QTRY_VERIFY_WITH_TIMEOUT(m_page->messageBar()->isVisible(), 20000);
        QVERIFY(!m_page->messageBar()->text().isEmpty());
        QVERIFY(m_page->store().lastError().isError());

        m_page->appIdBox()->setCurrentText(sandboxtest::appId());
        m_page->reload();
        QTRY_VERIFY_WITH_TIMEOUT(settled() && !m_page->store().lastError().isError(), 20000);
        QVERIFY(!m_page->messageBar()->isVisible());
    }

    void anotherProfileForgetsTheApplicationAndTheCharts()
    {
        m_page->appIdBox()->setCurrentText(QStringLiteral("1400999999"));
        m_session->switchProfile(QStringLiteral("other"));
        QCOMPARE(m_page->appIdBox()->currentText(), sandboxtest::appId());
        // Shown, the page loads again for the new profile.
        QTRY_VERIFY_WITH_TIMEOUT(settled() && m_page->store().hasReport(), 20000);
        QCOMPARE(m_page->store().report().appId, sandboxtest::appId());
    }

    void chartsFollowThePalette()
    {
        const QPalette dark = guitest::darkPalette();
        m_page->setPalette(dark);
        QChart *chart = m_page->activityPanel()->chart();
        QVERIFY(chart);
        QCOMPARE(chart->backgroundBrush().color(), dark.color(QPalette::Base));
        m_page->setPalette(QPalette());
        chart = m_page->activityPanel()->chart();
        QCOMPARE(chart->backgroundBrush().color(), QPalette().color(QPalette::Base));
    }
};

QTEST_MAIN(tst_StatisticsPage)
#include "tst_statisticspage.moc"
