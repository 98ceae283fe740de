// SPDX-License-Identifier: GPL-3.0-or-later
// Two smsctl campaign resume processes on one campaign and one journal,
// against one sandbox: they split the work (each sends some), and according
// to the sandbox's own records every number is accepted exactly once; also
// with one of them killed with SIGKILL mid-run, whose batches in flight the
// other recovers once its lease has passed. On an SQLite file (the children
// get --journal FILE), and on PostgreSQL as tst_campaignshare_pg (the
// children get --store URL of a throwaway server's database).

#include "CampaignKillSupport.h"
#include "SandboxHarness.h"
#include "TestStore.h"
#include "campaign/Recipient.h"
#include "sandbox/SandboxState.h"
#include "store/CampaignJournal.h"
#include "store/Database.h"
#include "store/RunRegistry.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

using namespace sms;

namespace {
constexpr int kWaitMs = 240000;
constexpr int kRecipients = 20000;
} // namespace

class tst_CampaignShare : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        // A fresh sandbox and journal for each case: the sandbox's records
        // judge one campaign.
        SMS_REQUIRE_TEST_STORE(m_store);
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_sb = std::make_unique<sandboxtest::Harness>();
        // The children sign with this computer's clock.
        m_sb->freezeAt(QDateTime::currentDateTimeUtc());
        m_sb->addStandardFixtures();
        m_location = m_store.location(QStringLiteral("journal.sqlite"));
        m_db = std::make_unique<store::Database>();
        QString error;
        QVERIFY2(m_db->open(m_location, &error), qPrintable(error));
        m_journal = std::make_unique<store::CampaignJournal>(*m_db);
        m_campaignId = createCampaign();
        QVERIFY(m_campaignId > 0);
    }

    void cleanup()
    {
        m_journal.reset();
        m_db.reset();
        m_sb.reset();
        m_dir.reset();
    }

    void twoResumesShareTheWork()
    {
        // Answers slow enough that both are sending at the same time.
        QVERIFY(m_sb->server().faults().parse(QStringLiteral("SendSms:latency=40")));
        QProcess first;
        QProcess second;
        start(first, resume());
        start(second, resume());
        QCOMPARE(waitFor(first), 0);
        QCOMPARE(waitFor(second), 0);

        const store::CampaignCounts counts = m_journal->counts(m_campaignId);
        QCOMPARE(counts.accepted, kRecipients);
        const QString problem = killtest::acceptedExactlyOnce(m_sb->state(), kRecipients);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // Each process claimed and sent batches of its own.
        const QList<qint64> perRun = batchesPerRun();
        QCOMPARE(perRun.size(), 2);
        QVERIFY(perRun.at(0) > 0 && perRun.at(1) > 0);
        QVERIFY(store::RunRegistry(*m_db).liveRuns(m_campaignId).isEmpty());
    }

    void oneKilledTheOtherFinishes()
    {
        QVERIFY(m_sb->server().faults().parse(QStringLiteral("SendSms:latency=60")));
        QProcess doomed;
        QProcess survivor;
        start(doomed, resume());
        start(survivor, resume());
        QVERIFY(doomed.waitForStarted());
        // Kill one once both have sent for a while, with requests on the wire.
        QTRY_VERIFY_WITH_TIMEOUT(
            killtest::acceptedSends(m_sb->state()) >= 4000 && batchesPerRun().size() == 2, kWaitMs);
        ::kill(pid_t(doomed.processId()), SIGKILL);
        QVERIFY(doomed.waitForFinished(kWaitMs));
        QCOMPARE(doomed.exitStatus(), QProcess::CrashExit);

        // The survivor sends the rest, waits for the killed one's lease to
        // pass, and leaves its batches in flight uncertain: exit 5 (or 0
        // when the kill found nothing on the wire).
        const int survived = waitFor(survivor);
        const store::CampaignCounts afterRun = m_journal->counts(m_campaignId);
        QCOMPARE(afterRun.queued, 0);
        QCOMPARE(afterRun.inFlight, 0);
        QCOMPARE(survived, afterRun.uncertain > 0 ? 5 : 0);
        QVERIFY(store::RunRegistry(*m_db).liveRuns(m_campaignId).isEmpty());

        // Reconciliation settles them; a last resume sends what it put back.
        const int reconciled = ctl({QStringLiteral("campaign"), QStringLiteral("reconcile"),
                                    QStringLiteral("--campaign"), QString::number(m_campaignId)});
        QCOMPARE(m_journal->counts(m_campaignId).uncertain, 0);
        QCOMPARE(reconciled, m_journal->counts(m_campaignId).queued > 0 ? 1 : 0);
        QCOMPARE(ctl(resume()), 0);
        QCOMPARE(m_journal->counts(m_campaignId).accepted, kRecipients);
        const QString problem = killtest::acceptedExactlyOnce(m_sb->state(), kRecipients);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

private:
    qint64 createCampaign()
    {
        store::CampaignRecord record;
        record.name = QStringLiteral("shared");
        record.signName = QStringLiteral("沙盒科技");
        record.templateId = QString::number(m_sb->domesticNotice);
        record.appId = sandboxtest::appId();
        record.state = store::CampaignState::Ready;
        const qint64 id = m_journal->createCampaign(record);
        QList<campaign::Recipient> chunk;
        for (int i = 0; i < kRecipients; ++i) {
            campaign::Recipient r;
            r.sourceRow = i + 2;
            r.phone = killtest::phone(i);
            r.input = r.phone.mid(3);
            r.parameters = {QStringLiteral("Li"), QStringLiteral("A7")};
            chunk.append(r);
        }
        return id > 0 && m_journal->addRecipients(id, chunk) ? id : 0;
    }

    // The number of batches each run sent, one entry per run.
    QList<qint64> batchesPerRun()
    {
        QList<qint64> counts;
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM batches WHERE campaign_id = ? "
                                 "AND run_id IS NOT NULL GROUP BY run_id ORDER BY run_id"));
        q.addBindValue(m_campaignId);
        if (!q.exec())
            return counts;
        while (q.next())
            counts.append(q.value(0).toLongLong());
        return counts;
    }

    QStringList resume() const
    {
        // A short lease: a killed client is taken for dead after 2 s.
        return {QStringLiteral("campaign"),   QStringLiteral("resume"),
                QStringLiteral("--campaign"), QString::number(m_campaignId),
                QStringLiteral("--lease"),    QStringLiteral("2")};
    }

    // The children open the test's own store: an SQLite file by path, or the
    // PostgreSQL database by URL (no password in it: the test server trusts
    // its Unix socket's clients).
    QStringList arguments(const QStringList &args) const
    {
        const QStringList global {QStringLiteral("--endpoint"),
                                  m_sb->server().endpoint().toString(), QStringLiteral("--lang"),
                                  QStringLiteral("en")};
        if (m_location.isShared())
            return global + QStringList {QStringLiteral("--store"), m_location.url()} + args;
        return global + args + QStringList {QStringLiteral("--journal"), m_location.path};
    }

    void start(QProcess &process, const QStringList &args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TENCENTCLOUD_SECRET_ID"), sandboxtest::secretId());
        env.insert(QStringLiteral("TENCENTCLOUD_SECRET_KEY"), sandboxtest::secretKey());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(QStringLiteral(SMSCTL_PATH), arguments(args));
    }

    // Waits for a started smsctl, the sandbox answering meanwhile; its exit
    // code (-1 not started, -2 crashed, -3 still running at the deadline).
    int waitFor(QProcess &process)
    {
        if (process.state() == QProcess::Starting && !process.waitForStarted())
            return -1;
        QDeadlineTimer deadline(kWaitMs);
        while (process.state() != QProcess::NotRunning && !deadline.hasExpired())
            QTest::qWait(20);
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished();
            return -3;
        }
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    }

    int ctl(const QStringList &args)
    {
        QProcess process;
        start(process, args);
        return waitFor(process);
    }

    TestStore m_store;
    store::StoreLocation m_location;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<sandboxtest::Harness> m_sb;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<store::CampaignJournal> m_journal;
    qint64 m_campaignId = 0;
};

QTEST_GUILESS_MAIN(tst_CampaignShare)
#include "tst_campaignshare.moc"
