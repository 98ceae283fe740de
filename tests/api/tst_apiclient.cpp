// SPDX-License-Identifier: GPL-3.0-or-later
#include "CannedServer.h"
#include "ServerThread.h"
#include "OnFinished.h"
#include "api/ApiCall.h"
#include "api/ApiClient.h"

#include <QJsonArray>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <sys/resource.h>

using namespace sms::api;

namespace {
const QByteArray kSecretId = "AKIDtestclient0000000000000000000000";
const QByteArray kSecretKey = "test-secret-key-0123456789abcdef";

QJsonObject sendSmsPayload(int numbers = 2)
{
    QJsonArray set;
    for (int i = 0; i < numbers; ++i)
        set.append(QStringLiteral("+86138001380%1").arg(i, 2, 10, QLatin1Char('0')));
    return {{QStringLiteral("PhoneNumberSet"), set},
            {QStringLiteral("SmsSdkAppId"), QStringLiteral("1400000001")},
            {QStringLiteral("SignName"), QStringLiteral("测试签名")},
            {QStringLiteral("TemplateId"), QStringLiteral("1001")},
            {QStringLiteral("TemplateParamSet"), QJsonArray{QStringLiteral("1234")}}};
}

QJsonObject sendStatus(const QString &phone, const QString &code)
{
    const bool ok = code == QLatin1String("Ok");
    return {{QStringLiteral("SerialNo"), ok ? QStringLiteral("2019:1459782579269331713") : QString()},
            {QStringLiteral("PhoneNumber"), phone},
            {QStringLiteral("Fee"), ok ? 1 : 0},
            {QStringLiteral("SessionContext"), QString()},
            {QStringLiteral("Code"), code},
            {QStringLiteral("Message"), ok ? QStringLiteral("send success") : QStringLiteral("refused")},
            {QStringLiteral("IsoCode"), ok ? QStringLiteral("CN") : QString()}};
}

// The process's peak resident memory so far, in KiB (Linux: ru_maxrss).
long peakRssKiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

QStringList g_log;
void captureLog(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    g_log.append(QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ')
                 + message);
}
} // namespace

class tst_ApiClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CannedServer> m_server;
    std::unique_ptr<ApiClient> m_client;

    // What a finished call left behind, read in its finished() handler; the
    // call itself is gone by the time run() returns.
    struct Outcome
    {
        ApiError m_error;
        QJsonObject m_response;
        QString m_requestId;
        QDateTime m_serverDate;
        int m_attempts = 0;
        bool m_succeeded = false;
        qint64 m_receivedBytes = 0;

        const ApiError &error() const { return m_error; }
        QJsonObject response() const { return m_response; }
        QString requestId() const { return m_requestId; }
        QDateTime serverDate() const { return m_serverDate; }
        int attempts() const { return m_attempts; }
        bool succeeded() const { return m_succeeded; }
        qint64 receivedBytes() const { return m_receivedBytes; }
    };

    // Runs one call to its end through sms::onFinished(), and checks that it
    // finished exactly once and was deleted afterwards.
    std::optional<Outcome> run(const QString &action, const QJsonObject &payload = {},
                               int waitMs = 15000)
    {
        ApiCall *call = m_client->call(action, payload);
        QSignalSpy finished(call, &ApiCall::finished);
        QSignalSpy destroyed(call, &QObject::destroyed);
        std::optional<Outcome> outcome;
        sms::onFinished(call, this, [&outcome](ApiCall *done) {
            outcome = Outcome {done->error(),      done->response(), done->requestId(),
                               done->serverDate(), done->attempts(), done->succeeded(),
                               done->receivedBytes()};
        });
        if (!destroyed.wait(waitMs) && destroyed.isEmpty())
            return std::nullopt;
        QTest::qWait(30); // a second emission would show up here
        if (finished.count() != 1)
            qWarning("finished() emitted %d times", int(finished.count()));
        return finished.count() == 1 ? outcome : std::nullopt;
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<CannedServer>();
        QVERIFY(m_server->start());
        m_server->setCredential(kSecretId, kSecretKey);
        m_client = std::make_unique<ApiClient>();
        ClientConfig config;
        config.endpoint = m_server->endpoint();
        config.timeoutMs = 5000;
        config.retryBaseDelayMs = 10;
        m_client->setConfig(config);
        m_client->setCredential({QString::fromLatin1(kSecretId), QString::fromLatin1(kSecretKey), {}});
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void successIsSignedAndParsed()
    {
        m_server->enqueue(CannedServer::ok(
            {{QStringLiteral("DescribeSignListStatusSet"),
              QJsonArray{QJsonObject{{QStringLiteral("SignId"), 1},
                                     {QStringLiteral("SignName"), QStringLiteral("测试")}}}}}));
        const auto call
            = run(QStringLiteral("DescribeSmsSignList"), {{QStringLiteral("International"), 0}});
        QVERIFY(call);
        QVERIFY2(call->succeeded(), qPrintable(call->error().summary()));
        QCOMPARE(call->response()
                     .value(QStringLiteral("DescribeSignListStatusSet"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("SignName"))
                     .toString(),
                 QStringLiteral("测试"));
        QVERIFY(!call->requestId().isEmpty());
        QVERIFY(call->serverDate().isValid());

        QCOMPARE(m_server->requestCount(), 1);
        const auto &got = m_server->received().first();
        QCOMPARE(got.signatureProblem, QString());
        QCOMPARE(got.method, QByteArray("POST"));
        QCOMPARE(got.action, QByteArray("DescribeSmsSignList"));
        QCOMPARE(got.headers.value("x-tc-version"), QByteArray("2021-01-11"));
        QCOMPARE(got.headers.value("x-tc-region"), QByteArray("ap-guangzhou"));
        QCOMPARE(got.headers.value("x-tc-language"), QByteArray("zh-CN"));
        QCOMPARE(got.headers.value("content-type"), QByteArray("application/json"));
        QVERIFY(qAbs(got.headers.value("x-tc-timestamp").toLongLong()
                     - QDateTime::currentSecsSinceEpoch()) < 5);
        QCOMPARE(got.body, QByteArray("{\"International\":0}"));
    }

    void chineseBodyTravelsAsUtf8()
    {
        const auto call = run(QStringLiteral("SendSms"), sendSmsPayload(1));
        QVERIFY(call);
        QCOMPARE(m_server->received().first().signatureProblem, QString());
        QVERIFY(m_server->received().first().body.contains("测试签名"));
    }

    void serviceError()
    {
        m_server->enqueue(CannedServer::serviceError(QStringLiteral("FailedOperation.SignatureIncorrectOrUnapproved"),
                                                     QStringLiteral("签名未审批")));
        const auto call = run(QStringLiteral("SendSms"), sendSmsPayload());
        QVERIFY(call);
        QCOMPARE(call->error().kind(), ApiError::Kind::Service);
        QCOMPARE(call->error().code(), QStringLiteral("FailedOperation.SignatureIncorrectOrUnapproved"));
        QCOMPARE(call->error().message(), QStringLiteral("签名未审批"));
        QCOMPARE(call->error().action(), QStringLiteral("SendSms"));
        QVERIFY(!call->error().requestId().isEmpty());
        QVERIFY(call->error().serverDate().isValid());
        QVERIFY(!call->error().outcomeUnknown());
    }

    void wrongKeyGivesSignatureFailure()
    {
        m_client->setCredential({QString::fromLatin1(kSecretId), QStringLiteral("not-the-key"), {}});
        const auto call = run(QStringLiteral("SendSms"), sendSmsPayload());
        QVERIFY(call);
        QCOMPARE(call->error().code(), QStringLiteral("AuthFailure.SignatureFailure"));
        QCOMPARE(m_server->received().first().signatureProblem, QStringLiteral("signature mismatch"));
    }

    void partialFailureIsNotSuccess()
    {
        m_server->enqueue(CannedServer::ok(
            {{QStringLiteral("SendStatusSet"),
              QJsonArray{sendStatus(QStringLiteral("+8613800138000"), QStringLiteral("Ok")),
                         sendStatus(QStringLiteral("+8613800138001"),
                                    QStringLiteral("InvalidParameterValue.TemplateParameterFormatError")),
                         sendStatus(QStringLiteral("+8613800138002"),
                                    QStringLiteral("LimitExceeded.PhoneNumberDailyLimit"))}}}));
        const auto call = run(QStringLiteral("SendSms"), sendSmsPayload(3));
        QVERIFY(call);
        QVERIFY(!call->succeeded());
        const ApiError &error = call->error();
        QCOMPARE(error.kind(), ApiError::Kind::PartialFailure);
        QCOMPARE(error.acceptedCount(), 1);
        QCOMPARE(error.numberFailures().size(), 2);
        QCOMPARE(error.numberFailures().at(0).phoneNumber, QStringLiteral("+8613800138001"));
        QCOMPARE(error.numberFailures().at(0).code,
                 QStringLiteral("InvalidParameterValue.TemplateParameterFormatError"));
        QCOMPARE(error.numberFailures().at(1).code, QStringLiteral("LimitExceeded.PhoneNumberDailyLimit"));
        // The accepted number's serial must survive for the journal.
        QCOMPARE(call->response().value(QStringLiteral("SendStatusSet")).toArray().size(), 3);
        QVERIFY(!error.outcomeUnknown());
    }

    void allNumbersFailedIsNotSuccess()
    {
        m_server->enqueue(CannedServer::ok(
            {{QStringLiteral("SendStatusSet"),
              QJsonArray{sendStatus(QStringLiteral("+8613800138000"),
                                    QStringLiteral("FailedOperation.PhoneNumberInBlacklist"))}}}));
        const auto call = run(QStringLiteral("SendSms"), sendSmsPayload(1));
        QVERIFY(call);
        QCOMPARE(call->error().kind(), ApiError::Kind::PartialFailure);
        QCOMPARE(call->error().acceptedCount(), 0);
    }

    void httpStatus502()
    {
        m_server->enqueue(CannedServer::status(502, "<html>Bad Gateway</html>"));
        const auto call = run(QStringLiteral("SendSms"), sendSmsPayload());
        QVERIFY(call);
        QCOMPARE(call->error().kind(), ApiError::Kind::HttpStatus);
        QCOMPARE(call->error().httpStatus(), 502);
        QVERIFY(call->error().message().contains(QLatin1String("502")));
        // A gateway error after the request left: the send may have happened.
        QVERIFY(call->error().outcomeUnknown());
        QCOMPARE(m_server->requestCount(), 1);
    }

    void notJson()
    {
        m_server->enqueue(CannedServer::raw("<html><body>maintenance</body></html>"));
        const auto call = run(QStringLiteral("DescribeSmsTemplateList"));
        QVERIFY(call);
        QCOMPARE(call->error().kind(), ApiError::Kind::Protocol);
        QCOMPARE(call->error().code(), QLatin1String(ClientCode::MalformedResponse));
    }

    void jsonWithoutResponse()
    {
        m_server->enqueue(CannedServer::raw("{\"Result\":{}}"));
        const auto call = run(QStringLiteral("DescribeSmsTemplateList"));
        QVERIFY(call);
        QCOMPARE(call->error().code(), QLatin1String(ClientCode::MalformedResponse));
    }

    void truncatedDocument()
    {
        // Complete HTTP message, but the JSON inside stops half way.
        m_server->enqueue(CannedServer::raw("{\"Response\":{\"SendStatusSet\":[{\"SerialNo\":\"2019:1"));
        const auto call = run(QStringLiteral("SendSms"), sendSmsPayload());
        QVERIFY(call);
        QCOMPARE(call->error().kind(), ApiError::Kind::Protocol);
        QCOMPARE(call->error().code(), QLatin1String(ClientCode::TruncatedResponse));
        QVERIFY(call->error().outcomeUnknown());
    }

    void connectionClosedMidBody()
    {
        const QByteArray body = CannedServer::ok({{QStringLiteral("SendStatusSet"), QJsonArray{}}}).body;
        m_server->enqueue(CannedServer::truncated(body, int(body.size() / 2)));
        const auto call = run(QStringLiteral("SendSms"), sendSmsPayload());
        QVERIFY(call);
        QCOMPARE(call->error().kind(), ApiError::Kind::Protocol);
        QCOMPARE(call->error().code(), QLatin1String(ClientCode::TruncatedResponse));
        QVERIFY(call->error().outcomeUnknown());
        QCOMPARE(m_server->requestCount(), 1);
    }

    void connectionReset()
    {
        m_server->enqueue(CannedServer::reset());
        const auto call = run(QStringLiteral("SendSms"), sendSmsPayload());
        QVERIFY(call);
        QCOMPARE(call->error().kind(), ApiError::Kind::Network);
        QCOMPARE(call->error().code(), QLatin1String(ClientCode::ConnectionReset));
        QVERIFY(call->error().outcomeUnknown());
        QCOMPARE(m_server->requestCount(), 1);
    }

    void connectionRefused()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        ClientConfig config = m_client->config();
        config.endpoint = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        m_client->setConfig(config);
        const auto call = run(QStringLiteral("SendSms"), sendSmsPayload());
        QVERIFY(call);
        QCOMPARE(call->error().kind(), ApiError::Kind::Network);
        QCOMPARE(call->error().code(), QLatin1String(ClientCode::ConnectionRefused));
        // Nothing was listening: the send certainly did not happen.
        QVERIFY(!call->error().outcomeUnknown());
    }

    void tlsFailureIsReported()
    {
        // Speaking TLS to a plain-HTTP port: the handshake fails and must be
        // reported as a TLS problem, not swallowed or retried as something else.
        ClientConfig config = m_client->config();
        config.endpoint = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_server->port()));
        config.maxAttempts = 1;
        m_client->setConfig(config);
        const auto call = run(QStringLiteral("DescribeSmsSignList"));
        QVERIFY(call);
        QCOMPARE(call->error().kind(), ApiError::Kind::Tls);
        QCOMPARE(call->error().code(), QLatin1String(ClientCode::TlsError));
    }

    void untrustedCertificateIsRefused()
    {
        CannedServer tlsServer;
        QVERIFY(tlsServer.startWithUntrustedCertificate());
        ClientConfig config = m_client->config();
        config.endpoint = tlsServer.tlsEndpoint();
        m_client->setConfig(config);
        const auto call = run(QStringLiteral("DescribeSmsSignList"));
        QVERIFY(call);
        QCOMPARE(call->error().kind(), ApiError::Kind::Tls);
        QCOMPARE(call->error().code(), QLatin1String(ClientCode::TlsError));
        QVERIFY2(call->error().message().contains(QLatin1String("self"), Qt::CaseInsensitive),
                 qPrintable(call->error().message()));
        // Certificate problems are final: no retries, and no request reached
        // the server in clear.
        QCOMPARE(call->attempts(), 1);
        QCOMPARE(tlsServer.requestCount(), 0);
    }

    void timeoutOfASendIsUncertainAndNotRetried()
    {
        ClientConfig config = m_client->config();
        config.timeoutMs = 300;
        m_client->setConfig(config);
        m_server->setFallback(CannedServer::hang());
        const auto call = run(QStringLiteral("SendSms"), sendSmsPayload());
        QVERIFY(call);
        QCOMPARE(call->error().kind(), ApiError::Kind::Timeout);
        QVERIFY(call->error().outcomeUnknown());
        QTest::qWait(300);
        QCOMPARE(m_server->requestCount(), 1);
    }

    void cancelInFlight()
    {
        m_server->setFallback(CannedServer::hang());
        ApiCall *call = m_client->call(QStringLiteral("SendSms"), sendSmsPayload());
        QSignalSpy spy(call, &ApiCall::finished);
        QTRY_COMPARE(m_server->requestCount(), 1);
        call->cancel();
        call->cancel(); // twice is harmless
        QVERIFY(spy.wait(2000));
        QTest::qWait(50);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(call->error().kind(), ApiError::Kind::Cancelled);
        QVERIFY(call->error().outcomeUnknown());
    }

    void cancelBeforeSendingSendsNothing()
    {
        m_client->rateLimiter().setQps(QStringLiteral("AddSmsSign"), 1);
        ApiCall *first = m_client->call(QStringLiteral("AddSmsSign"), {});
        ApiCall *second = m_client->call(QStringLiteral("AddSmsSign"), {});
        QSignalSpy firstSpy(first, &ApiCall::finished);
        QSignalSpy secondSpy(second, &ApiCall::finished);
        second->cancel(); // still waiting for its rate-limiter slot
        QVERIFY(firstSpy.wait(5000));
        QVERIFY(secondSpy.count() == 1 || secondSpy.wait(1000));
        QTest::qWait(1200);
        QCOMPARE(m_server->requestCount(), 1);
        QCOMPARE(second->error().kind(), ApiError::Kind::Cancelled);
        QVERIFY(!second->error().outcomeUnknown());
    }

    void deletingARunningCallIsSafe()
    {
        m_server->setFallback(CannedServer::hang());
        ApiCall *call = m_client->call(QStringLiteral("DescribeSmsSignList"), {});
        QTRY_COMPARE(m_server->requestCount(), 1);
        delete call;
        QTest::qWait(50);
    }

    void refusedCleartext_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https public") << QStringLiteral("https://sms.tencentcloudapi.com") << true;
        QTest::newRow("http public") << QStringLiteral("http://sms.tencentcloudapi.com") << false;
        QTest::newRow("http private lan") << QStringLiteral("http://192.168.1.10:8080") << false;
        QTest::newRow("http loopback") << QStringLiteral("http://127.0.0.1:8080") << true;
        QTest::newRow("http loopback range") << QStringLiteral("http://127.8.9.10") << true;
        QTest::newRow("http ipv6 loopback") << QStringLiteral("http://[::1]:8080") << true;
        QTest::newRow("http localhost") << QStringLiteral("http://localhost:1") << true;
        QTest::newRow("http localhost lookalike") << QStringLiteral("http://localhost.example.com") << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1") << false;
        QTest::newRow("garbage") << QStringLiteral("not a url") << false;
    }

    void refusedCleartext()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        QCOMPARE(ApiClient::endpointProblem(QUrl(url)).isEmpty(), allowed);
        if (allowed)
            return;
        ClientConfig config = m_client->config();
        config.endpoint = QUrl(url);
        m_client->setConfig(config);
        const auto call = run(QStringLiteral("SendSms"), sendSmsPayload());
        QVERIFY(call);
        QCOMPARE(call->error().kind(), ApiError::Kind::Configuration);
        QVERIFY(!call->error().outcomeUnknown());
    }

    void endpointClassification_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("code"); // empty: usable
        QTest::addColumn<QString>("inMessage");
        const QString insecure = QLatin1String(ClientCode::InsecureEndpoint);
        const QString invalid = QLatin1String(ClientCode::InvalidEndpoint);
        QTest::newRow("https") << QStringLiteral("https://sms.tencentcloudapi.com") << QString()
                               << QString();
        QTest::newRow("http loopback")
            << QStringLiteral("http://127.0.0.1:8080") << QString() << QString();
        QTest::newRow("http public") << QStringLiteral("http://sms.tencentcloudapi.com") << insecure
                                     << QStringLiteral("https://");
        QTest::newRow("http private lan") << QStringLiteral("http://192.168.1.10:8080") << insecure
                                          << QStringLiteral("127.0.0.1");
        QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1") << invalid
                             << QStringLiteral("https://");
        QTest::newRow("no host") << QStringLiteral("https://") << invalid
                                 << QStringLiteral("not a valid URL");
        // Not even a URL: the message repeats what was typed, as typed.
        QTest::newRow("port out of range") << QStringLiteral("http://127.0.0.1:99999/") << invalid
                                           << QStringLiteral("\"http://127.0.0.1:99999/\"");
        QTest::newRow("spaces") << QStringLiteral("https://sms tencentcloudapi.com") << invalid
                                << QStringLiteral("\"https://sms tencentcloudapi.com\"");
    }

    void endpointClassification()
    {
        QFETCH(QString, url);
        QFETCH(QString, code);
        QFETCH(QString, inMessage);
        const QUrl endpoint(url, QUrl::StrictMode);
        const ApiError checked = ApiClient::checkEndpoint(endpoint, url);
        QCOMPARE(checked.code(), code);
        QCOMPARE(checked.isError(), !code.isEmpty());
        QVERIFY2(checked.message().contains(inMessage), qPrintable(checked.message()));
        QCOMPARE(ApiClient::endpointProblem(endpoint, url), checked.message());
        if (code.isEmpty())
            return;
        QCOMPARE(checked.kind(), ApiError::Kind::Configuration);

        // A call to it ends with exactly that answer, and nothing is sent.
        ClientConfig config = m_client->config();
        config.endpoint = endpoint;
        m_client->setConfig(config);
        const auto call = run(QStringLiteral("SendSms"), sendSmsPayload());
        QVERIFY(call);
        QCOMPARE(call->error().code(), code);
        QCOMPARE(call->error().kind(), ApiError::Kind::Configuration);
        QCOMPARE(call->attempts(), 0);
        QVERIFY(!call->error().outcomeUnknown());
        QCOMPARE(m_server->requestCount(), 0);
    }

    void onlyTheActionsOwnStatusSetCounts_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("set");
        QTest::addColumn<bool>("partial");
        QTest::newRow("SendSms/SendStatusSet")
            << QStringLiteral("SendSms") << QStringLiteral("SendStatusSet") << true;
        QTest::newRow("SendMultiGlobalSms/SendMultiStatusSet")
            << QStringLiteral("SendMultiGlobalSms") << QStringLiteral("SendMultiStatusSet") << true;
        // Another action's set in an answer is not this action's outcome.
        QTest::newRow("SendSms/SendMultiStatusSet")
            << QStringLiteral("SendSms") << QStringLiteral("SendMultiStatusSet") << false;
        QTest::newRow("DescribeSmsSignList/SendStatusSet")
            << QStringLiteral("DescribeSmsSignList") << QStringLiteral("SendStatusSet") << false;
    }

    void onlyTheActionsOwnStatusSetCounts()
    {
        QFETCH(QString, action);
        QFETCH(QString, set);
        QFETCH(bool, partial);
        m_server->enqueue(CannedServer::ok(
            {{set,
              QJsonArray {sendStatus(QStringLiteral("+14155550123"), QStringLiteral("Ok")),
                          sendStatus(QStringLiteral("+14155550124"),
                                     QStringLiteral("FailedOperation.PhoneNumberInBlacklist")),
                          QStringLiteral("not an item")}}}));
        const auto call = run(action, sendSmsPayload(2));
        QVERIFY(call);
        QCOMPARE(call->succeeded(), !partial);
        if (!partial)
            return;
        // An item that is not an object is a number that did not go out.
        QCOMPARE(call->error().kind(), ApiError::Kind::PartialFailure);
        QCOMPARE(call->error().acceptedCount(), 1);
        QCOMPARE(call->error().numberFailures().size(), 2);
        QCOMPARE(call->error().numberFailures().at(1).code,
                 QStringLiteral("ClientError.MissingStatusCode"));
    }

    void stateChangesFollowTheDiagram()
    {
        m_server->enqueue(CannedServer::status(503));
        m_server->enqueue(CannedServer::ok());
        ApiCall *call = m_client->call(QStringLiteral("DescribeSmsSignList"), {});
        QCOMPARE(call->state(), ApiCall::State::InFlight);
        QSignalSpy states(call, &ApiCall::stateChanged);
        QSignalSpy finished(call, &ApiCall::finished);
        QVERIFY(finished.wait(10000));
        QList<ApiCall::State> seen;
        for (const QList<QVariant> &args : std::as_const(states))
            seen.append(args.first().value<ApiCall::State>());
        using S = ApiCall::State;
        // Its slot was free: Queued and the first InFlight came inside
        // start(), before the spy existed.
        QCOMPARE(seen, (QList<S> {S::Waiting, S::InFlight, S::Finished}));
        QVERIFY(call->succeeded());
        QCOMPARE(call->attempts(), 2);
    }

    void callOutlivingItsClientStillFinishes()
    {
        // A call with a parent of its own is not deleted with the client:
        // its transfer goes with the client's network manager, and the call
        // must end (once, as cancelled) instead of waiting forever.
        m_server->setFallback(CannedServer::hang());
        QObject owner;
        auto *call = new ApiCall(QStringLiteral("SendSms"), sendSmsPayload(), &owner);
        m_client->start(call);
        QTRY_COMPARE(m_server->requestCount(), 1);
        QSignalSpy finished(call, &ApiCall::finished);
        m_client.reset();
        QVERIFY(call->isFinished());
        QCOMPARE(call->error().kind(), ApiError::Kind::Cancelled);
        // It was on the wire: the send may have happened.
        QVERIFY(call->error().outcomeUnknown());
        QVERIFY(finished.wait(2000));
        QTest::qWait(30);
        QCOMPARE(finished.count(), 1);
    }

    void abortAllEndsEveryCall()
    {
        // A program on its way out leaves nothing waiting on the network:
        // the call on the wire, the one in its backoff, and one owned
        // elsewhere all end now, once, as cancelled.
        m_server->enqueue(CannedServer::status(503));
        m_server->setFallback(CannedServer::hang());
        ClientConfig config = m_client->config();
        config.retryBaseDelayMs = 5000;
        config.timeoutMs = 60000;
        m_client->setConfig(config);
        ApiCall *waiting = m_client->call(QStringLiteral("DescribeSmsSignList"), {});
        QSignalSpy retrying(waiting, &ApiCall::retrying);
        QSignalSpy waitingFinished(waiting, &ApiCall::finished);
        QVERIFY(retrying.wait(5000));
        QObject owner;
        ApiCall *owned = m_client->start(
            new ApiCall(QStringLiteral("SendSms"), sendSmsPayload(), &owner));
        QSignalSpy ownedFinished(owned, &ApiCall::finished);
        QTRY_COMPARE(m_server->requestCount(), 2);
        m_client->abortAll();
        QVERIFY(owned->isFinished());
        QVERIFY(waiting->isFinished());
        QCOMPARE(owned->error().kind(), ApiError::Kind::Cancelled);
        QVERIFY(owned->error().outcomeUnknown()); // a send that was on the wire
        QCOMPARE(waiting->error().kind(), ApiError::Kind::Cancelled);
        QVERIFY(ownedFinished.wait(1000) || ownedFinished.count() == 1);
        QVERIFY(waitingFinished.count() == 1 || waitingFinished.wait(1000));
        QTest::qWait(50);
        QCOMPARE(ownedFinished.count(), 1);
        QCOMPARE(waitingFinished.count(), 1);
        QCOMPARE(m_server->requestCount(), 2);
    }

    void retryOnlyWhereAllowed_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<int>("expectedRequests");
        QTest::newRow("DescribeSmsSignList") << QStringLiteral("DescribeSmsSignList") << 3;
        QTest::newRow("SendStatusStatistics") << QStringLiteral("SendStatusStatistics") << 3;
        QTest::newRow("PullSmsSendStatusByPhoneNumber") << QStringLiteral("PullSmsSendStatusByPhoneNumber") << 3;
        QTest::newRow("DescribePhoneNumberInfo") << QStringLiteral("DescribePhoneNumberInfo") << 3;
        QTest::newRow("SendSms") << QStringLiteral("SendSms") << 1;
        QTest::newRow("SendMultiGlobalSms") << QStringLiteral("SendMultiGlobalSms") << 1;
        QTest::newRow("AddSmsTemplate") << QStringLiteral("AddSmsTemplate") << 1;
        QTest::newRow("ModifySmsSign") << QStringLiteral("ModifySmsSign") << 1;
        QTest::newRow("DeleteSmsTemplate") << QStringLiteral("DeleteSmsTemplate") << 1;
        QTest::newRow("PullSmsSendStatus") << QStringLiteral("PullSmsSendStatus") << 1;
        QTest::newRow("PullSmsReplyStatus") << QStringLiteral("PullSmsReplyStatus") << 1;
    }

    void retryOnlyWhereAllowed()
    {
        QFETCH(QString, action);
        QFETCH(int, expectedRequests);
        m_client->rateLimiter().setQps(action, 0);
        m_server->setFallback(CannedServer::status(503, "unavailable"));
        const auto call = run(action);
        QVERIFY(call);
        QCOMPARE(call->error().kind(), ApiError::Kind::HttpStatus);
        QTest::qWait(100);
        QCOMPARE(m_server->requestCount(), expectedRequests);
        QCOMPARE(call->attempts(), expectedRequests);
        QCOMPARE(call->error().attempts(), expectedRequests);
    }

    void retrySucceedsAndSendsSameBytes()
    {
        m_server->enqueue(CannedServer::reset());
        m_server->enqueue(CannedServer::serviceError(QStringLiteral("RequestLimitExceeded"),
                                                     QStringLiteral("slow down")));
        m_server->enqueue(CannedServer::ok({{QStringLiteral("DescribeTemplateStatusSet"), QJsonArray{}}}));
        ApiCall *call = m_client->call(QStringLiteral("DescribeSmsTemplateList"),
                                       {{QStringLiteral("International"), 0}});
        QSignalSpy retries(call, &ApiCall::retrying);
        QSignalSpy finished(call, &ApiCall::finished);
        QVERIFY(finished.wait(10000));
        QVERIFY2(call->succeeded(), qPrintable(call->error().summary()));
        QCOMPARE(retries.count(), 2);
        QCOMPARE(m_server->requestCount(), 3);
        QCOMPARE(m_server->received().at(0).body, m_server->received().at(2).body);
        // After a rate-limit answer the client waits at least a second.
        QVERIFY(m_server->received().at(2).atMs - m_server->received().at(1).atMs >= 990);
    }

    void cancelDuringBackoff()
    {
        ClientConfig config = m_client->config();
        config.retryBaseDelayMs = 5000;
        config.timeoutMs = 60000; // room for the backoff
        m_client->setConfig(config);
        m_server->setFallback(CannedServer::status(503));
        ApiCall *call = m_client->call(QStringLiteral("DescribeSmsSignList"), {});
        QSignalSpy retries(call, &ApiCall::retrying);
        QSignalSpy finished(call, &ApiCall::finished);
        QVERIFY(retries.wait(5000));
        call->cancel();
        QVERIFY(finished.wait(1000));
        QCOMPARE(call->error().kind(), ApiError::Kind::Cancelled);
        QCOMPARE(m_server->requestCount(), 1);
    }

    void cancelFromTheRetryingSignal()
    {
        // A caller that gives up as soon as it hears of a retry: nothing more
        // may be sent, and the call ends once, as cancelled.
        m_server->setFallback(CannedServer::status(503));
        ApiCall *call = m_client->call(QStringLiteral("DescribeSmsSignList"), {});
        connect(call, &ApiCall::retrying, call, &ApiCall::cancel);
        QSignalSpy finished(call, &ApiCall::finished);
        QVERIFY(finished.wait(5000));
        QTest::qWait(300); // longer than the backoff of 10 to 15 ms
        QCOMPARE(finished.count(), 1);
        QCOMPARE(call->error().kind(), ApiError::Kind::Cancelled);
        QCOMPARE(call->state(), ApiCall::State::Finished);
        QCOMPARE(m_server->requestCount(), 1);
    }

    void rateLimiterSpacing()
    {
        m_client->rateLimiter().setQps(QStringLiteral("DescribeSmsSignList"), 10);
        for (int i = 0; i < 8; ++i)
            m_client->call(QStringLiteral("DescribeSmsSignList"), {});
        QTRY_COMPARE_WITH_TIMEOUT(m_server->requestCount(), 8, 5000);
        const auto &got = m_server->received();
        // The client spaces its sends 100 ms apart. Arrival times carry the
        // machine's scheduling jitter (a late send makes the next gap look
        // short), so check what a burst would break: no two arrivals close
        // together, and the whole run takes as long as its slots.
        for (int i = 1; i < got.size(); ++i) {
            const qint64 gap = got.at(i).atMs - got.at(i - 1).atMs;
            QVERIFY2(gap >= 50, qPrintable(QStringLiteral("gap %1 ms").arg(gap)));
        }
        const qint64 span = got.last().atMs - got.first().atMs;
        QVERIFY2(span >= 650, qPrintable(QStringLiteral("span %1 ms").arg(span)));
    }

    void responseSizeCap()
    {
        ClientConfig config = m_client->config();
        config.maxResponseBytes = 1000;
        m_client->setConfig(config);
        m_server->enqueue(CannedServer::ok({{QStringLiteral("Blob"), QString(5000, QLatin1Char('x'))}}));
        const auto call = run(QStringLiteral("SendSms"), sendSmsPayload());
        QVERIFY(call);
        QCOMPARE(call->error().code(), QLatin1String(ClientCode::ResponseTooLarge));
    }

    // --- A hostile or broken server ---------------------------------------------

    void endlessChunkedAnswerStopsAtTheCap_data()
    {
        QTest::addColumn<int>("chunkBytes");
        QTest::newRow("64 KiB chunks") << 64 * 1024;
        QTest::newRow("one-byte chunks") << 1;
    }

    void endlessChunkedAnswerStopsAtTheCap()
    {
        // Chunked framing announces no size: only counting what arrives can
        // stop it, and only a bounded read buffer keeps it from piling up
        // unread in the network layer meanwhile. The server floods from a
        // thread of its own, as fast as a real one.
        QFETCH(int, chunkBytes);
        constexpr qint64 cap = 1024 * 1024;
        ServerThread server;
        QVERIFY(server.isListening());
        server.run([chunkBytes](CannedServer &s) {
            s.setFallback(CannedServer::endlessChunks(0, chunkBytes));
        });
        ClientConfig config = m_client->config();
        config.endpoint = server.endpoint();
        config.maxResponseBytes = cap;
        config.timeoutMs = 60000;
        m_client->setConfig(config);
        const long rssBefore = peakRssKiB();
        const auto call = run(QStringLiteral("DescribeSmsSignList"), {}, 60000);
        const long grownKiB = peakRssKiB() - rssBefore;
        QVERIFY(call);
        QCOMPARE(call->error().code(), QLatin1String(ClientCode::ResponseTooLarge));
        QCOMPARE(call->attempts(), 1);
        QVERIFY2(call->receivedBytes() > cap, qPrintable(QString::number(call->receivedBytes())));
        QVERIFY2(call->receivedBytes() <= cap + ApiCall::kReadChunkBytes,
                 qPrintable(QString::number(call->receivedBytes())));
        // The process (client and server) stayed within a few times the cap.
        QVERIFY2(grownKiB < 64 * 1024, qPrintable(QStringLiteral("%1 KiB").arg(grownKiB)));
    }

    void theTimeLimitIsTheWholeCalls_data()
    {
        QTest::addColumn<int>("timeoutMs");
        QTest::addColumn<bool>("busyFirst");
        QTest::addColumn<int>("attempts");
        QTest::addColumn<int>("boundMs");
        // An attempt that used the whole limit up leaves no room for a
        // retry, however safe the read. Generous bound: three attempts of
        // 1.5 s would take 4.5 s at least.
        QTest::newRow("silent server") << 1500 << false << 1 << 4000;
        // A quick 503, a retry that fits, and then silence: the second
        // attempt waits only for what is left, and there is no third. A
        // fresh 2 s for the second attempt would make it 4 s.
        QTest::newRow("busy, then silent") << 2000 << true << 2 << 3500;
    }

    void theTimeLimitIsTheWholeCalls()
    {
        QFETCH(int, timeoutMs);
        QFETCH(bool, busyFirst);
        QFETCH(int, attempts);
        QFETCH(int, boundMs);
        ClientConfig config = m_client->config();
        config.timeoutMs = timeoutMs;
        config.maxAttempts = 3;
        m_client->setConfig(config);
        if (busyFirst)
            m_server->enqueue(CannedServer::status(503, "busy"));
        m_server->setFallback(CannedServer::hang());
        QElapsedTimer elapsed;
        elapsed.start();
        const auto call = run(QStringLiteral("DescribeSmsSignList"));
        QVERIFY(call);
        QCOMPARE(call->error().kind(), ApiError::Kind::Timeout);
        QVERIFY2(call->error().message().contains(QLatin1String("within 2 s")),
                 qPrintable(call->error().message()));
        QCOMPARE(call->attempts(), attempts);
        QTest::qWait(100);
        QCOMPARE(m_server->requestCount(), attempts);
        QVERIFY2(elapsed.elapsed() < boundMs, qPrintable(QString::number(elapsed.elapsed())));
    }

    void backoffThatWouldPassTheDeadlineIsNotWaited()
    {
        // A rate-limit answer asks for at least a second of backoff; with
        // less than that left, the call ends with that answer at once.
        ClientConfig config = m_client->config();
        config.timeoutMs = 900;
        m_client->setConfig(config);
        m_server->setFallback(CannedServer::serviceError(QStringLiteral("RequestLimitExceeded"),
                                                         QStringLiteral("slow down")));
        ApiCall *call = m_client->call(QStringLiteral("DescribeSmsSignList"), {});
        QSignalSpy retries(call, &ApiCall::retrying);
        QSignalSpy finished(call, &ApiCall::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(call->error().code(), QStringLiteral("RequestLimitExceeded"));
        QCOMPARE(retries.count(), 0);
        QCOMPARE(call->attempts(), 1);
        QCOMPARE(m_server->requestCount(), 1);
    }

    void brokenFramingIsAProtocolError_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("closeAfter");
        QTest::addColumn<QString>("inMessage");
        const auto row = [](const char *name, const QByteArray &headers, const QByteArray &body,
                            bool closeAfter, const char *inMessage) {
            const QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n";
            QTest::newRow(name) << head + headers + "\r\n" + body << closeAfter
                                << QString::fromUtf8(inMessage);
        };
        const QByteArray body = "{\"Response\":{\"RequestId\":\"r-1\"}}";
        const QByteArray chunk = "1f\r\n" + body + "\r\n0\r\n\r\n";
        row("Content-Length -1, closed", "Content-Length: -1\r\n", body, true,
            "Content-Length \"-1\"");
        // Left open, Qt would wait for the end of an answer of unknown size
        // until the timeout: the header alone is enough to stop.
        row("Content-Length -1, left open", "Content-Length: -1\r\n", body, false,
            "Content-Length \"-1\"");
        row("Content-Length not a number", "Content-Length: 12abc\r\n", body, true,
            "Content-Length \"12abc\"");
        row("two different Content-Lengths", "Content-Length: 10\r\nContent-Length: 31\r\n", body,
            true, "Content-Length");
        row("Content-Length and chunked", "Content-Length: 31\r\nTransfer-Encoding: chunked\r\n",
            chunk, false, "Transfer-Encoding");
        row("chunk size not hexadecimal", "Transfer-Encoding: chunked\r\n",
            "zz\r\n" + body + "\r\n0\r\n\r\n", true, "chunk");
        row("negative chunk size", "Transfer-Encoding: chunked\r\n",
            "-5\r\n" + body + "\r\n0\r\n\r\n", true, "chunk");
        row("chunk size beyond 64 bits", "Transfer-Encoding: chunked\r\n",
            "fffffffffffffffffffff\r\n" + body + "\r\n0\r\n\r\n", true, "chunk");
    }

    void brokenFramingIsAProtocolError()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, closeAfter);
        QFETCH(QString, inMessage);
        m_server->setFallback(CannedServer::verbatim(bytes, closeAfter));
        const auto call = run(QStringLiteral("SendSms"), sendSmsPayload());
        QVERIFY(call);
        QVERIFY(!call->succeeded());
        QCOMPARE(call->error().kind(), ApiError::Kind::Protocol);
        QCOMPARE(call->error().code(), QLatin1String(ClientCode::MalformedResponse));
        QVERIFY2(call->error().message().contains(QLatin1String("framing")),
                 qPrintable(call->error().message()));
        QVERIFY2(call->error().message().contains(inMessage), qPrintable(call->error().message()));
        QVERIFY(call->error().outcomeUnknown());
        QCOMPARE(m_server->requestCount(), 1);
    }

    void serverThatDoesNotSpeakHttp()
    {
        // Pointed at an SSH server by mistake: it speaks first, and not HTTP.
        CannedServer ssh;
        QVERIFY(ssh.startNotHttp("SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n"));
        ClientConfig config = m_client->config();
        config.endpoint = ssh.endpoint();
        m_client->setConfig(config);
        const auto call = run(QStringLiteral("DescribeSmsSignList"));
        QVERIFY(call);
        QCOMPARE(call->error().kind(), ApiError::Kind::Protocol);
        QCOMPARE(call->error().code(), QLatin1String(ClientCode::MalformedResponse));
        QVERIFY2(call->error().message().contains(QLatin1String("did not answer in HTTP")),
                 qPrintable(call->error().message()));
        QVERIFY2(call->error().message().contains(QLatin1String("SSH-2.0-OpenSSH_9.2p1")),
                 qPrintable(call->error().message()));
        // Not something another try fixes.
        QCOMPARE(call->attempts(), 1);
    }

    void closedWithoutAWordIsStillAReset()
    {
        // An HTTP server that drops the connection says nothing when asked
        // nothing: that stays a dropped connection.
        m_server->enqueue(CannedServer::verbatim({}));
        const auto call = run(QStringLiteral("SendSms"), sendSmsPayload());
        QVERIFY(call);
        QCOMPARE(call->error().code(), QLatin1String(ClientCode::ConnectionReset));
        QVERIFY(call->error().outcomeUnknown());
    }

    void clockSkewDetectedAndCorrected()
    {
        // The server's clock runs ten minutes ahead and enforces the 5-minute
        // window like the service does.
        const qint64 skew = 600;
        m_server->setClockOffsetSeconds(skew);
        m_server->setHandler([skew](const CannedServer::Received &r) {
            const qint64 serverNow = QDateTime::currentSecsSinceEpoch() + skew;
            if (qAbs(serverNow - r.headers.value("x-tc-timestamp").toLongLong()) > 300)
                return CannedServer::serviceError(QStringLiteral("AuthFailure.SignatureExpire"),
                                                  QStringLiteral("Signature expired."));
            return CannedServer::ok();
        });
        QSignalSpy skewSpy(m_client.get(), &ApiClient::clockSkewDetected);
        const auto call = run(QStringLiteral("DescribeSmsSignList"));
        QVERIFY(call);
        QCOMPARE(call->error().code(), QStringLiteral("AuthFailure.SignatureExpire"));
        QVERIFY(call->error().clockOffsetSeconds().has_value());
        const qint64 measured = *call->error().clockOffsetSeconds();
        QVERIFY2(qAbs(measured - skew) <= 2, qPrintable(QString::number(measured)));
        QCOMPARE(skewSpy.count(), 1);
        QCOMPARE(m_server->requestCount(), 1); // an auth failure is never retried

        m_client->clock().setOffsetSeconds(measured);
        const auto again = run(QStringLiteral("DescribeSmsSignList"));
        QVERIFY(again);
        QVERIFY2(again->succeeded(), qPrintable(again->error().summary()));
    }

    void clockOffsetFromMessageWhenNoDateHeader()
    {
        // Without a Date header, the server time at the end of the message is used.
        const qint64 serverTime = QDateTime::currentSecsSinceEpoch() - 3600;
        CannedServer::Reply reply = CannedServer::serviceError(
            QStringLiteral("AuthFailure.SignatureExpire"),
            QStringLiteral("Signature expired. Timestamp deviates from the server time %1.").arg(serverTime));
        reply.sendDate = false;
        m_server->enqueue(reply);
        const auto call = run(QStringLiteral("DescribeSmsSignList"));
        QVERIFY(call);
        QVERIFY(!call->error().serverDate().isValid());
        QVERIFY(call->error().clockOffsetSeconds().has_value());
        QVERIFY(qAbs(*call->error().clockOffsetSeconds() + 3600) <= 2);
    }

    void secretsNeverLogged()
    {
        g_log.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("sms.*=true"));
        const auto previous = qInstallMessageHandler(captureLog);
        m_server->enqueue(CannedServer::ok());
        m_server->enqueue(CannedServer::serviceError(QStringLiteral("AuthFailure.SignatureFailure"),
                                                     QStringLiteral("bad")));
        m_server->enqueue(CannedServer::status(502));
        const auto a = run(QStringLiteral("DescribeSmsSignList"));
        const auto b = run(QStringLiteral("SendSms"), sendSmsPayload());
        const auto c = run(QStringLiteral("SendSms"), sendSmsPayload());
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(a && b && c);

        const QString all = g_log.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1String("DescribeSmsSignList")), "the log captured nothing");
        QVERIFY(all.contains(QLatin1String("sms.api")));
        QVERIFY(!all.contains(QString::fromLatin1(kSecretKey)));
        QVERIFY(!all.contains(QLatin1String("Signature=")));
        QVERIFY(!all.contains(QLatin1String("TC3-HMAC-SHA256")));
        QVERIFY(!all.contains(QLatin1String("Authorization"), Qt::CaseInsensitive));
    }

    void missingCredentials()
    {
        m_client->setCredential({});
        const auto call = run(QStringLiteral("DescribeSmsSignList"));
        QVERIFY(call);
        QCOMPARE(call->error().code(), QLatin1String(ClientCode::MissingCredentials));
        QCOMPARE(m_server->requestCount(), 0);
    }

    void activityIsReported()
    {
        QSignalSpy activity(m_client.get(), &ApiClient::activeCallsChanged);
        const auto call = run(QStringLiteral("DescribeSmsSignList"));
        QVERIFY(call);
        QVERIFY(activity.count() >= 2);
        QCOMPARE(activity.first().first().toInt(), 1);
        QCOMPARE(activity.last().first().toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_ApiClient)
#include "tst_apiclient.moc"
