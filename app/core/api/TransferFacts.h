// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QNetworkReply>
#include <QString>
#include <QStringList>

#include <optional>

namespace sms::api {

// What one attempt of a call saw on the wire, gathered by ApiCall from its
// QNetworkReply, its timer and its size cap: the input of
// TransportClassifier::classify(), which needs no network to be tested.
struct TransferFacts
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString; // Qt's words for error
    QString host; // of the endpoint, for the messages
    bool https = false; // the endpoint's scheme
    bool encrypted = false; // the TLS handshake finished
    QStringList tlsErrors; // certificate problems reported during the handshake
    int httpStatus = 0; // 0 when no status line arrived
    QString reasonPhrase;
    std::optional<QByteArray> contentLength; // the header as sent, when there was one
    QByteArray transferEncoding; // the header as sent; empty when there was none
    qint64 receivedBytes = 0; // body bytes that arrived, kept or not
    QByteArray body; // the body as kept; empty after a timeout or over the cap
    bool timedOut = false; // the client's own timeout aborted it
    int timeoutMs = 0;
    bool tooLarge = false; // the body went over the cap and was aborted
    qint64 maxResponseBytes = 0;
    // What the server said first on a connection of its own when it was sent
    // nothing (only asked after a connection closed with no answer at all):
    // an SSH or SMTP greeting shows a server that does not speak HTTP.
    QByteArray greeting;
};

} // namespace sms::api
