// SPDX-License-Identifier: GPL-3.0-or-later
// sms-sandbox as operators run it, a process of its own with --state: a
// rehearsal of 100,000 numbers is on disk as it goes, request by request, so
// SIGTERM has nothing left to write and a restart finds every record; a
// SIGKILL loses nothing that was answered; a second sandbox on the same state
// is refused and told which process holds it. No timing is asserted: that no
// request waits on a save shows in the files on disk holding every answered
// request while the sandbox still runs.

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "sandbox/SandboxStore.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <functional>
#include <memory>
#include <sys/stat.h>

using namespace sms;

namespace {
constexpr int kStartMs = 30000;
// A stop is expected within a second; this only keeps a hung process from
// hanging the test.
constexpr int kStopMs = 60000;
const QString kKey = QStringLiteral("process-test-key-0123456789");

// One sms-sandbox process and a client signed for it.
class SandboxProcess
{
public:
    explicit SandboxProcess(const QString &statePath)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("SMS_SANDBOX_SECRET_KEY"), kKey);
        m_process.setProcessEnvironment(environment);
        m_process.start(QStringLiteral(SMS_SANDBOX_PATH),
                        {QStringLiteral("--demo"), QStringLiteral("--state"), statePath});
    }

    ~SandboxProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(kStopMs);
        }
    }

    // Waits for the line with the endpoint; false if the process ended.
    bool started()
    {
        while (!m_process.canReadLine()) {
            if (!m_process.waitForReadyRead(kStartMs))
                return false;
        }
        const QJsonObject line = QJsonDocument::fromJson(m_process.readLine()).object();
        m_appId = line.value(QLatin1String("appId")).toString();
        api::ClientConfig config;
        config.endpoint = QUrl(line.value(QLatin1String("endpoint")).toString());
        config.timeoutMs = 60000;
        m_client.setConfig(config);
        m_client.setCredential({line.value(QLatin1String("secretId")).toString(), kKey, {}});
        return config.endpoint.isValid() && !m_appId.isEmpty();
    }

    QProcess &process() { return m_process; }

    // Sends numbers first..first+count-1 (+86138xxxxxxxx), 200 to a request,
    // eight requests at a time; false if any request failed.
    bool send(int first, int count)
    {
        int next = first, done = 0, failed = 0;
        const int requests = (count + 199) / 200;
        std::function<void()> more = [&] {
            if (next >= first + count)
                return;
            QJsonArray numbers;
            for (int i = 0; i < 200 && next < first + count; ++i)
                numbers.append(QStringLiteral("+86138%1").arg(next++, 8, 10, QLatin1Char('0')));
            const QJsonObject body {{QStringLiteral("PhoneNumberSet"), numbers},
                                    {QStringLiteral("SmsSdkAppId"), m_appId},
                                    {QStringLiteral("SignName"), QStringLiteral("沙盒科技")},
                                    {QStringLiteral("TemplateId"), QStringLiteral("200001")},
                                    {QStringLiteral("TemplateParamSet"),
                                     QJsonArray {QStringLiteral("123456"), QStringLiteral("5")}}};
            api::ApiCall *call = m_client.call(QStringLiteral("SendSms"), body);
            QObject::connect(call, &api::ApiCall::finished, call, [&, call] {
                if (!call->succeeded() && ++failed == 1)
                    qWarning("SendSms failed: %s", qPrintable(call->error().summary()));
                call->deleteLater();
                ++done;
                more();
            });
        };
        for (int i = 0; i < 8; ++i)
            more();
        return QTest::qWaitFor([&] { return done == requests; }, 600000) && failed == 0;
    }

    // RequestCount of SendStatusStatistics over the last three days and the
    // next one: every number the account sent.
    qint64 numbersSent()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc().toOffsetFromUtc(8 * 3600);
        const QString format = QStringLiteral("yyyyMMddHH");
        const QJsonObject body {{QStringLiteral("BeginTime"), now.addDays(-3).toString(format)},
                                {QStringLiteral("EndTime"), now.addDays(1).toString(format)},
                                {QStringLiteral("SmsSdkAppId"), m_appId},
                                {QStringLiteral("Limit"), 0},
                                {QStringLiteral("Offset"), 0}};
        api::ApiCall *call = m_client.call(QStringLiteral("SendStatusStatistics"), body);
        QSignalSpy finished(call, &api::ApiCall::finished);
        if (!call->isFinished() && !finished.wait(kStartMs))
            return -1;
        const qint64 count = call->succeeded() ? call->response()
                                                     .value(QLatin1String("SendStatusStatistics"))
                                                     .toObject()
                                                     .value(QLatin1String("RequestCount"))
                                                     .toInteger(-1)
                                               : -1;
        call->deleteLater();
        return count;
    }

    // Ends the process with signal and waits; its exit code, or -1.
    int stop(int signal)
    {
        ::kill(pid_t(m_process.processId()), signal);
        if (!m_process.waitForFinished(kStopMs))
            return -1;
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -signal;
    }

private:
    QProcess m_process;
    api::ApiClient m_client;
    QString m_appId;
};

// The test's sends (+86138...) in the database files as they are on disk
// now, read from a copy (the running sandbox holds the lock on the original).
int sendsOnDisk(const QString &statePath, const QString &copy)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        QFile::remove(copy + suffix);
        if (QFile::exists(statePath + suffix) && !QFile::copy(statePath + suffix, copy + suffix))
            return -1;
    }
    sandbox::SandboxStore store;
    sandbox::SandboxState state;
    QString error;
    if (!store.open(copy, {}, &error) || !store.load(state, &error)) {
        qWarning("%s", qPrintable(error));
        return -1;
    }
    int count = 0;
    for (const sandbox::SendRecord &send : state.sends)
        count += send.phoneNumber.startsWith(QLatin1String("+86138"));
    return count;
}

int fileMode(const QString &path)
{
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 0777);
}
} // namespace

class tst_SandboxProcess : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString statePath() const { return m_dir->filePath(QStringLiteral("rehearsal.sqlite")); }
    QString copyPath() const { return m_dir->filePath(QStringLiteral("copy.sqlite")); }

private Q_SLOTS:
    void initTestCase()
    {
        // A line per request is noise at 500 requests.
        QLoggingCategory::setFilterRules(QStringLiteral("sms.api.info=false"));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void sigtermAfterOneHundredThousandNumbersLosesNothing()
    {
        qint64 counted = 0;
        {
            SandboxProcess sandbox(statePath());
            QVERIFY2(sandbox.started(), sandbox.process().readAllStandardError().constData());
            const qint64 before = sandbox.numbersSent();
            QVERIFY(before >= 0);
            QVERIFY(sandbox.send(0, 100000));
            counted = sandbox.numbersSent();
            QCOMPARE(counted, before + 100000);
            // Every answered request is on disk while the sandbox runs: the
            // stop has nothing to catch up on.
            QCOMPARE(sendsOnDisk(statePath(), copyPath()), 100000);
            QCOMPARE(sandbox.stop(SIGTERM), 0);
        }
        QVERIFY(!QFile::exists(statePath() + QStringLiteral(".lock")));
        QCOMPARE(fileMode(statePath()), 0600);

        SandboxProcess again(statePath());
        QVERIFY2(again.started(), again.process().readAllStandardError().constData());
        QCOMPARE(again.numbersSent(), counted);
        QVERIFY(again.send(100000, 400));
        QCOMPARE(again.numbersSent(), counted + 400);
        QCOMPARE(again.stop(SIGINT), 0);
    }

    void sigkillLosesNothingAnswered()
    {
        qint64 counted = 0;
        {
            SandboxProcess sandbox(statePath());
            QVERIFY2(sandbox.started(), sandbox.process().readAllStandardError().constData());
            QVERIFY(sandbox.send(0, 10000));
            counted = sandbox.numbersSent();
            QCOMPARE(sandbox.stop(SIGKILL), -SIGKILL);
        }
        // The lock of the killed process is recognised as stale.
        SandboxProcess again(statePath());
        QVERIFY2(again.started(), again.process().readAllStandardError().constData());
        QCOMPARE(again.numbersSent(), counted);
        QCOMPARE(sendsOnDisk(statePath(), copyPath()), 10000);
    }

    void secondSandboxOnTheSameStateIsRefused()
    {
        SandboxProcess first(statePath());
        QVERIFY2(first.started(), first.process().readAllStandardError().constData());
        SandboxProcess second(statePath());
        QVERIFY(!second.started());
        QVERIFY(second.process().state() == QProcess::NotRunning
                || second.process().waitForFinished(kStopMs));
        QCOMPARE(second.process().exitCode(), 1);
        const QString error = QString::fromLocal8Bit(second.process().readAllStandardError());
        QVERIFY2(error.contains(QStringLiteral("in use")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("process %1").arg(first.process().processId())),
                 qPrintable(error));
        // The first one is untouched and goes on serving.
        QVERIFY(first.send(0, 200));
        QCOMPARE(first.stop(SIGTERM), 0);
    }
};

QTEST_GUILESS_MAIN(tst_SandboxProcess)
#include "tst_sandboxprocess.moc"
