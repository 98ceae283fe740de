#pragma once

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace sms::sandbox {

// The request fields of every action of API 2021-01-11, as a table: name,
// JSON type, required. Validation gives the service's common errors:
// UnknownParameter, MissingParameter and InvalidParameter (wrong type).
class ActionSchema
{
public:
    enum class Type { String, Integer, StringArray, IntegerArray, ObjectArray };

    struct Field
    {
        const char *name;
        Type type;
        bool required;
        // For ObjectArray: the schema of each element (else empty).
        QList<Field> element = {};
    };

    struct Problem
    {
        QString code;  // empty when valid
        QString field; // dotted path, e.g. MultiSmsInfoSet.0.PhoneNumber
    };

    static bool isKnownAction(const QString &action);
    static QStringList actions();
    static Problem validate(const QString &action, const QJsonObject &body);
    // A GET request's flattened query ("PhoneNumberSet.0=+86...&Limit=10")
    // as the JSON body it stands for, typed by the schema.
    static QJsonObject fromQuery(const QString &action, const QList<QPair<QString, QString>> &items);

private:
    static Problem validateFields(const QList<Field> &fields, const QJsonObject &body,
                                  const QString &prefix);
};

} // namespace sms::sandbox
