// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/JsonFields.h"

#include <limits>

namespace sms::domain::json {

QString string(const QJsonValue &value, const QString &defaultValue)
{
    return value.isString() ? value.toString() : defaultValue;
}

QString stringOrNumber(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (const auto number = optionalInteger(value); number && value.isDouble())
        return QString::number(*number);
    return {};
}

std::optional<qint64> optionalInteger(const QJsonValue &value)
{
    if (value.isDouble()) {
        // toInteger() keeps the exact value of large IDs that the parser
        // stored as integers, and refuses fractions and out-of-range doubles:
        // those have no integer meaning and count as missing, not truncated.
        const qint64 sentinel = std::numeric_limits<qint64>::min();
        const qint64 exact = value.toInteger(sentinel);
        if (exact != sentinel)
            return exact;
        return std::nullopt;
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 parsed = value.toString().trimmed().toLongLong(&ok);
        if (ok)
            return parsed;
    }
    return std::nullopt;
}

qint64 integer(const QJsonValue &value, qint64 defaultValue)
{
    return optionalInteger(value).value_or(defaultValue);
}

QStringList stringList(const QJsonValue &value)
{
    QStringList strings;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        if (item.isString())
            strings.append(item.toString());
    }
    return strings;
}

QList<qint64> integerList(const QJsonValue &value)
{
    QList<qint64> integers;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        if (const auto number = optionalInteger(item))
            integers.append(*number);
    }
    return integers;
}

QJsonArray toArray(const QStringList &strings)
{
    QJsonArray array;
    for (const QString &s : strings)
        array.append(s);
    return array;
}

QJsonArray toArray(const QList<qint64> &integers)
{
    QJsonArray array;
    for (qint64 i : integers)
        array.append(i);
    return array;
}

} // namespace sms::domain::json
