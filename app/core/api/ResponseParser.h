// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

namespace sms::api {

// Reads the body of an HTTP 200 answer: {"Response": {..., "RequestId": ...}}
// with an "Error" object inside when the service refused the request.
// Tells a body that was cut short from one that never was JSON, and both
// from JSON without a Response.
class ResponseParser
{
    Q_DECLARE_TR_FUNCTIONS(sms::api::ResponseParser)

public:
    struct Parsed
    {
        // Kind::None, a Service error, or a Protocol error when the body is
        // not a usable API response.
        ApiError error;
        // The Response object, also on a service error (it has the RequestId).
        QJsonObject response;
        QString requestId;
    };

    static Parsed parse(const QByteArray &body);
};

} // namespace sms::api
