// SPDX-License-Identifier: GPL-3.0-or-later
// StatisticsStore against a real sandbox on 127.0.0.1: the service's
// counters per day and per hour, delivery outcomes by reason and the
// packages, in as many requests as the range needs (one per bucket, one per
// 32 days of receipts, one per 500 packages); a refused range sends nothing;
// the service's error comes out as failed(); the local history loads on its
// own thread; another profile's statistics are forgotten.

#include "HistoryFixture.h"
#include "ReviewTestSession.h"
#include "SandboxHarness.h"
#include "statistics/StatisticsStore.h"
#include "store/Database.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sms;
using statistics::DeliveryOutcomes;
using statistics::ReasonCounts;
using statistics::StatisticsRange;
using statistics::StatisticsSource;
using statistics::StatisticsStore;

class tst_StatisticsStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<sandboxtest::Harness> m_harness;
    std::unique_ptr<ReviewTestSession> m_session;
    std::unique_ptr<StatisticsStore> m_store;

    QString databasePath() const { return m_dir->filePath(QStringLiteral("history.sqlite")); }

    void makeStore()
    {
        StatisticsStore::Options options;
        options.store = sms::store::StoreLocation::sqlite(databasePath());
        options.loadWhenReady = false;
        m_store = std::make_unique<StatisticsStore>(*m_session, options);
    }

    int statisticsRequests() const
    {
        return m_harness->server().requestCount(QStringLiteral("SendStatusStatistics"))
            + m_harness->server().requestCount(QStringLiteral("CallbackStatusStatistics"))
            + m_harness->server().requestCount(QStringLiteral("SmsPackagesStatistics"));
    }

    // Loads and waits for the end; true when a report came.
    bool loadAndWait()
    {
        QSignalSpy busy(m_store.get(), &StatisticsStore::busyChanged);
        QSignalSpy changed(m_store.get(), &StatisticsStore::changed);
        m_store->load();
        if (!m_store->isBusy())
            return false;
        if (!busy.wait(20000) && busy.size() < 2)
            return false;
        while (m_store->isBusy() && busy.wait(20000)) { }
        return !m_store->isBusy() && changed.size() == 1;
    }

    // Sends a verification code to numbers ending in each tail.
    void send(const QList<int> &tails)
    {
        QStringList numbers;
        for (int tail : tails)
            numbers.append(sandboxtest::cn(tail));
        auto *reply = m_harness->api().sendSms(
            m_harness->domestic(numbers, m_harness->domesticCode, {QStringLiteral("1234")}));
        QVERIFY(sandboxtest::waitFor(reply));
        QVERIFY2(!reply->error().isError(), qPrintable(reply->error().code()));
        reply->deleteLater();
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_harness = std::make_unique<sandboxtest::Harness>();
        m_harness->addStandardFixtures();
        m_harness->settings().receiptFailurePercent = 0;
        m_session = std::make_unique<ReviewTestSession>(m_harness->api());
        makeStore();
    }

    void cleanup()
    {
        m_store.reset();
        m_session.reset();
        m_harness.reset();
        m_dir.reset();
    }

    void theDefaultRangeIsTheLastWeek()
    {
        QCOMPARE(m_store->range(), StatisticsRange(QDate(2026, 3, 4), QDate(2026, 3, 10)));
        QCOMPARE(m_store->appId(), sandboxtest::appId());
        QCOMPARE(m_store->source(), StatisticsSource::Cloud);
    }

    void cloudDaysInOneRequestADay()
    {
        // 0000 fails (empty number), 0003 never gets a receipt.
        send({0, 3, 1001, 1002});
        m_harness->advance(10);
        m_store->setRange({QDate(2026, 3, 8), QDate(2026, 3, 10)});
        const int before = statisticsRequests();
        QVERIFY(loadAndWait());
        // One SendStatusStatistics per day, one CallbackStatusStatistics, one
        // page of packages.
        QCOMPARE(m_harness->server().requestCount(QStringLiteral("SendStatusStatistics")), 3);
        QCOMPARE(m_harness->server().requestCount(QStringLiteral("CallbackStatusStatistics")), 1);
        QCOMPARE(m_harness->server().requestCount(QStringLiteral("SmsPackagesStatistics")), 1);
        QCOMPARE(statisticsRequests() - before, 5);

        const statistics::StatisticsReport &r = m_store->report();
        QCOMPARE(r.source, StatisticsSource::Cloud);
        QCOMPARE(r.buckets.size(), 3);
        QCOMPARE(r.buckets.at(0).requests, 0);
        QCOMPARE(r.buckets.at(2).requests, 4);
        QCOMPARE(r.buckets.at(2).accepted, 4);
        QCOMPARE(r.buckets.at(2).billed, 4);
        QCOMPARE(r.delivery.accepted, 4);
        QCOMPARE(r.delivery.delivered, 2);
        QCOMPARE(r.delivery.failed, 1);
        QCOMPARE(r.delivery.noReceiptYet, 1);
        QCOMPARE(r.delivery.failedByReason,
                 (ReasonCounts {{QString::fromLatin1(DeliveryOutcomes::invalidNumber), 1}}));
        QVERIFY(r.packagesKnown);
        QVERIFY(!r.packages.isEmpty());
        QVERIFY(r.remainingSegments(m_store->serviceNow()) > 0);
        QVERIFY(r.nextExpiry(m_store->serviceNow()).isValid());
        QVERIFY(!m_store->lastError().isError());
    }

    void cloudHoursUpToTheCurrentOne()
    {
        send({1001, 1002});
        m_harness->advance(10);
        // Today, 10:00 Beijing time: hours 00..10 are asked, 11..23 have
        // not begun and are empty without asking.
        m_store->setRange({QDate(2026, 3, 10), QDate(2026, 3, 10)});
        QVERIFY(loadAndWait());
        QCOMPARE(m_harness->server().requestCount(QStringLiteral("SendStatusStatistics")), 11);
        const statistics::StatisticsReport &r = m_store->report();
        QCOMPARE(r.buckets.size(), 24);
        QCOMPARE(r.buckets.at(10).requests, 2);
        QCOMPARE(r.buckets.at(9).requests, 0);
        QCOMPARE(r.requests(), 2);
    }

    void longRangesSplitTheReceiptStatistics()
    {
        // 40 days: the receipts' statistics take at most 32 a request.
        m_store->setRange({QDate(2026, 1, 30), QDate(2026, 3, 10)});
        QVERIFY(loadAndWait());
        QCOMPARE(m_harness->server().requestCount(QStringLiteral("SendStatusStatistics")), 40);
        QCOMPARE(m_harness->server().requestCount(QStringLiteral("CallbackStatusStatistics")), 2);
        QCOMPARE(m_store->report().buckets.size(), 40);
    }

    void aRangeTooLongSendsNothing()
    {
        m_store->setRange({QDate(2025, 12, 1), QDate(2026, 3, 10)});
        QSignalSpy failed(m_store.get(), &StatisticsStore::failed);
        m_store->load();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(m_store->lastError().kind(), api::ApiError::Kind::LocalCheck);
        QCOMPARE(m_store->lastError().code(),
                 QString::fromLatin1(StatisticsStore::rangeRefusedCode));
        QVERIFY(!m_store->isBusy());
        QCOMPARE(statisticsRequests(), 0);
    }

    void theServicesErrorIsReported()
    {
        m_store->setAppId(QStringLiteral("1400999999"));
        QSignalSpy failed(m_store.get(), &StatisticsStore::failed);
        QSignalSpy changed(m_store.get(), &StatisticsStore::changed);
        m_store->load();
        QVERIFY(failed.wait(20000));
        QCOMPARE(failed.size(), 1);
        const auto error = failed.constFirst().constFirst().value<api::ApiError>();
        QCOMPARE(error.kind(), api::ApiError::Kind::Service);
        QVERIFY(!error.code().isEmpty());
        QCOMPARE(changed.size(), 0);
        QVERIFY(!m_store->isBusy());
        QVERIFY(!m_store->hasReport());
        QCOMPARE(m_session->reported.size(), 1);
    }

    void localHistoryLoadsOnItsOwnThread()
    {
        {
            store::Database db;
            QVERIFY(db.open(databasePath()));
            HistoryFixture f(db);
            const qint64 c = f.campaign(sandboxtest::appId());
            f.add(c, sandboxtest::beijing(9), store::RecipientState::Accepted, QStringLiteral("Ok"),
                  2, HistoryFixture::Failed, QStringLiteral("EMPTY_NUMBER"));
            f.add(c, sandboxtest::beijing(9), store::RecipientState::Refused,
                  QStringLiteral("FailedOperation.PhoneNumberInBlacklist"));
        }
        m_store->setSource(StatisticsSource::Local);
        m_store->setRange({QDate(2026, 3, 10), QDate(2026, 3, 10)});
        QVERIFY(loadAndWait());
        QCOMPARE(statisticsRequests(), 0);
        const statistics::StatisticsReport &r = m_store->report();
        QCOMPARE(r.source, StatisticsSource::Local);
        QCOMPARE(r.buckets.at(9).requests, 2);
        QCOMPARE(r.buckets.at(9).billed, 2);
        QCOMPARE(r.delivery.failed, 1);
        QCOMPARE(r.refusedByCode.size(), 1);
        QCOMPARE(m_store->localAppIds(), QStringList {sandboxtest::appId()});
    }

    void anotherProfileForgetsTheReport()
    {
        QVERIFY(loadAndWait());
        QVERIFY(m_store->hasReport());
        QSignalSpy changed(m_store.get(), &StatisticsStore::changed);
        m_session->switchProfile(QStringLiteral("other"));
        QVERIFY(changed.size() >= 1);
        QVERIFY(!m_store->hasReport());
        QCOMPARE(m_store->report().buckets.size(), 0);
    }

    void loadsWhenTheSessionBecomesReady()
    {
        m_store.reset();
        m_session->setReady(false);
        StatisticsStore::Options options;
        options.store = sms::store::StoreLocation::sqlite(databasePath());
        m_store = std::make_unique<StatisticsStore>(*m_session, options);
        QVERIFY(!m_store->isBusy());
        QSignalSpy changed(m_store.get(), &StatisticsStore::changed);
        m_session->setReady(true);
        QVERIFY(m_store->isBusy());
        QVERIFY(changed.wait(20000));
        QVERIFY(m_store->hasReport());
    }
};

QTEST_GUILESS_MAIN(tst_StatisticsStore)
#include "tst_statisticsstore.moc"
