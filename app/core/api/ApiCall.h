// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "api/TransferFacts.h"

#include <QByteArray>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
class QTcpSocket;
class QTimer;
class QUrl;

namespace sms::api {

// One API action from the moment it is asked for until it has an outcome.
//
// The call owns its transport, as Nextcloud's AbstractNetworkJob does: the
// QNetworkReply of the attempt on the wire, the timer (rate-limit slot,
// retry backoff or timeout), the call's deadline, the received bytes and
// their size cap, what the TLS handshake reported and, when a cleartext
// connection closed without a byte of an answer, what the server says
// unasked on a connection of its own (the one way to tell a server that does
// not speak HTTP). It turns each attempt into an ApiError
// (TransportClassifier, ResponseParser, inspectResponse()).
// The client that started it (ApiClient) signs the request, books the rate
// limiter and decides whether to retry, through schedule(), transmit(),
// retry() and finish().
//
// The time limit is the whole call's: it starts with the first attempt, each
// attempt may use what is left of it, and a retry is made only if it fits
// before it (remainingMs()).
//
// Owned by whoever started it (ApiClient parents it to itself unless the
// caller gave a parent). Delete it with deleteLater() once finished() has
// been handled, or let sms::onFinished() do both.
//
// State machine:
//
//   Created --schedule()--> Queued --(rate-limit slot)--> InFlight --finish()--> Finished
//                                                          |    ^
//                                                 retry()  |    |  (backoff over)
//                                                          v    |
//                                                          Waiting
//
//   Created --finish()--> Finished   (nothing to send: endpoint or keys unusable)
//   cancel() or deletion, from any state --> Finished
//
// finished() is emitted exactly once, always from the event loop (never from
// inside start(), finish() or cancel()), so a caller may connect after
// starting. stateChanged() follows every transition as it happens; a call
// whose rate-limit slot is free goes through Queued to InFlight inside
// start(), so a caller connecting after starting sees the later ones only.
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
    // The Date of the latest answer, when it had one.
    QDateTime serverDate() const { return m_serverDate; }
    int attempts() const { return m_attempts; }
    // Body bytes of the latest attempt that arrived, kept or not. Over the
    // size cap it stops within one read (kReadChunkBytes) of the cap.
    qint64 receivedBytes() const { return m_facts.receivedBytes; }
    // What is left of the call's time limit; -1 (no limit yet) before the
    // first attempt.
    qint64 remainingMs() const;

    // The most the network layer holds for a reply before this call has read
    // it. Without a bound Qt buffers a fast answer whole, however large,
    // before the size cap is ever checked.
    static constexpr qint64 kReadChunkBytes = 64 * 1024;

    // --- Driven by the client that started the call ---------------------

    // From ClientConfig.
    struct Limits
    {
        int timeoutMs; // the whole call's, from its first attempt on
        qint64 maxResponseBytes;
    };
    using Answered = std::function<void(const ApiError &)>;

    // Waits delayMs (the rate limiter's slot), then calls due: Queued.
    // With no wait, due is called from here, after stateChanged(Queued),
    // unless a slot of that signal ended the call.
    void schedule(int delayMs, std::function<void()> due);
    // One attempt: posts the signed request and owns the reply, the timeout
    // and the size cap until the answer is in; then calls answered with the
    // attempt's outcome (the state is still InFlight). Only one attempt is
    // ever on the wire. The first attempt starts the call's deadline; each
    // one times out when the deadline passes.
    void transmit(QNetworkAccessManager &nam, const QNetworkRequest &request, const Limits &limits,
                  Answered answered);
    // After a failed attempt of a read that is safe to repeat: forgets that
    // attempt's answer, emits retrying() and waits delayMs before calling
    // due: Waiting.
    void retry(int delayMs, const ApiError &cause, std::function<void()> due);
    // Ends the call with this outcome. A failure after the request went on
    // the wire of an action that is not safe to repeat is marked
    // outcomeUnknown() when the request may have been carried out.
    void finish(ApiError error);

public Q_SLOTS:
    // Stops the call wherever it is. A call already on the wire is aborted and,
    // for an action that changes state, reported with outcomeUnknown() set.
    void cancel();

Q_SIGNALS:
    void finished();
    // Emitted before a retry of a safe read; attempt counts from 1.
    void retrying(int nextAttempt, int delayMs, const sms::api::ApiError &cause);
    void stateChanged(sms::api::ApiCall::State state);

protected:
    // Hook for per-item failures hidden in a successful response. The default
    // looks at the action's per-number status set (ActionInfo::statusSetKey),
    // whose items carry a Code.
    virtual ApiError inspectResponse(const QJsonObject &response) const;

private:
    void setState(State state);
    void armTimer(int ms, std::function<void()> onTimeout);
    void disarmTimer();
    void wait(int delayMs, std::function<void()> due);
    void onReadyRead();
    void onMetaDataChanged();
    void onReplyFinished();
    void probeGreeting(const QUrl &url);
    void conclude();
    void abortTransfer();
    ApiError withContext(ApiError error) const;

    QString m_action;
    QJsonObject m_payload;
    QByteArray m_body;
    State m_state = State::Created;
    ApiError m_error;
    QJsonObject m_response;
    QString m_requestId;
    QDateTime m_serverDate;
    int m_attempts = 0;

    QDeadlineTimer m_deadline {QDeadlineTimer::Forever};

    // The attempt on the wire.
    QPointer<QNetworkReply> m_reply;
    QPointer<QTcpSocket> m_probe;
    QPointer<QTimer> m_timer;
    TransferFacts m_facts;
    Answered m_answered;
};

} // namespace sms::api
