// SPDX-License-Identifier: GPL-3.0-or-later
// smsctl campaign run, really killed with SIGKILL while its requests are on
// the wire, then reconciled and resumed: according to the sandbox's own
// records every recipient is accepted exactly once.

#include "CampaignKillSupport.h"
#include "SandboxHarness.h"
#include "sandbox/SandboxState.h"
#include "store/CampaignJournal.h"
#include "store/Database.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace sms;

namespace {
constexpr int kWaitMs = 120000;
constexpr int kRecipients = 3000;
} // namespace

class tst_CampaignKill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sb = std::make_unique<sandboxtest::Harness>();
        // The child signs with this computer's clock.
        m_sb->freezeAt(QDateTime::currentDateTimeUtc());
        m_sb->addStandardFixtures();
        QVERIFY(killtest::writeRecipients(m_dir.filePath(QStringLiteral("recipients.csv")),
                                          kRecipients,
                                          {QStringLiteral("Li"), QStringLiteral("A7")}));
    }

    void killedMidCampaignThenResumed()
    {
        // Slow answers, so that the kill lands with requests on the wire.
        QVERIFY(m_sb->server().faults().parse(QStringLiteral("SendSms:latency=250")));
        const QString journal = m_dir.filePath(QStringLiteral("journal.sqlite"));
        QProcess child;
        start(child,
              {QStringLiteral("campaign"), QStringLiteral("run"), QStringLiteral("--csv"),
               m_dir.filePath(QStringLiteral("recipients.csv")), QStringLiteral("--template"),
               QString::number(m_sb->domesticNotice), QStringLiteral("--sign"),
               QStringLiteral("沙盒科技"), QStringLiteral("--concurrency"), QStringLiteral("2")});
        QVERIFY(child.waitForStarted());
        // Kill once some batches were answered and some are still to go.
        QTRY_VERIFY_WITH_TIMEOUT(acceptedSoFar() >= 600, kWaitMs);
        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished(kWaitMs));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        // Let the sandbox finish the requests that were on the wire: their
        // sends happened, and nobody heard the answer.
        QTest::qWait(600);

        store::Database db;
        QVERIFY(db.open(journal));
        store::CampaignJournal j(db);
        const store::CampaignCounts before = j.counts(1);
        QCOMPARE(before.total(), kRecipients);
        QVERIFY2(before.queued > 0, "the child was killed too late to test anything");
        QVERIFY2(before.inFlight > 0, "no batch was in flight at the kill");

        // Resume alone never sends an uncertain number again.
        m_sb->server().faults().clear();
        QCOMPARE(ctl({QStringLiteral("campaign"), QStringLiteral("resume"),
                      QStringLiteral("--campaign"), QStringLiteral("1")}),
                 5);
        QCOMPARE(j.counts(1).uncertain, before.inFlight);
        // Reconciliation settles them: accepted where the sandbox has the
        // send, back in the queue where it has none (recorded, never sent);
        // exit 1 while some are queued again.
        const int reconciled = ctl({QStringLiteral("campaign"), QStringLiteral("reconcile"),
                                    QStringLiteral("--campaign"), QStringLiteral("1")});
        QCOMPARE(j.counts(1).uncertain, 0);
        QCOMPARE(reconciled, j.counts(1).queued > 0 ? 1 : 0);
        QCOMPARE(ctl({QStringLiteral("campaign"), QStringLiteral("resume"),
                      QStringLiteral("--campaign"), QStringLiteral("1")}),
                 0);
        const store::CampaignCounts after = j.counts(1);
        QCOMPARE(after.uncertain, 0);
        QCOMPARE(after.accepted, kRecipients);

        // The sandbox's records: each number accepted exactly once.
        const QString problem = killtest::acceptedExactlyOnce(m_sb->state(), kRecipients);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(m_sb->state().sendsByPhone.size(), kRecipients);
        QCOMPARE(ctl({QStringLiteral("campaign"), QStringLiteral("status"),
                      QStringLiteral("--campaign"), QStringLiteral("1")}),
                 0);
    }

    // A template the service's list does not type: --template-type says
    // what it is for, and pre-flight applies the verification-code rule.
    void templateTypeDrivesPreflight()
    {
        // New numbers each run: the sandbox refuses a number twice in 30 s.
        int tail = 8100;
        const auto runWith = [&](const QStringList &type) {
            const QString csv = m_dir.filePath(QStringLiteral("codes-%1.csv").arg(tail));
            QFile file(csv);
            if (!file.open(QIODevice::WriteOnly))
                return -1;
            file.write(QStringLiteral("phone,code\n%1,12ab\n%2,123456\n")
                           .arg(sandboxtest::cn(tail), sandboxtest::cn(tail + 1))
                           .toUtf8());
            file.close();
            tail += 2;
            return ctl(QStringList {QStringLiteral("campaign"), QStringLiteral("run"),
                                    QStringLiteral("--csv"), csv, QStringLiteral("--template"),
                                    QString::number(m_sb->domesticCode), QStringLiteral("--sign"),
                                    QStringLiteral("沙盒科技")}
                       + type);
        };
        store::Database db;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("journal.sqlite"))));
        store::CampaignJournal journal(db);
        const auto newest = [&] {
            return journal.counts(journal.campaigns().constFirst().id);
        };
        // As a verification code, letters are refused before sending.
        QCOMPARE(runWith({QStringLiteral("--template-type"), QStringLiteral("verification")}), 3);
        QCOMPARE(newest().refusedBeforeSending, 1);
        QCOMPARE(newest().accepted, 1);
        // Taken for a notification, the row leaves, and the service (which
        // knows the template) refuses it.
        QCOMPARE(runWith({QStringLiteral("--template-type"), QStringLiteral("notification")}), 3);
        QCOMPARE(newest().refusedBeforeSending, 0);
        QCOMPARE(newest().refused, 1);
        // An unknown type, or one --marketing contradicts, is a usage error.
        QCOMPARE(runWith({QStringLiteral("--template-type"), QStringLiteral("promo")}), 2);
        QCOMPARE(runWith({QStringLiteral("--template-type"), QStringLiteral("notification"),
                          QStringLiteral("--marketing")}),
                 2);
    }

private:
    QStringList arguments(const QStringList &args) const
    {
        return QStringList {QStringLiteral("--endpoint"), m_sb->server().endpoint().toString(),
                            QStringLiteral("--lang"), QStringLiteral("en")}
        + args
            + QStringList {QStringLiteral("--journal"),
                           m_dir.filePath(QStringLiteral("journal.sqlite")),
                           QStringLiteral("--app-id"), sandboxtest::appId()};
    }

    void start(QProcess &process, const QStringList &args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TENCENTCLOUD_SECRET_ID"), sandboxtest::secretId());
        env.insert(QStringLiteral("TENCENTCLOUD_SECRET_KEY"), sandboxtest::secretKey());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(QStringLiteral(SMSCTL_PATH), arguments(args));
    }

    // Runs smsctl to its end, the sandbox answering meanwhile; its exit code.
    int ctl(const QStringList &args)
    {
        QProcess process;
        start(process, args);
        if (!process.waitForStarted())
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

    int acceptedSoFar() { return killtest::acceptedSends(m_sb->state()); }

    QTemporaryDir m_dir;
    std::unique_ptr<sandboxtest::Harness> m_sb;
};

QTEST_GUILESS_MAIN(tst_CampaignKill)
#include "tst_campaignkill.moc"
