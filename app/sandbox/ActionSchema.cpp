#include "ActionSchema.h"

#include <QHash>
#include <QJsonArray>
#include <QMap>

#include <cmath>

namespace sms::sandbox {

namespace {
using T = ActionSchema::Type;
using F = ActionSchema::Field;

const QHash<QString, QList<F>> &schemas()
{
    static const QList<F> pullByPhone = {
        {"BeginTime", T::Integer, true}, {"Offset", T::Integer, true},
        {"Limit", T::Integer, true},     {"PhoneNumber", T::String, true},
        {"SmsSdkAppId", T::String, true}, {"EndTime", T::Integer, false}};
    static const QList<F> statistics = {
        {"BeginTime", T::String, true}, {"EndTime", T::String, true},
        {"SmsSdkAppId", T::String, true}, {"Limit", T::Integer, true},
        {"Offset", T::Integer, true}};
    static const QList<F> signFields = {
        {"SignName", T::String, true},      {"SignType", T::Integer, true},
        {"DocumentType", T::Integer, true}, {"International", T::Integer, true},
        {"SignPurpose", T::Integer, true},  {"ProofImage", T::String, true},
        {"CommissionImage", T::String, false}, {"Remark", T::String, false},
        {"QualificationId", T::Integer, false}};
    static const QList<F> templateFields = {
        {"TemplateName", T::String, true}, {"TemplateContent", T::String, true},
        {"SmsType", T::Integer, true},     {"International", T::Integer, true},
        {"Remark", T::String, true}};

    static const QHash<QString, QList<F>> table = {
        {QStringLiteral("SendSms"),
         {{"PhoneNumberSet", T::StringArray, true}, {"SmsSdkAppId", T::String, true},
          {"TemplateId", T::String, true},          {"SignName", T::String, false},
          {"TemplateParamSet", T::StringArray, false}, {"ExtendCode", T::String, false},
          {"SessionContext", T::String, false},     {"SenderId", T::String, false}}},
        {QStringLiteral("SendMultiGlobalSms"),
         {{"SmsSdkAppId", T::String, true},
          {"MultiSmsInfoSet", T::ObjectArray, true,
           {{"PhoneNumber", T::String, true}, {"TemplateId", T::String, true},
            {"TemplateParamSet", T::StringArray, false}, {"SenderId", T::String, false},
            {"SessionContext", T::String, false}}}}},
        {QStringLiteral("PullSmsSendStatus"),
         {{"Limit", T::Integer, true}, {"SmsSdkAppId", T::String, true}}},
        {QStringLiteral("PullSmsSendStatusByPhoneNumber"), pullByPhone},
        {QStringLiteral("PullSmsReplyStatus"),
         {{"Limit", T::Integer, true}, {"SmsSdkAppId", T::String, true}}},
        {QStringLiteral("PullSmsReplyStatusByPhoneNumber"), pullByPhone},
        {QStringLiteral("SendStatusStatistics"), statistics},
        {QStringLiteral("CallbackStatusStatistics"), statistics},
        {QStringLiteral("SmsPackagesStatistics"), statistics},
        {QStringLiteral("AddSmsSign"), signFields},
        {QStringLiteral("ModifySmsSign"), QList<F>{{"SignId", T::Integer, true}} + signFields},
        {QStringLiteral("DeleteSmsSign"), {{"SignId", T::Integer, true}}},
        {QStringLiteral("DescribeSmsSignList"),
         {{"International", T::Integer, true}, {"SignIdSet", T::IntegerArray, false},
          {"Limit", T::Integer, false}, {"Offset", T::Integer, false}}},
        {QStringLiteral("AddSmsTemplate"), templateFields},
        {QStringLiteral("ModifySmsTemplate"),
         QList<F>{{"TemplateId", T::Integer, true}} + templateFields},
        {QStringLiteral("DeleteSmsTemplate"), {{"TemplateId", T::Integer, true}}},
        {QStringLiteral("DescribeSmsTemplateList"),
         {{"International", T::Integer, true}, {"TemplateIdSet", T::IntegerArray, false},
          {"Limit", T::Integer, false}, {"Offset", T::Integer, false}}},
        {QStringLiteral("DescribePhoneNumberInfo"), {{"PhoneNumberSet", T::StringArray, true}}},
        {QStringLiteral("ReportConversion"),
         {{"SmsSdkAppId", T::String, true}, {"SerialNo", T::String, true},
          {"ConversionTime", T::Integer, false}}},
        {QStringLiteral("DescribeSendRecordList"),
         {{"PhoneNumber", T::String, true}, {"SmsSdkAppId", T::String, true},
          {"BeginTime", T::Integer, true}, {"EndTime", T::Integer, false},
          {"Limit", T::Integer, false}, {"Offset", T::Integer, false}}},
    };
    return table;
}

bool isInteger(const QJsonValue &v)
{
    return v.isDouble() && std::floor(v.toDouble()) == v.toDouble();
}

bool matches(T type, const QJsonValue &v)
{
    switch (type) {
    case T::String:
        return v.isString();
    case T::Integer:
        return isInteger(v);
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
    return schemas().contains(action);
}

QStringList ActionSchema::actions()
{
    QStringList names = schemas().keys();
    names.sort();
    return names;
}

QJsonObject ActionSchema::fromQuery(const QString &action,
                                    const QList<QPair<QString, QString>> &items)
{
    QHash<QString, Type> types;
    for (const Field &f : schemas().value(action))
        types.insert(QLatin1String(f.name), f.type);
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
            bool ok = false;
            const qint64 n = value.toLongLong(&ok);
            body.insert(key, ok ? QJsonValue(n) : QJsonValue(value));
        } else {
            body.insert(key, value);
        }
    }
    for (auto it = arrays.begin(); it != arrays.end(); ++it) {
        QJsonArray array;
        const bool integers = types.value(it.key()) == Type::IntegerArray;
        for (const QString &v : it.value())
            array.append(integers ? QJsonValue(v.toLongLong()) : QJsonValue(v));
        body.insert(it.key(), array);
    }
    return body;
}

ActionSchema::Problem ActionSchema::validate(const QString &action, const QJsonObject &body)
{
    return validateFields(schemas().value(action), body, QString());
}

ActionSchema::Problem ActionSchema::validateFields(const QList<Field> &fields,
                                                   const QJsonObject &body, const QString &prefix)
{
    QHash<QString, const Field *> byName;
    for (const Field &f : fields)
        byName.insert(QLatin1String(f.name), &f);
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!byName.contains(it.key()))
            return {QStringLiteral("UnknownParameter"), prefix + it.key()};
    }
    for (const Field &f : fields) {
        const QString name = QLatin1String(f.name);
        const QJsonValue v = body.value(name);
        // null counts as absent: the Node SDK strips nulls, others may not.
        if (v.isUndefined() || v.isNull()) {
            if (f.required)
                return {QStringLiteral("MissingParameter"), prefix + name};
            continue;
        }
        if (!matches(f.type, v))
            return {QStringLiteral("InvalidParameter"), prefix + name};
        if (f.type == T::ObjectArray) {
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
