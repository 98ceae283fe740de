#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sms::domain::json {

// Tolerant readers for response fields, shared by every fromJson().
//
// The service (and the older SDKs and proxies some operators put in front of
// it) is not strict about types, and a console must never crash or refuse a
// whole page because one field looks odd. So each reader returns its default
// when a field is missing or has a type it cannot make sense of, and only the
// field itself is lost.

// A string field. Anything that is not a JSON string gives defaultValue.
QString string(const QJsonValue &value, const QString &defaultValue = {});

// An identifier that one action sends as a string and another as a number
// (TemplateId): a string as is, a whole number in decimal.
QString stringOrNumber(const QJsonValue &value);

// An integer field: a whole JSON number, or a string holding a decimal
// integer (older SDKs quote them). Fractions, overflow and other types give
// defaultValue.
qint64 integer(const QJsonValue &value, qint64 defaultValue = 0);

// As integer(), but says whether there was a usable value at all; coded
// fields need this so that "missing" does not read as code 0.
std::optional<qint64> optionalInteger(const QJsonValue &value);

// Array of strings; items that are not strings are skipped.
QStringList stringList(const QJsonValue &value);

// Array of objects parsed by T::fromJson; items that are not objects are
// skipped, so one broken item does not hide the others.
template<typename T> QList<T> objectList(const QJsonValue &value)
{
    QList<T> items;
    const QJsonArray array = value.toArray();
    items.reserve(array.size());
    for (const QJsonValue &item : array) {
        if (item.isObject())
            items.append(T::fromJson(item.toObject()));
    }
    return items;
}

// Request side.
QJsonArray toArray(const QStringList &strings);
QJsonArray toArray(const QList<qint64> &integers);

// DescribeSmsSignList and DescribeSmsTemplateList: a market and either ids
// (under idKey) or a page.
QJsonObject listRequest(qint64 international, QLatin1String idKey, const QList<qint64> &ids,
                        std::optional<qint64> limit, std::optional<qint64> offset);

} // namespace sms::domain::json
