// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QUrl>

namespace sms::sandbox {

// One HTTP/1.x request as HttpRequestParser read it: the request line, the
// headers in the order sent (names in lower case, values without the spaces
// around them) and the body, with chunked transfer coding removed.
struct HttpRequest
{
    QByteArray method; // as sent: "POST", "GET", ...
    QByteArray target; // the request-target as sent: "/?Limit=10"
    QUrl url; // the target as a URL: path and query, as sent
    int minorVersion = 1; // HTTP/1.0 or HTTP/1.1
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QHostAddress peer;

    // The first value of a header; name in lower case.
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key == name)
                return value;
        }
        return {};
    }

    // Whether the connection stays open after the answer: by default in
    // HTTP/1.1, on request in HTTP/1.0.
    bool keepAlive() const
    {
        const QByteArray connection = header("connection").toLower();
        if (minorVersion == 0)
            return connection.contains("keep-alive");
        return !connection.contains("close");
    }
};

} // namespace sms::sandbox
