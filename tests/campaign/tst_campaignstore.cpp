// SPDX-License-Identifier: GPL-3.0-or-later
// CampaignStore against a real sandbox on 127.0.0.1: an import lands in the
// journal with pre-flight's refusals kept, a send ends with every sendable
// row accepted, a run pauses and resumes without sending a number twice,
// the service's refusals come back grouped by code and can be exported and
// re-queued, and an unreadable list is an ApiError the catalog explains.

#include "ReviewTestSession.h"
#include "SandboxHarness.h"
#include "campaign/CampaignStore.h"
#include "errors/ErrorCatalog.h"
#include "store/CampaignJournal.h"
#include "store/Database.h"
#include "store/RunRegistry.h"

#include <QCoreApplication>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sms;
using campaign::CampaignRunner;
using campaign::CampaignStore;
using store::RecipientState;

class tst_CampaignStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<sandboxtest::Harness> m_harness;
    std::unique_ptr<ReviewTestSession> m_session;
    std::unique_ptr<CampaignStore> m_store;

    void makeStore(int concurrency = 4)
    {
        CampaignStore::Options options;
        options.store
            = sms::store::StoreLocation::sqlite(m_dir->filePath(QStringLiteral("journal.sqlite")));
        options.concurrency = concurrency;
        options.importChunkSize = 100;
        m_store = std::make_unique<CampaignStore>(*m_session, options);
    }

    store::CampaignRecord record() const
    {
        store::CampaignRecord r;
        r.name = QStringLiteral("test");
        r.signName = QStringLiteral("沙盒科技");
        r.templateId = QString::number(m_harness->domesticNotice);
        r.appId = sandboxtest::appId();
        return r;
    }

    static campaign::Preflight::Options preflight()
    {
        campaign::Preflight::Options o;
        o.templateContent = QStringLiteral("您好{1}，您的订单{2}已发货。");
        o.signName = QStringLiteral("沙盒科技");
        o.plannedTime = sandboxtest::beijing();
        return o;
    }

    // A header line, then rows numbers from tail 100 on, all with the same
    // two parameters (so that they share requests of 200).
    static QString csv(int rows)
    {
        QString text = QStringLiteral("phone,name,order\n");
        for (int i = 0; i < rows; ++i)
            text += QStringLiteral("%1,Li,A1\n").arg(sandboxtest::cn(100 + i));
        return text;
    }

    qint64 importAndWait(const QString &text, const campaign::Preflight::Options &options)
    {
        QSignalSpy finished(m_store.get(), &CampaignStore::importFinished);
        const qint64 id = m_store->importText(record(), text, {}, options);
        if (id == 0)
            return 0;
        if (!finished.wait(30000) || !finished.constFirst().at(1).toBool())
            return 0;
        return id;
    }

    bool runToEnd(qint64 id)
    {
        QSignalSpy finished(m_store.get(), &CampaignStore::runFinished);
        return m_store->start(id) && finished.wait(30000);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_harness = std::make_unique<sandboxtest::Harness>();
        m_harness->addStandardFixtures();
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

    // Who sends which campaign: this client and the others of the store,
    // read again now and then, and after another client wrote.
    void liveRunsOfEveryClientAreListed()
    {
        m_store.reset();
        CampaignStore::Options options;
        options.store
            = sms::store::StoreLocation::sqlite(m_dir->filePath(QStringLiteral("journal.sqlite")));
        options.runsRefreshMs = 0; // the test reads them itself
        options.followChangesMs = 20;
        m_store = std::make_unique<CampaignStore>(*m_session, options);
        QVERIFY(m_store->isOpen());
        const qint64 id = importAndWait(csv(3), preflight());
        QVERIFY(id > 0);
        QVERIFY(m_store->liveRuns(id).isEmpty());
        QVERIFY(!m_store->isSentElsewhere(id));

        // Another client (another computer) and this one.
        store::Database other;
        QVERIFY(other.open(m_store->databasePath()));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QSqlQuery q(other.connection());
        q.prepare(QStringLiteral("INSERT INTO runs (campaign_id, host, user_name, pid, program, "
                                 "started_at, lease_until) VALUES (?, 'desk-7', 'li', 4242, "
                                 "'SMS Console', ?, ?)"));
        q.addBindValue(id);
        q.addBindValue(now);
        q.addBindValue(now + 600'000);
        QVERIFY(q.exec());
        // One that died long ago (its lease passed) does not count.
        q.addBindValue(id);
        q.addBindValue(now - 900'000);
        q.addBindValue(now - 600'000);
        QVERIFY(q.exec());
        QSignalSpy runs(m_store.get(), &CampaignStore::runsChanged);
        QSignalSpy changed(m_store.get(), &CampaignStore::changed);
        // The change feed notices the other connection's commit.
        QVERIFY(runs.wait(10000));
        QCOMPARE(m_store->liveRuns(id).size(), 1);
        QCOMPARE(m_store->liveRuns(id).first().host, QStringLiteral("desk-7"));
        QCOMPARE(m_store->liveRuns(id).first().user, QStringLiteral("li"));
        QVERIFY(!CampaignStore::isOwnRun(m_store->liveRuns(id).first()));
        QVERIFY(m_store->isSentElsewhere(id));
        QVERIFY(changed.size() >= 1);

        // This process's own run (as RunRegistry::start writes it).
        QSqlQuery own(other.connection());
        own.prepare(QStringLiteral("INSERT INTO runs (campaign_id, host, user_name, pid, program, "
                                   "started_at, lease_until) VALUES (?, ?, 'me', ?, 'SMS Console', "
                                   "?, ?) RETURNING id"));
        own.addBindValue(id);
        own.addBindValue(store::RunRegistry::hostName());
        own.addBindValue(QCoreApplication::applicationPid());
        own.addBindValue(now);
        own.addBindValue(now + 60'000);
        QVERIFY(own.exec() && own.next());
        const qint64 mine = own.value(0).toLongLong();
        own.finish();
        m_store->refreshRuns();
        QCOMPARE(m_store->liveRuns(id).size(), 2);
        QVERIFY(CampaignStore::isOwnRun(m_store->liveRuns(id).last()));
        const int before = int(runs.size());
        // A renewed lease is no news.
        QVERIFY(own.exec(
            QStringLiteral("UPDATE runs SET lease_until = lease_until + 60000 WHERE id = %1")
                .arg(mine)));
        m_store->refreshRuns();
        QCOMPARE(int(runs.size()), before);
        QVERIFY(own.exec(
            QStringLiteral("UPDATE runs SET ended_at = %1 WHERE id = %2").arg(now).arg(mine)));
        m_store->refreshRuns();
        QCOMPARE(m_store->liveRuns(id).size(), 1);
    }

    void opensTheJournalWhenTheSessionIsReady()
    {
        m_store.reset();
        m_session->setReady(false);
        makeStore();
        QVERIFY(!m_store->isOpen());
        QSignalSpy opened(m_store.get(), &CampaignStore::opened);
        m_session->setReady(true);
        QCOMPARE(opened.size(), 1);
        QVERIFY(m_store->isOpen());
        QVERIFY(importAndWait(csv(3), preflight()) > 0);
        QCOMPARE(m_store->campaigns().size(), 1);
        // Another profile's campaigns are forgotten, then read again from
        // the journal the store is given.
        QSignalSpy changed(m_store.get(), &CampaignStore::changed);
        m_session->switchProfile(QStringLiteral("other"));
        QVERIFY(changed.size() >= 1);
        QCOMPARE(m_store->campaigns().size(), 1);
    }

    void importFillsTheJournalWithEveryRow()
    {
        QString text = csv(5);
        text += QStringLiteral("12345,Wang,B1\n"); // not a number
        text += QStringLiteral("%1,Zhao,B2\n").arg(sandboxtest::cn(100)); // a duplicate
        QSignalSpy progress(m_store.get(), &CampaignStore::importProgress);
        const qint64 id = importAndWait(text, preflight());
        QVERIFY(id > 0);
        QVERIFY(!m_store->isImporting());
        QCOMPARE(m_store->campaign(id)->state, store::CampaignState::Ready);

        const campaign::PreflightSummary summary = m_store->importSummary();
        QCOMPARE(summary.rows, 7);
        QCOMPARE(summary.sendable, 5);
        QCOMPARE(summary.problemsByCode.value(campaign::Preflight::duplicateCode()), 1);
        QCOMPARE(summary.problemsByCode.value(
                     QStringLiteral("InvalidParameterValue.IncorrectPhoneNumber")),
                 1);

        const store::CampaignCounts counts = m_store->counts(id);
        QCOMPARE(counts.queued, 5);
        QCOMPARE(counts.refused, 2);

        // Pages in source order, and the problems alone.
        const auto first = m_store->recipients(id, 0, 4);
        QCOMPARE(first.size(), 4);
        QCOMPARE(first.first().sourceRow, 2); // the header is row 1
        const auto rest = m_store->recipients(id, first.last().id, 4);
        QCOMPARE(rest.size(), 3);
        QCOMPARE(rest.last().code, campaign::Preflight::duplicateCode());
        const auto problems = m_store->recipients(id, 0, 100, true);
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems.first().input, QStringLiteral("12345"));
        // The rows of some numbers only.
        const auto ofNumber = m_store->recipients(id, 0, 100, false, {sandboxtest::cn(100)});
        QCOMPARE(ofNumber.size(), 2);
    }

    void sendEndsWithEverySendableRowAccepted()
    {
        const qint64 id = importAndWait(csv(450), preflight());
        QVERIFY(id > 0);
        QSignalSpy busy(m_store.get(), &CampaignStore::busyChanged);
        QVERIFY(runToEnd(id));
        QVERIFY(!m_store->isBusy());
        QCOMPARE(busy.size(), 2); // busy, then idle
        const store::CampaignCounts counts = m_store->counts(id);
        QCOMPARE(counts.accepted, 450);
        QCOMPARE(counts.total(), 450);
        QCOMPARE(m_store->campaign(id)->state, store::CampaignState::Finished);
        // 200 + 200 + 50.
        QCOMPARE(m_harness->server().requestCount(QStringLiteral("SendSms")), 3);
    }

    void pauseAndResumeSendEachNumberOnce()
    {
        m_store.reset();
        makeStore(1);
        const qint64 id = importAndWait(csv(1000), preflight());
        QVERIFY(id > 0);
        QSignalSpy state(m_store.get(), &CampaignStore::runStateChanged);
        QSignalSpy finished(m_store.get(), &CampaignStore::runFinished);
        QVERIFY(m_store->start(id));
        QSignalSpy progress(m_store.get(), &CampaignStore::progressChanged);
        QVERIFY(progress.wait(10000));
        m_store->pause();
        QTRY_COMPARE_WITH_TIMEOUT(m_store->runState(), CampaignRunner::State::Paused, 10000);
        const store::CampaignCounts paused = m_store->counts(id);
        QVERIFY(paused.accepted > 0);
        QVERIFY(paused.queued > 0);
        QCOMPARE(paused.inFlight, 0);
        QCOMPARE(m_store->campaign(id)->state, store::CampaignState::Paused);
        m_store->resume();
        QVERIFY(finished.wait(30000));
        QCOMPARE(m_store->counts(id).accepted, 1000);
        QCOMPARE(m_harness->server().requestCount(QStringLiteral("SendSms")), 5);
    }

    void refusalsAreGroupedExportedAndRequeued()
    {
        // The same number twice within 30 seconds: the service refuses the
        // second.
        campaign::Preflight::Options options = preflight();
        options.dropDuplicates = false;
        QString text = csv(3);
        text += QStringLiteral("%1,Zhao,B2\n").arg(sandboxtest::cn(101));
        const qint64 id = importAndWait(text, options);
        QVERIFY(id > 0);
        QVERIFY(runToEnd(id));
        const store::CampaignCounts counts = m_store->counts(id);
        QCOMPARE(counts.accepted, 3);
        QCOMPARE(counts.refused, 1);
        const errors::ErrorGroupList groups = m_store->refusalGroups(id);
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groups.first().count, 1);
        QVERIFY(errors::ErrorCatalog::isKnown(groups.first().code));

        const QString path = m_dir->filePath(QStringLiteral("refused.csv"));
        QCOMPARE(m_store->exportRefused(id, path), 1);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray exported = file.readAll();
        QVERIFY(exported.contains(groups.first().code.toUtf8()));

        QCOMPARE(m_store->requeueRefused(id), 1);
        QCOMPARE(m_store->counts(id).queued, 1);
        QCOMPARE(m_store->campaign(id)->state, store::CampaignState::Paused);
    }

    void anUnreadableListIsAnApiError()
    {
        QSignalSpy failed(m_store.get(), &CampaignStore::failed);
        QSignalSpy finished(m_store.get(), &CampaignStore::importFinished);
        const qint64 id = m_store->importFile(record(), m_dir->filePath(QStringLiteral("gone.csv")),
                                              {}, preflight());
        QVERIFY(id > 0);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.constFirst().at(1).toBool(), false);
        QCOMPARE(failed.size(), 1);
        const auto error = failed.constFirst().at(0).value<api::ApiError>();
        QCOMPARE(error.code(), QString::fromLatin1(CampaignStore::importUnreadableCode));
        QVERIFY(errors::ErrorCatalog::guidanceFor(error.code()).exactMatch);
        QVERIFY(!error.message().isEmpty());
        QCOMPARE(m_session->reported.size(), 1);
        QCOMPARE(m_store->campaign(id)->state, store::CampaignState::Cancelled);
    }

    void aCancelledImportKeepsWhatArrived()
    {
        QSignalSpy finished(m_store.get(), &CampaignStore::importFinished);
        QSignalSpy failed(m_store.get(), &CampaignStore::failed);
        const qint64 id = m_store->importText(record(), csv(5000), {}, preflight());
        QVERIFY(id > 0);
        m_store->cancelImport();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.constFirst().at(1).toBool(), false);
        QCOMPARE(failed.size(), 0); // cancelling is not a failure
        QCOMPARE(m_store->campaign(id)->state, store::CampaignState::Cancelled);
        QVERIFY(m_store->counts(id).total() < 5000);
    }

    void balanceComesFromThePackages()
    {
        QSignalSpy balance(m_store.get(), &CampaignStore::balanceChanged);
        m_store->loadBalance();
        QVERIFY(balance.wait(10000));
        QVERIFY(m_store->hasBalance());
        QVERIFY(!m_store->packages().isEmpty());
        QVERIFY(m_store->remainingSegments() > 0);
    }

    void onlyOneJobAtATime()
    {
        const qint64 id = importAndWait(csv(10), preflight());
        QVERIFY(id > 0);
        QSignalSpy finished(m_store.get(), &CampaignStore::runFinished);
        QVERIFY(m_store->start(id));
        QVERIFY(!m_store->reconcile(id));
        QVERIFY(!m_store->start(id));
        QVERIFY(finished.wait(30000));
        QSignalSpy reconciled(m_store.get(), &CampaignStore::reconcileFinished);
        QVERIFY(m_store->reconcile(id));
        QVERIFY(reconciled.wait(30000));
    }
};

QTEST_GUILESS_MAIN(tst_CampaignStore)
#include "tst_campaignstore.moc"
