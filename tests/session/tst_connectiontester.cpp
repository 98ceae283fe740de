// The profile dialog's "Test connection" without a widget: a real sandbox on
// 127.0.0.1 answers with the right keys, refuses a wrong key with the
// service's code, and an address where nothing listens is a network error.
// The profile's own settings (region, clock correction) are the ones used.

#include "SandboxHarness.h"
#include "api/ApiError.h"
#include "credentials/Profile.h"
#include "session/ConnectionTester.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using sms::api::ApiError;
using sms::session::ConnectionTester;

namespace {
constexpr int kTimeoutMs = 20000;

sms::credentials::Profile profileFor(const QUrl &endpoint)
{
    sms::credentials::Profile profile;
    profile.name = QStringLiteral("Tested");
    profile.endpoint = endpoint;
    return profile;
}

sms::api::Credential rightKeys()
{
    return {sandboxtest::secretId(), sandboxtest::secretKey(), QString()};
}

// An address on this computer where nothing listens: a port the system just
// handed out and that was closed again.
QUrl deadEndpoint()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return {};
    const quint16 port = server.serverPort();
    server.close();
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
}
} // namespace

class tst_ConnectionTester : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void rightKeysAreAccepted();
    void wrongKeyIsSignatureFailure();
    void nothingListeningIsConnectionRefused();
    void profileRegionIsUsed();
    void clockOffsetIsUsed();
    void cancelReportsCancelled();
    void startAgainDropsTheRunningTest();

private:
    // The sandbox's clock runs an hour ahead of this computer's: a test
    // signed without the profile's correction is refused as expired.
    qint64 offset() const { return m_harness->now() - QDateTime::currentSecsSinceEpoch(); }

    std::unique_ptr<sandboxtest::Harness> m_harness;
};

void tst_ConnectionTester::init()
{
    m_harness = std::make_unique<sandboxtest::Harness>();
    m_harness->freezeAt(QDateTime::currentDateTimeUtc().addSecs(3600));
}

void tst_ConnectionTester::cleanup()
{
    m_harness.reset();
}

void tst_ConnectionTester::rightKeysAreAccepted()
{
    ConnectionTester tester;
    QSignalSpy finished(&tester, &ConnectionTester::finished);
    tester.start(profileFor(m_harness->server().endpoint()), rightKeys(), offset());
    QVERIFY(tester.isRunning());
    QVERIFY(finished.wait(kTimeoutMs));
    QCOMPARE(finished.size(), 1);
    const auto error = finished.first().at(1).value<ApiError>();
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(error.summary()));
    QVERIFY(!error.isError());
    QVERIFY(!tester.isRunning());
    QCOMPARE(tester.config().endpoint, m_harness->server().endpoint());
    QCOMPARE(tester.config().maxAttempts, 1);
}

void tst_ConnectionTester::wrongKeyIsSignatureFailure()
{
    ConnectionTester tester;
    QSignalSpy finished(&tester, &ConnectionTester::finished);
    tester.start(profileFor(m_harness->server().endpoint()),
                 {sandboxtest::secretId(), QStringLiteral("not-the-right-key-0123456789ab"), {}},
                 offset());
    QVERIFY(finished.wait(kTimeoutMs));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toBool(), false);
    const auto error = finished.first().at(1).value<ApiError>();
    QCOMPARE(error.kind(), ApiError::Kind::Service);
    QCOMPARE(error.code(), QStringLiteral("AuthFailure.SignatureFailure"));
    QVERIFY(!error.requestId().isEmpty());
    QCOMPARE(error.attempts(), 1);
}

void tst_ConnectionTester::nothingListeningIsConnectionRefused()
{
    const QUrl endpoint = deadEndpoint();
    QVERIFY(endpoint.isValid());
    ConnectionTester tester;
    QSignalSpy finished(&tester, &ConnectionTester::finished);
    tester.start(profileFor(endpoint), rightKeys(), offset());
    QVERIFY(finished.wait(kTimeoutMs));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toBool(), false);
    const auto error = finished.first().at(1).value<ApiError>();
    QCOMPARE(error.kind(), ApiError::Kind::Network);
    QCOMPARE(error.code(), QString::fromLatin1(sms::api::ClientCode::ConnectionRefused));
    // Tried once: a refused connection is reported, not retried.
    QCOMPARE(error.attempts(), 1);
}

void tst_ConnectionTester::profileRegionIsUsed()
{
    auto profile = profileFor(m_harness->server().endpoint());
    profile.region = QStringLiteral("ap-nowhere");
    ConnectionTester tester;
    QSignalSpy finished(&tester, &ConnectionTester::finished);
    tester.start(profile, rightKeys(), offset());
    QVERIFY(finished.wait(kTimeoutMs));
    QCOMPARE(tester.config().region, QStringLiteral("ap-nowhere"));
    QCOMPARE(finished.first().at(1).value<ApiError>().code(), QStringLiteral("UnsupportedRegion"));
}

void tst_ConnectionTester::clockOffsetIsUsed()
{
    ConnectionTester tester;
    QSignalSpy finished(&tester, &ConnectionTester::finished);
    tester.start(profileFor(m_harness->server().endpoint()), rightKeys(), 0);
    QVERIFY(finished.wait(kTimeoutMs));
    const auto error = finished.first().at(1).value<ApiError>();
    QCOMPARE(error.code(), QStringLiteral("AuthFailure.SignatureExpire"));
    // The service's time comes back, for the operator to correct by.
    QVERIFY(error.clockOffsetSeconds().has_value());
    QVERIFY(qAbs(*error.clockOffsetSeconds() - 3600) < 300);
}

void tst_ConnectionTester::cancelReportsCancelled()
{
    ConnectionTester tester;
    QSignalSpy finished(&tester, &ConnectionTester::finished);
    tester.start(profileFor(m_harness->server().endpoint()), rightKeys(), offset());
    tester.cancel();
    QVERIFY(finished.wait(kTimeoutMs));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toBool(), false);
    const auto error = finished.first().at(1).value<ApiError>();
    QCOMPARE(error.kind(), ApiError::Kind::Cancelled);
    QCOMPARE(error.code(), QString::fromLatin1(sms::api::ClientCode::Cancelled));
    QVERIFY(!tester.isRunning());
    // Nothing is running any more: a second cancel says nothing.
    tester.cancel();
    QCoreApplication::processEvents();
    QCOMPARE(finished.size(), 1);
}

void tst_ConnectionTester::startAgainDropsTheRunningTest()
{
    ConnectionTester tester;
    QSignalSpy finished(&tester, &ConnectionTester::finished);
    const QUrl endpoint = m_harness->server().endpoint();
    tester.start(profileFor(endpoint),
                 {sandboxtest::secretId(), QStringLiteral("not-the-right-key-0123456789ab"), {}},
                 offset());
    tester.start(profileFor(endpoint), rightKeys(), offset());
    QVERIFY(finished.wait(kTimeoutMs));
    // Only the second test answers: the first one went with its client and
    // its refusal never arrives.
    QCoreApplication::processEvents();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toBool(), true);
}

QTEST_MAIN(tst_ConnectionTester)
#include "tst_connectiontester.moc"
