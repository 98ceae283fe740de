// SPDX-License-Identifier: GPL-3.0-or-later
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

#include <memory>

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

sms::api::Credential wrongKey()
{
    return {sandboxtest::secretId(), QStringLiteral("not-the-right-key-0123456789ab"), QString()};
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
    QUrl endpoint() const { return m_harness->server().endpoint(); }
    // The test's answer came, once.
    bool answered()
    {
        return (!m_finished->isEmpty() || m_finished->wait(kTimeoutMs)) && m_finished->size() == 1;
    }
    bool succeeded() const { return m_finished->first().at(0).toBool(); }
    ApiError error() const { return m_finished->first().at(1).value<ApiError>(); }

    std::unique_ptr<sandboxtest::Harness> m_harness;
    std::unique_ptr<ConnectionTester> m_tester;
    std::unique_ptr<QSignalSpy> m_finished;
};

void tst_ConnectionTester::init()
{
    m_harness = std::make_unique<sandboxtest::Harness>();
    m_harness->freezeAt(QDateTime::currentDateTimeUtc().addSecs(3600));
    m_tester = std::make_unique<ConnectionTester>();
    m_finished = std::make_unique<QSignalSpy>(m_tester.get(), &ConnectionTester::finished);
}

void tst_ConnectionTester::cleanup()
{
    m_finished.reset();
    m_tester.reset();
    m_harness.reset();
}

void tst_ConnectionTester::rightKeysAreAccepted()
{
    m_tester->start(profileFor(endpoint()), rightKeys(), offset());
    QVERIFY(m_tester->isRunning());
    QVERIFY(answered());
    QVERIFY2(succeeded(), qPrintable(error().summary()));
    QVERIFY(!error().isError());
    QVERIFY(!m_tester->isRunning());
    QCOMPARE(m_tester->config().endpoint, endpoint());
    QCOMPARE(m_tester->config().maxAttempts, 1);
}

void tst_ConnectionTester::wrongKeyIsSignatureFailure()
{
    m_tester->start(profileFor(endpoint()), wrongKey(), offset());
    QVERIFY(answered());
    QVERIFY(!succeeded());
    QCOMPARE(error().kind(), ApiError::Kind::Service);
    QCOMPARE(error().code(), QStringLiteral("AuthFailure.SignatureFailure"));
    QVERIFY(!error().requestId().isEmpty());
    QCOMPARE(error().attempts(), 1);
}

void tst_ConnectionTester::nothingListeningIsConnectionRefused()
{
    const QUrl dead = deadEndpoint();
    QVERIFY(dead.isValid());
    m_tester->start(profileFor(dead), rightKeys(), offset());
    QVERIFY(answered());
    QVERIFY(!succeeded());
    QCOMPARE(error().kind(), ApiError::Kind::Network);
    QCOMPARE(error().code(), QString::fromLatin1(sms::api::ClientCode::ConnectionRefused));
    // Tried once: a refused connection is reported, not retried.
    QCOMPARE(error().attempts(), 1);
}

void tst_ConnectionTester::profileRegionIsUsed()
{
    auto profile = profileFor(endpoint());
    profile.region = QStringLiteral("ap-nowhere");
    m_tester->start(profile, rightKeys(), offset());
    QVERIFY(answered());
    QCOMPARE(m_tester->config().region, QStringLiteral("ap-nowhere"));
    QCOMPARE(error().code(), QStringLiteral("UnsupportedRegion"));
}

void tst_ConnectionTester::clockOffsetIsUsed()
{
    m_tester->start(profileFor(endpoint()), rightKeys(), 0);
    QVERIFY(answered());
    QCOMPARE(error().code(), QStringLiteral("AuthFailure.SignatureExpire"));
    // The service's time comes back, for the operator to correct by.
    QVERIFY(error().clockOffsetSeconds().has_value());
    QVERIFY(qAbs(*error().clockOffsetSeconds() - 3600) < 300);
}

void tst_ConnectionTester::cancelReportsCancelled()
{
    m_tester->start(profileFor(endpoint()), rightKeys(), offset());
    m_tester->cancel();
    QVERIFY(answered());
    QVERIFY(!succeeded());
    QCOMPARE(error().kind(), ApiError::Kind::Cancelled);
    QCOMPARE(error().code(), QString::fromLatin1(sms::api::ClientCode::Cancelled));
    QVERIFY(!m_tester->isRunning());
    // Nothing is running any more: a second cancel says nothing.
    m_tester->cancel();
    QCoreApplication::processEvents();
    QCOMPARE(m_finished->size(), 1);
}

void tst_ConnectionTester::startAgainDropsTheRunningTest()
{
    m_tester->start(profileFor(endpoint()), wrongKey(), offset());
    m_tester->start(profileFor(endpoint()), rightKeys(), offset());
    QVERIFY(answered());
    // Only the second test answers: the first one went with its client and
    // its refusal never arrives.
    QCoreApplication::processEvents();
    QCOMPARE(m_finished->size(), 1);
    QVERIFY(succeeded());
}

QTEST_MAIN(tst_ConnectionTester)
#include "tst_connectiontester.moc"
