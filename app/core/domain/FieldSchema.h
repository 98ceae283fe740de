// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace sms::domain::json {

enum class JsonType { String, Integer, StringArray, IntegerArray, Object, ObjectArray };

// The shape of one field of a request (name, JSON type, required), derived
// from the request struct's field description by schemaOf<T>(): what the
// sandbox validates a client's request against.
struct FieldSchema
{
    QString name;
    JsonType type;
    bool required;
    QList<FieldSchema> element; // the fields of an Object or of each ObjectArray item

    friend bool operator==(const FieldSchema &, const FieldSchema &) = default;
};

} // namespace sms::domain::json
