// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>

// TC3-HMAC-SHA256 written again from the published algorithm, for tests only.
// It deliberately shares nothing with sms::api::Tc3Signer (HMAC is built here
// from SHA-256 by hand, RFC 2104) so the two can check each other.
namespace IndependentTc3 {

QByteArray sha256(const QByteArray &data);
QByteArray hmacSha256(const QByteArray &key, const QByteArray &message);

struct Parsed
{
    QByteArray secretId;
    QByteArray date;
    QByteArray service;
    QByteArray signedHeaders;
    QByteArray signature;
    bool ok = false;
};

// Parses "TC3-HMAC-SHA256 Credential=ID/DATE/SERVICE/tc3_request,
// SignedHeaders=a;b, Signature=HEX".
Parsed parseAuthorization(const QByteArray &header);

// Computes the hex signature for a POST with the given signed headers
// (name -> value as sent), body and timestamp.
QByteArray signature(const QByteArray &secretKey, const QByteArray &date, const QByteArray &service,
                     const QList<QPair<QByteArray, QByteArray>> &signedHeaders,
                     const QByteArray &body, qint64 timestamp);

// Verifies a received request. headerValue(name) returns the header as
// received (name in lowercase). Returns an empty string when valid, else why.
QString verify(const QByteArray &secretId, const QByteArray &secretKey,
               const QByteArray &authorization, qint64 timestamp, const QByteArray &body,
               const std::function<QByteArray(const QByteArray &)> &headerValue);

} // namespace IndependentTc3
