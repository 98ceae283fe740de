// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/FieldSchema.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace sms::sandbox {

// The request fields of every action of API 2021-01-11 (name, JSON type,
// required), as the action registry derives them from the client's own
// request structs. Validation gives the service's common errors:
// UnknownParameter, MissingParameter, InvalidParameter (wrong type) and
// InvalidParameterValue (an integer too large for the field).
class ActionSchema
{
public:
    using Field = domain::json::FieldSchema;
    using Type = domain::json::JsonType;

    struct Problem
    {
        QString code;  // empty when valid
        QString field; // dotted path, e.g. MultiSmsInfoSet.0.PhoneNumber
    };

    static bool isKnownAction(const QString &action);
    static QStringList actions();
    // The fields of an action's request; empty for an unknown action.
    static QList<Field> fields(const QString &action);
    static Problem validate(const QString &action, const QJsonObject &body);
    // A GET request's flattened query ("PhoneNumberSet.0=+86...&Limit=10")
    // as the JSON body it stands for, typed by the schema.
    static QJsonObject fromQuery(const QString &action, const QList<QPair<QString, QString>> &items);

private:
    static Problem validateFields(const QList<Field> &fields, const QJsonObject &body,
                                  const QString &prefix);
};

} // namespace sms::sandbox
