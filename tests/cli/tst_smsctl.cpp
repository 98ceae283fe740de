// SPDX-License-Identifier: GPL-3.0-or-later
#include "CannedServer.h"
#include "HistoryGenerator.h"
#include "PostgresServer.h"
#include "SandboxHarness.h"
#include "credentials/ProfileStore.h"
#include "credentials/SecretStore.h"
#include "errors/ErrorCatalog.h"
#include "history/Lifecycle.h"
#include "store/Database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using sms::testsupport::HistoryGenerator;

namespace {
const QByteArray kSecretId = "AKIDsmsctltest000000000000000000000";
const QByteArray kSecretKey = "smsctl-secret-key-do-not-print-0001";
// Profiles go to the application's real keychain service, under names no
// operator would choose; each test removes what it stored.
const QString kProfile = QStringLiteral("tst_smsctl profile");

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
    // From the first byte the process printed to its exit.
    qint64 exitDelayMs = -1;
};
} // namespace

Q_DECLARE_METATYPE(CannedServer::Reply)

// smsctl as a user runs it: a real process, credentials in the environment,
// a real HTTP server on 127.0.0.1 that checks every signature independently.
class tst_SmsCtl : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CannedServer> m_server;

    std::unique_ptr<QTemporaryDir> m_home;
    QStringList m_storedProfiles;

    Result smsctl(const QStringList &args, const QByteArray &key = kSecretKey,
                  const QByteArray &stdinData = {}, bool withCredentials = true)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("TENCENTCLOUD_SECRET_ID"));
        env.remove(QStringLiteral("TENCENTCLOUD_SECRET_KEY"));
        if (withCredentials) {
            env.insert(QStringLiteral("TENCENTCLOUD_SECRET_ID"), QString::fromLatin1(kSecretId));
            env.insert(QStringLiteral("TENCENTCLOUD_SECRET_KEY"), QString::fromLatin1(key));
        }
        return run(args, env, stdinData);
    }

    // smsctl --profile: a HOME of its own (so the shared settings file is a
    // temporary one), the session's real keyring, and wrong keys in the
    // environment to show that the keychain's are used.
    Result smsctlWithProfile(const QStringList &args, const QString &dbusAddress = QString())
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TENCENTCLOUD_SECRET_ID"),
                   QStringLiteral("AKIDfromTheEnvironment"));
        env.insert(QStringLiteral("TENCENTCLOUD_SECRET_KEY"),
                   QStringLiteral("environment-key-not-for-profiles"));
        env.insert(QStringLiteral("HOME"), m_home->path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome());
        env.insert(QStringLiteral("XDG_DATA_HOME"),
                   m_home->filePath(QStringLiteral(".local/share")));
        if (!dbusAddress.isEmpty())
            env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), dbusAddress);
        return run(args, env, {});
    }

    QString configHome() const { return m_home->filePath(QStringLiteral(".config")); }

    // The file smsctl reads: QSettings' INI location under the child's
    // XDG_CONFIG_HOME.
    sms::credentials::ProfileStore profileStore() const
    {
        return sms::credentials::ProfileStore(configHome()
                                              + QStringLiteral("/SmsConsole/SMS Console.ini"));
    }

    sms::credentials::Profile serverProfile() const
    {
        sms::credentials::Profile p;
        p.name = kProfile;
        p.endpoint = m_server->endpoint();
        p.region = QStringLiteral("ap-nanjing");
        p.serverLanguage = QStringLiteral("en-US");
        p.appIds = {{QStringLiteral("1400000001"), QStringLiteral("Shop")}};
        return p;
    }

    // Empty on success, else the SecretJob's error code and message.
    QString storeKeys(const QString &profile, const QString &secretId, const QString &secretKey)
    {
        sms::credentials::SecretStore store;
        sms::api::Credential credential;
        credential.secretId = secretId;
        credential.secretKey = secretKey;
        m_storedProfiles.append(profile);
        return finish(store.write(profile, credential));
    }

    static QString finish(sms::credentials::SecretJob *job)
    {
        QEventLoop loop;
        QObject::connect(job, &sms::credentials::SecretJob::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        loop.exec();
        const QString result = !job->isFinished() ? QStringLiteral("no answer from the keychain")
            : job->succeeded()                    ? QString()
                               : job->errorCode() + QStringLiteral(": ") + job->errorString();
        delete job;
        return result;
    }

    static QByteArray keychainHint()
    {
        return "the keychain is not usable here: the --profile tests need a D-Bus session with an "
               "unlocked gnome-keyring; run them through scripts/test";
    }

    Result run(const QStringList &args, QProcessEnvironment env, const QByteArray &stdinData)
    {
        QProcess process;
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        process.setProcessEnvironment(env);
        QElapsedTimer clock;
        clock.start();
        qint64 firstOutputMs = -1;
        const auto printed = [&] {
            if (firstOutputMs < 0)
                firstOutputMs = clock.elapsed();
        };
        connect(&process, &QProcess::readyReadStandardOutput, this, printed);
        connect(&process, &QProcess::readyReadStandardError, this, printed);
        process.start(QStringLiteral(SMSCTL_PATH), args);
        if (!process.waitForStarted(5000))
            return {};
        if (!stdinData.isEmpty())
            process.write(stdinData);
        process.closeWriteChannel();
        // The server lives in this thread: keep the event loop turning while
        // the child runs instead of blocking in waitForFinished(). A loop
        // that waits for events (not one that polls and sleeps) serves as
        // fast as a real server does.
        QEventLoop loop;
        connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        if (process.state() != QProcess::NotRunning)
            loop.exec();
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(5000);
        }
        Result r;
        if (firstOutputMs >= 0)
            r.exitDelayMs = clock.elapsed() - firstOutputMs;
        r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        r.out = QString::fromUtf8(process.readAllStandardOutput());
        r.err = QString::fromUtf8(process.readAllStandardError());
        return r;
    }

    QStringList endpointArgs() const
    {
        return {QStringLiteral("--endpoint"), m_server->endpoint().toString()};
    }

    static QByteArray chineseSend()
    {
        return QJsonDocument(
                   QJsonObject {{QStringLiteral("PhoneNumberSet"),
                                 QJsonArray {QStringLiteral("+8613800138000"),
                                             QStringLiteral("+8613800138001")}},
                                {QStringLiteral("SmsSdkAppId"), QStringLiteral("1400000001")},
                                {QStringLiteral("SignName"), QStringLiteral("测试科技")},
                                {QStringLiteral("TemplateId"), QStringLiteral("1001")},
                                {QStringLiteral("TemplateParamSet"),
                                 QJsonArray {QStringLiteral("张三"), QStringLiteral("双十一")}}})
            .toJson(QJsonDocument::Compact);
    }

    static QJsonObject status(const QString &phone, const QString &code)
    {
        const bool ok = code == QLatin1String("Ok");
        return {
            {QStringLiteral("SerialNo"), ok ? QStringLiteral("2019:538884*********") : QString()},
            {QStringLiteral("PhoneNumber"), phone},
            {QStringLiteral("Fee"), ok ? 1 : 0},
            {QStringLiteral("SessionContext"), QString()},
            {QStringLiteral("Code"), code},
            {QStringLiteral("Message"),
             ok ? QStringLiteral("send success") : QStringLiteral("number is blocked")},
            {QStringLiteral("IsoCode"), QStringLiteral("CN")}};
    }

    // smsctl sign / template against a real sandbox in this process, whose
    // clock runs with this computer's (the child signs with it), keys in
    // the environment, and SMS Console's data directory in the test's HOME.
    std::unique_ptr<sandboxtest::Harness> m_sandbox;

    sandboxtest::Harness &sandbox()
    {
        if (!m_sandbox) {
            m_sandbox = std::make_unique<sandboxtest::Harness>();
            m_sandbox->freezeAt(QDateTime::currentDateTimeUtc());
        }
        return *m_sandbox;
    }

    Result sandboxCtl(const QStringList &args, bool withCredentials = true)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("TENCENTCLOUD_SECRET_ID"));
        env.remove(QStringLiteral("TENCENTCLOUD_SECRET_KEY"));
        if (withCredentials) {
            env.insert(QStringLiteral("TENCENTCLOUD_SECRET_ID"), sandboxtest::secretId());
            env.insert(QStringLiteral("TENCENTCLOUD_SECRET_KEY"), sandboxtest::secretKey());
        }
        env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome());
        QStringList arguments = args;
        arguments.replaceInStrings(QRegularExpression(QStringLiteral("^@image$")), imageFile());
        arguments.replaceInStrings(QRegularExpression(QStringLiteral("^@text$")), textFile());
        return run(QStringList {QStringLiteral("--endpoint"),
                                sandbox().server().endpoint().toString(), QStringLiteral("--lang"),
                                QStringLiteral("en")}
                       + arguments,
                   env, {});
    }

    QString dataHome() const { return m_home->filePath(QStringLiteral(".local/share")); }

    // A file that exists but is no image ("@text" in a data row).
    QString textFile()
    {
        const QString path = m_home->filePath(QStringLiteral("notes.txt"));
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write("not an image\n") > 0 ? path
                                                                                   : QString();
    }

    // An image file for --proof and --commission.
    QString imageFile(const char *format = "PNG")
    {
        QImage image(24, 16, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        const QString path
            = m_home->filePath(QStringLiteral("scan.") + QString::fromLatin1(format).toLower());
        return image.save(path, format) ? path : QString();
    }

    // "@image" stands for imageFile(), "@text" for textFile(): data
    // functions run before init().
    static QStringList signForm(const QString &name)
    {
        return {QStringLiteral("--name"),          name,
                QStringLiteral("--type"),          QStringLiteral("0"),
                QStringLiteral("--document-type"), QStringLiteral("1"),
                QStringLiteral("--proof"),         QStringLiteral("@image"),
                QStringLiteral("--qualification"), QStringLiteral("1001")};
    }

    static QStringList templateForm(const QString &content,
                                    const QString &type = QStringLiteral("notification"))
    {
        return {QStringLiteral("--name"),    QStringLiteral("发货通知"),
                QStringLiteral("--content"), content,
                QStringLiteral("--type"),    type};
    }

    static QStringList lines(const QString &text)
    {
        return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

    // A generated send history for smsctl history, in this test's home.
    QString historyDatabase(HistoryGenerator::Spec *spec = nullptr)
    {
        const QString path = m_home->filePath(QStringLiteral("history.sqlite"));
        if (!QFile::exists(path)) {
            sms::store::Database db;
            if (!db.open(path) || HistoryGenerator::generate(db, historySpec()).isEmpty())
                return {};
        }
        if (spec)
            *spec = historySpec();
        return path;
    }
    static HistoryGenerator::Spec historySpec()
    {
        HistoryGenerator::Spec spec;
        spec.sends = 400;
        spec.distinctNumbers = 30;
        return spec;
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<CannedServer>();
        QVERIFY(m_server->start());
        m_server->setCredential(kSecretId, kSecretKey);
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
    }

    void cleanup()
    {
        if (!m_storedProfiles.isEmpty()
            && !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
            sms::credentials::SecretStore store;
            for (const QString &profile : std::as_const(m_storedProfiles))
                finish(store.remove(profile));
        }
        m_storedProfiles.clear();
        m_sandbox.reset();
        m_home.reset();
        m_server.reset();
    }

    void chineseSendSucceeds()
    {
        m_server->enqueue(CannedServer::ok(
            {{QStringLiteral("SendStatusSet"),
              QJsonArray {status(QStringLiteral("+8613800138000"), QStringLiteral("Ok")),
                          status(QStringLiteral("+8613800138001"), QStringLiteral("Ok"))}}}));
        const Result r
            = smsctl(endpointArgs() << QStringLiteral("call") << QStringLiteral("SendSms")
                                    << QString::fromUtf8(chineseSend()));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(m_server->requestCount(), 1);
        QCOMPARE(m_server->received().first().signatureProblem, QString());
        QCOMPARE(m_server->received().first().body, chineseSend());
        const QJsonObject printed = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(printed.value(QStringLiteral("SendStatusSet")).toArray().size(), 2);
        QVERIFY(printed.contains(QStringLiteral("RequestId")));
        QVERIFY(r.out.contains(QLatin1String("\n    \""))); // indented
        QVERIFY(!r.out.contains(QString::fromLatin1(kSecretKey)));
        QVERIFY(!r.err.contains(QString::fromLatin1(kSecretKey)));
    }

    void wrongKeyIsServiceError()
    {
        const Result r
            = smsctl(endpointArgs() << QStringLiteral("call") << QStringLiteral("SendSms")
                                    << QString::fromUtf8(chineseSend()),
                     "a-wrong-key");
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.startsWith(QLatin1String("AuthFailure.SignatureFailure: ")),
                 qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("(RequestId ")));
        QVERIFY(!r.err.contains(QLatin1String("a-wrong-key")));
    }

    void partialFailureExitsThreeAndListsNumbers()
    {
        m_server->enqueue(CannedServer::ok(
            {{QStringLiteral("SendStatusSet"),
              QJsonArray {status(QStringLiteral("+8613800138000"), QStringLiteral("Ok")),
                          status(QStringLiteral("+8613800138001"),
                                 QStringLiteral("FailedOperation.PhoneNumberInBlacklist"))}}}));
        const Result r
            = smsctl(endpointArgs()
                     << QStringLiteral("--lang") << QStringLiteral("en") << QStringLiteral("call")
                     << QStringLiteral("SendSms") << QString::fromUtf8(chineseSend()));
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(
            r.err.contains(QLatin1String("+8613800138001  FailedOperation.PhoneNumberInBlacklist")),
            qPrintable(r.err));
        QVERIFY(!r.err.contains(QLatin1String("+8613800138000 ")));
        QVERIFY(r.err.contains(QLatin1String("Accepted: 1, refused: 1")));
        // The accepted number's serial is still printed.
        QVERIFY(r.out.contains(QLatin1String("2019:538884")));
    }

    void requestFromStdin()
    {
        const Result r
            = smsctl(endpointArgs() << QStringLiteral("call")
                                    << QStringLiteral("DescribeSmsSignList") << QStringLiteral("-"),
                     kSecretKey, "{\"International\":0,\"Limit\":10,\"Offset\":0}");
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(m_server->received().first().body,
                 QByteArray("{\"International\":0,\"Limit\":10,\"Offset\":0}"));
    }

    void optionsReachTheWire()
    {
        const Result r = smsctl(endpointArgs()
                                << QStringLiteral("--region") << QStringLiteral("ap-beijing")
                                << QStringLiteral("--lang") << QStringLiteral("en")
                                << QStringLiteral("call") << QStringLiteral("DescribeSmsSignList"));
        QCOMPARE(r.exitCode, 0);
        const auto &headers = m_server->received().first().headers;
        QCOMPARE(headers.value("x-tc-region"), QByteArray("ap-beijing"));
        QCOMPARE(headers.value("x-tc-language"), QByteArray("en-US"));
        QCOMPARE(m_server->received().first().body, QByteArray("{}"));
    }

    // One parser for every --lang: the spellings an operator types all work
    // for `call` as they do for `explain`, and choose X-TC-Language.
    void languageSpellings_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("explainTitle");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QByteArray("zh-CN")
                               << QStringLiteral("签名");
        QTest::newRow("zh-CN") << QStringLiteral("zh-CN") << QByteArray("zh-CN")
                               << QStringLiteral("签名");
        QTest::newRow("zh") << QStringLiteral("zh") << QByteArray("zh-CN")
                            << QStringLiteral("签名");
        QTest::newRow("en") << QStringLiteral("en") << QByteArray("en-US")
                            << QStringLiteral("signature");
        QTest::newRow("en_US") << QStringLiteral("en_US") << QByteArray("en-US")
                               << QStringLiteral("signature");
        QTest::newRow("en-US") << QStringLiteral("en-US") << QByteArray("en-US")
                               << QStringLiteral("signature");
    }

    void languageSpellings()
    {
        QFETCH(QString, lang);
        QFETCH(QByteArray, header);
        QFETCH(QString, explainTitle);
        const Result r
            = smsctl(endpointArgs() << QStringLiteral("--lang") << lang << QStringLiteral("call")
                                    << QStringLiteral("DescribeSmsSignList"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(m_server->received().first().headers.value("x-tc-language"), header);

        const Result explained = smsctl({QStringLiteral("--lang"), lang, QStringLiteral("explain"),
                                         QStringLiteral("AuthFailure.SignatureFailure")});
        QVERIFY2(explained.exitCode == 0, qPrintable(explained.err));
        QVERIFY2(explained.out.contains(explainTitle, Qt::CaseInsensitive),
                 qPrintable(explained.out));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("hint");
        QTest::newRow("no command") << QStringList {} << QStringLiteral("no command");
        QTest::newRow("unknown command")
            << QStringList {QStringLiteral("frobnicate")} << QStringLiteral("unknown command");
        QTest::newRow("no action")
            << QStringList {QStringLiteral("call")} << QStringLiteral("usage");
        QTest::newRow("bad action")
            << QStringList {QStringLiteral("call"), QStringLiteral("send sms")}
            << QStringLiteral("action");
        QTest::newRow("bad json") << QStringList {QStringLiteral("call"), QStringLiteral("SendSms"),
                                                  QStringLiteral("{oops")}
                                  << QStringLiteral("JSON");
        QTest::newRow("json array")
            << QStringList {QStringLiteral("call"), QStringLiteral("SendSms"),
                            QStringLiteral("[1]")}
            << QStringLiteral("object");
        QTest::newRow("bad lang") << QStringList {QStringLiteral("--lang"), QStringLiteral("fr"),
                                                  QStringLiteral("call"), QStringLiteral("SendSms")}
                                  << QStringLiteral("language");
        QTest::newRow("bad timeout")
            << QStringList {QStringLiteral("--timeout"), QStringLiteral("-1"),
                            QStringLiteral("call"), QStringLiteral("SendSms")}
            << QStringLiteral("timeout");
        QTest::newRow("cleartext endpoint")
            << QStringList {QStringLiteral("--endpoint"), QStringLiteral("http://sms.example.com"),
                            QStringLiteral("call"), QStringLiteral("SendSms")}
            << QStringLiteral("https://");
        QTest::newRow("unknown option")
            << QStringList {QStringLiteral("--secret-key"), QStringLiteral("x"),
                            QStringLiteral("call"), QStringLiteral("SendSms")}
            << QStringLiteral("secret-key");
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, hint);
        const Result r = smsctl(endpointArgs() + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(hint, Qt::CaseInsensitive), qPrintable(r.err));
        QCOMPARE(m_server->requestCount(), 0);
    }

    // --store names a team's PostgreSQL store for this run; never with a
    // password (it would stay in the shell's history and the process list).
    void storeOption()
    {
        Result r
            = smsctl(endpointArgs() << QStringLiteral("--store")
                                    << QStringLiteral("postgresql://ops:hunter2@db.example.com/sms")
                                    << QStringLiteral("campaign") << QStringLiteral("list"));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("password")), qPrintable(r.err));
        QVERIFY(!r.err.contains(QLatin1String("hunter2")));
        r = smsctl(endpointArgs() << QStringLiteral("--store") << QStringLiteral("sqlite:///tmp/x")
                                  << QStringLiteral("campaign") << QStringLiteral("list"));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("--store")), qPrintable(r.err));

        PostgresServer server;
        if (!server.start())
            QSKIP(qPrintable(server.problem()));
        const QString url = server.createDatabase(QStringLiteral("team")).url();
        r = smsctl(endpointArgs() << QStringLiteral("--store") << url << QStringLiteral("campaign")
                                  << QStringLiteral("list"));
        QVERIFY2(r.exitCode == 0,
                 qPrintable(QStringLiteral("exit %1: %2 %3").arg(r.exitCode).arg(r.err, r.out)));
        // The same store for the opt-out list and the history; a number
        // added by one command is seen by the next.
        r = smsctl(endpointArgs() << QStringLiteral("--store") << url << QStringLiteral("optout")
                                  << QStringLiteral("add") << QStringLiteral("--phone")
                                  << QStringLiteral("+8613800000009") << QStringLiteral("--note")
                                  << QStringLiteral("asked by phone"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = smsctl(endpointArgs() << QStringLiteral("--store") << url << QStringLiteral("optout")
                                  << QStringLiteral("list"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("+8613800000009")), qPrintable(r.out));
        QCOMPARE(m_server->requestCount(), 0);
    }

    void missingCredentialsIsUsageError()
    {
        const Result r
            = smsctl(endpointArgs() << QStringLiteral("call") << QStringLiteral("SendSms"),
                     kSecretKey, {}, false);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("TENCENTCLOUD_SECRET_ID")));
        QCOMPARE(m_server->requestCount(), 0);
    }

    void spacesAroundKeysAreTrimmedWithANote()
    {
        const Result r = smsctl(endpointArgs() << QStringLiteral("call")
                                               << QStringLiteral("DescribeSmsSignList"),
                                kSecretKey + "\n");
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.contains(QLatin1String("removed spaces")));
    }

    void networkFailureExitsFour()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        const Result r
            = smsctl({QStringLiteral("--endpoint"), QStringLiteral("http://127.0.0.1:%1").arg(port),
                      QStringLiteral("call"), QStringLiteral("SendSms"), QStringLiteral("{}")});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains(QLatin1String("network error (ClientError.ConnectionRefused)")),
                 qPrintable(r.err));
    }

    void timeoutExitsFourAndWarnsOfUncertainSend()
    {
        m_server->setFallback(CannedServer::hang());
        const Result r
            = smsctl(endpointArgs() << QStringLiteral("--timeout") << QStringLiteral("0.5")
                                    << QStringLiteral("call") << QStringLiteral("SendSms")
                                    << QString::fromUtf8(chineseSend()));
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains(QLatin1String("timeout error")), qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("may have reached the service")));
        QCOMPARE(m_server->requestCount(), 1);
    }

    void timeoutBoundsTheWholeCall()
    {
        // A silent server and a safe read: the retries must fit inside the
        // operator's time limit, or not be made.
        m_server->setFallback(CannedServer::hang());
        QElapsedTimer elapsed;
        elapsed.start();
        const Result r = smsctl(endpointArgs()
                                << QStringLiteral("--lang") << QStringLiteral("en")
                                << QStringLiteral("--timeout") << QStringLiteral("1")
                                << QStringLiteral("call") << QStringLiteral("DescribeSmsSignList"));
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains(QLatin1String("No complete answer within 1 s")), qPrintable(r.err));
        QCOMPARE(m_server->requestCount(), 1);
        // Generous: three tries of a second each would take over 3 s.
        QVERIFY2(elapsed.elapsed() < 3000, qPrintable(QString::number(elapsed.elapsed())));
    }

    void exitsAtOnceWhileTheServerStillStreams_data()
    {
        QTest::addColumn<CannedServer::Reply>("reply");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        // A complete answer, and then the server does not stop talking.
        QTest::newRow("answer, then more")
            << CannedServer::thenStream(CannedServer::ok(), 30000)
            << QStringList {QStringLiteral("call"), QStringLiteral("DescribeSmsSignList")} << 0;
        // An answer that never ends: the size cap stops it.
        QTest::newRow("endless answer")
            << CannedServer::endlessChunks(30000)
            << QStringList {QStringLiteral("call"), QStringLiteral("SendSms")} << 4;
        // One that never ends in one-byte chunks: the timeout stops it, and
        // Qt's network thread, busy parsing chunks, must not hold the exit.
        QTest::newRow("endless answer in tiny chunks")
            << CannedServer::endlessChunks(30000, 1)
            << QStringList {QStringLiteral("--timeout"), QStringLiteral("2"),
                            QStringLiteral("call"), QStringLiteral("SendSms")}
            << 4;
    }

    void exitsAtOnceWhileTheServerStillStreams()
    {
        QFETCH(CannedServer::Reply, reply);
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        m_server->setFallback(reply);
        QElapsedTimer elapsed;
        elapsed.start();
        const Result r = smsctl(endpointArgs() + args);
        QCOMPARE(r.exitCode, exitCode);
        // The server streams for 30 s: the process must not wait for it,
        // nor for Qt's network thread (which it would give 5 s to stop).
        // Generous bounds; a process that leaves at once takes milliseconds.
        QVERIFY2(elapsed.elapsed() < 10000, qPrintable(QString::number(elapsed.elapsed())));
        QVERIFY2(r.exitDelayMs >= 0 && r.exitDelayMs < 3000,
                 qPrintable(QStringLiteral("exited %1 ms after printing").arg(r.exitDelayMs)));
    }

    void serverTextCannotDriveTheTerminal_data()
    {
        QTest::addColumn<CannedServer::Reply>("reply");
        QTest::addColumn<QByteArray>("greeting"); // else a server that does not speak HTTP
        QTest::addColumn<QString>("shown"); // how an escaped part reads

        // A title change, a screen clear, a fake prompt after a carriage
        // return, an 8-bit CSI and a right-to-left override.
        const QString evil
            = QStringLiteral("\x1b]0;pwned\x07\x1b[2J\rroot@host:~# \u009b31m\u202Egnp.exe");
        const QByteArray evilUtf8 = evil.toUtf8();
        const auto answer = [](const QJsonObject &response) {
            return CannedServer::raw(
                QJsonDocument(QJsonObject {{QStringLiteral("Response"), response}})
                    .toJson(QJsonDocument::Compact));
        };

        const QJsonObject serviceError {
            {QStringLiteral("Code"), QStringLiteral("FailedOperation.") + evil},
            {QStringLiteral("Message"), evil}};
        QTest::newRow("service error: Code, Message, RequestId")
            << answer(
                   {{QStringLiteral("Error"), serviceError}, {QStringLiteral("RequestId"), evil}})
            << QByteArray() << QStringLiteral("\\x1B]0;pwned\\x07\\x1B[2J\\x0Droot@host");

        const QJsonObject refused {
            {QStringLiteral("SerialNo"), QString()},
            {QStringLiteral("PhoneNumber"), QStringLiteral("+86138") + evil},
            {QStringLiteral("Fee"), 0},
            {QStringLiteral("SessionContext"), evil},
            {QStringLiteral("Code"), QStringLiteral("LimitExceeded.") + evil},
            {QStringLiteral("Message"), evil},
            {QStringLiteral("IsoCode"), evil}};
        QTest::newRow("refused numbers")
            << answer({{QStringLiteral("SendStatusSet"), QJsonArray {refused}},
                       {QStringLiteral("RequestId"), evil}})
            << QByteArray() << QStringLiteral("\\x9B31m\\u202Egnp.exe");

        QTest::newRow("reason phrase and body")
            << CannedServer::verbatim("HTTP/1.1 502 Bad\x1b[2JGateway\r\nContent-Length: "
                                      + QByteArray::number(evilUtf8.size()) + "\r\n\r\n" + evilUtf8)
            << QByteArray() << QStringLiteral("Bad\\x1B[2JGateway");

        QTest::newRow("header value")
            << CannedServer::verbatim("HTTP/1.1 200 OK\r\nContent-Length: -1\x1b]0;x\x07\r\n\r\n{}")
            << QByteArray() << QStringLiteral("\\x1B]0;x\\x07");

        QTest::newRow("greeting of a server that does not speak HTTP")
            << CannedServer::Reply() << QByteArray("SSH-2.0-\x1b]0;pwned\x07\r\n")
            << QStringLiteral("SSH-2.0-\\x1B]0;pwned\\x07");
    }

    void serverTextCannotDriveTheTerminal()
    {
        QFETCH(CannedServer::Reply, reply);
        QFETCH(QByteArray, greeting);
        QFETCH(QString, shown);
        m_server->setFallback(reply);
        CannedServer notHttp;
        QStringList args = endpointArgs();
        if (!greeting.isEmpty()) {
            QVERIFY(notHttp.startNotHttp(greeting));
            args = QStringList {QStringLiteral("--endpoint"), notHttp.endpoint().toString()};
        }
        // --verbose: the log lines carry the server's Code and RequestId too.
        const Result r = smsctl(args << QStringLiteral("--verbose") << QStringLiteral("call")
                                     << QStringLiteral("SendSms") << QStringLiteral("{}"));
        QVERIFY2(r.exitCode == 3 || r.exitCode == 4, qPrintable(r.err));
        // Not one character that a terminal would act on (a line break is
        // smsctl's own).
        for (const QString &stream : {r.err, r.out}) {
            for (const QChar c : stream) {
                const char16_t u = c.unicode();
                const bool control = (u < 0x20 && u != '\n') || (u >= 0x7f && u <= 0x9f);
                const bool bidi = (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069);
                QVERIFY2(!control && !bidi,
                         qPrintable(QStringLiteral("U+%1 in: %2")
                                        .arg(int(u), 4, 16, QLatin1Char('0'))
                                        .arg(stream)));
            }
        }
        // Standard error still shows the text, defused.
        QVERIFY2(r.err.contains(shown), qPrintable(r.err));
        // Standard output is still JSON, and holds the very same text.
        if (!r.out.isEmpty()) {
            QJsonParseError error;
            const QJsonDocument printed = QJsonDocument::fromJson(r.out.toUtf8(), &error);
            QCOMPARE(error.error, QJsonParseError::NoError);
            const QString requestId
                = printed.object().value(QStringLiteral("RequestId")).toString();
            QVERIFY2(requestId.endsWith(QStringLiteral("\u202Egnp.exe")), qPrintable(r.out));
        }
    }

    void unusableEndpointIsQuotedAsTyped()
    {
        const Result r
            = smsctl({QStringLiteral("--endpoint"), QStringLiteral("http://127.0.0.1:99999/"),
                      QStringLiteral("call"), QStringLiteral("DescribeSmsSignList")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("\"http://127.0.0.1:99999/\"")), qPrintable(r.err));
    }

    // --- smsctl --profile NAME ------------------------------------------------

    void profileSuppliesEndpointRegionLanguageAndKeys()
    {
        QVERIFY(profileStore().save(serverProfile()));
        const QString stored
            = storeKeys(kProfile, QString::fromLatin1(kSecretId), QString::fromLatin1(kSecretKey));
        QVERIFY2(stored.isEmpty(),
                 qPrintable(stored + QStringLiteral(" - ") + QString::fromLatin1(keychainHint())));

        const Result r
            = smsctlWithProfile({QStringLiteral("--profile"), kProfile, QStringLiteral("call"),
                                 QStringLiteral("DescribeSmsSignList")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(m_server->requestCount(), 1);
        const auto &request = m_server->received().first();
        QCOMPARE(request.signatureProblem, QString());
        QCOMPARE(request.headers.value("x-tc-region"), QByteArray("ap-nanjing"));
        QCOMPARE(request.headers.value("x-tc-language"), QByteArray("en-US"));
        QVERIFY(!r.out.contains(QString::fromLatin1(kSecretKey)));
        QVERIFY(!r.err.contains(QString::fromLatin1(kSecretKey)));
        QVERIFY2(!r.err.contains(QLatin1String("removed spaces")), qPrintable(r.err));
        // Nothing secret went into the settings file.
        QFile settings(profileStore().settingsPath());
        QVERIFY(settings.open(QIODevice::ReadOnly));
        const QByteArray contents = settings.readAll();
        QVERIFY(contents.contains("ap-nanjing"));
        QVERIFY(!contents.contains(kSecretKey));
        QVERIFY(!contents.contains(kSecretId));
    }

    void optionsOverrideTheProfile()
    {
        sms::credentials::Profile profile = serverProfile();
        QTcpServer probe; // a port where nothing listens
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        profile.endpoint = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort()));
        probe.close();
        QVERIFY(profileStore().save(profile));
        const QString stored
            = storeKeys(kProfile, QString::fromLatin1(kSecretId), QString::fromLatin1(kSecretKey));
        QVERIFY2(stored.isEmpty(),
                 qPrintable(stored + QStringLiteral(" - ") + QString::fromLatin1(keychainHint())));

        const Result r = smsctlWithProfile(
            endpointArgs() << QStringLiteral("--region") << QStringLiteral("ap-beijing")
                           << QStringLiteral("--lang") << QStringLiteral("zh_CN")
                           << QStringLiteral("--profile") << kProfile << QStringLiteral("call")
                           << QStringLiteral("DescribeSmsSignList"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(m_server->requestCount(), 1);
        const auto &headers = m_server->received().first().headers;
        QCOMPARE(headers.value("x-tc-region"), QByteArray("ap-beijing"));
        QCOMPARE(headers.value("x-tc-language"), QByteArray("zh-CN"));
    }

    void profileClockCorrectionIsApplied()
    {
        sms::credentials::Profile profile = serverProfile();
        profile.clockOffsetSeconds = 3600;
        QVERIFY(profileStore().save(profile));
        const QString stored
            = storeKeys(kProfile, QString::fromLatin1(kSecretId), QString::fromLatin1(kSecretKey));
        QVERIFY2(stored.isEmpty(),
                 qPrintable(stored + QStringLiteral(" - ") + QString::fromLatin1(keychainHint())));

        const qint64 before = QDateTime::currentSecsSinceEpoch();
        const Result r
            = smsctlWithProfile({QStringLiteral("--profile"), kProfile, QStringLiteral("call"),
                                 QStringLiteral("DescribeSmsSignList")});
        const qint64 after = QDateTime::currentSecsSinceEpoch();
        QCOMPARE(m_server->requestCount(), 1);
        const qint64 stamp
            = m_server->received().first().headers.value("x-tc-timestamp").toLongLong();
        QVERIFY2(stamp >= before + 3600 && stamp <= after + 3600, qPrintable(r.err));
    }

    void profileKeysAreTrimmedWithANote()
    {
        QVERIFY(profileStore().save(serverProfile()));
        const QString stored
            = storeKeys(kProfile, QStringLiteral("\u3000") + QString::fromLatin1(kSecretId),
                        QString::fromLatin1(kSecretKey) + QStringLiteral("\r\n"));
        QVERIFY2(stored.isEmpty(),
                 qPrintable(stored + QStringLiteral(" - ") + QString::fromLatin1(keychainHint())));
        const Result r
            = smsctlWithProfile({QStringLiteral("--profile"), kProfile, QStringLiteral("call"),
                                 QStringLiteral("DescribeSmsSignList")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("removed spaces")));
        QCOMPARE(m_server->received().first().signatureProblem, QString());
    }

    void sandboxProfileHasNoKeys()
    {
        sms::credentials::Profile profile = serverProfile();
        profile.sandbox = true;
        QVERIFY(profileStore().save(profile));
        const Result r
            = smsctlWithProfile({QStringLiteral("--profile"), kProfile, QStringLiteral("call"),
                                 QStringLiteral("DescribeSmsSignList")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("sandbox")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("no keys")), qPrintable(r.err));
        QCOMPARE(m_server->requestCount(), 0);
    }

    void unknownProfile()
    {
        QVERIFY(profileStore().save(serverProfile()));
        const Result r
            = smsctlWithProfile({QStringLiteral("--profile"), QStringLiteral("Nonexistent"),
                                 QStringLiteral("call"), QStringLiteral("DescribeSmsSignList")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("no profile named \"Nonexistent\"")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(kProfile), qPrintable(r.err)); // lists the saved ones
        QCOMPARE(m_server->requestCount(), 0);

        // No settings at all.
        QVERIFY(QFile::remove(profileStore().settingsPath()));
        const Result none
            = smsctlWithProfile({QStringLiteral("--profile"), kProfile, QStringLiteral("call"),
                                 QStringLiteral("DescribeSmsSignList")});
        QCOMPARE(none.exitCode, 2);
        QVERIFY2(none.err.contains(QLatin1String("no profiles are saved")), qPrintable(none.err));
    }

    void missingKeychainEntry()
    {
        QVERIFY(profileStore().save(serverProfile()));
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 keychainHint().constData());
        // Make sure there is no entry.
        m_storedProfiles.append(kProfile);
        sms::credentials::SecretStore store;
        QCOMPARE(finish(store.remove(kProfile)), QString());

        const Result r
            = smsctlWithProfile({QStringLiteral("--profile"), kProfile, QStringLiteral("call"),
                                 QStringLiteral("DescribeSmsSignList")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("ClientError.KeychainEntryNotFound")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("No keys saved for this profile")),
                 qPrintable(r.err));
        QCOMPARE(m_server->requestCount(), 0);
    }

    void keychainUnavailable()
    {
        QVERIFY(profileStore().save(serverProfile()));
        const Result r
            = smsctlWithProfile({QStringLiteral("--profile"), kProfile, QStringLiteral("call"),
                                 QStringLiteral("DescribeSmsSignList")},
                                QStringLiteral("unix:path=/nonexistent/dbus-session"));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("ClientError.KeychainUnavailable")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("System keychain not available")), qPrintable(r.err));
        // The environment's keys are not a fallback for a profile.
        QCOMPARE(m_server->requestCount(), 0);
    }

    void protocolAndHttpErrorsExitFour()
    {
        m_server->enqueue(CannedServer::raw("not json at all"));
        Result r = smsctl(endpointArgs() << QStringLiteral("call") << QStringLiteral("SendSms")
                                         << QStringLiteral("{}"));
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains(QLatin1String("protocol error (ClientError.MalformedResponse)")),
                 qPrintable(r.err));

        m_server->enqueue(CannedServer::status(502, "bad gateway"));
        r = smsctl(endpointArgs() << QStringLiteral("call") << QStringLiteral("SendSms")
                                  << QStringLiteral("{}"));
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains(QLatin1String("HTTP 502")), qPrintable(r.err));
    }

    void signListPrintsOneRecordALine()
    {
        using sms::sandbox::ReviewStatusCode;
        sandboxtest::Harness &sb = sandbox();
        const qint64 approved = sb.addSign(QStringLiteral("沙盒科技"));
        const qint64 global = sb.addSign(QStringLiteral("SandboxTech"), 1);
        const qint64 reviewing
            = sb.addSign(QStringLiteral("星河会员"), 0, ReviewStatusCode::UnderReview);
        const qint64 rejected
            = sb.addSign(QStringLiteral("博彩之家"), 0, ReviewStatusCode::Rejected);
        sb.state().signs[rejected].rejectReason = QStringLiteral("sign.sensitive");

        Result r = sandboxCtl({QStringLiteral("sign"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        const QStringList all = lines(r.out);
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0), QStringLiteral("%1\tapproved\t沙盒科技").arg(approved));
        QCOMPARE(all.at(1), QStringLiteral("%1\treviewing\t星河会员").arg(reviewing));
        QVERIFY2(
            all.at(2).startsWith(
                QStringLiteral("%1\trejected\t博彩之家\tThe signature contains a prohibited word")
                    .arg(rejected)),
            qPrintable(all.at(2)));

        r = sandboxCtl(
            {QStringLiteral("sign"), QStringLiteral("list"), QStringLiteral("--international")});
        QCOMPARE(lines(r.out),
                 QStringList {QStringLiteral("%1\tapproved\tSandboxTech").arg(global)});
        r = sandboxCtl({QStringLiteral("sign"), QStringLiteral("list"), QStringLiteral("--status"),
                        QStringLiteral("reviewing")});
        QCOMPARE(lines(r.out), QStringList {all.at(1)});
        r = sandboxCtl({QStringLiteral("sign"), QStringLiteral("list"), QStringLiteral("--status"),
                        QStringLiteral("approved")});
        QCOMPARE(lines(r.out), QStringList {all.at(0)});
        QCOMPARE(r.err, QString());
    }

    void templateListShowsBothMarketsUnderEach()
    {
        sandboxtest::Harness &sb = sandbox();
        const qint64 domestic = sb.addTemplate(QStringLiteral("订单{1}已发货。"));
        const qint64 both = sb.addTemplate(QStringLiteral("Code {1}"), 3, 3);
        const qint64 global = sb.addTemplate(QStringLiteral("Hi {1}"), 2, 1,
                                             sms::sandbox::ReviewStatusCode::UnderReview);
        sb.state().templates[domestic].name = QStringLiteral("发货\x1b[2J通知");
        Result r = sandboxCtl({QStringLiteral("template"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        // A name can drive no terminal: escaped, and the columns stay apart.
        QCOMPARE(lines(r.out),
                 (QStringList {QStringLiteral("%1\tapproved\t发货\\x1B[2J通知").arg(domestic),
                               QStringLiteral("%1\tapproved\tfixture %1").arg(both)}));
        r = sandboxCtl({QStringLiteral("template"), QStringLiteral("list"),
                        QStringLiteral("--international")});
        QCOMPARE(lines(r.out),
                 (QStringList {QStringLiteral("%1\tapproved\tfixture %1").arg(both),
                               QStringLiteral("%1\treviewing\tfixture %1").arg(global)}));
    }

    void refusedFormsSendNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QStringList>("codes");
        const QString add = QStringLiteral("add");
        QTest::newRow("sign name too long")
            << (QStringList {QStringLiteral("sign"), add}
                + signForm(QStringLiteral("沙盒科技有限公司短信通知中心")))
            << QStringList {QStringLiteral("InvalidParameterValue.SignNameLengthTooLong")};
        QTest::newRow("sign: app for mainland China, no image")
            << (QStringList {QStringLiteral("sign"), add, QStringLiteral("--name"),
                             QStringLiteral("沙盒"), QStringLiteral("--type"), QStringLiteral("1"),
                             QStringLiteral("--document-type"), QStringLiteral("4"),
                             QStringLiteral("--proof"), QStringLiteral("@text")})
            << QStringList {QStringLiteral("InvalidParameterValue"),
                            QStringLiteral("MissingParameter"),
                            QStringLiteral("InvalidParameterValue.ImageInvalid")};
        QTest::newRow("sign for others without a letter")
            << (QStringList {QStringLiteral("sign"), QStringLiteral("modify"),
                             QStringLiteral("--id"), QStringLiteral("5"),
                             QStringLiteral("--purpose"), QStringLiteral("others")}
                + signForm(QStringLiteral("沙盒科技")))
            << QStringList {QStringLiteral("InvalidParameterValue.InvalidSignPurpose")};
        QTest::newRow("marketing template without opt-out")
            << (QStringList {QStringLiteral("template"), add}
                + templateForm(QStringLiteral("春季大促，全场{1}折起。"),
                               QStringLiteral("marketing")))
            << QStringList {
                   QStringLiteral("InvalidParameterValue.MarketingTemplateWithoutUnsubscribe")};
        QTest::newRow("template variables with a gap")
            << (QStringList {QStringLiteral("template"), QStringLiteral("modify"),
                             QStringLiteral("--id"), QStringLiteral("7")}
                + templateForm(QStringLiteral("订单{2}已发货。")))
            << QStringList {QStringLiteral("InvalidParameterValue.InvalidTemplateFormat")};
        QTest::newRow("template check")
            << (QStringList {QStringLiteral("template"), QStringLiteral("check")}
                + templateForm(QStringLiteral("您的验证码已发送。"),
                               QStringLiteral("verification")))
            << QStringList {QStringLiteral("InvalidParameterValue.InvalidTemplateFormat")};
    }

    void refusedFormsSendNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(QStringList, codes);
        // No keys are needed to refuse a form, and none are asked for.
        for (const bool withCredentials : {true, false}) {
            const Result r = sandboxCtl(args, withCredentials);
            QCOMPARE(r.exitCode, 3);
            QCOMPARE(r.out, QString());
            const QStringList printed = lines(r.err);
            QCOMPARE(printed.size(), codes.size());
            for (int i = 0; i < codes.size(); ++i) {
                QVERIFY2(printed.at(i).startsWith(codes.at(i) + QStringLiteral(": ")),
                         qPrintable(printed.at(i)));
                QVERIFY(printed.at(i).size() > codes.at(i).size() + 10);
            }
            QCOMPARE(sandbox().server().requestCount(), 0);
        }
    }

    void checkSendsNothing()
    {
        Result r = sandboxCtl(QStringList {QStringLiteral("sign"), QStringLiteral("check")}
                                  + signForm(QStringLiteral("沙盒科技")),
                              false);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QString());
        QVERIFY(!r.out.isEmpty());
        r = sandboxCtl(QStringList {QStringLiteral("template"), QStringLiteral("check")}
                       + templateForm(QStringLiteral("春季大促，全场{1}折起。拒收请回复R"),
                                      QStringLiteral("marketing")));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(sandbox().server().requestCount(), 0);
    }

    void signAddModifyDelete()
    {
        sandboxtest::Harness &sb = sandbox();
        Result r = sandboxCtl(QStringList {QStringLiteral("sign"), QStringLiteral("add"),
                                           QStringLiteral("--remark"), QStringLiteral("our shop")}
                              + signForm(QStringLiteral("沙盒商城")));
        QCOMPARE(r.exitCode, 0);
        const QStringList added = r.out.trimmed().split(QLatin1Char('\t'));
        QCOMPARE(added.size(), 3);
        const qint64 id = added.at(0).toLongLong();
        QCOMPARE(added.mid(1),
                 (QStringList {QStringLiteral("reviewing"), QStringLiteral("沙盒商城")}));
        QCOMPARE(sb.state().signs.value(id).name, QStringLiteral("沙盒商城"));
        QCOMPARE(sb.server().requestCount(QStringLiteral("AddSmsSign")), 1);
        // What the list does not say is remembered where SMS Console looks.
        const QDir memory(dataHome() + QStringLiteral("/SmsConsole/SMS Console/review"));
        QCOMPARE(memory.entryList({QStringLiteral("signatures-*.json")}).size(), 1);

        // Applying for the same name again is refused without a request.
        r = sandboxCtl(QStringList {QStringLiteral("sign"), QStringLiteral("add")}
                       + signForm(QStringLiteral("沙盒商城")));
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.startsWith(QStringLiteral("InvalidParameterValue.SignExistAndUnapproved: ")),
                 qPrintable(r.err));
        QCOMPARE(sb.server().requestCount(QStringLiteral("AddSmsSign")), 1);

        r = sandboxCtl(QStringList {QStringLiteral("sign"), QStringLiteral("modify"),
                                    QStringLiteral("--id"), QString::number(id)}
                       + signForm(QStringLiteral("沙盒商城网")));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("%1\treviewing\t沙盒商城网\n").arg(id));
        QCOMPARE(sb.state().signs.value(id).name, QStringLiteral("沙盒商城网"));

        // An approved signature: refused here, not by the service.
        sb.state().signs[id].status = sms::sandbox::ReviewStatusCode::Approved;
        r = sandboxCtl(QStringList {QStringLiteral("sign"), QStringLiteral("modify"),
                                    QStringLiteral("--id"), QString::number(id)}
                       + signForm(QStringLiteral("沙盒商城")));
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.startsWith(QStringLiteral("InvalidParameterValue.SignAlreadyPassedCheck: ")),
                 qPrintable(r.err));
        QCOMPARE(sb.server().requestCount(QStringLiteral("ModifySmsSign")), 1);

        r = sandboxCtl({QStringLiteral("sign"), QStringLiteral("delete"), QStringLiteral("--id"),
                        QString::number(id)});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("%1\tdeleted\t沙盒商城网\n").arg(id));
        QVERIFY(!sb.state().signs.contains(id));
    }

    void templateAddModifyDelete()
    {
        sandboxtest::Harness &sb = sandbox();
        sb.addSign(QStringLiteral("沙盒科技"));
        Result r = sandboxCtl(
            QStringList {QStringLiteral("template"), QStringLiteral("add")}
            + templateForm(QStringLiteral("您的验证码为{1}。"), QStringLiteral("verification")));
        QCOMPARE(r.exitCode, 0);
        const qint64 id = r.out.section(QLatin1Char('\t'), 0, 0).toLongLong();
        QCOMPARE(sb.state().templates.value(id).smsType, 3);

        r = sandboxCtl(QStringList {QStringLiteral("template"), QStringLiteral("modify"),
                                    QStringLiteral("--id"), QString::number(id)}
                       + templateForm(QStringLiteral("您的登录验证码为{1}。"),
                                      QStringLiteral("verification")));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(sb.state().templates.value(id).content, QStringLiteral("您的登录验证码为{1}。"));

        r = sandboxCtl({QStringLiteral("template"), QStringLiteral("delete"),
                        QStringLiteral("--id"), QString::number(id)});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!sb.state().templates.contains(id));
    }

    void reviewCommandFailures_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("printed"); // the start of standard error
        QTest::newRow("unknown verb")
            << QStringList {QStringLiteral("sign"), QStringLiteral("approve")} << 2
            << QStringLiteral("smsctl: usage: smsctl sign list");
        QTest::newRow("missing --proof") << QStringList {QStringLiteral("sign"),
                                                         QStringLiteral("add"),
                                                         QStringLiteral("--name"),
                                                         QStringLiteral("沙盒"),
                                                         QStringLiteral("--type"),
                                                         QStringLiteral("0"),
                                                         QStringLiteral("--document-type"),
                                                         QStringLiteral("1")}
                                         << 2 << QStringLiteral("smsctl: --proof is required");
        QTest::newRow("unreadable proof")
            << QStringList {QStringLiteral("sign"),
                            QStringLiteral("check"),
                            QStringLiteral("--name"),
                            QStringLiteral("沙盒"),
                            QStringLiteral("--type"),
                            QStringLiteral("0"),
                            QStringLiteral("--document-type"),
                            QStringLiteral("1"),
                            QStringLiteral("--proof"),
                            QStringLiteral("/nonexistent/scan.png")}
            << 2 << QStringLiteral("smsctl: cannot read /nonexistent/scan.png");
        QTest::newRow("template type by number of another kind")
            << (QStringList {QStringLiteral("template"), QStringLiteral("check")}
                + templateForm(QStringLiteral("x"), QStringLiteral("promotion")))
            << 2 << QStringLiteral("smsctl: --type takes verification, notification or marketing");
        QTest::newRow("bad status")
            << QStringList {QStringLiteral("template"), QStringLiteral("list"),
                            QStringLiteral("--status"), QStringLiteral("pending")}
            << 2 << QStringLiteral("smsctl: --status takes");
        QTest::newRow("option of another verb")
            << QStringList {QStringLiteral("template"),  QStringLiteral("delete"),
                            QStringLiteral("--id"),      QStringLiteral("1"),
                            QStringLiteral("--content"), QStringLiteral("x")}
            << 2 << QStringLiteral("smsctl: --content does not go with \"template delete\"");
        QTest::newRow("delete without --id")
            << QStringList {QStringLiteral("sign"), QStringLiteral("delete")} << 2
            << QStringLiteral("smsctl: --id takes");
        QTest::newRow("service refusal")
            << QStringList {QStringLiteral("template"), QStringLiteral("delete"),
                            QStringLiteral("--id"), QStringLiteral("424242")}
            << 3 << QStringLiteral("FailedOperation.TemplateIdNotExist: ");
    }

    void reviewCommandFailures()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, printed);
        const Result r = sandboxCtl(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.startsWith(printed), qPrintable(r.err));
        if (exitCode == 2)
            QCOMPARE(sandbox().server().requestCount(), 0);
    }

    void reviewCommandOverNoNetworkExitsFour()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const QString endpoint = QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort());
        closed.close();
        const Result r = smsctl({QStringLiteral("--endpoint"), endpoint, QStringLiteral("sign"),
                                 QStringLiteral("list")});
        QCOMPARE(r.exitCode, 4);
    }

    // --- history

    void historyOfANumber()
    {
        HistoryGenerator::Spec spec;
        const QString db = historyDatabase(&spec);
        QVERIFY(!db.isEmpty());
        // Send 2 (i = 2) failed by its receipt; its number is sent to every 30th time.
        const QString phone = HistoryGenerator::phone(2, spec);
        const Result r = smsctl({QStringLiteral("history"), QStringLiteral("--phone"), phone.mid(3),
                                 QStringLiteral("--journal"), db},
                                kSecretKey, {}, false);
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 14); // i = 2, 32, ..., 392
        QString previous;
        for (int k = 0; k < lines.size(); ++k) {
            const QStringList fields = lines.at(k).split(u'\t');
            QCOMPARE(fields.size(), 5);
            QVERIFY(fields.at(0) >= previous); // oldest first
            previous = fields.at(0);
            const qint64 i = 2 + 30 * k;
            QCOMPARE(fields.at(1), HistoryGenerator::templateOf(int(i % spec.campaigns) + 1));
            QVERIFY(sms::history::Lifecycle::fromKey(fields.at(3)));
        }
        // The first send: a failed receipt, with the carrier's description.
        QCOMPARE(lines.constFirst().split(u'\t').at(2), QStringLiteral("S3"));
        QCOMPARE(lines.constFirst().split(u'\t').at(3), QStringLiteral("failed"));
        QCOMPARE(lines.constFirst().split(u'\t').at(4), QStringLiteral("MK:0001 空号"));
        // i = 362 % 20 = 2 as well; i = 332 % 20 = 12 delivered; i = 20 * k + ... refused ones show
        // the code.
        const QStringList refused = lines.filter(QStringLiteral("\trefused\t"));
        for (const QString &line : refused)
            QVERIFY(line.split(u'\t').at(4).startsWith(QLatin1String("LimitExceeded."))
                    || line.split(u'\t').at(4).startsWith(QLatin1String("FailedOperation.")));
    }

    void historyAsJson()
    {
        HistoryGenerator::Spec spec;
        const QString db = historyDatabase(&spec);
        const QString phone = HistoryGenerator::phone(0, spec);
        const Result r = smsctl({QStringLiteral("history"), QStringLiteral("--phone"), phone,
                                 QStringLiteral("--json"), QStringLiteral("--journal"), db},
                                kSecretKey, {}, false);
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 14);
        const QStringList states = {QStringLiteral("refused"),        QStringLiteral("accepted"),
                                    QStringLiteral("delivered"),      QStringLiteral("failed"),
                                    QStringLiteral("no-receipt-yet"), QStringLiteral("unknown"),
                                    QStringLiteral("uncertain")};
        for (const QString &line : lines) {
            QJsonParseError error;
            const QJsonObject o = QJsonDocument::fromJson(line.toUtf8(), &error).object();
            QCOMPARE(error.error, QJsonParseError::NoError);
            QCOMPARE(o.value(QStringLiteral("phone")).toString(), phone);
            QVERIFY(
                QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs)
                    .isValid());
            QVERIFY(o.contains(QStringLiteral("templateId")));
            QVERIFY(o.contains(QStringLiteral("serialNo")));
            QVERIFY(o.contains(QStringLiteral("code")));
            QVERIFY2(states.contains(o.value(QStringLiteral("state")).toString()),
                     qPrintable(line));
        }
        // i = 0 is refused for the daily limit.
        const QJsonObject first = QJsonDocument::fromJson(lines.constFirst().toUtf8()).object();
        QCOMPARE(first.value(QStringLiteral("state")).toString(), QStringLiteral("refused"));
        QCOMPARE(first.value(QStringLiteral("code")).toString(),
                 QStringLiteral("LimitExceeded.PhoneNumberDailyLimit"));

        // --since: only the sends from then on.
        const QDateTime since
            = QDateTime::fromMSecsSinceEpoch(spec.firstSentAtMs + 200 * spec.stepMs);
        const Result later
            = smsctl({QStringLiteral("history"), QStringLiteral("--phone"), phone,
                      QStringLiteral("--since"), since.toOffsetFromUtc(0).toString(Qt::ISODate),
                      QStringLiteral("--json"), QStringLiteral("--journal"), db},
                     kSecretKey, {}, false);
        QCOMPARE(later.exitCode, 0);
        QCOMPARE(later.out.split(u'\n', Qt::SkipEmptyParts).size(), 7); // i = 210, 240, ..., 390
    }

    void historyFailures()
    {
        HistoryGenerator::Spec spec;
        const QString db = historyDatabase(&spec);
        const Result r = smsctl({QStringLiteral("history"), QStringLiteral("failures"),
                                 QStringLiteral("--since"), QStringLiteral("2000-01-01"),
                                 QStringLiteral("--journal"), db},
                                kSecretKey, {}, false);
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        qint64 total = 0;
        for (const QString &line : lines) {
            const QStringList fields = line.split(u'\t');
            QCOMPARE(fields.size(), 3);
            QCOMPARE(fields.at(0).toLongLong(), 400 / 20);
            total += fields.at(0).toLongLong();
            QVERIFY(!fields.at(2).isEmpty());
        }
        QCOMPARE(total, 400 * 4 / 20);
        const QString limit
            = lines.filter(QStringLiteral("\tLimitExceeded.PhoneNumberDailyLimit\t")).value(0);
        QCOMPARE(limit.split(u'\t').at(2),
                 sms::errors::ErrorCatalog::guidanceFor(
                     QStringLiteral("LimitExceeded.PhoneNumberDailyLimit"))
                     .title);
        QCOMPARE(lines.filter(QStringLiteral("\tDB:0141\t")).value(0).split(u'\t').value(2),
                 QStringLiteral("运营商黑名单"));
    }

    void historyUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("hint");
        // The test puts the database in its home.
        const QString db = QStringLiteral("@none.sqlite");
        QTest::newRow("no phone") << QStringList {QStringLiteral("history"),
                                                  QStringLiteral("--journal"), db}
                                  << QStringLiteral("usage");
        QTest::newRow("phone and failures")
            << QStringList {QStringLiteral("history"),   QStringLiteral("failures"),
                            QStringLiteral("--phone"),   QStringLiteral("+8613800000000"),
                            QStringLiteral("--journal"), db}
            << QStringLiteral("usage");
        QTest::newRow("unknown verb")
            << QStringList {QStringLiteral("history"), QStringLiteral("all"),
                            QStringLiteral("--journal"), db}
            << QStringLiteral("usage");
        QTest::newRow("bad since")
            << QStringList {QStringLiteral("history"),   QStringLiteral("failures"),
                            QStringLiteral("--since"),   QStringLiteral("yesterday"),
                            QStringLiteral("--journal"), db}
            << QStringLiteral("--since");
        QTest::newRow("no database")
            << QStringList {QStringLiteral("history"), QStringLiteral("failures"),
                            QStringLiteral("--journal"), db}
            << QStringLiteral("no database");
    }

    void historyUsageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, hint);
        args.replaceInStrings(QStringLiteral("@none.sqlite"),
                              m_home->filePath(QStringLiteral("none.sqlite")));
        const Result r = smsctl(args, kSecretKey, {}, false);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(hint, Qt::CaseInsensitive), qPrintable(r.err));
        // A read never creates a database.
        QVERIFY(!QFile::exists(m_home->filePath(QStringLiteral("none.sqlite"))));
    }
};

QTEST_GUILESS_MAIN(tst_SmsCtl)
#include "tst_smsctl.moc"
