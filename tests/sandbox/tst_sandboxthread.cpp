// SPDX-License-Identifier: GPL-3.0-or-later
// SandboxThread, the sandbox the GUI runs in-process: it starts and stops on
// a thread of its own, keeps its state in its database (also when stopped
// while it is still starting), frees its port and the state's lock, reports a
// start that fails, and can be started again afterwards.

#include "SandboxHarness.h"
#include "sandbox/SandboxState.h"
#include "sandbox/SandboxStore.h"
#include "sandbox/SandboxThread.h"

#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace sms;
using sandbox::SandboxOptions;
using sandbox::SandboxState;
using sandbox::SandboxStore;
using sandbox::SandboxThread;

namespace {
constexpr int kTimeoutMs = 15000;

// A port nothing listens on right now.
quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

// Whether something still listens on port (a server that was not deleted).
bool portTaken(quint16 port)
{
    QTcpServer probe;
    return !probe.listen(QHostAddress::LocalHost, port);
}
} // namespace

class tst_SandboxThread : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    QString statePath() const { return m_dir->filePath(QStringLiteral("state.sqlite")); }

    // The account in the state database; only once the sandbox stopped, as
    // its lock keeps everyone else out while it runs.
    bool loadSaved(SandboxState *saved) const
    {
        SandboxStore store;
        QString error;
        if (!store.open(statePath(), {}, &error) || !store.load(*saved, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        return true;
    }

    SandboxOptions options() const
    {
        SandboxOptions o;
        o.secretId = sandboxtest::secretId();
        o.secretKey = sandboxtest::secretKey();
        o.appId = sandboxtest::appId();
        o.statePath = statePath();
        return o;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void stopDuringStartupSavesStateAndFreesThePort()
    {
        SandboxOptions o = options();
        o.demo = true;
        o.port = freePort();
        QVERIFY(o.port != 0);

        SandboxThread sandbox;
        QSignalSpy started(&sandbox, &SandboxThread::started);
        sandbox.start(o);
        // started() cannot have arrived: this thread has not returned to its
        // event loop since start().
        sandbox.stop();

        QVERIFY(!sandbox.isRunning());
        SandboxState saved;
        QVERIFY(loadSaved(&saved));
        QCOMPARE(saved.secretId, o.secretId);
        QCOMPARE(saved.defaultAppId, o.appId);
        QVERIFY(!saved.signs.isEmpty()); // the demo account, not an empty one
        QVERIFY(!saved.templates.isEmpty());
        QVERIFY(!saved.sends.empty());
        QVERIFY2(!portTaken(o.port), "the server was not deleted when the sandbox stopped");

        // The report of the start that was overtaken by stop() changes nothing.
        QCoreApplication::sendPostedEvents();
        QCOMPARE(started.count(), 0);
        QVERIFY(!sandbox.isRunning());
        QVERIFY(sandbox.secretKey().isEmpty());
    }

    void startAndStopSavesWhatRequestsChanged()
    {
        SandboxOptions o = options();
        o.demo = true;
        SandboxThread sandbox;
        QSignalSpy started(&sandbox, &SandboxThread::started);
        sandbox.start(o);
        QVERIFY(started.wait(kTimeoutMs));
        QVERIFY(sandbox.isRunning());
        const QUrl endpoint = sandbox.endpoint();
        QCOMPARE(started.value(0).value(0).toUrl(), endpoint);
        QCOMPARE(endpoint.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(sandbox.secretId(), sandboxtest::secretId());
        QCOMPARE(sandbox.secretKey(), sandboxtest::secretKey());
        QCOMPARE(sandbox.appId(), sandboxtest::appId());
        // The account is on disk from the start, and the state is taken.
        QVERIFY(QFile::exists(statePath()));
        {
            SandboxStore second;
            QString error;
            QVERIFY(!second.open(statePath(), {}, &error));
            QVERIFY2(error.contains(QStringLiteral("in use")), qPrintable(error));
        }

        // A change made through the wire.
        qint64 added = 0;
        {
            api::ApiClient client;
            api::SmsApi api(&client);
            client.setCredential({sandbox.secretId(), sandbox.secretKey(), {}});
            api::ClientConfig config = client.config();
            config.endpoint = endpoint;
            client.setConfig(config);
            domain::AddSmsTemplateRequest request;
            request.templateName = QStringLiteral("thread test");
            request.templateContent = QStringLiteral("您的验证码为{1}。");
            request.remark = QStringLiteral("login");
            auto *reply = api.addSmsTemplate(request);
            SB_WAIT(reply);
            QVERIFY2(reply->succeeded(), qPrintable(reply->error().code()));
            added = reply->result().addTemplateStatus.templateId.toLongLong();
            QVERIFY(added > 0);
        }

        sandbox.stop();
        QVERIFY(!sandbox.isRunning());
        QVERIFY(sandbox.endpoint().isEmpty());
        QVERIFY2(!portTaken(quint16(endpoint.port())),
                 "the server was not deleted when the sandbox stopped");
        SandboxState saved;
        QVERIFY(loadSaved(&saved));
        QCOMPARE(saved.secretKey, sandboxtest::secretKey());
        QVERIFY(saved.templates.contains(added));
        QCOMPARE(saved.templates.value(added).name, QStringLiteral("thread test"));

        // Started again from the saved file: the same account.
        SandboxOptions again = options();
        again.secretId.clear();
        again.secretKey.clear();
        sandbox.start(again);
        QVERIFY(started.wait(kTimeoutMs));
        QCOMPARE(sandbox.secretId(), sandboxtest::secretId());
        QCOMPARE(sandbox.secretKey(), sandboxtest::secretKey());
    }

    void startFailsWhenThePortIsTaken()
    {
        QTcpServer blocker;
        QVERIFY(blocker.listen(QHostAddress::LocalHost, 0));
        SandboxOptions o = options();
        o.port = blocker.serverPort();

        SandboxThread sandbox;
        QSignalSpy started(&sandbox, &SandboxThread::started);
        QSignalSpy failed(&sandbox, &SandboxThread::failed);
        sandbox.start(o);
        QVERIFY(failed.wait(kTimeoutMs));
        QCOMPARE(failed.count(), 1);
        QVERIFY2(failed.value(0).value(0).toString().contains(QString::number(o.port)),
                 qPrintable(failed.value(0).value(0).toString()));
        QCOMPARE(started.count(), 0);
        QVERIFY(!sandbox.isRunning());
        // A sandbox that never served saves nothing, and holds no lock.
        sandbox.stop();
        QVERIFY(!QFile::exists(statePath()));
        QVERIFY(!QFile::exists(statePath() + QStringLiteral(".lock")));

        // A failed start leaves nothing behind that keeps the next one from
        // starting, with or without stop() in between.
        sandbox.start(o);
        QVERIFY(failed.wait(kTimeoutMs));
        o.port = 0;
        sandbox.start(o);
        QVERIFY(started.wait(kTimeoutMs));
        QVERIFY(sandbox.isRunning());
        QCOMPARE(failed.count(), 2);
    }

    void unreadableStateFileIsReportedAndKept()
    {
        const QByteArray garbage = "this is not a sandbox state";
        {
            QFile file(statePath());
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(garbage);
        }
        SandboxThread sandbox;
        QSignalSpy failed(&sandbox, &SandboxThread::failed);
        sandbox.start(options());
        QVERIFY(failed.wait(kTimeoutMs));
        QVERIFY(!sandbox.isRunning());
        sandbox.stop();

        QFile file(statePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), garbage);
    }

    void destroyingARunningSandboxSavesIt()
    {
        {
            SandboxThread sandbox;
            QSignalSpy started(&sandbox, &SandboxThread::started);
            SandboxOptions o = options();
            o.demo = true;
            sandbox.start(o);
            QVERIFY(started.wait(kTimeoutMs));
        }
        SandboxState saved;
        QVERIFY(loadSaved(&saved));
        QVERIFY(!saved.signs.isEmpty());
    }

    void stopWithoutStartAndTwiceIsHarmless()
    {
        SandboxThread sandbox;
        sandbox.stop();
        QVERIFY(!sandbox.isRunning());
        sandbox.start(options());
        sandbox.stop();
        sandbox.stop();
        QVERIFY(!sandbox.isRunning());
        QVERIFY(QFile::exists(statePath()));
    }
};

QTEST_GUILESS_MAIN(tst_SandboxThread)
#include "tst_sandboxthread.moc"
