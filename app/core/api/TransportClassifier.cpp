// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/TransportClassifier.h"

#include <algorithm>
#include <optional>

namespace sms::api {

namespace {

bool isChunked(const TransferFacts &facts)
{
    return facts.transferEncoding.toLower().contains("chunked");
}

bool isDigits(const QByteArray &text)
{
    return !text.isEmpty()
        && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// RFC 9110: one or more digits. A list of equal values is the same length
// said twice (two headers merged into one), which is still one length.
bool isOneLength(const QByteArray &value)
{
    std::optional<qint64> length;
    for (const QByteArray &part : value.split(',')) {
        const QByteArray digits = part.trimmed();
        if (!isDigits(digits))
            return false;
        bool ok = false;
        const qint64 n = digits.toLongLong(&ok);
        if (!ok || (length && *length != n))
            return false;
        length = n;
    }
    return length.has_value();
}

// The first line of what a server said, short enough to quote.
QString firstLine(const QByteArray &bytes)
{
    QByteArray line = bytes;
    const qsizetype end = line.indexOf('\n');
    if (end >= 0)
        line.truncate(end);
    return QString::fromUtf8(line.left(80)).trimmed();
}

} // namespace

QString TransportClassifier::framingProblem(const TransferFacts &facts)
{
    if (!facts.contentLength)
        return {};
    if (!facts.transferEncoding.isEmpty())
        return tr("The answer's framing is broken: it has both a Content-Length and a "
                  "Transfer-Encoding header, so its length is ambiguous.");
    if (!isOneLength(*facts.contentLength))
        return tr("The answer's framing is broken: its Content-Length \"%1\" is not a number "
                  "of bytes.")
            .arg(QString::fromLatin1(facts.contentLength->left(40)));
    return {};
}

bool TransportClassifier::needsGreeting(const TransferFacts &facts)
{
    return !facts.https && facts.httpStatus == 0 && facts.receivedBytes == 0 && !facts.timedOut
        && !facts.tooLarge
        && (facts.error == QNetworkReply::RemoteHostClosedError
            || facts.error == QNetworkReply::ContentReSendError);
}

ApiError TransportClassifier::classify(const TransferFacts &facts)
{
    using K = ApiError::Kind;
    ApiError error;
    // A broken length explains whatever followed (a wait for an end that
    // never came, a body cut at the wrong place), so it comes first.
    const QString framing = facts.httpStatus != 0 ? framingProblem(facts) : QString();
    if (!framing.isEmpty()) {
        error = ApiError::client(K::Protocol, ClientCode::MalformedResponse, framing);
    } else if (facts.timedOut) {
        error = ApiError::client(
            K::Timeout, ClientCode::Timeout,
            tr("No complete answer within %1 s.").arg((facts.timeoutMs + 999) / 1000));
    } else if (facts.tooLarge) {
        error = ApiError::client(K::Protocol, ClientCode::ResponseTooLarge,
                                 tr("The answer was larger than %1 MiB and was not read.")
                                     .arg(facts.maxResponseBytes / (1024 * 1024)));
    } else if (facts.httpStatus != 0 && facts.httpStatus != 200) {
        const QString snippet = QString::fromUtf8(facts.body.left(200)).simplified();
        error = ApiError::client(
            K::HttpStatus, ClientCode::HttpStatus,
            tr("The server answered HTTP %1 %2 instead of 200.")
                    .arg(facts.httpStatus)
                    .arg(facts.reasonPhrase)
                + (snippet.isEmpty() ? QString() : QStringLiteral(" ") + snippet));
    } else if (facts.error != QNetworkReply::NoError) {
        error = classifyNetworkError(facts);
    } else if (isChunked(facts) && facts.receivedBytes == 0) {
        // Qt reads a chunk size it cannot parse as the last chunk and ends
        // the body there, empty.
        error = ApiError::client(
            K::Protocol, ClientCode::MalformedResponse,
            tr("The answer's framing is broken: its chunked body gave no data (a chunk size "
               "that is not a hexadecimal number, or no chunk at all)."));
    }
    if (facts.httpStatus)
        error.setHttpStatus(facts.httpStatus);
    return error;
}

ApiError TransportClassifier::tlsError(const TransferFacts &facts)
{
    return ApiError::client(ApiError::Kind::Tls, ClientCode::TlsError,
                            tr("The secure connection to %1 could not be established: %2")
                                .arg(facts.host,
                                     facts.tlsErrors.isEmpty()
                                         ? facts.errorString
                                         : facts.tlsErrors.join(QStringLiteral("; "))));
}

ApiError TransportClassifier::classifyNetworkError(const TransferFacts &facts)
{
    using E = QNetworkReply::NetworkError;
    using K = ApiError::Kind;
    const bool answerStarted = facts.receivedBytes > 0 || facts.httpStatus != 0;
    const bool handshakeUnfinished = facts.https && !facts.encrypted && facts.httpStatus == 0;
    if (handshakeUnfinished
        && (facts.error == E::RemoteHostClosedError || facts.error == E::ContentReSendError
            || facts.error == E::SslHandshakeFailedError || !facts.tlsErrors.isEmpty())) {
        // Whatever ended it, no secure channel existed: say so, and never
        // blame the server's answer for it.
        return tlsError(facts);
    }
    switch (facts.error) {
    case E::HostNotFoundError:
        return ApiError::client(K::Network, ClientCode::DnsFailure,
                                tr("The name %1 could not be resolved (DNS).").arg(facts.host));
    case E::ConnectionRefusedError:
        return ApiError::client(K::Network, ClientCode::ConnectionRefused,
                                tr("%1 refused the connection.").arg(facts.host));
    case E::ContentReSendError:
    case E::RemoteHostClosedError:
        if (answerStarted)
            return ApiError::client(K::Protocol, ClientCode::TruncatedResponse,
                                    tr("The connection closed in the middle of the answer (bytes "
                                       "received: %1).")
                                        .arg(facts.receivedBytes));
        if (!facts.greeting.isEmpty() && !facts.greeting.startsWith("HTTP/"))
            return ApiError::client(
                K::Protocol, ClientCode::MalformedResponse,
                tr("The server at %1 did not answer in HTTP: unasked, it said \"%2\". Check the "
                   "endpoint's port.")
                    .arg(facts.host, firstLine(facts.greeting)));
        if (facts.error == E::ContentReSendError) {
            // Qt wanted to re-send a state-changing request after the
            // connection dropped; OneShotBody refused, and that is what
            // happened.
            return ApiError::client(K::Network, ClientCode::ConnectionReset,
                                    tr("The connection was closed after the request was sent "
                                       "and before any answer arrived."));
        }
        return ApiError::client(K::Network, ClientCode::ConnectionReset,
                                tr("The connection was closed before any answer arrived."));
    case E::SslHandshakeFailedError:
    case E::InsecureRedirectError:
        return tlsError(facts);
    case E::TimeoutError:
        return ApiError::client(K::Timeout, ClientCode::Timeout, tr("The connection timed out."));
    case E::OperationCanceledError:
        return ApiError::cancelled();
    case E::ProtocolUnknownError:
    case E::ProtocolInvalidOperationError:
    case E::ProtocolFailure:
        return ApiError::client(
            K::Protocol, ClientCode::MalformedResponse,
            tr("The answer broke the HTTP protocol: %1").arg(facts.errorString));
    default:
        if (!facts.tlsErrors.isEmpty())
            return ApiError::client(K::Tls, ClientCode::TlsError,
                                    facts.tlsErrors.join(QStringLiteral("; ")));
        return ApiError::client(K::Network, ClientCode::NetworkError,
                                tr("Network error: %1").arg(facts.errorString));
    }
}

} // namespace sms::api
