// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/Tc3Signer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QMessageAuthenticationCode>

#include <algorithm>

namespace sms::api {

namespace {
QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}
} // namespace

QByteArray Tc3Signer::hashHex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray Tc3Signer::credentialDate(qint64 timestamp)
{
    return QDateTime::fromSecsSinceEpoch(timestamp, Qt::UTC)
        .date()
        .toString(Qt::ISODate)
        .toLatin1();
}

QByteArray Tc3Signer::canonicalHeaders(const QList<Header> &headers, QByteArray *signedHeaders)
{
    QList<Header> normalized;
    normalized.reserve(headers.size());
    for (const auto &[name, value] : headers)
        normalized.append({name.trimmed().toLower(), value.trimmed().toLower()});
    std::sort(normalized.begin(), normalized.end(),
              [](const Header &a, const Header &b) { return a.first < b.first; });

    QByteArray block;
    QByteArrayList names;
    for (const auto &[name, value] : normalized) {
        block += name + ':' + value + '\n';
        names.append(name);
    }
    if (signedHeaders)
        *signedHeaders = names.join(';');
    return block;
}

QByteArray Tc3Signer::canonicalRequest(const Request &request, QByteArray *signedHeaders)
{
    QByteArray names;
    const QByteArray headers = canonicalHeaders(request.headers, &names);
    if (signedHeaders)
        *signedHeaders = names;
    return request.method + '\n' + request.canonicalUri + '\n' + request.canonicalQuery + '\n'
        + headers + '\n' + names + '\n' + hashHex(request.payload);
}

QByteArray Tc3Signer::secretDate(const QByteArray &secretKey, const QByteArray &date)
{
    return hmac("TC3" + secretKey, date);
}

QByteArray Tc3Signer::secretService(const QByteArray &secretDate, const QByteArray &service)
{
    return hmac(secretDate, service);
}

QByteArray Tc3Signer::secretSigning(const QByteArray &secretService)
{
    return hmac(secretService, QByteArrayLiteral("tc3_request"));
}

QByteArray Tc3Signer::signingKey(const QByteArray &secretKey, const QByteArray &date,
                                 const QByteArray &service)
{
    return secretSigning(secretService(secretDate(secretKey, date), service));
}

QByteArray Tc3Signer::stringToSign(qint64 timestamp, const QByteArray &credentialScope,
                                   const QByteArray &hashedCanonicalRequest)
{
    return "TC3-HMAC-SHA256\n" + QByteArray::number(timestamp) + '\n' + credentialScope + '\n'
        + hashedCanonicalRequest;
}

QByteArray Tc3Signer::signatureHex(const QByteArray &signingKey, const QByteArray &stringToSign)
{
    return hmac(signingKey, stringToSign).toHex();
}

Tc3Signer::Signature Tc3Signer::sign(const QByteArray &secretId, const QByteArray &secretKey,
                                     const Request &request)
{
    Signature s;
    s.canonicalRequest = canonicalRequest(request, &s.signedHeaders);
    s.hashedCanonicalRequest = hashHex(s.canonicalRequest);
    const QByteArray date = credentialDate(request.timestamp);
    s.credentialScope = date + '/' + request.service + "/tc3_request";
    s.stringToSign = stringToSign(request.timestamp, s.credentialScope, s.hashedCanonicalRequest);
    s.signature = signatureHex(signingKey(secretKey, date, request.service), s.stringToSign);
    s.authorization = "TC3-HMAC-SHA256 Credential=" + secretId + '/' + s.credentialScope
        + ", SignedHeaders=" + s.signedHeaders + ", Signature=" + s.signature;
    return s;
}

} // namespace sms::api
