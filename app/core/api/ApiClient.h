#pragma once

#include "api/ApiCall.h"
#include "api/ApiClock.h"
#include "api/ClientConfig.h"
#include "api/Credential.h"
#include "api/RateLimiter.h"

#include <QObject>

class QNetworkAccessManager;
class QNetworkReply;

namespace sms::api {

// Signs and posts API actions over one QNetworkAccessManager.
//
// Asynchronous only: start() queues the call and returns; the call emits
// finished() once with a response or an ApiError. The client adds what every
// action needs: the rate limiter, the timeout, retries for safe reads, the
// size cap, clock-offset measurement, and classification of failures.
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
    // it. The caller deletes it with deleteLater() after finished().
    ApiCall *start(ApiCall *call);
    // Untyped convenience: any action with any payload.
    ApiCall *call(const QString &action, const QJsonObject &payload);

    // Cleartext HTTP is allowed only to loopback, so keys never cross a
    // network unencrypted. Returns an empty string when the URL is usable,
    // else why not.
    static QString endpointProblem(const QUrl &endpoint);

    // The most recent server-minus-local clock difference seen in any
    // response (seconds), if any response carried a Date header.
    std::optional<qint64> lastMeasuredOffset() const { return m_lastOffset; }

Q_SIGNALS:
    // Any response whose Date is more than 60 s away from our signing clock.
    void clockSkewDetected(qint64 offsetSeconds);
    // Network activity, for a status-bar indicator.
    void activeCallsChanged(int count);

private:
    void schedule(ApiCall *call, int delayMs);
    void send(ApiCall *call);
    void onReplyFinished(ApiCall *call);
    void complete(ApiCall *call, ApiError error);
    void finishCall(ApiCall *call);
    void abortCall(ApiCall *call);
    ApiError classifyTransport(ApiCall *call, QNetworkReply *reply) const;
    ApiError parseBody(ApiCall *call, const QByteArray &body);
    void measureClock(ApiCall *call, QNetworkReply *reply);
    void updateActive(int delta);

    friend class ApiCall;

    QNetworkAccessManager *m_nam;
    ClientConfig m_config;
    Credential m_credential;
    ApiClock m_clock;
    RateLimiter m_rateLimiter;
    std::optional<qint64> m_lastOffset;
    int m_active = 0;
};

} // namespace sms::api
