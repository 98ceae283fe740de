// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "api/TransferFacts.h"

#include <QCoreApplication>

namespace sms::api {

// Turns what happened on the wire into an ApiError, in one place: the
// client's timeout and size cap, an HTTP status other than 200, and every
// QNetworkReply error, told apart by what was seen (did the TLS handshake
// finish, did any byte or status line arrive).
class TransportClassifier
{
    Q_DECLARE_TR_FUNCTIONS(sms::api::TransportClassifier)

public:
    // The failure of the attempt, or no error (Kind::None) when a complete
    // HTTP 200 answer arrived and its body is to be parsed.
    static ApiError classify(const TransferFacts &facts);

private:
    static ApiError classifyNetworkError(const TransferFacts &facts);
    static ApiError tlsError(const TransferFacts &facts);
};

} // namespace sms::api
