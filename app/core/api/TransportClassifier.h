// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "api/TransferFacts.h"

#include <QCoreApplication>

namespace sms::api {

// Turns what happened on the wire into an ApiError, in one place: the
// client's timeout and size cap, a length the answer cannot be read by, an
// HTTP status other than 200, and every QNetworkReply error, told apart by
// what was seen (did the TLS handshake finish, did any byte or status line
// arrive, what the server says unasked).
class TransportClassifier
{
    Q_DECLARE_TR_FUNCTIONS(sms::api::TransportClassifier)

public:
    // The failure of the attempt, or no error (Kind::None) when a complete
    // HTTP 200 answer arrived and its body is to be parsed.
    static ApiError classify(const TransferFacts &facts);

    // Why the answer's head makes its length untrustworthy (a Content-Length
    // that is not one number, or one next to a Transfer-Encoding), as the
    // message of the error; empty when the head is fine. Known as soon as
    // the head is in, so the transfer can stop there.
    static QString framingProblem(const TransferFacts &facts);

    // Whether what the server says unasked (TransferFacts::greeting) could
    // explain this attempt: the connection of a cleartext endpoint closed
    // without one byte of an answer. Qt reports a server that answered
    // something other than HTTP in just that way. (Over https such a server
    // fails the TLS handshake instead.)
    static bool needsGreeting(const TransferFacts &facts);

private:
    static ApiError classifyNetworkError(const TransferFacts &facts);
    static ApiError tlsError(const TransferFacts &facts);
};

} // namespace sms::api
