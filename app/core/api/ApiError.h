// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/NumberFailure.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace sms::api {

// Everything that can go wrong with one API call, in one value type.
//
// The kind says where the failure happened (before the service, in transport,
// in the service); code() is the key for the ErrorCatalog: the service's own
// code for Service errors, a "ClientError.*" code for everything the client
// detected itself.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(sms::api::ApiError)

public:
    enum class Kind {
        None,           // no error
        Configuration,  // the call never left: cleartext endpoint, missing credentials
        Network,        // DNS, refused, reset, unreachable
        Tls,            // certificate or handshake problem (never ignored)
        Timeout,        // no complete answer within the configured time
        HttpStatus,     // an answer, but not HTTP 200
        Protocol,       // HTTP 200 whose body is not a usable API response
        Service,        // Response.Error from the service
        PartialFailure, // the call succeeded, but some numbers were refused
        Cancelled,      // the caller cancelled
        // The request was never sent: SMS Console's own checks found what the
        // service would refuse. code() is the service's code for it, so the
        // catalog explains it as if the service had answered; there is no
        // RequestId.
        LocalCheck,
    };

    ApiError() = default;
    ApiError(Kind kind, QString code, QString message);

    // A failure the client detected itself; code is one of ClientCode.
    static ApiError client(Kind kind, const char *code, const QString &message);
    // The error of a call that was cancelled (by its caller, or because it
    // was deleted or had nothing to send it).
    static ApiError cancelled();
    static ApiError service(const QString &code, const QString &message);

    bool isError() const { return m_kind != Kind::None; }
    Kind kind() const { return m_kind; }
    QString code() const { return m_code; }
    QString message() const { return m_message; }

    // Context, filled by ApiClient when known.
    QString action() const { return m_action; }
    void setAction(const QString &action) { m_action = action; }
    QString requestId() const { return m_requestId; }
    void setRequestId(const QString &id) { m_requestId = id; }
    QDateTime serverDate() const { return m_serverDate; }
    void setServerDate(const QDateTime &date) { m_serverDate = date; }
    int httpStatus() const { return m_httpStatus; }
    void setHttpStatus(int status) { m_httpStatus = status; }
    int attempts() const { return m_attempts; }
    void setAttempts(int attempts) { m_attempts = attempts; }

    // Server time minus our signing clock, in seconds, measured from the
    // response's Date header. Set on AuthFailure.SignatureExpire (and whenever
    // the drift is large) so the UI can offer to correct the clock.
    std::optional<qint64> clockOffsetSeconds() const { return m_clockOffset; }
    void setClockOffsetSeconds(std::optional<qint64> offset) { m_clockOffset = offset; }

    // True when the request may have reached the service and changed state
    // (a send that timed out after the bytes left). Such a call must be
    // reconciled, never retried blindly.
    bool outcomeUnknown() const { return m_outcomeUnknown; }
    void setOutcomeUnknown(bool unknown) { m_outcomeUnknown = unknown; }

    // Per-number refusals of a send (Kind::PartialFailure).
    const domain::NumberFailures &numberFailures() const { return m_failures; }
    void setNumberFailures(const domain::NumberFailures &failures) { m_failures = failures; }
    int acceptedCount() const { return m_accepted; }
    void setAcceptedCount(int accepted) { m_accepted = accepted; }

    // One line for logs and the command line; never contains secrets.
    QString summary() const;

    // A stable, untranslated id for the kind ("network", "tls", ...).
    static QString kindName(Kind kind);
    // The kind in words, translated, for messages ("network" in English).
    static QString kindText(Kind kind);

private:
    Kind m_kind = Kind::None;
    QString m_code;
    QString m_message;
    QString m_action;
    QString m_requestId;
    QDateTime m_serverDate;
    int m_httpStatus = 0;
    int m_attempts = 0;
    int m_accepted = 0;
    std::optional<qint64> m_clockOffset;
    bool m_outcomeUnknown = false;
    domain::NumberFailures m_failures;
};

// Client-side codes: stable keys for the error catalog, in the "ClientError."
// namespace the official Go SDK uses for its own failures.
namespace ClientCode {
inline constexpr auto InsecureEndpoint = "ClientError.InsecureEndpoint";
inline constexpr auto InvalidEndpoint = "ClientError.InvalidEndpoint";
inline constexpr auto MissingCredentials = "ClientError.MissingCredentials";
inline constexpr auto DnsFailure = "ClientError.DnsFailure";
inline constexpr auto ConnectionRefused = "ClientError.ConnectionRefused";
inline constexpr auto ConnectionReset = "ClientError.ConnectionReset";
inline constexpr auto NetworkError = "ClientError.NetworkError";
inline constexpr auto TlsError = "ClientError.TlsError";
inline constexpr auto Timeout = "ClientError.Timeout";
inline constexpr auto HttpStatus = "ClientError.HttpStatus";
inline constexpr auto MalformedResponse = "ClientError.MalformedResponse";
inline constexpr auto TruncatedResponse = "ClientError.TruncatedResponse";
inline constexpr auto ResponseTooLarge = "ClientError.ResponseTooLarge";
inline constexpr auto Cancelled = "ClientError.Cancelled";
inline constexpr auto PartialFailure = "ClientError.PartialFailure";
} // namespace ClientCode

} // namespace sms::api
