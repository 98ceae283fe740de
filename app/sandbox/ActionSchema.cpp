// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/ActionSchema.h"

#include "api/ActionRegistry.h"

#include <QHash>
#include <QJsonArray>
#include <QMap>
#include <QSet>

#include <cmath>
#include <limits>

namespace sms::sandbox {

namespace {
using T = ActionSchema::Type;

bool isInteger(const QJsonValue &v)
{
    return v.isDouble() && std::floor(v.toDouble()) == v.toDouble();
}

// Integer fields that hold a code, a count or a position in a list. The
// handlers read them as 32-bit values: anything wider must be refused here,
// or 4294967296 would read as 0, a valid code ("mainland China").
bool isThirtyTwoBit(const QString &field)
{
    static const QSet<QString> fields = {
        QStringLiteral("International"), QStringLiteral("Limit"),
        QStringLiteral("Offset"),        QStringLiteral("SignType"),
        QStringLiteral("DocumentType"),  QStringLiteral("SignPurpose"),
        QStringLiteral("SmsType"),
    };
    return fields.contains(field);
}

// Whether a whole JSON number (see isInteger) is a value the field can hold:
// 64 bits at most (a number beyond them arrives as an inexact double), and
// 32 bits for the fields isThirtyTwoBit() lists.
bool inRange(const QString &field, const QJsonValue &v)
{
    const qint64 value = v.toInteger(0);
    if (value == 0 && v.toInteger(1) != 0)
        return false;
    return !isThirtyTwoBit(field)
        || (value >= std::numeric_limits<qint32>::min()
            && value <= std::numeric_limits<qint32>::max());
}

// A query string value of an integer field as JSON: an integer when it is
// one, a double when it is a number too large for 64 bits (refused as out of
// range, not as the wrong type), else the text (refused as the wrong type).
QJsonValue queryNumber(const QString &text)
{
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    if (ok)
        return n;
    const double d = text.toDouble(&ok);
    return ok ? QJsonValue(d) : QJsonValue(text);
}

bool matches(T type, const QJsonValue &v)
{
    switch (type) {
    case T::String:
        return v.isString();
    case T::Integer:
        return isInteger(v);
    case T::Object:
        return v.isObject();
    case T::StringArray:
    case T::IntegerArray:
    case T::ObjectArray: {
        if (!v.isArray())
            return false;
        for (const QJsonValue &item : v.toArray()) {
            const bool ok = type == T::StringArray ? item.isString()
                : type == T::IntegerArray          ? isInteger(item)
                                                   : item.isObject();
            if (!ok)
                return false;
        }
        return true;
    }
    }
    return false;
}
} // namespace

bool ActionSchema::isKnownAction(const QString &action)
{
    return api::ActionRegistry::find(action) != nullptr;
}

QStringList ActionSchema::actions()
{
    QStringList names;
    for (const api::ActionInfo &info : api::ActionRegistry::all())
        names.append(info.name);
    names.sort();
    return names;
}

QList<ActionSchema::Field> ActionSchema::fields(const QString &action)
{
    const api::ActionInfo *info = api::ActionRegistry::find(action);
    return info ? info->requestFields : QList<Field>();
}

QJsonObject ActionSchema::fromQuery(const QString &action,
                                    const QList<QPair<QString, QString>> &items)
{
    QHash<QString, Type> types;
    for (const Field &f : fields(action))
        types.insert(f.name, f.type);
    QJsonObject body;
    QMap<QString, QMap<int, QString>> arrays;
    for (const auto &[key, value] : items) {
        const QStringList parts = key.split(QLatin1Char('.'));
        if (parts.size() == 2) {
            bool ok = false;
            const int index = parts.at(1).toInt(&ok);
            if (ok) {
                arrays[parts.at(0)].insert(index, value);
                continue;
            }
        }
        if (types.value(key, Type::String) == Type::Integer) {
            body.insert(key, queryNumber(value));
        } else {
            body.insert(key, value);
        }
    }
    for (auto it = arrays.begin(); it != arrays.end(); ++it) {
        QJsonArray array;
        const bool integers = types.value(it.key()) == Type::IntegerArray;
        for (const QString &v : it.value())
            array.append(integers ? queryNumber(v) : QJsonValue(v));
        body.insert(it.key(), array);
    }
    return body;
}

ActionSchema::Problem ActionSchema::validate(const QString &action, const QJsonObject &body)
{
    return validateFields(fields(action), body, QString());
}

ActionSchema::Problem ActionSchema::validateFields(const QList<Field> &fields,
                                                   const QJsonObject &body, const QString &prefix)
{
    QHash<QString, const Field *> byName;
    for (const Field &f : fields)
        byName.insert(f.name, &f);
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!byName.contains(it.key()))
            return {QStringLiteral("UnknownParameter"), prefix + it.key()};
    }
    for (const Field &f : fields) {
        const QString &name = f.name;
        const QJsonValue v = body.value(name);
        // null counts as absent: the Node SDK strips nulls, others may not.
        if (v.isUndefined() || v.isNull()) {
            if (f.required)
                return {QStringLiteral("MissingParameter"), prefix + name};
            continue;
        }
        if (!matches(f.type, v))
            return {QStringLiteral("InvalidParameter"), prefix + name};
        if (f.type == T::Integer && !inRange(name, v))
            return {QStringLiteral("InvalidParameterValue"), prefix + name};
        if (f.type == T::IntegerArray) {
            for (const QJsonValue &item : v.toArray()) {
                if (!inRange(name, item))
                    return {QStringLiteral("InvalidParameterValue"), prefix + name};
            }
        }
        if (f.type == T::Object) {
            const Problem p = validateFields(f.element, v.toObject(), prefix + name + u'.');
            if (!p.code.isEmpty())
                return p;
        } else if (f.type == T::ObjectArray) {
            const QJsonArray items = v.toArray();
            for (int i = 0; i < items.size(); ++i) {
                const Problem p = validateFields(f.element, items.at(i).toObject(),
                                                 QStringLiteral("%1%2.%3.").arg(prefix, name).arg(i));
                if (!p.code.isEmpty())
                    return p;
            }
        }
    }
    return {};
}

} // namespace sms::sandbox
