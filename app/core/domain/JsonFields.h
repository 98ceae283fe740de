// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/FieldSchema.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <tuple>
#include <type_traits>
#include <utility>

namespace sms::domain::json {

// --- Tolerant readers ------------------------------------------------------
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
// Array of integers, read as integer() reads them; other items are skipped.
QList<qint64> integerList(const QJsonValue &value);

QJsonArray toArray(const QStringList &strings);
QJsonArray toArray(const QList<qint64> &integers);

// A coded field (StatusCode, International, ...): the raw code, kept so that
// a code newer than this client can still be shown, and its meaning. A
// missing or unusable code reads as 0 with the meaning E::Unknown, never as
// the meaning of code 0 ("approved", "domestic").
template<typename E, typename FromCode>
std::pair<qint64, E> code(const QJsonValue &value, FromCode fromCode)
{
    const std::optional<qint64> raw = optionalInteger(value);
    return {raw.value_or(0), raw ? fromCode(*raw) : E::Unknown};
}

// The first of the known values whose code is `code`, else unknown. For
// enums whose values are the service's codes.
template<typename E, std::size_t N>
constexpr E enumFromCode(qint64 code, const E (&known)[N], E unknown)
{
    for (E value : known) {
        if (qint64(value) == code)
            return value;
    }
    return unknown;
}

// --- Declarative field descriptions ---------------------------------------
//
// Each request and result struct lists its fields once, in a static
// jsonFields() that returns a tuple of field() and coded() descriptors:
//
//     static constexpr auto jsonFields()
//     {
//         using S = DeleteSmsSignRequest;
//         return std::tuple{json::field("SignId", &S::signId)};
//     }
//
// toObject(), fromObject<T>(), schemaOf<T>() and operator== are derived from
// that list. Member types decide the JSON type: QString is a string, qint64
// an integer, QStringList and QList<qint64> arrays, a described struct an
// object and a QList of one an array of objects. std::optional<T> is sent
// only when set. Every answer of the service carries a RequestId: a struct
// with a requestId member receives it without listing it.

enum class Rule {
    Plain,
    // Request side: an empty list is not sent at all (TemplateParamSet of a
    // template without variables, the id filter of the list actions).
    OmitEmpty,
    // Response side: an identifier the service sends as a string or a number.
    StringOrNumber,
};

template<typename S, typename M> struct Field
{
    const char *name;
    M S::*member;
    Rule rule;
};

template<typename S, typename Raw, typename E, typename FromCode> struct CodedField
{
    const char *name;
    Raw S::*raw;
    E S::*value;
    FromCode fromCode;
};

template<typename S, typename M>
constexpr Field<S, M> field(const char *name, M S::*member, Rule rule = Rule::Plain)
{
    return {name, member, rule};
}

// The raw code (an integer, or a string such as "SUCCESS") in `raw`, its
// meaning in `value`; see code() above.
template<typename S, typename Raw, typename E, typename FromCode>
constexpr CodedField<S, Raw, E, FromCode> coded(const char *name, Raw S::*raw, E S::*value,
                                                FromCode fromCode)
{
    return {name, raw, value, fromCode};
}

template<typename T>
concept Described = requires
{
    T::jsonFields();
};

template<Described T> QJsonObject toObject(const T &value);
template<Described T> T fromObject(const QJsonObject &object);
template<Described T> QList<FieldSchema> schemaOf();

// Array of objects parsed by fromObject<T>(); items that are not objects are
// skipped, so one broken item does not hide the others.
template<Described T> QList<T> objectList(const QJsonValue &value)
{
    QList<T> items;
    const QJsonArray array = value.toArray();
    items.reserve(array.size());
    for (const QJsonValue &item : array) {
        if (item.isObject())
            items.append(fromObject<T>(item.toObject()));
    }
    return items;
}

namespace detail {

template<typename M> struct IsOptional : std::false_type
{
};
template<typename M> struct IsOptional<std::optional<M>> : std::true_type
{
    using Type = M;
};
template<typename M> struct IsObjectList : std::false_type
{
};
template<Described M> struct IsObjectList<QList<M>> : std::true_type
{
    using Type = M;
};

template<typename M> void read(const QJsonValue &value, M &out, Rule rule)
{
    if constexpr (std::is_same_v<M, QString>) {
        out = rule == Rule::StringOrNumber ? stringOrNumber(value) : string(value);
    } else if constexpr (std::is_same_v<M, qint64>) {
        out = integer(value);
    } else if constexpr (std::is_same_v<M, QStringList>) {
        out = stringList(value);
    } else if constexpr (std::is_same_v<M, QList<qint64>>) {
        out = integerList(value);
    } else if constexpr (IsOptional<M>::value) {
        // Absent stays absent; a value of the wrong type counts as absent.
        using Inner = typename IsOptional<M>::Type;
        out.reset();
        if constexpr (std::is_same_v<Inner, qint64>) {
            out = optionalInteger(value);
        } else if constexpr (std::is_same_v<Inner, QString>) {
            if (value.isString())
                out = value.toString();
        } else {
            static_assert(Described<Inner>, "no JSON reader for this optional member type");
            if (value.isObject())
                out = fromObject<Inner>(value.toObject());
        }
    } else if constexpr (IsObjectList<M>::value) {
        out = objectList<typename IsObjectList<M>::Type>(value);
    } else {
        static_assert(Described<M>, "no JSON reader for this member type");
        out = fromObject<M>(value.toObject());
    }
}

template<typename M> QJsonValue write(const M &value)
{
    if constexpr (std::is_same_v<M, QString> || std::is_same_v<M, qint64>) {
        return QJsonValue(value);
    } else if constexpr (std::is_same_v<M, QStringList> || std::is_same_v<M, QList<qint64>>) {
        return toArray(value);
    } else if constexpr (IsObjectList<M>::value) {
        QJsonArray array;
        for (const auto &item : value)
            array.append(toObject(item));
        return array;
    } else {
        static_assert(Described<M>, "no JSON writer for this member type");
        return toObject(value);
    }
}

template<typename M> constexpr JsonType typeOf()
{
    if constexpr (IsOptional<M>::value)
        return typeOf<typename IsOptional<M>::Type>();
    else if constexpr (std::is_same_v<M, QString>)
        return JsonType::String;
    else if constexpr (std::is_same_v<M, qint64>)
        return JsonType::Integer;
    else if constexpr (std::is_same_v<M, QStringList>)
        return JsonType::StringArray;
    else if constexpr (std::is_same_v<M, QList<qint64>>)
        return JsonType::IntegerArray;
    else if constexpr (IsObjectList<M>::value)
        return JsonType::ObjectArray;
    else
        return JsonType::Object;
}

template<typename M> QList<FieldSchema> elementOf()
{
    if constexpr (IsOptional<M>::value)
        return elementOf<typename IsOptional<M>::Type>();
    else if constexpr (IsObjectList<M>::value)
        return schemaOf<typename IsObjectList<M>::Type>();
    else if constexpr (Described<M>)
        return schemaOf<M>();
    else
        return {};
}

template<typename T, typename S, typename M>
void readField(const QJsonObject &object, T &out, const Field<S, M> &f)
{
    read(object.value(QLatin1String(f.name)), out.*f.member, f.rule);
}

template<typename T, typename S, typename Raw, typename E, typename FromCode>
void readField(const QJsonObject &object, T &out, const CodedField<S, Raw, E, FromCode> &f)
{
    const QJsonValue value = object.value(QLatin1String(f.name));
    if constexpr (std::is_same_v<Raw, QString>) {
        out.*f.raw = string(value);
        out.*f.value = value.isString() ? f.fromCode(out.*f.raw) : E::Unknown;
    } else {
        std::tie(out.*f.raw, out.*f.value) = code<E>(value, f.fromCode);
    }
}

template<typename T, typename S, typename M>
void writeField(QJsonObject &object, const T &in, const Field<S, M> &f)
{
    const M &value = in.*f.member;
    if constexpr (IsOptional<M>::value) {
        if (value)
            object.insert(QLatin1String(f.name), write(*value));
        return;
    } else {
        if constexpr (requires { value.isEmpty(); }) {
            if (f.rule == Rule::OmitEmpty && value.isEmpty())
                return;
        }
        object.insert(QLatin1String(f.name), write(value));
    }
}

template<typename T, typename S, typename Raw, typename E, typename FromCode>
void writeField(QJsonObject &object, const T &in, const CodedField<S, Raw, E, FromCode> &f)
{
    object.insert(QLatin1String(f.name), write(in.*f.raw));
}

template<typename S, typename M> FieldSchema schemaField(const Field<S, M> &f)
{
    const bool required = !IsOptional<M>::value && f.rule != Rule::OmitEmpty;
    return {QLatin1String(f.name), typeOf<M>(), required, elementOf<M>()};
}

template<typename S, typename Raw, typename E, typename FromCode>
FieldSchema schemaField(const CodedField<S, Raw, E, FromCode> &f)
{
    return {QLatin1String(f.name), typeOf<Raw>(), true, {}};
}

} // namespace detail

template<Described T> QJsonObject toObject(const T &value)
{
    QJsonObject object;
    std::apply([&](const auto &...fields) { (detail::writeField(object, value, fields), ...); },
               T::jsonFields());
    if constexpr (requires { value.requestId; })
        object.insert(QLatin1String("RequestId"), value.requestId);
    return object;
}

template<Described T> T fromObject(const QJsonObject &object)
{
    T value {};
    std::apply([&](const auto &...fields) { (detail::readField(object, value, fields), ...); },
               T::jsonFields());
    if constexpr (requires { value.requestId; })
        value.requestId = string(object.value(QLatin1String("RequestId")));
    return value;
}

// The fields in the order they are listed: validation reports the first
// problem in that order.
template<Described T> QList<FieldSchema> schemaOf()
{
    return std::apply(
        [](const auto &...fields) { return QList<FieldSchema> {detail::schemaField(fields)...}; },
        T::jsonFields());
}

} // namespace sms::domain::json

namespace sms::domain {

// Described values are equal when every described field is, and the
// RequestId of answers: what = default would compare, since every member is
// described.
template<json::Described T> bool operator==(const T &a, const T &b)
{
    const auto same = [&](const auto &f) {
        if constexpr (requires { f.member; })
            return a.*f.member == b.*f.member;
        else
            return a.*f.raw == b.*f.raw && a.*f.value == b.*f.value;
    };
    bool equal
        = std::apply([&](const auto &...fields) { return (same(fields) && ...); }, T::jsonFields());
    if constexpr (requires { a.requestId; })
        equal = equal && a.requestId == b.requestId;
    return equal;
}

} // namespace sms::domain
