// SPDX-License-Identifier: GPL-3.0-or-later
// smsctl receipts pull, send and optout, run as a child process against a
// sandbox in this process (whose clock the child signs with), on a journal
// in a temporary folder: what they print, their exit codes, and what the
// database and the sandbox hold afterwards.

#include "SandboxHarness.h"
#include "sandbox/SandboxState.h"
#include "store/Database.h"
#include "store/OptOutList.h"

#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace sms;
using sandboxtest::cn;

class tst_IngestCommand : public QObject
{
    Q_OBJECT

    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_sb = std::make_unique<sandboxtest::Harness>();
        m_sb->freezeAt(QDateTime::currentDateTimeUtc());
        m_sb->addStandardFixtures();
        m_journal = m_dir.filePath(QStringLiteral("j%1.sqlite").arg(++m_files));
    }

    void cleanup() { m_sb.reset(); }

    void sendJournalsOneMessage()
    {
        const Result r
            = ctl({QStringLiteral("send"), QStringLiteral("--phone"), QStringLiteral("13800137001"),
                   QStringLiteral("--template"), QString::number(m_sb->domesticNotice),
                   QStringLiteral("--sign"), QStringLiteral("沙盒科技"), QStringLiteral("--param"),
                   QStringLiteral("张三"), QStringLiteral("--param"), QStringLiteral("A1")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(QLatin1String("accepted +8613800137001 ")), qPrintable(r.out));
        QCOMPARE(m_sb->server().requestCount(QStringLiteral("SendSms")), 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM campaigns WHERE kind = 1")), 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM recipients WHERE state = 2")), 1);
    }

    void sendRefusedByTheChecksSendsNothing()
    {
        const Result r
            = ctl({QStringLiteral("send"), QStringLiteral("--phone"), QStringLiteral("13800137002"),
                   QStringLiteral("--template"), QString::number(m_sb->domesticNotice),
                   QStringLiteral("--sign"), QStringLiteral("沙盒科技"), QStringLiteral("--param"),
                   QStringLiteral("张三")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains(
            QLatin1String("FailedOperation.TemplateParamSetNotMatchApprovedTemplate")));
        QCOMPARE(m_sb->server().requestCount(QStringLiteral("SendSms")), 0);
    }

    void optOutIsLocalAndRefusedBySendAndCampaigns()
    {
        // No keys needed for the list itself.
        Result r = ctl({QStringLiteral("optout"), QStringLiteral("add"), QStringLiteral("--phone"),
                        QStringLiteral("13800137003"), QStringLiteral("--note"),
                        QStringLiteral("asked by phone")},
                       false);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = ctl({QStringLiteral("optout"), QStringLiteral("list")}, false);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QLatin1String("+8613800137003\t")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("note: asked by phone")));

        r = ctl({QStringLiteral("send"), QStringLiteral("--phone"), QStringLiteral("13800137003"),
                 QStringLiteral("--template"), QString::number(m_sb->domesticNotice),
                 QStringLiteral("--sign"), QStringLiteral("沙盒科技"), QStringLiteral("--param"),
                 QStringLiteral("张三"), QStringLiteral("--param"), QStringLiteral("A1")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains(QLatin1String("FailedOperation.PhoneNumberInBlacklist")));

        QFile csv(m_dir.filePath(QStringLiteral("list.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("13800137003,张三,A1\n13800137004,李四,A2\n");
        csv.close();
        r = ctl({QStringLiteral("campaign"), QStringLiteral("run"), QStringLiteral("--csv"),
                 csv.fileName(), QStringLiteral("--template"),
                 QString::number(m_sb->domesticNotice), QStringLiteral("--sign"),
                 QStringLiteral("沙盒科技")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.out.contains(QLatin1String("refused FailedOperation.PhoneNumberInBlacklist 1")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("accepted 1")));
        QCOMPARE(m_sb->server().requestCount(QStringLiteral("SendSms")), 1);

        r = ctl({QStringLiteral("optout"), QStringLiteral("remove"), QStringLiteral("--phone"),
                 QStringLiteral("+8613800137003"), QStringLiteral("--note"),
                 QStringLiteral("subscribed again")},
                false);
        QCOMPARE(r.exitCode, 0);
        r = ctl({QStringLiteral("optout"), QStringLiteral("list")}, false);
        QCOMPARE(r.out, QString());
        r = ctl({QStringLiteral("optout"), QStringLiteral("remove"), QStringLiteral("--phone"),
                 QStringLiteral("13800137003")},
                false);
        QCOMPARE(r.exitCode, 2); // a removal says why
    }

    void receiptsPullStoresOnce()
    {
        QCOMPARE(
            ctl({QStringLiteral("send"), QStringLiteral("--phone"), cn(7777),
                 QStringLiteral("--template"), QString::number(m_sb->domesticNotice),
                 QStringLiteral("--sign"), QStringLiteral("沙盒科技"), QStringLiteral("--param"),
                 QStringLiteral("张三"), QStringLiteral("--param"), QStringLiteral("A1")})
                .exitCode,
            0);
        m_sb->advance(60);
        Result r = ctl({QStringLiteral("receipts"), QStringLiteral("pull")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out, QStringLiteral("receipts 1\nreplies 1\nopted-out 1\n"));
        r = ctl({QStringLiteral("receipts"), QStringLiteral("pull")});
        QCOMPARE(r.out, QStringLiteral("receipts 0\nreplies 0\nopted-out 0\n"));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM receipts")), 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM opt_out")), 1);
        QCOMPARE(m_sb->server().requestCount(QStringLiteral("PullSmsSendStatus")), 2);
    }

    void receiptsPullWatchStopsCleanlyOnSigterm()
    {
        QCOMPARE(
            ctl({QStringLiteral("send"), QStringLiteral("--phone"), cn(4401),
                 QStringLiteral("--template"), QString::number(m_sb->domesticNotice),
                 QStringLiteral("--sign"), QStringLiteral("沙盒科技"), QStringLiteral("--param"),
                 QStringLiteral("张三"), QStringLiteral("--param"), QStringLiteral("A1")})
                .exitCode,
            0);
        m_sb->advance(60);
        QProcess child;
        child.setProcessEnvironment(environment(true));
        child.start(QStringLiteral(SMSCTL_PATH),
                    arguments({QStringLiteral("receipts"), QStringLiteral("pull"),
                               QStringLiteral("--watch"), QStringLiteral("--interval"),
                               QStringLiteral("0.05")}));
        QVERIFY(child.waitForStarted());
        // Until it has pulled a few times: the server lives in this thread.
        QString err;
        QEventLoop loop;
        connect(&child, &QProcess::readyReadStandardError, &loop, [&] {
            err += QString::fromUtf8(child.readAllStandardError());
            if (err.count(QLatin1String("so far")) >= 3)
                loop.quit();
        });
        connect(&child, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
        QVERIFY2(err.count(QLatin1String("so far")) >= 3, qPrintable(err));
        child.terminate();
        QVERIFY(finish(child));
        QCOMPARE(child.exitStatus(), QProcess::NormalExit);
        QCOMPARE(child.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(child.readAllStandardOutput()),
                 QStringLiteral("receipts 1\nreplies 0\nopted-out 0\n"));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM receipts")), 1);
    }

private:
    QProcessEnvironment environment(bool withKeys) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("TENCENTCLOUD_SECRET_ID"));
        env.remove(QStringLiteral("TENCENTCLOUD_SECRET_KEY"));
        if (withKeys) {
            env.insert(QStringLiteral("TENCENTCLOUD_SECRET_ID"), sandboxtest::secretId());
            env.insert(QStringLiteral("TENCENTCLOUD_SECRET_KEY"), sandboxtest::secretKey());
        }
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        return env;
    }

    QStringList arguments(const QStringList &args) const
    {
        return QStringList {QStringLiteral("--endpoint"), m_sb->server().endpoint().toString(),
                            QStringLiteral("--lang"),     QStringLiteral("en"),
                            QStringLiteral("--journal"),  m_journal,
                            QStringLiteral("--app-id"),   sandboxtest::appId()}
        + args;
    }

    // Keeps this thread's event loop (the sandbox's) turning until the
    // child ends.
    static bool finish(QProcess &child)
    {
        QEventLoop loop;
        connect(&child, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        if (child.state() != QProcess::NotRunning)
            loop.exec();
        if (child.state() != QProcess::NotRunning) {
            child.kill();
            child.waitForFinished(5000);
            return false;
        }
        return true;
    }

    Result ctl(const QStringList &args, bool withKeys = true)
    {
        QProcess child;
        child.setProcessEnvironment(environment(withKeys));
        child.start(QStringLiteral(SMSCTL_PATH), arguments(args));
        Result r;
        if (!child.waitForStarted(5000))
            return r;
        child.closeWriteChannel();
        if (!finish(child))
            return r;
        r.exitCode = child.exitStatus() == QProcess::NormalExit ? child.exitCode() : -2;
        r.out = QString::fromUtf8(child.readAllStandardOutput());
        r.err = QString::fromUtf8(child.readAllStandardError());
        return r;
    }

    int count(const QString &sql) const
    {
        store::Database db;
        if (!db.open(m_journal))
            return -1;
        QSqlQuery q(db.connection());
        const int n = q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
        q.finish();
        return n;
    }

    QTemporaryDir m_dir;
    int m_files = 0;
    QString m_journal;
    std::unique_ptr<sandboxtest::Harness> m_sb;
};

QTEST_GUILESS_MAIN(tst_IngestCommand)
#include "tst_ingestcommand.moc"
