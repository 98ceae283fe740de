// SPDX-License-Identifier: GPL-3.0-or-later
// The campaign engine against a real sandbox on 127.0.0.1: batching and
// splitting, pause and resume, marketing hours, and the sandbox's faults
// (5xx, RequestLimitExceeded bursts, answers dropped after the send was
// carried out). The sandbox's own records are the judge: every recipient
// accepted exactly once, none sent twice. On an SQLite file, and on
// PostgreSQL as tst_campaignrunner_pg.

#include "PostgresServer.h"
#include "SandboxHarness.h"
#include "TestStore.h"
#include "campaign/CampaignRunner.h"
#include "campaign/Reconciler.h"
#include "sandbox/SandboxState.h"
#include "store/CampaignJournal.h"
#include "store/Database.h"
#include "store/RunRegistry.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace sms;
using campaign::CampaignRunner;
using store::RecipientState;

namespace {
constexpr int kWaitMs = 120000;
}

class tst_CampaignRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        SMS_REQUIRE_TEST_STORE(m_store);
        m_sb = std::make_unique<sandboxtest::Harness>();
        m_sb->addStandardFixtures();
        m_db = std::make_unique<store::Database>();
        QString error;
        QVERIFY2(m_db->open(m_store.location(QStringLiteral("runner.sqlite")), &error),
                 qPrintable(error));
        m_journal = std::make_unique<store::CampaignJournal>(*m_db);
    }

    void cleanup()
    {
        m_journal.reset();
        m_db.reset();
        m_server.reset();
        m_sb.reset();
    }

    void batchesOfAtMost200SharingParameters()
    {
        QList<campaign::Recipient> list;
        for (int i = 0; i < 450; ++i)
            list.append(domestic(i, {QStringLiteral("张三"), QStringLiteral("A1")}));
        const qint64 id = newCampaign(m_sb->domesticNotice, list);
        QVERIFY(run(id));
        QCOMPARE(m_sb->server().requestCount(QStringLiteral("SendSms")), 3);
        QCOMPARE(m_journal->counts(id).accepted, 450);
        verifyEachAcceptedOnce(list);
    }

    void splitsByParametersAndMarket()
    {
        QList<campaign::Recipient> list;
        // Two parameter sets among domestic numbers: two requests.
        for (int i = 0; i < 6; ++i)
            list.append(domestic(
                i,
                {i % 2 ? QStringLiteral("李四") : QStringLiteral("张三"), QStringLiteral("B2")}));
        QList<campaign::Recipient> global;
        // International numbers, each with its own parameter:
        // SendMultiGlobalSms; two sharing one: SendSms.
        for (int i = 0; i < 3; ++i)
            global.append(international(QStringLiteral("+1415555%1").arg(2000 + i),
                                        {QStringLiteral("P%1").arg(i)}));
        global.append(international(QStringLiteral("+14155553000"), {QStringLiteral("Same")}));
        global.append(international(QStringLiteral("+14155553001"), {QStringLiteral("Same")}));

        const qint64 domesticId = newCampaign(m_sb->domesticNotice, list);
        QVERIFY(run(domesticId));
        QCOMPARE(m_sb->server().requestCount(QStringLiteral("SendSms")), 2);
        const qint64 globalId
            = newCampaign(m_sb->globalNotice, global, domain::Market::International);
        QVERIFY(run(globalId));
        QCOMPARE(m_sb->server().requestCount(QStringLiteral("SendSms")), 3);
        QCOMPARE(m_sb->server().requestCount(QStringLiteral("SendMultiGlobalSms")), 1);
        QCOMPARE(m_journal->counts(globalId).accepted, 5);
        verifyEachAcceptedOnce(list + global);
    }

    void refusalsAreKeptWithTheirCode()
    {
        // A parameter over the length limit is refused by the service for
        // that request: every number of it, with the code.
        QList<campaign::Recipient> list
            = {domestic(1, {QStringLiteral("张三"), QStringLiteral("A1")}),
               domestic(2, {QStringLiteral("much-too-long"), QStringLiteral("A1")})};
        const qint64 id = newCampaign(m_sb->domesticNotice, list);
        QVERIFY(run(id));
        const store::CampaignCounts counts = m_journal->counts(id);
        QCOMPARE(counts.accepted, 1);
        QCOMPARE(counts.refused, 1);
        const auto groups = m_journal->refusalGroups(id);
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groups.first().code,
                 QStringLiteral("InvalidParameterValue.TemplateParameterLengthLimit"));
        QCOMPARE(groups.first().numbers, QStringList {list.at(1).phone});
    }

    void pauseAndResume()
    {
        QList<campaign::Recipient> list;
        for (int i = 0; i < 40; ++i)
            list.append(domestic(i, {QStringLiteral("N%1").arg(i), QStringLiteral("C")}));
        const qint64 id = newCampaign(m_sb->domesticNotice, list);
        CampaignRunner::Options options;
        options.concurrency = 2;
        CampaignRunner runner(m_sb->api(), *m_journal, id, options);
        connect(&runner, &CampaignRunner::progressChanged, &runner, [&runner] {
            if (runner.progress().accepted >= 4)
                runner.pause();
        });
        runner.start();
        QTRY_COMPARE_WITH_TIMEOUT(runner.state(), CampaignRunner::State::Paused, kWaitMs);
        const int sentWhenPaused = m_sb->server().requestCount(QStringLiteral("SendSms"));
        QVERIFY(sentWhenPaused < 40);
        QCOMPARE(m_journal->campaign(id)->state, store::CampaignState::Paused);
        QCOMPARE(runner.progress().inFlight, 0);
        // Nothing leaves while paused.
        QTest::qWait(200);
        QCOMPARE(m_sb->server().requestCount(QStringLiteral("SendSms")), sentWhenPaused);
        runner.disconnect(&runner);
        runner.resume();
        QTRY_VERIFY_WITH_TIMEOUT(runner.isDone(), kWaitMs);
        QCOMPARE(runner.state(), CampaignRunner::State::Finished);
        QCOMPARE(m_journal->counts(id).accepted, 40);
        verifyEachAcceptedOnce(list);
    }

    void marketingWaitsForItsHours()
    {
        m_sb->freezeAt(sandboxtest::beijing(23, 30));
        const QList<campaign::Recipient> list = {domestic(1, {QStringLiteral("X")})};
        const qint64 id
            = newCampaign(m_sb->domesticMarketing, list, domain::Market::Domestic, true);
        CampaignRunner runner(m_sb->api(), *m_journal, id);
        runner.start();
        QCOMPARE(runner.state(), CampaignRunner::State::Waiting);
        QCOMPARE(m_sb->server().requestCount(QStringLiteral("SendSms")), 0);
        runner.cancel();
        QCOMPARE(runner.state(), CampaignRunner::State::Cancelled);
        QCOMPARE(m_journal->counts(id).queued, 1);
    }

    void twoRunnersShareOneCampaign()
    {
        // Two clients on one file, as a console and smsctl are: each its own
        // connection, its own run; they split the batches between them.
        QList<campaign::Recipient> list;
        for (int i = 0; i < 600; ++i)
            list.append(domestic(i, {QStringLiteral("S"), QStringLiteral("C")}));
        const qint64 id = newCampaign(m_sb->domesticNotice, list);
        store::Database otherDb;
        QVERIFY(otherDb.open(m_db->location()));
        store::CampaignJournal otherJournal(otherDb);
        QVERIFY(m_sb->server().faults().parse(QStringLiteral("SendSms:latency=30")));
        CampaignRunner::Options options;
        options.batchSize = 20;
        options.concurrency = 2;
        CampaignRunner first(m_sb->api(), *m_journal, id, options);
        CampaignRunner second(m_sb->api(), otherJournal, id, options);
        first.start();
        second.start();
        QVERIFY(first.runId() > 0 && second.runId() > 0 && first.runId() != second.runId());
        QTRY_VERIFY_WITH_TIMEOUT(first.isDone() && second.isDone(), kWaitMs);
        QCOMPARE(first.state(), CampaignRunner::State::Finished);
        QCOMPARE(second.state(), CampaignRunner::State::Finished);
        QVERIFY(first.requestsSent() > 0);
        QVERIFY(second.requestsSent() > 0);
        QCOMPARE(first.requestsSent() + second.requestsSent(),
                 m_sb->server().requestCount(QStringLiteral("SendSms")));
        QCOMPARE(m_journal->counts(id).accepted, 600);
        verifyEachAcceptedOnce(list);
        // Both runs ended with their runners.
        QVERIFY(store::RunRegistry(*m_db).liveRuns(id).isEmpty());
    }

    void aRunEndedByAnotherClientStopsAtOnce()
    {
        QList<campaign::Recipient> list;
        for (int i = 0; i < 400; ++i)
            list.append(domestic(1000 + i, {QStringLiteral("E"), QStringLiteral("C")}));
        const qint64 id = newCampaign(m_sb->domesticNotice, list);
        QVERIFY(m_sb->server().faults().parse(QStringLiteral("SendSms:latency=50")));
        CampaignRunner::Options options;
        options.batchSize = 10;
        options.concurrency = 1;
        options.renewMs = 20;
        CampaignRunner runner(m_sb->api(), *m_journal, id, options);
        runner.start();
        QTRY_VERIFY_WITH_TIMEOUT(runner.requestsSent() >= 2, kWaitMs);
        // Another client took the run for dead.
        const qint64 runId = runner.runId();
        QVERIFY(store::RunRegistry(*m_db).end(runId));
        QTRY_VERIFY_WITH_TIMEOUT(runner.isDone(), kWaitMs);
        QCOMPARE(runner.state(), CampaignRunner::State::Failed);
        QCOMPARE(runner.lastError().code(), QStringLiteral("ClientError.CampaignUnavailable"));
        // Nothing was claimed under the run after it ended.
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM batches b JOIN runs r ON r.id = "
                                      "b.run_id WHERE b.started > r.ended_at AND r.id = %1")
                           .arg(runId)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(m_journal->counts(id).queued > 0);
        QCOMPARE(m_journal->counts(id).inFlight, 0);
        // The sandbox accepted each number at most once, and exactly those
        // the journal says.
        int accepted = 0;
        for (const campaign::Recipient &r : std::as_const(list)) {
            const int times = acceptedTimes(r.phone);
            QVERIFY2(times <= 1, qPrintable(r.phone));
            accepted += times;
        }
        QCOMPARE(accepted, m_journal->counts(id).accepted);
    }

    void aLostStoreHoldsSendingUntilItIsBack()
    {
        if (!TestStore::postgresRequested())
            QSKIP("only a server store can go away mid-run: the PostgreSQL variant runs this");
        // A server of this test's own, to stop and start again.
        m_server = std::make_unique<PostgresServer>();
        if (!m_server->start())
            QSKIP(qPrintable(m_server->problem()));
        m_journal.reset();
        m_db = std::make_unique<store::Database>();
        const store::StoreLocation location = m_server->createDatabase(QStringLiteral("lost"));
        QVERIFY(m_db->open(location));
        m_journal = std::make_unique<store::CampaignJournal>(*m_db);
        QList<campaign::Recipient> list;
        for (int i = 0; i < 400; ++i)
            list.append(domestic(2000 + i, {QStringLiteral("L"), QStringLiteral("C")}));
        const qint64 id = newCampaign(m_sb->domesticNotice, list);
        QVERIFY(m_sb->server().faults().parse(QStringLiteral("SendSms:latency=80")));

        CampaignRunner::Options options;
        options.batchSize = 10;
        options.concurrency = 2;
        options.leaseMs = 500;
        options.renewMs = 100;
        options.reconnectMs = 2000;
        CampaignRunner runner(m_sb->api(), *m_journal, id, options);
        QSignalSpy waits(&runner, &CampaignRunner::databaseWaitChanged);
        runner.start();
        QTRY_VERIFY_WITH_TIMEOUT(runner.requestsSent() >= 6, kWaitMs);
        const qint64 firstRun = runner.runId();
        QVERIFY(m_server->stop());
        QTRY_VERIFY_WITH_TIMEOUT(runner.progress().waitingForDatabase, kWaitMs);
        QCOMPARE(waits.size(), 1);
        QCOMPARE(waits.first().first().toBool(), true);
        // Nothing leaves while the store is away; the answers on the way are
        // held in memory.
        const int sentBefore = runner.requestsSent();
        QTRY_COMPARE_WITH_TIMEOUT(m_sb->server().requestCount(QStringLiteral("SendSms")),
                                  sentBefore, kWaitMs);
        QTest::qWait(600);
        QCOMPARE(runner.requestsSent(), sentBefore);
        QVERIFY(!runner.isDone());

        // Back, and before the runner retries, another client finds its
        // lease passed: it ends the run and turns its batches uncertain.
        QVERIFY(m_server->start());
        store::Database other;
        QVERIFY(other.open(location));
        store::CampaignJournal otherJournal(other);
        QVERIFY(otherJournal.recoverInterrupted(id) > 0);
        QVERIFY(store::RunRegistry(other).run(firstRun)->endedAt.isValid());

        // The runner writes what it held (over uncertain), starts a new run
        // and sends the rest.
        QTRY_VERIFY_WITH_TIMEOUT(runner.isDone(), kWaitMs);
        QCOMPARE(runner.state(), CampaignRunner::State::Finished);
        QCOMPARE(waits.size(), 2);
        QCOMPARE(waits.last().first().toBool(), false);
        QSqlQuery runs(m_db->connection());
        QVERIFY(
            runs.exec(QStringLiteral("SELECT COUNT(*) FROM runs WHERE campaign_id = %1").arg(id)));
        QVERIFY(runs.next());
        QCOMPARE(runs.value(0).toInt(), 2);
        // What was recorded and never sent is uncertain now: reconciliation
        // puts it back in the queue, and a last run sends it.
        if (m_journal->counts(id).uncertain > 0) {
            campaign::Reconciler reconciler(m_sb->api(), *m_journal, id);
            QSignalSpy done(&reconciler, &campaign::Reconciler::finished);
            reconciler.start();
            QVERIFY(done.wait(kWaitMs));
            QVERIFY(run(id));
        }
        QCOMPARE(m_journal->counts(id).accepted, 400);
        verifyEachAcceptedOnce(list);
    }

    void faultsNeverSendTwice_data()
    {
        QTest::addColumn<QString>("faults");
        QTest::newRow("5xx before the send") << QStringLiteral("SendSms:http=503:0.3");
        QTest::newRow("5xx after the send") << QStringLiteral("SendSms:http=502:0.3:after");
        QTest::newRow("RequestLimitExceeded bursts")
            << QStringLiteral("SendSms:error=0.4:RequestLimitExceeded");
        QTest::newRow("drop after commit") << QStringLiteral("SendSms:drop=0.3");
    }

    void faultsNeverSendTwice()
    {
        QFETCH(QString, faults);
        m_sb->server().faults().setSeed(11);
        QVERIFY(m_sb->server().faults().parse(faults));
        QList<campaign::Recipient> list;
        for (int i = 0; i < 60; ++i)
            list.append(domestic(i, {QStringLiteral("N%1").arg(i), QStringLiteral("C")}));
        const qint64 id = newCampaign(m_sb->domesticNotice, list);

        // Run, reconcile what is uncertain, and run again, until every
        // number is settled; each round must make progress.
        int rounds = 0;
        for (;;) {
            QVERIFY(run(id, /*concurrency*/ 3, /*mayFail*/ true));
            if (m_journal->counts(id).uncertain > 0) {
                campaign::Reconciler reconciler(m_sb->api(), *m_journal, id);
                QSignalSpy done(&reconciler, &campaign::Reconciler::finished);
                reconciler.start();
                QVERIFY(done.wait(kWaitMs));
                QCOMPARE(reconciler.outcome().unresolved, 0);
            }
            const store::CampaignCounts counts = m_journal->counts(id);
            QCOMPARE(counts.uncertain, 0);
            if (counts.queued == 0)
                break;
            QVERIFY2(++rounds < 30, "the campaign makes no progress");
        }
        QCOMPARE(m_journal->counts(id).accepted, 60);
        verifyEachAcceptedOnce(list);
    }

    void dropAfterCommitIsReconciledAsAccepted()
    {
        QVERIFY(m_sb->server().faults().parse(QStringLiteral("SendSms:drop=1")));
        QList<campaign::Recipient> list;
        for (int i = 0; i < 5; ++i)
            list.append(domestic(i, {QStringLiteral("Z"), QStringLiteral("C")}));
        const qint64 id = newCampaign(m_sb->domesticNotice, list);
        QVERIFY(run(id));
        QCOMPARE(m_journal->counts(id).uncertain, 5);
        QCOMPARE(m_sb->server().requestCount(QStringLiteral("SendSms")), 1);
        // Another run leaves uncertain numbers alone.
        m_sb->server().faults().clear();
        QVERIFY(run(id));
        QCOMPARE(m_sb->server().requestCount(QStringLiteral("SendSms")), 1);

        campaign::Reconciler reconciler(m_sb->api(), *m_journal, id);
        QSignalSpy done(&reconciler, &campaign::Reconciler::finished);
        reconciler.start();
        QVERIFY(done.wait(kWaitMs));
        QCOMPARE(reconciler.outcome().accepted, 5);
        QCOMPARE(reconciler.outcome().requeued, 0);
        QCOMPARE(m_journal->counts(id).accepted, 5);
        QVERIFY(!m_journal->recipients(id, RecipientState::Accepted).first().serialNo.isEmpty());
        QCOMPARE(m_journal->batches(id, store::BatchState::Uncertain).size(), 0);
        QVERIFY(run(id));
        QCOMPARE(m_sb->server().requestCount(QStringLiteral("SendSms")), 1);
        verifyEachAcceptedOnce(list);
    }

private:
    campaign::Recipient domestic(int tail, const QStringList &params)
    {
        campaign::Recipient r;
        r.sourceRow = tail + 2;
        r.phone = sandboxtest::cn(4000 + tail);
        r.input = r.phone.mid(3);
        r.parameters = params;
        return r;
    }

    campaign::Recipient international(const QString &phone, const QStringList &params)
    {
        campaign::Recipient r;
        r.phone = phone;
        r.input = phone;
        r.parameters = params;
        r.market = domain::Market::International;
        return r;
    }

    qint64 newCampaign(qint64 templateId, const QList<campaign::Recipient> &list,
                       domain::Market market = domain::Market::Domestic, bool marketing = false)
    {
        store::CampaignRecord c;
        c.signName = market == domain::Market::Domestic ? QStringLiteral("沙盒科技") : QString();
        c.templateId = QString::number(templateId);
        c.appId = sandboxtest::appId();
        c.market = market;
        c.marketing = marketing;
        const qint64 id = m_journal->createCampaign(c);
        m_journal->addRecipients(id, list);
        m_journal->setCampaignState(id, store::CampaignState::Ready);
        return id;
    }

    // Runs the campaign until the runner ends; false (and a failed test) if
    // it never does, or failed while that was not expected.
    bool run(qint64 id, int concurrency = 4, bool mayFail = false)
    {
        CampaignRunner::Options options;
        options.concurrency = concurrency;
        CampaignRunner runner(m_sb->api(), *m_journal, id, options);
        QSignalSpy finished(&runner, &CampaignRunner::finished);
        runner.start();
        if (!runner.isDone() && !finished.wait(kWaitMs))
            return false;
        if (!mayFail && runner.state() != CampaignRunner::State::Finished) {
            qWarning() << "the run ended as" << runner.state() << runner.lastError().summary();
            return false;
        }
        return true;
    }

    // The sandbox's own records: each number has exactly one accepted send.
    void verifyEachAcceptedOnce(const QList<campaign::Recipient> &list)
    {
        for (const campaign::Recipient &r : list) {
            const int accepted = acceptedTimes(r.phone);
            QVERIFY2(accepted == 1,
                     qPrintable(QStringLiteral("%1 accepted %2 times").arg(r.phone).arg(accepted)));
        }
    }

    int acceptedTimes(const QString &phone)
    {
        sandbox::SandboxState &state = m_sb->state();
        int accepted = 0;
        for (int index : state.sendsByPhone.value(phone)) {
            if (state.sends.at(index).requestCode == QLatin1String("Ok"))
                ++accepted;
        }
        return accepted;
    }

    TestStore m_store;
    std::unique_ptr<sandboxtest::Harness> m_sb;
    std::unique_ptr<PostgresServer> m_server; // a store of the test's own, stopped mid-run
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<store::CampaignJournal> m_journal;
};

QTEST_GUILESS_MAIN(tst_CampaignRunner)
#include "tst_campaignrunner.moc"
