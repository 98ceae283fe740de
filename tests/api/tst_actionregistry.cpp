// SPDX-License-Identifier: GPL-3.0-or-later
// The action registry is the only list of actions: everything that used to
// keep its own list (documented QPS, which reads may be retried, the
// per-number status sets, the sandbox's routing and request schema, the
// result keys) is derived from it. These rows are those former lists, written
// out once more as the expected values, so a derivation that drifts from
// what the service documents fails here.

#include "api/Action.h"
#include "api/ActionRegistry.h"
#include "api/RateLimiter.h"
#include "api/RetryPolicy.h"

#include <QTest>

using namespace sms::api;
using sms::domain::json::FieldSchema;
using sms::domain::json::JsonType;

namespace {

// "Name:TYPE" per field, "!" when required, "{...}" for the fields of each
// item of an object array: the request schema in one line.
QString typeName(JsonType type)
{
    // In the order of JsonType.
    static const QStringList names
        = {QStringLiteral("S"),  QStringLiteral("I"), QStringLiteral("SA"),
           QStringLiteral("IA"), QStringLiteral("O"), QStringLiteral("OA")};
    return names.value(int(type), QStringLiteral("?"));
}

QString render(const QList<FieldSchema> &fields)
{
    QStringList parts;
    for (const FieldSchema &field : fields) {
        QString part = field.name + u':' + typeName(field.type)
            + (field.required ? QStringLiteral("!") : QString());
        if (!field.element.isEmpty())
            part += u'{' + render(field.element) + u'}';
        parts.append(part);
    }
    return parts.join(u',');
}

// How the sandbox routed actions before the registry had an area column.
ActionArea routeBySuffix(const QString &action)
{
    if (action.endsWith(QLatin1String("SmsSign")) || action == QLatin1String("DescribeSmsSignList"))
        return ActionArea::Signatures;
    if (action.endsWith(QLatin1String("SmsTemplate"))
        || action == QLatin1String("DescribeSmsTemplateList"))
        return ActionArea::Templates;
    if (action == QLatin1String("SendSms") || action == QLatin1String("SendMultiGlobalSms"))
        return ActionArea::Sending;
    return ActionArea::Reports;
}

// The retry policy's name rules before the registry had a repeat column.
bool safeByName(const QString &action)
{
    return action.startsWith(QLatin1String("Describe"))
        || action.endsWith(QLatin1String("Statistics"))
        || (action.startsWith(QLatin1String("Pull"))
            && action.endsWith(QLatin1String("ByPhoneNumber")));
}

// The JSON keys of each action's result type, but RequestId.
QHash<QString, QStringList> resultKeys()
{
    QHash<QString, QStringList> keys;
    forEachAction([&](auto request) {
        using Request = typename decltype(request)::type;
        QStringList names;
        for (const FieldSchema &field : sms::domain::json::schemaOf<ResultOf<Request>>()) {
            if (field.name != QLatin1String("RequestId"))
                names.append(field.name);
        }
        keys.insert(QString::fromLatin1(Action<Request>::name), names);
    });
    return keys;
}

const QString kSign = QStringLiteral(
    "SignName:S!,SignType:I!,DocumentType:I!,International:I!,SignPurpose:I!,ProofImage:S!,"
    "CommissionImage:S,Remark:S,QualificationId:I");
const QString kTemplate
    = QStringLiteral("TemplateName:S!,TemplateContent:S!,SmsType:I!,International:I!,Remark:S!");
const QString kStatistics
    = QStringLiteral("BeginTime:S!,EndTime:S!,SmsSdkAppId:S!,Limit:I!,Offset:I!");
const QString kQueuePull = QStringLiteral("Limit:I!,SmsSdkAppId:S!");
const QString kPhonePull
    = QStringLiteral("BeginTime:I!,Offset:I!,Limit:I!,PhoneNumber:S!,SmsSdkAppId:S!,EndTime:I");

} // namespace

class tst_ActionRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyAction_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<double>("qps"); // 0: none published
        QTest::addColumn<bool>("safe");
        QTest::addColumn<QString>("statusSet");
        QTest::addColumn<QString>("request");
        QTest::addColumn<QStringList>("result");

        const auto row = [](const char *action, double qps, bool safe, const char *statusSet,
                            const QString &request, const QStringList &result) {
            QTest::newRow(action) << QString::fromLatin1(action) << qps << safe
                                  << QString::fromLatin1(statusSet) << request << result;
        };
        const auto keys = [](std::initializer_list<const char *> names) {
            QStringList list;
            for (const char *name : names)
                list.append(QString::fromLatin1(name));
            return list;
        };
        row("SendSms", 3000, false, "SendStatusSet",
            QStringLiteral("PhoneNumberSet:SA!,SmsSdkAppId:S!,TemplateId:S!,SignName:S,"
                           "TemplateParamSet:SA,ExtendCode:S,SessionContext:S,SenderId:S"),
            keys({"SendStatusSet"}));
        row("SendMultiGlobalSms", 0, false, "SendMultiStatusSet",
            QStringLiteral("SmsSdkAppId:S!,MultiSmsInfoSet:OA!{PhoneNumber:S!,TemplateId:S!,"
                           "TemplateParamSet:SA,SenderId:S,SessionContext:S}"),
            keys({"SendMultiStatusSet"}));
        row("PullSmsSendStatus", 100, false, "", kQueuePull, keys({"PullSmsSendStatusSet"}));
        row("PullSmsSendStatusByPhoneNumber", 20, true, "", kPhonePull,
            keys({"PullSmsSendStatusSet"}));
        row("PullSmsReplyStatus", 100, false, "", kQueuePull, keys({"PullSmsReplyStatusSet"}));
        row("PullSmsReplyStatusByPhoneNumber", 20, true, "", kPhonePull,
            keys({"PullSmsReplyStatusSet"}));
        row("SendStatusStatistics", 10, true, "", kStatistics, keys({"SendStatusStatistics"}));
        row("CallbackStatusStatistics", 10, true, "", kStatistics,
            keys({"CallbackStatusStatistics"}));
        row("SmsPackagesStatistics", 0, true, "", kStatistics, keys({"SmsPackagesStatisticsSet"}));
        row("AddSmsSign", 1, false, "", kSign, keys({"AddSignStatus"}));
        row("ModifySmsSign", 1, false, "", QStringLiteral("SignId:I!,") + kSign,
            keys({"ModifySignStatus"}));
        row("DeleteSmsSign", 1, false, "", QStringLiteral("SignId:I!"), keys({"DeleteSignStatus"}));
        row("DescribeSmsSignList", 20, true, "",
            QStringLiteral("International:I!,SignIdSet:IA,Limit:I,Offset:I"),
            keys({"DescribeSignListStatusSet"}));
        row("AddSmsTemplate", 2, false, "", kTemplate, keys({"AddTemplateStatus"}));
        row("ModifySmsTemplate", 20, false, "", QStringLiteral("TemplateId:I!,") + kTemplate,
            keys({"ModifyTemplateStatus"}));
        row("DeleteSmsTemplate", 1, false, "", QStringLiteral("TemplateId:I!"),
            keys({"DeleteTemplateStatus"}));
        row("DescribeSmsTemplateList", 20, true, "",
            QStringLiteral("International:I!,TemplateIdSet:IA,Limit:I,Offset:I"),
            keys({"DescribeTemplateStatusSet"}));
        row("DescribePhoneNumberInfo", 1000, true, "", QStringLiteral("PhoneNumberSet:SA!"),
            keys({"PhoneNumberInfoSet"}));
        row("ReportConversion", 1000, false, "",
            QStringLiteral("SmsSdkAppId:S!,SerialNo:S!,ConversionTime:I"),
            keys({"ReportConversionStatus"}));
        row("DescribeSendRecordList", 0, true, "",
            QStringLiteral("PhoneNumber:S!,SmsSdkAppId:S!,BeginTime:I!,EndTime:I,Limit:I,Offset:I"),
            keys({"SendRecordSet", "TotalCount"}));
    }

    void everyAction()
    {
        QFETCH(QString, action);
        QFETCH(double, qps);
        QFETCH(bool, safe);
        QFETCH(QString, statusSet);
        QFETCH(QString, request);
        QFETCH(QStringList, result);

        const ActionInfo *info = ActionRegistry::find(action);
        QVERIFY(info);
        QCOMPARE(info->name, action);
        QCOMPARE(info->documentedQps, qps);
        QCOMPARE(info->safeToRepeat, safe);
        QCOMPARE(info->statusSetKey, statusSet);
        QCOMPARE(info->area, routeBySuffix(action));
        QCOMPARE(render(info->requestFields), request);
        QCOMPARE(resultKeys().value(action), result);

        // What the rate limiter and the retry policy make of it.
        QCOMPARE(RateLimiter::documentedQps().value(action, 0), qps);
        QCOMPARE(RateLimiter().qps(action), qps > 0 ? qps : 20.0);
        QCOMPARE(RetryPolicy::isSafeToRepeat(action), safe);
        QCOMPARE(safeByName(action), safe);
    }

    void tableHasEveryActionOnce()
    {
        QStringList names;
        for (const ActionInfo &info : ActionRegistry::all())
            names.append(info.name);
        QCOMPARE(names.size(), 20);
        QCOMPARE(QSet<QString>(names.cbegin(), names.cend()).size(), 20);
        QCOMPARE(RateLimiter::documentedQps().size(), 17);

        // The typed side lists the same actions in the same order.
        QStringList typed;
        forEachAction([&](auto request) {
            using Request = typename decltype(request)::type;
            typed.append(QString::fromLatin1(Action<Request>::name));
        });
        QCOMPARE(typed, names);
    }

    void unknownActions()
    {
        for (const char *name : {"", "sendsms", "DescribeSomethingNew", "SendSms ", "Pull"}) {
            const QString action = QString::fromLatin1(name);
            QVERIFY2(!ActionRegistry::find(action), name);
            // Never retried: only what the registry knows to be a read is.
            QVERIFY2(!RetryPolicy::isSafeToRepeat(action), name);
            QCOMPARE(RateLimiter().qps(action), 20.0);
        }
    }
};

QTEST_GUILESS_MAIN(tst_ActionRegistry)
#include "tst_actionregistry.moc"
