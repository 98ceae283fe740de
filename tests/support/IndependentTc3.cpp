// SPDX-License-Identifier: GPL-3.0-or-later
#include "IndependentTc3.h"

#include <QCryptographicHash>
#include <QDateTime>

#include <algorithm>

namespace IndependentTc3 {

QByteArray sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

QByteArray hmacSha256(const QByteArray &key, const QByteArray &message)
{
    constexpr int blockSize = 64;
    QByteArray k = key.size() > blockSize ? sha256(key) : key;
    k = k.leftJustified(blockSize, '\0');
    QByteArray inner(blockSize, '\0');
    QByteArray outer(blockSize, '\0');
    for (int i = 0; i < blockSize; ++i) {
        inner[i] = char(k.at(i) ^ 0x36);
        outer[i] = char(k.at(i) ^ 0x5c);
    }
    return sha256(outer + sha256(inner + message));
}

Parsed parseAuthorization(const QByteArray &header)
{
    Parsed p;
    const QByteArray prefix = "TC3-HMAC-SHA256 ";
    if (!header.startsWith(prefix))
        return p;
    bool haveCredential = false, haveHeaders = false, haveSignature = false;
    for (QByteArray part : header.mid(prefix.size()).split(',')) {
        part = part.trimmed();
        const int eq = part.indexOf('=');
        if (eq <= 0)
            return p;
        const QByteArray name = part.left(eq);
        const QByteArray value = part.mid(eq + 1);
        if (name == "Credential") {
            const QList<QByteArray> scope = value.split('/');
            if (scope.size() != 4 || scope.at(3) != "tc3_request")
                return p;
            p.secretId = scope.at(0);
            p.date = scope.at(1);
            p.service = scope.at(2);
            haveCredential = true;
        } else if (name == "SignedHeaders") {
            p.signedHeaders = value;
            haveHeaders = true;
        } else if (name == "Signature") {
            p.signature = value;
            haveSignature = true;
        }
    }
    p.ok = haveCredential && haveHeaders && haveSignature;
    return p;
}

QByteArray signature(const QByteArray &secretKey, const QByteArray &date, const QByteArray &service,
                     const QList<QPair<QByteArray, QByteArray>> &signedHeaders,
                     const QByteArray &body, qint64 timestamp)
{
    auto headers = signedHeaders;
    for (auto &h : headers) {
        h.first = h.first.toLower();
        h.second = h.second.trimmed().toLower();
    }
    std::sort(headers.begin(), headers.end());
    QByteArray canonicalHeaders;
    QByteArrayList names;
    for (const auto &h : headers) {
        canonicalHeaders.append(h.first).append(':').append(h.second).append('\n');
        names.append(h.first);
    }
    QByteArray canonical;
    canonical.append("POST\n/\n\n");
    canonical.append(canonicalHeaders).append('\n');
    canonical.append(names.join(';')).append('\n');
    canonical.append(sha256(body).toHex());

    QByteArray toSign = "TC3-HMAC-SHA256\n";
    toSign.append(QByteArray::number(timestamp)).append('\n');
    toSign.append(date + '/' + service + "/tc3_request\n");
    toSign.append(sha256(canonical).toHex());

    const QByteArray kDate = hmacSha256("TC3" + secretKey, date);
    const QByteArray kService = hmacSha256(kDate, service);
    const QByteArray kSigning = hmacSha256(kService, "tc3_request");
    return hmacSha256(kSigning, toSign).toHex();
}

QString verify(const QByteArray &secretId, const QByteArray &secretKey,
               const QByteArray &authorization, qint64 timestamp, const QByteArray &body,
               const std::function<QByteArray(const QByteArray &)> &headerValue)
{
    const Parsed p = parseAuthorization(authorization);
    if (!p.ok)
        return QStringLiteral("Authorization header is malformed");
    if (p.secretId != secretId)
        return QStringLiteral("unknown SecretId");
    const QByteArray utcDate =
        QDateTime::fromSecsSinceEpoch(timestamp, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd")).toLatin1();
    if (p.date != utcDate)
        return QStringLiteral("scope date is not the UTC date of the timestamp");
    QList<QPair<QByteArray, QByteArray>> headers;
    for (const QByteArray &name : p.signedHeaders.split(';'))
        headers.append({name, headerValue(name)});
    const QByteArray expected = signature(secretKey, p.date, p.service, headers, body, timestamp);
    if (expected != p.signature)
        return QStringLiteral("signature mismatch");
    return {};
}

} // namespace IndependentTc3
