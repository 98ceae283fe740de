// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What every sandbox test needs: a real SandboxServer on 127.0.0.1 in this
// process, with a frozen clock and a minimal account, and an ApiClient (and
// SmsApi on top of it) that signs with the same key and takes its time from
// the sandbox clock, so that freezing and advancing the sandbox never makes
// the client's signature expire.

#include "api/ApiClient.h"
#include "api/SmsApi.h"
#include "sandbox/SandboxServer.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <memory>

namespace sandboxtest {

inline QString secretId()
{
    return QStringLiteral("AKIDsandboxtest00000000000000000000");
}
inline QString secretKey()
{
    return QStringLiteral("sandbox-test-key-0123456789abcdef");
}
inline QString appId()
{
    return QStringLiteral("1400000001");
}

// An instant in Beijing time (UTC+8). The default, 2026-03-10 10:00, is a
// weekday morning inside the marketing hours.
QDateTime beijing(int hour = 10, int minute = 0, int day = 10, int second = 0);

// A valid mainland mobile number whose last four digits are tail (0..9999).
// Tails 0000-0003, 6666 and 7777 are the sandbox's magic numbers.
QString cn(int tail, int block = 13);

class Harness
{
public:
    // Frozen at beijing(), seeded with seedAccount(), listening, and with
    // every QPS limit (client and server) lifted so tests run at full speed.
    Harness();
    ~Harness();

    sms::sandbox::SandboxServer &server() { return *m_server; }
    sms::sandbox::SandboxState &state() { return m_server->service().state(); }
    sms::sandbox::SandboxSettings &settings() { return m_server->service().settings(); }
    sms::api::ApiClient &client() { return *m_client; }
    sms::api::SmsApi &api() { return *m_api; }

    qint64 now() const { return m_server->clock().nowSecs(); }
    void advance(qint64 seconds) { m_server->clock().advance(seconds); }
    void freezeAt(const QDateTime &instant) { m_server->clock().freezeAt(instant); }

    // Puts another server behind the same client (a restart).
    void replaceServer(std::unique_ptr<sms::sandbox::SandboxServer> server);
    std::unique_ptr<sms::sandbox::SandboxServer> takeServer();

    // Adds a signature or template straight into the account, as if it had
    // been reviewed long ago. Returns its id.
    qint64 addSign(const QString &name, int international = 0,
                   sms::sandbox::ReviewStatusCode status
                   = sms::sandbox::ReviewStatusCode::Approved);
    qint64 addTemplate(const QString &content, int smsType = 2, int international = 0,
                       sms::sandbox::ReviewStatusCode status
                       = sms::sandbox::ReviewStatusCode::Approved);

    // The usual fixtures: an approved domestic signature "沙盒科技", an
    // approved international one "SandboxTech", and templates of each kind.
    void addStandardFixtures();
    qint64 domesticNotice = 0;   // "您好{1}，您的订单{2}已发货。"  (notification, 2 variables)
    qint64 domesticCode = 0;     // verification code, 1 variable
    qint64 domesticMarketing = 0; // marketing, 1 variable, ends with 拒收请回复R
    qint64 globalNotice = 0;     // international notification, 1 variable
    qint64 globalCode = 0;       // international verification code, 1 variable

    // A domestic SendSms with the standard signature.
    sms::domain::SendSmsRequest domestic(const QStringList &numbers, qint64 templateId,
                                         const QStringList &params) const;
    sms::domain::SendSmsRequest global(const QStringList &numbers, qint64 templateId,
                                       const QStringList &params) const;

    // Removes every per-action QPS limit on the client (its own limiter).
    void unlimitClient();

private:
    std::unique_ptr<sms::sandbox::SandboxServer> m_server;
    std::unique_ptr<sms::api::ApiClient> m_client;
    std::unique_ptr<sms::api::SmsApi> m_api;
};

// Waits until call has finished (its finished() signal). False on time-out.
bool waitFor(sms::api::ApiCall *call, int timeoutMs = 15000);

// The SendStatusSet codes of a send, in request order.
QStringList codesOf(const sms::domain::SendStatusList &statuses);

} // namespace sandboxtest

// Starts a call and waits for it; fails the test if it never finishes.
#define SB_WAIT(call) QVERIFY2(sandboxtest::waitFor(call), "the call did not finish in time")
