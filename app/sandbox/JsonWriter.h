// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace sms::sandbox {

// Appends JSON text directly, for the one place where QJsonObject is too
// slow: the SendStatusSet of a 200-number answer (building 200 QJsonObjects
// key by key cost more than everything else a send does). Output is compact
// UTF-8 JSON that QJsonDocument reads back identically; tst_jsonwriter checks
// that on hostile strings.
class JsonWriter
{
public:
    static void appendString(QByteArray &out, const QString &text);
    // "key":"value" and "key":number, with a leading comma unless first.
    static void appendMember(QByteArray &out, const char *key, const QString &value, bool first = false);
    static void appendMember(QByteArray &out, const char *key, qint64 value, bool first = false);
};

} // namespace sms::sandbox
