// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace sms::api {

// TC3-HMAC-SHA256 request signing (signature v3), step by step so that each
// intermediate value can be checked against published vectors and so the
// sandbox can verify requests with the same code path.
class Tc3Signer
{
public:
    using Header = QPair<QByteArray, QByteArray>;

    struct Request
    {
        QByteArray method = "POST";
        QByteArray canonicalUri = "/";
        QByteArray canonicalQuery;
        // Headers to sign, any case and order; values are trimmed and lowercased.
        QList<Header> headers;
        QByteArray payload;
        qint64 timestamp = 0;
        QByteArray service = "sms";
    };

    struct Signature
    {
        QByteArray canonicalRequest;
        QByteArray hashedCanonicalRequest; // lowercase hex
        QByteArray credentialScope;        // date/service/tc3_request
        QByteArray stringToSign;
        QByteArray signedHeaders;          // "content-type;host"
        QByteArray signature;              // lowercase hex
        QByteArray authorization;          // the full Authorization header value
    };

    static Signature sign(const QByteArray &secretId, const QByteArray &secretKey,
                          const Request &request);

    // The UTC calendar date of the timestamp (YYYY-MM-DD). Using the local date
    // breaks every request between 00:00 and 08:00 Beijing time.
    static QByteArray credentialDate(qint64 timestamp);

    static QByteArray hashHex(const QByteArray &data);
    static QByteArray canonicalHeaders(const QList<Header> &headers, QByteArray *signedHeaders);
    static QByteArray canonicalRequest(const Request &request, QByteArray *signedHeaders = nullptr);

    // Key derivation: SecretDate -> SecretService -> SecretSigning (binary).
    static QByteArray secretDate(const QByteArray &secretKey, const QByteArray &date);
    static QByteArray secretService(const QByteArray &secretDate, const QByteArray &service);
    static QByteArray secretSigning(const QByteArray &secretService);
    static QByteArray signingKey(const QByteArray &secretKey, const QByteArray &date,
                                 const QByteArray &service);

    static QByteArray stringToSign(qint64 timestamp, const QByteArray &credentialScope,
                                   const QByteArray &hashedCanonicalRequest);
    // Lowercase hex HMAC-SHA256 of the string to sign under the signing key.
    static QByteArray signatureHex(const QByteArray &signingKey, const QByteArray &stringToSign);
};

} // namespace sms::api
