// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiCall.h"
#include "api/ApiClock.h"
#include "api/ClientConfig.h"
#include "api/Credential.h"
#include "api/RateLimiter.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

class QNetworkAccessManager;

namespace sms::api {

// Signs and posts API actions over one QNetworkAccessManager.
//
// Asynchronous only: start() queues the call and returns; the call emits
// finished() once with a response or an ApiError. The client adds what every
// action needs: the endpoint and key checks, the rate limiter, signing,
// retries for safe reads and clock-offset measurement. Each call runs its own
// transfer (timeout, size cap, classification of failures).
class ApiClient : public QObject
{
    Q_OBJECT

public:
    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    ClientConfig config() const { return m_config; }
    void setConfig(const ClientConfig &config);

    // Kept in memory only.
    void setCredential(const Credential &credential);
    bool hasCredential() const { return m_credential.isComplete(); }

    ApiClock &clock() { return m_clock; }
    RateLimiter &rateLimiter() { return m_rateLimiter; }

    // Takes the call (reparents it to the client if it has no parent) and runs
    // it. The caller deletes it with deleteLater() after finished(), or lets
    // sms::onFinished() do that.
    ApiCall *start(ApiCall *call);
    // Untyped convenience: any action with any payload.
    ApiCall *call(const QString &action, const QJsonObject &payload);

    // Ends every call of this client that is still running, as cancelled (a
    // call on the wire is aborted, and one whose outcome is unknown is
    // marked so), so that nothing is left waiting on the network: for a
    // program on its way out. The destructor does it too, before the
    // network layer goes.
    void abortAll();

    // Whether an endpoint can be used, as the error a call to it would end
    // with: no error, ClientError.InvalidEndpoint (not a usable http(s) URL)
    // or ClientError.InsecureEndpoint (cleartext HTTP to anything but this
    // computer, so keys never cross a network unencrypted). `typed` is what
    // the user entered, quoted when the URL could not be parsed at all.
    static ApiError checkEndpoint(const QUrl &endpoint, const QString &typed = {});
    // checkEndpoint()'s message: empty when the URL is usable, else why not.
    static QString endpointProblem(const QUrl &endpoint, const QString &typed = {});

    // The most recent server-minus-local clock difference seen in any
    // response (seconds), if any response carried a Date header.
    std::optional<qint64> lastMeasuredOffset() const { return m_lastOffset; }

Q_SIGNALS:
    // Any response whose Date is more than 60 s away from our signing clock.
    void clockSkewDetected(qint64 offsetSeconds);
    // Network activity, for a status-bar indicator: calls between their first
    // attempt and their end.
    void activeCallsChanged(int count);

private:
    // What a call waits to run: send it, or end it if the client is gone.
    std::function<void()> sender(ApiCall *call);
    void send(ApiCall *call);
    void onAnswered(ApiCall *call, ApiError error);
    void measureClock(const QDateTime &serverDate);
    std::optional<qint64> clockOffsetFor(const ApiCall *call, const ApiError &error) const;
    void updateActive(int delta);

    QNetworkAccessManager *m_nam;
    // Every call started and not known to have ended, whoever owns it.
    QList<QPointer<ApiCall>> m_calls;
    ClientConfig m_config;
    Credential m_credential;
    ApiClock m_clock;
    RateLimiter m_rateLimiter;
    std::optional<qint64> m_lastOffset;
    int m_active = 0;
};

} // namespace sms::api
