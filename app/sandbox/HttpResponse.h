// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace sms::sandbox {

// An answer for HttpConnection::respond(). Content-Length is added; so is
// "Connection: close" when the connection ends with this answer.
struct HttpResponse
{
    enum class Ending {
        KeepAlive, // as the request asked: open for the next one, or closed
        Close, // closed after this answer
        Truncate, // half the body, then closed (a gateway that lost the rest)
    };

    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    Ending ending = Ending::KeepAlive;
};

} // namespace sms::sandbox
