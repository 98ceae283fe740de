#pragma once

#include "api/ApiError.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QNetworkReply;
class QTimer;

namespace sms::api {

class ApiClient;

// One API action from the moment it is asked for until it has an outcome.
//
// Owned by whoever started it (ApiClient parents it to itself unless the
// caller gave a parent); delete it with deleteLater() once finished() has
// been handled, as with QNetworkReply.
//
// State machine:
//
//   Queued --(rate limiter slot)--> InFlight --(answer)--> Finished
//     ^                               |
//     +----(retry after backoff)------+     cancel() from any state -> Finished
//
// finished() is emitted exactly once, always from the event loop (never from
// inside start() or cancel()), so a caller may connect after starting.
class ApiCall : public QObject
{
    Q_OBJECT

public:
    enum class State { Created, Queued, InFlight, Waiting, Finished };
    Q_ENUM(State)

    ApiCall(const QString &action, const QJsonObject &payload, QObject *parent = nullptr);
    ~ApiCall() override;

    QString action() const { return m_action; }
    QJsonObject payload() const { return m_payload; }
    // The exact bytes that are signed and sent: compact UTF-8 JSON.
    QByteArray body() const { return m_body; }

    State state() const { return m_state; }
    bool isFinished() const { return m_state == State::Finished; }
    // Finished with no error of any kind (a partial failure is not success).
    bool succeeded() const { return isFinished() && !m_error.isError(); }

    const ApiError &error() const { return m_error; }
    // The "Response" object, RequestId included. Also set on a service error
    // and on a partial failure, so that accepted numbers are never lost.
    QJsonObject response() const { return m_response; }
    QString requestId() const { return m_requestId; }
    QDateTime serverDate() const { return m_serverDate; }
    int attempts() const { return m_attempts; }

public Q_SLOTS:
    // Stops the call wherever it is. A call already on the wire is aborted and,
    // for an action that changes state, reported with outcomeUnknown() set.
    void cancel();

Q_SIGNALS:
    void finished();
    // Emitted before a retry of a safe read; attempt counts from 1.
    void retrying(int nextAttempt, int delayMs, const sms::api::ApiError &cause);

protected:
    // Hook for per-item failures hidden in a successful response. The default
    // looks at SendStatusSet / SendMultiStatusSet, whose items carry a Code.
    virtual ApiError inspectResponse(const QJsonObject &response) const;

private:
    friend class ApiClient;

    QString m_action;
    QJsonObject m_payload;
    QByteArray m_body;
    State m_state = State::Created;
    ApiError m_error;
    QJsonObject m_response;
    QString m_requestId;
    QDateTime m_serverDate;
    int m_attempts = 0;
    bool m_finishQueued = false;
    bool m_timedOut = false;
    bool m_tooLarge = false;
    bool m_cancelled = false;
    bool m_countedActive = false;
    bool m_encrypted = false;
    QStringList m_tlsErrors;

    // Transport bookkeeping owned by ApiClient while the call runs.
    QPointer<QNetworkReply> m_reply;
    QPointer<QTimer> m_timer;
    QPointer<ApiClient> m_client;
    qint64 m_receivedBytes = 0;
    QByteArray m_received;
};

} // namespace sms::api
