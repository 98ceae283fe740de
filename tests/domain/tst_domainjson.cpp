// SPDX-License-Identifier: GPL-3.0-or-later
// Request serialization and response parsing of every action, through the
// field descriptions of the domain structs (domain/JsonFields.h).
//
// Responses are recorded bodies under data/ (compiled in as :/data/...), so a
// test reads what the service sends, not what the parser expects. Requests
// are compared against the JSON text the service accepts, types included: a
// TemplateId sent as a number instead of a string is a real, reported bug.

#include "api/Action.h"
#include "domain/JsonFields.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <functional>
#include <limits>

using namespace sms::domain;

namespace {

// The "Response" object of a recorded body; empty (and a warning) when the
// file is missing or not JSON, which then fails the caller's comparisons.
QJsonObject loadResponse(const QString &file)
{
    QFile f(QStringLiteral(":/data/") + file);
    if (!f.open(QIODevice::ReadOnly)) {
        qWarning("cannot open %s", qPrintable(f.fileName()));
        return {};
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    if (error.error != QJsonParseError::NoError) {
        qWarning("%s: %s", qPrintable(file), qPrintable(error.errorString()));
        return {};
    }
    return doc.object().value(QLatin1String("Response")).toObject();
}

QJsonObject parseObject(const QByteArray &text)
{
    return QJsonDocument::fromJson(text).object();
}

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// The action of a request type, as the registry names it.
template<typename Request> QString actionOf(const Request &)
{
    return QString::fromLatin1(sms::api::Action<Request>::name);
}

// Every result type by action name, reduced to what all of them share, so a
// table can run over all recorded bodies. Derived from the action registry:
// the parser is the action's result type, the output keys are the JSON
// fields that type describes.
struct Parser
{
    std::function<QString(const QJsonObject &)> requestId;
    std::function<bool(const QJsonObject &)> isDefault; // the result equals T{}
    QStringList outputKeys; // every field but RequestId
};

template<typename Result> Parser parserFor()
{
    QStringList keys;
    for (const json::FieldSchema &field : json::schemaOf<Result>()) {
        if (field.name != QLatin1String("RequestId"))
            keys.append(field.name);
    }
    return {[](const QJsonObject &o) { return json::fromObject<Result>(o).requestId; },
            [](const QJsonObject &o) { return json::fromObject<Result>(o) == Result {}; }, keys};
}

const QHash<QString, Parser> &parsers()
{
    static const QHash<QString, Parser> table = [] {
        QHash<QString, Parser> byAction;
        sms::api::forEachAction([&](auto request) {
            using Request = typename decltype(request)::type;
            byAction.insert(QString::fromLatin1(sms::api::Action<Request>::name),
                            parserFor<sms::api::ResultOf<Request>>());
        });
        return byAction;
    }();
    return table;
}

} // namespace

class tst_DomainJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Shared readers
    void integers_data();
    void integers();
    void stringOrNumber_data();
    void stringOrNumber();

    // Every recorded body, every result type
    void recordedBodiesKeepRequestId_data();
    void recordedBodiesKeepRequestId();
    void wrongTypedOutputGivesDefaults_data();
    void wrongTypedOutputGivesDefaults();

    // Results, one action at a time
    void sendSmsPartialFailure();
    void sendSmsAllAccepted();
    void sendSmsServiceError();
    void sendSmsWrongTypes();
    void sendMultiGlobalSms();
    void pullSmsSendStatus();
    void pullSmsSendStatusByPhoneNumber();
    void pullSmsReplyStatus();
    void pullSmsReplyStatusByPhoneNumber();
    void sendStatusStatistics_data();
    void sendStatusStatistics();
    void callbackStatusStatistics();
    void smsPackagesStatistics();
    void addModifyDeleteSign();
    void describeSmsSignList();
    void addSmsTemplateId_data();
    void addSmsTemplateId();
    void modifySmsTemplateId_data();
    void modifySmsTemplateId();
    void deleteSmsTemplate();
    void describeSmsTemplateList();
    void describePhoneNumberInfo();
    void reportConversion_data();
    void reportConversion();
    void describeSendRecordList();
    void describeSendRecordListSparse();

    // Requests
    void requestJson_data();
    void requestJson();
    void requestFieldTypes();
    void sendSmsBodyBytes();
    void enumCodes();
};

// --- shared readers ---------------------------------------------------------

void tst_DomainJson::integers_data()
{
    QTest::addColumn<QByteArray>("json"); // {"v": <json>}
    QTest::addColumn<bool>("present");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("number") << QByteArray("42") << true << qint64(42);
    QTest::newRow("negative") << QByteArray("-1") << true << qint64(-1);
    QTest::newRow("zero") << QByteArray("0") << true << qint64(0);
    QTest::newRow("whole double") << QByteArray("7.0") << true << qint64(7);
    QTest::newRow("numeric string") << QByteArray("\"42\"") << true << qint64(42);
    QTest::newRow("padded string") << QByteArray("\" 42 \"") << true << qint64(42);
    QTest::newRow("negative string") << QByteArray("\"-1\"") << true << qint64(-1);
    // Beyond 2^53: a double would round it; IDs must survive exactly.
    QTest::newRow("2^53+1") << QByteArray("9007199254740993") << true << qint64(9007199254740993LL);
    QTest::newRow("max as string")
        << QByteArray("\"9223372036854775807\"") << true << std::numeric_limits<qint64>::max();
    QTest::newRow("fraction") << QByteArray("1.5") << false << qint64(0);
    QTest::newRow("fraction string") << QByteArray("\"1.5\"") << false << qint64(0);
    QTest::newRow("overflow string")
        << QByteArray("\"18446744073709551615\"") << false << qint64(0);
    QTest::newRow("word") << QByteArray("\"lots\"") << false << qint64(0);
    QTest::newRow("empty string") << QByteArray("\"\"") << false << qint64(0);
    QTest::newRow("bool") << QByteArray("true") << false << qint64(0);
    QTest::newRow("null") << QByteArray("null") << false << qint64(0);
    QTest::newRow("array") << QByteArray("[1]") << false << qint64(0);
    QTest::newRow("object") << QByteArray("{\"v\":1}") << false << qint64(0);
}

void tst_DomainJson::integers()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, present);
    QFETCH(qint64, expected);

    const QJsonValue v = parseObject("{\"v\":" + json + "}").value(QLatin1String("v"));
    QCOMPARE(json::optionalInteger(v).has_value(), present);
    QCOMPARE(json::integer(v), expected);
    QCOMPARE(json::integer(v, -7), present ? expected : qint64(-7));
    // A missing key behaves like a wrong one.
    QCOMPARE(json::integer(QJsonObject().value(QLatin1String("v")), -7), qint64(-7));
}

void tst_DomainJson::stringOrNumber_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");

    QTest::newRow("string") << QByteArray("\"1122334\"") << QStringLiteral("1122334");
    QTest::newRow("number") << QByteArray("1122334") << QStringLiteral("1122334");
    QTest::newRow("big number") << QByteArray("9007199254740993")
                                << QStringLiteral("9007199254740993");
    QTest::newRow("chinese") << QByteArray("\"\xe6\xb5\x8b\xe8\xaf\x95\"") << s("测试");
    QTest::newRow("fraction") << QByteArray("1.5") << QString();
    QTest::newRow("bool") << QByteArray("false") << QString();
    QTest::newRow("null") << QByteArray("null") << QString();
    QTest::newRow("array") << QByteArray("[\"1\"]") << QString();
}

void tst_DomainJson::stringOrNumber()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const QJsonValue v = parseObject("{\"v\":" + json + "}").value(QLatin1String("v"));
    QCOMPARE(json::stringOrNumber(v), expected);
}

// --- every body -------------------------------------------------------------

void tst_DomainJson::recordedBodiesKeepRequestId_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("requestId");

    const auto row = [](const char *file, const char *action, const char *requestId) {
        QTest::newRow(file) << QString::fromLatin1(file) << QString::fromLatin1(action)
                            << QString::fromLatin1(requestId);
    };
    row("SendSms.partial.json", "SendSms", "a0aabda6-cf91-4f3e-a81f-9198114a2279");
    row("SendSms.allok.json", "SendSms", "0f1a6b71-3c7e-4a83-9d2b-5f1e0c6a4e21");
    row("SendSms.error.json", "SendSms", "c3b5a0f4-9f0d-4d55-8c27-7b9e3fd2e1a0");
    row("SendSms.wrongtypes.json", "SendSms", "5d0d3c9e-2f43-4a8b-a2a5-3c1f9d7e8b60");
    row("SendMultiGlobalSms.json", "SendMultiGlobalSms", "1e9d0d2f-6c8a-4a5e-9c61-2b7a8f0d3e44");
    row("PullSmsSendStatus.json", "PullSmsSendStatus", "b7e2a1c9-4d3f-4e8a-bc11-0a9f2d6e5c37");
    row("PullSmsSendStatusByPhoneNumber.json", "PullSmsSendStatusByPhoneNumber",
        "e4a7c2d1-8b6f-4f0e-9a3d-7c5b1e2f0a98");
    row("PullSmsReplyStatus.json", "PullSmsReplyStatus", "9c3e5f7a-1b2d-4c6e-8f0a-3d5b7c9e1f24");
    row("PullSmsReplyStatusByPhoneNumber.json", "PullSmsReplyStatusByPhoneNumber",
        "3f6a8c0e-2d4b-4e6f-a1c3-5e7a9b1d3f56");
    row("SendStatusStatistics.json", "SendStatusStatistics",
        "7a1c3e5f-9b2d-4f6a-8c0e-1d3f5a7b9c28");
    row("SendStatusStatistics.quoted.json", "SendStatusStatistics",
        "7a1c3e5f-9b2d-4f6a-8c0e-1d3f5a7b9c29");
    row("CallbackStatusStatistics.json", "CallbackStatusStatistics",
        "2b4d6f8a-0c1e-4a3b-9d5f-7e9a1c3b5d70");
    row("SmsPackagesStatistics.json", "SmsPackagesStatistics",
        "4c6e8a0b-2d3f-4b5c-a7e9-1f3b5d7f9a12");
    row("AddSmsSign.json", "AddSmsSign", "6e8a0c2d-4f5b-4d7e-b9a1-3b5d7f9b1c34");
    row("ModifySmsSign.json", "ModifySmsSign", "8a0c2e4f-6b7d-4f9a-c1b3-5d7f9b1d3e56");
    row("DeleteSmsSign.json", "DeleteSmsSign", "0c2e4a6b-8d9f-4b1c-d3e5-7f9b1d3f5a78");
    row("DescribeSmsSignList.json", "DescribeSmsSignList", "2e4a6c8d-0f1b-4d3e-f5a7-9b1d3f5b7c90");
    row("AddSmsTemplate.json", "AddSmsTemplate", "4a6c8e0f-2b3d-4f5a-a7c9-1d3f5b7d9e12");
    row("AddSmsTemplate.number.json", "AddSmsTemplate", "4a6c8e0f-2b3d-4f5a-a7c9-1d3f5b7d9e13");
    row("ModifySmsTemplate.json", "ModifySmsTemplate", "6c8e0a2b-4d5f-4b7c-c9e1-3f5b7d9f1a34");
    row("ModifySmsTemplate.quoted.json", "ModifySmsTemplate",
        "6c8e0a2b-4d5f-4b7c-c9e1-3f5b7d9f1a35");
    row("DeleteSmsTemplate.json", "DeleteSmsTemplate", "8e0a2c4d-6f7b-4d9e-e1a3-5b7d9f1b3c56");
    row("DescribeSmsTemplateList.json", "DescribeSmsTemplateList",
        "0a2c4e6f-8b9d-4f1a-a3c5-7d9f1b3d5e78");
    row("DescribePhoneNumberInfo.json", "DescribePhoneNumberInfo",
        "2c4e6a8b-0d1f-4b3c-c5e7-9f1b3d5f7a90");
    row("ReportConversion.json", "ReportConversion", "4e6a8c0d-2f3b-4d5e-e7a9-1b3d5f7b9c12");
    row("DescribeSendRecordList.json", "DescribeSendRecordList",
        "6a8c0e2f-4b5d-4f7a-a9c1-3d5f7b9d1e34");
    row("DescribeSendRecordList.sparse.json", "DescribeSendRecordList",
        "6a8c0e2f-4b5d-4f7a-a9c1-3d5f7b9d1e35");
}

void tst_DomainJson::recordedBodiesKeepRequestId()
{
    QFETCH(QString, file);
    QFETCH(QString, action);
    QFETCH(QString, requestId);

    const QJsonObject response = loadResponse(file);
    QVERIFY2(!response.isEmpty(), qPrintable(file));
    QVERIFY(parsers().contains(action));
    QCOMPARE(parsers().value(action).requestId(response), requestId);
    // The body is read by the right parser: apart from the RequestId it
    // yields something, except an error body, which has nothing else.
    const bool hasOutput = !response.contains(QLatin1String("Error"));
    QJsonObject withoutId = response;
    withoutId.remove(QLatin1String("RequestId"));
    QCOMPARE(parsers().value(action).isDefault(withoutId), !hasOutput);
}

void tst_DomainJson::wrongTypedOutputGivesDefaults_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QJsonValue>("garbage");

    const QList<std::pair<const char *, QJsonValue>> garbage {
        {"string", QJsonValue(QStringLiteral("garbage"))},
        {"bool", QJsonValue(true)},
        {"null", QJsonValue(QJsonValue::Null)},
        {"fraction", QJsonValue(1.5)},
        {"array of scalars", QJsonValue(QJsonArray {1, QStringLiteral("x"), false})},
    };
    QStringList actions = parsers().keys();
    actions.sort();
    QCOMPARE(actions.size(), 20);
    for (const QString &action : std::as_const(actions)) {
        for (const auto &[name, value] : garbage)
            QTest::addRow("%s/%s", qPrintable(action), name) << action << value;
    }
}

void tst_DomainJson::wrongTypedOutputGivesDefaults()
{
    QFETCH(QString, action);
    QFETCH(QJsonValue, garbage);

    QVERIFY(parsers().contains(action));
    QVERIFY(!parsers().value(action).outputKeys.isEmpty());
    QJsonObject response;
    for (const QString &key : parsers().value(action).outputKeys)
        response.insert(key, garbage);
    // A RequestId that is not a string is as good as none.
    response.insert(QLatin1String("RequestId"), 42);
    response.insert(QLatin1String("Unexpected"), QJsonObject {{QStringLiteral("A"), 1}});

    QVERIFY(parsers().value(action).isDefault(response));
    QVERIFY(parsers().value(action).isDefault(QJsonObject()));
}

// --- results ----------------------------------------------------------------

void tst_DomainJson::sendSmsPartialFailure()
{
    const SendSmsResult r
        = json::fromObject<SendSmsResult>(loadResponse(QStringLiteral("SendSms.partial.json")));

    QCOMPARE(r.requestId, QStringLiteral("a0aabda6-cf91-4f3e-a81f-9198114a2279"));
    QCOMPARE(r.sendStatusSet.size(), 2);

    const SendStatus &ok = r.sendStatusSet.at(0);
    QCOMPARE(ok.serialNo, QStringLiteral("2019:1459782579269331713"));
    QCOMPARE(ok.phoneNumber, QStringLiteral("+8618801791237"));
    QCOMPARE(ok.fee, qint64(1));
    QCOMPARE(ok.sessionContext, QStringLiteral("order-20240501-0007"));
    QCOMPARE(ok.code, QStringLiteral("Ok"));
    QCOMPARE(ok.message, QStringLiteral("send success"));
    QCOMPARE(ok.isoCode, QStringLiteral("CN"));
    QVERIFY(ok.isOk());

    const SendStatus &refused = r.sendStatusSet.at(1);
    QCOMPARE(refused.serialNo, QString());
    QCOMPARE(refused.fee, qint64(0));
    QVERIFY(!refused.isOk());

    QCOMPARE(r.acceptedCount(), 1);
    const NumberFailures failures = r.failures();
    QCOMPARE(failures.size(), 1);
    const NumberFailure expected {
        QStringLiteral("+8613711112222"),
        QStringLiteral("InvalidParameterValue.TemplateParameterFormatError"),
        QStringLiteral("Verification code template parameter format error"), QString()};
    QCOMPARE(failures.first(), expected);
}

void tst_DomainJson::sendSmsAllAccepted()
{
    const SendSmsResult r
        = json::fromObject<SendSmsResult>(loadResponse(QStringLiteral("SendSms.allok.json")));
    QCOMPARE(r.sendStatusSet.size(), 2);
    QCOMPARE(r.acceptedCount(), 2);
    QVERIFY(r.failures().isEmpty());
    QCOMPARE(r.sendStatusSet.at(0).serialNo, QStringLiteral("3369:346633495616916854622768311"));
    QCOMPARE(r.sendStatusSet.at(1).phoneNumber, QStringLiteral("+8613900000001"));
    QCOMPARE(r.sendStatusSet.at(1).fee, qint64(2));
}

void tst_DomainJson::sendSmsServiceError()
{
    const SendSmsResult r
        = json::fromObject<SendSmsResult>(loadResponse(QStringLiteral("SendSms.error.json")));
    QCOMPARE(r.requestId, QStringLiteral("c3b5a0f4-9f0d-4d55-8c27-7b9e3fd2e1a0"));
    QVERIFY(r.sendStatusSet.isEmpty());
    QCOMPARE(r.acceptedCount(), 0);
    QVERIFY(r.failures().isEmpty());
}

void tst_DomainJson::sendSmsWrongTypes()
{
    const SendSmsResult r
        = json::fromObject<SendSmsResult>(loadResponse(QStringLiteral("SendSms.wrongtypes.json")));

    // The string and the null item are skipped; the three objects remain.
    QCOMPARE(r.sendStatusSet.size(), 3);

    const SendStatus &quotedFee = r.sendStatusSet.at(0);
    QCOMPARE(quotedFee.fee, qint64(2));
    QCOMPARE(quotedFee.sessionContext, QString());
    QCOMPARE(quotedFee.serialNo, QStringLiteral("2019:1459782579269331714"));

    const SendStatus &mistyped = r.sendStatusSet.at(1);
    QCOMPARE(mistyped.serialNo, QString()); // number where a string belongs
    QCOMPARE(mistyped.phoneNumber, QString()); // ditto
    QCOMPARE(mistyped.fee, qint64(0)); // 1.5 is no segment count
    QCOMPARE(mistyped.message, QString()); // array
    QCOMPARE(mistyped.isoCode, QString()); // object
    QCOMPARE(mistyped.code, QStringLiteral("Ok"));

    const SendStatus &noCode = r.sendStatusSet.at(2);
    QCOMPARE(noCode.fee, qint64(0));
    QCOMPARE(noCode.code, QString());
    QVERIFY(!noCode.isOk());

    // Without a Code a number is not sent, and the failure says why.
    QCOMPARE(r.acceptedCount(), 2);
    const NumberFailures failures = r.failures();
    QCOMPARE(failures.size(), 1);
    QCOMPARE(failures.first().phoneNumber, QStringLiteral("+8613711112224"));
    QCOMPARE(failures.first().code, QStringLiteral("ClientError.MissingStatusCode"));
    QCOMPARE(failures.first().message, QStringLiteral("no code at all"));
}

void tst_DomainJson::sendMultiGlobalSms()
{
    const SendMultiGlobalSmsResult r = json::fromObject<SendMultiGlobalSmsResult>(
        loadResponse(QStringLiteral("SendMultiGlobalSms.json")));
    QCOMPARE(r.sendMultiStatusSet.size(), 3);
    QCOMPARE(r.sendMultiStatusSet.at(0).isoCode, QStringLiteral("US"));
    QCOMPARE(r.sendMultiStatusSet.at(0).sessionContext, QStringLiteral("invite-42"));
    QCOMPARE(r.sendMultiStatusSet.at(2).fee, qint64(2));
    QCOMPARE(r.acceptedCount(), 2);
    const NumberFailures failures = r.failures();
    QCOMPARE(failures.size(), 1);
    QCOMPARE(failures.first().phoneNumber, QStringLiteral("+8613800000000"));
    QCOMPARE(failures.first().code,
             QStringLiteral("UnsupportedOperation.ContainDomesticPhoneNumber"));
    QCOMPARE(failures.first().isoCode, QStringLiteral("CN"));
    // A SendSms-shaped body is not a SendMultiGlobalSms answer.
    QVERIFY(json::fromObject<SendMultiGlobalSmsResult>(
                loadResponse(QStringLiteral("SendSms.allok.json")))
                .sendMultiStatusSet.isEmpty());
}

void tst_DomainJson::pullSmsSendStatus()
{
    const PullSmsSendStatusResult r = json::fromObject<PullSmsSendStatusResult>(
        loadResponse(QStringLiteral("PullSmsSendStatus.json")));
    QCOMPARE(r.pullSmsSendStatusSet.size(), 3);

    const DeliveryReceipt &ok = r.pullSmsSendStatusSet.at(0);
    QCOMPARE(ok.userReceiveTime, qint64(1714546801));
    QCOMPARE(ok.countryCode, QStringLiteral("86"));
    QCOMPARE(ok.subscriberNumber, QStringLiteral("18501234444"));
    QCOMPARE(ok.phoneNumber, QStringLiteral("+8618501234444"));
    QCOMPARE(ok.serialNo, QStringLiteral("2019:1459782579269331713"));
    QCOMPARE(ok.reportStatus, QStringLiteral("SUCCESS"));
    QCOMPARE(ok.status, ReportStatus::Success);
    QCOMPARE(ok.description, s("用户短信送达成功"));
    QCOMPARE(ok.sessionContext, QStringLiteral("order-20240501-0007"));

    const DeliveryReceipt &failed = r.pullSmsSendStatusSet.at(1);
    QCOMPARE(failed.status, ReportStatus::Fail);
    QCOMPARE(failed.description, s("DELIVRD:MK:0001 用户关机"));

    // A value this client does not know stays visible as it came.
    const DeliveryReceipt &future = r.pullSmsSendStatusSet.at(2);
    QCOMPARE(future.status, ReportStatus::Unknown);
    QCOMPARE(future.reportStatus, QStringLiteral("DELIVERING"));
}

void tst_DomainJson::pullSmsSendStatusByPhoneNumber()
{
    const auto r = json::fromObject<PullSmsSendStatusByPhoneNumberResult>(
        loadResponse(QStringLiteral("PullSmsSendStatusByPhoneNumber.json")));
    QCOMPARE(r.pullSmsSendStatusSet.size(), 1);
    const DeliveryReceipt &d = r.pullSmsSendStatusSet.first();
    QCOMPARE(d.userReceiveTime, qint64(1714550000)); // quoted
    QCOMPARE(d.countryCode, QStringLiteral("86")); // a number on the wire
    QCOMPARE(d.status, ReportStatus::Success); // lowercase on the wire
    QCOMPARE(d.reportStatus, QStringLiteral("success"));
    QCOMPARE(d.sessionContext, QString()); // missing
}

void tst_DomainJson::pullSmsReplyStatus()
{
    const PullSmsReplyStatusResult r = json::fromObject<PullSmsReplyStatusResult>(
        loadResponse(QStringLiteral("PullSmsReplyStatus.json")));
    QCOMPARE(r.pullSmsReplyStatusSet.size(), 2);
    const ReplyRecord &first = r.pullSmsReplyStatusSet.at(0);
    QCOMPARE(first.extendCode, QStringLiteral("01"));
    QCOMPARE(first.countryCode, QStringLiteral("86"));
    QCOMPARE(first.phoneNumber, QStringLiteral("+8618501234444"));
    QCOMPARE(first.signName, s("腾讯云"));
    QCOMPARE(first.replyContent, s("退订"));
    QCOMPARE(first.replyTime, qint64(1714547000));
    QCOMPARE(first.subscriberNumber, QStringLiteral("18501234444"));
    QCOMPARE(r.pullSmsReplyStatusSet.at(1).replyContent, s("收到，谢谢！"));
}

void tst_DomainJson::pullSmsReplyStatusByPhoneNumber()
{
    const auto r = json::fromObject<PullSmsReplyStatusByPhoneNumberResult>(
        loadResponse(QStringLiteral("PullSmsReplyStatusByPhoneNumber.json")));
    QCOMPARE(r.pullSmsReplyStatusSet.size(), 1);
    const ReplyRecord &reply = r.pullSmsReplyStatusSet.first();
    QCOMPARE(reply.extendCode, QString()); // missing
    QCOMPARE(reply.signName, s("极速快递"));
    QCOMPARE(reply.replyContent, QStringLiteral("T"));
    QCOMPARE(reply.replyTime, qint64(1714550321));
}

void tst_DomainJson::sendStatusStatistics_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<qint64>("feeCount");
    QTest::addColumn<qint64>("requestCount");
    QTest::addColumn<qint64>("requestSuccessCount");

    QTest::newRow("numbers") << QStringLiteral("SendStatusStatistics.json") << qint64(3022)
                             << qint64(2100) << qint64(2086);
    // Quoted integers are read; a quoted fraction is not a count.
    QTest::newRow("quoted") << QStringLiteral("SendStatusStatistics.quoted.json") << qint64(3022)
                            << qint64(2100) << qint64(0);
}

void tst_DomainJson::sendStatusStatistics()
{
    QFETCH(QString, file);
    QFETCH(qint64, feeCount);
    QFETCH(qint64, requestCount);
    QFETCH(qint64, requestSuccessCount);

    const SendStatusStatisticsResult r
        = json::fromObject<SendStatusStatisticsResult>(loadResponse(file));
    QCOMPARE(r.sendStatusStatistics.feeCount, feeCount);
    QCOMPARE(r.sendStatusStatistics.requestCount, requestCount);
    QCOMPARE(r.sendStatusStatistics.requestSuccessCount, requestSuccessCount);
}

void tst_DomainJson::callbackStatusStatistics()
{
    const auto r = json::fromObject<CallbackStatusStatisticsResult>(
        loadResponse(QStringLiteral("CallbackStatusStatistics.json")));
    const CallbackStatusStatistics &c = r.callbackStatusStatistics;
    QCOMPARE(c.callbackCount, qint64(2080));
    QCOMPARE(c.requestSuccessCount, qint64(2086));
    QCOMPARE(c.callbackFailCount, qint64(31));
    QCOMPARE(c.callbackSuccessCount, qint64(2049));
    QCOMPARE(c.internalErrorCount, qint64(2));
    QCOMPARE(c.invalidNumberCount, qint64(11));
    QCOMPARE(c.shutdownErrorCount, qint64(9));
    QCOMPARE(c.blackListCount, qint64(4));
    QCOMPARE(c.frequencyLimitCount, qint64(5));
    QCOMPARE(r.requestId, QStringLiteral("2b4d6f8a-0c1e-4a3b-9d5f-7e9a1c3b5d70"));
}

void tst_DomainJson::smsPackagesStatistics()
{
    const auto r = json::fromObject<SmsPackagesStatisticsResult>(
        loadResponse(QStringLiteral("SmsPackagesStatistics.json")));
    QCOMPARE(r.smsPackagesStatisticsSet.size(), 3);

    const SmsPackagesStatistics &bought = r.smsPackagesStatisticsSet.at(0);
    QCOMPARE(bought.packageCreateTime, qint64(1704038400));
    QCOMPARE(bought.packageEffectiveTime, qint64(1704038400));
    QCOMPARE(bought.packageExpiredTime, qint64(1735660799));
    QCOMPARE(bought.packageAmount, qint64(100000));
    QCOMPARE(bought.packageType, qint64(1));
    QCOMPARE(bought.type, PackageType::Purchased);
    QCOMPARE(bought.packageId, qint64(2315));
    QCOMPARE(bought.currentUsage, qint64(36512));

    QCOMPARE(r.smsPackagesStatisticsSet.at(1).type, PackageType::Gifted);
    QCOMPARE(r.smsPackagesStatisticsSet.at(1).packageType, qint64(0));

    // Missing type: not "gifted" (code 0), but unknown.
    QCOMPARE(r.smsPackagesStatisticsSet.at(2).type, PackageType::Unknown);
    QCOMPARE(r.smsPackagesStatisticsSet.at(2).packageAmount, qint64(5000));
}

void tst_DomainJson::addModifyDeleteSign()
{
    const auto added
        = json::fromObject<AddSmsSignResult>(loadResponse(QStringLiteral("AddSmsSign.json")));
    QCOMPARE(added.addSignStatus.signId, qint64(10339));
    QCOMPARE(added.requestId, QStringLiteral("6e8a0c2d-4f5b-4d7e-b9a1-3b5d7f9b1c34"));

    const auto modified
        = json::fromObject<ModifySmsSignResult>(loadResponse(QStringLiteral("ModifySmsSign.json")));
    QCOMPARE(modified.modifySignStatus.signId, qint64(10339));

    const auto deleted
        = json::fromObject<DeleteSmsSignResult>(loadResponse(QStringLiteral("DeleteSmsSign.json")));
    QCOMPARE(deleted.deleteSignStatus.deleteStatus, QStringLiteral("return successfully!"));
    QCOMPARE(deleted.deleteSignStatus.deleteTime, qint64(1714548000));

    // Each parser reads only its own key.
    QCOMPARE(json::fromObject<ModifySmsSignResult>(loadResponse(QStringLiteral("AddSmsSign.json")))
                 .modifySignStatus.signId,
             qint64(0));
}

void tst_DomainJson::describeSmsSignList()
{
    const auto r = json::fromObject<DescribeSmsSignListResult>(
        loadResponse(QStringLiteral("DescribeSmsSignList.json")));
    QCOMPARE(r.describeSignListStatusSet.size(), 5);

    const DescribeSignListStatus &usable = r.describeSignListStatusSet.at(0);
    QCOMPARE(usable.signId, qint64(10339));
    QCOMPARE(usable.international, qint64(0));
    QCOMPARE(usable.market, Market::Domestic);
    QCOMPARE(usable.statusCode, qint64(0));
    QCOMPARE(usable.status, ReviewStatus::Approved);
    QCOMPARE(usable.signName, s("腾讯云"));
    QCOMPARE(usable.createTime, qint64(1701234567));
    QCOMPARE(usable.qualificationId, qint64(5523));
    QCOMPARE(usable.qualificationName, s("深圳市腾讯计算机系统有限公司"));
    QCOMPARE(usable.qualificationStatusCode, qint64(1));
    QCOMPARE(usable.qualificationStatus, QualificationStatus::Approved);

    const DescribeSignListStatus &rejected = r.describeSignListStatusSet.at(1);
    QCOMPARE(rejected.status, ReviewStatus::Rejected);
    QCOMPARE(rejected.statusCode, qint64(-1));
    QCOMPARE(rejected.reviewReply, s("签名与企业名称不一致，请补充授权委托书。"));
    QCOMPARE(rejected.qualificationStatus, QualificationStatus::NeedsSupplement);

    // International, no qualification fields at all.
    const DescribeSignListStatus &intl = r.describeSignListStatusSet.at(2);
    QCOMPARE(intl.market, Market::International);
    QCOMPARE(intl.status, ReviewStatus::ApprovedPending);
    QCOMPARE(intl.qualificationId, qint64(0));
    QCOMPARE(intl.qualificationName, QString());
    QCOMPARE(intl.qualificationStatus, QualificationStatus::Unknown);

    // Codes from the future keep their raw value; quoted ID still read.
    const DescribeSignListStatus &future = r.describeSignListStatusSet.at(3);
    QCOMPARE(future.signId, qint64(10342));
    QCOMPARE(future.statusCode, qint64(7));
    QCOMPARE(future.status, ReviewStatus::Unknown);
    QCOMPARE(future.qualificationStatusCode, qint64(9));
    QCOMPARE(future.qualificationStatus, QualificationStatus::Unknown);
    QCOMPARE(future.reviewReply, QString());

    // Missing or unreadable codes must not read as 0 ("domestic", "usable").
    const DescribeSignListStatus &broken = r.describeSignListStatusSet.at(4);
    QCOMPARE(broken.status, ReviewStatus::Unknown);
    QCOMPARE(broken.market, Market::Unknown);
    QCOMPARE(broken.signName, s("缺少状态"));
    QCOMPARE(broken.createTime, qint64(0));
}

void tst_DomainJson::addSmsTemplateId_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("templateId");

    QTest::newRow("string (documented)")
        << QStringLiteral("AddSmsTemplate.json") << QStringLiteral("1122334");
    QTest::newRow("number") << QStringLiteral("AddSmsTemplate.number.json")
                            << QStringLiteral("1122335");
}

void tst_DomainJson::addSmsTemplateId()
{
    QFETCH(QString, file);
    QFETCH(QString, templateId);
    const auto r = json::fromObject<AddSmsTemplateResult>(loadResponse(file));
    QCOMPARE(r.addTemplateStatus.templateId, templateId);
    QVERIFY(!r.requestId.isEmpty());
}

void tst_DomainJson::modifySmsTemplateId_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<qint64>("templateId");

    QTest::newRow("integer (documented)")
        << QStringLiteral("ModifySmsTemplate.json") << qint64(1122334);
    QTest::newRow("quoted") << QStringLiteral("ModifySmsTemplate.quoted.json") << qint64(1122334);
}

void tst_DomainJson::modifySmsTemplateId()
{
    QFETCH(QString, file);
    QFETCH(qint64, templateId);
    const auto r = json::fromObject<ModifySmsTemplateResult>(loadResponse(file));
    QCOMPARE(r.modifyTemplateStatus.templateId, templateId);
}

void tst_DomainJson::deleteSmsTemplate()
{
    const auto r = json::fromObject<DeleteSmsTemplateResult>(
        loadResponse(QStringLiteral("DeleteSmsTemplate.json")));
    QCOMPARE(r.deleteTemplateStatus.deleteStatus, QStringLiteral("return successfully!"));
    QCOMPARE(r.deleteTemplateStatus.deleteTime, qint64(1714549000));
    QCOMPARE(r.requestId, QStringLiteral("8e0a2c4d-6f7b-4d9e-e1a3-5b7d9f1b3c56"));
}

void tst_DomainJson::describeSmsTemplateList()
{
    const auto r = json::fromObject<DescribeSmsTemplateListResult>(
        loadResponse(QStringLiteral("DescribeSmsTemplateList.json")));
    QCOMPARE(r.describeTemplateStatusSet.size(), 3);

    const DescribeTemplateListStatus &code = r.describeTemplateStatusSet.at(0);
    QCOMPARE(code.templateId, qint64(1122334));
    QCOMPARE(code.market, Market::Domestic);
    QCOMPARE(code.status, ReviewStatus::Approved);
    QCOMPARE(code.templateName, s("登录验证码"));
    QCOMPARE(code.createTime, qint64(1701234999));
    QCOMPARE(code.templateContent, s("您的验证码为：{1}，该验证码{2}分钟内有效，请勿泄漏于他人！"));

    const DescribeTemplateListStatus &both = r.describeTemplateStatusSet.at(1);
    QCOMPARE(both.international, qint64(3));
    QCOMPARE(both.market, Market::Both);
    QCOMPARE(both.status, ReviewStatus::UnderReview);

    const DescribeTemplateListStatus &rejected = r.describeTemplateStatusSet.at(2);
    QCOMPARE(rejected.status, ReviewStatus::Rejected);
    QCOMPARE(rejected.reviewReply, s("营销短信须包含退订方式，例如“拒收请回复R”。"));
}

void tst_DomainJson::describePhoneNumberInfo()
{
    const auto r = json::fromObject<DescribePhoneNumberInfoResult>(
        loadResponse(QStringLiteral("DescribePhoneNumberInfo.json")));
    QCOMPARE(r.phoneNumberInfoSet.size(), 2);
    const PhoneNumberInfo &ok = r.phoneNumberInfoSet.at(0);
    QVERIFY(ok.isOk());
    QCOMPARE(ok.nationCode, QStringLiteral("86"));
    QCOMPARE(ok.subscriberNumber, QStringLiteral("18501234444"));
    QCOMPARE(ok.phoneNumber, QStringLiteral("+8618501234444"));
    QCOMPARE(ok.isoCode, QStringLiteral("CN"));
    QCOMPARE(ok.isoName, QStringLiteral("China"));

    const PhoneNumberInfo &bad = r.phoneNumberInfoSet.at(1);
    QVERIFY(!bad.isOk());
    QCOMPARE(bad.code, QStringLiteral("InvalidParameterValue.IncorrectPhoneNumber"));
    QCOMPARE(bad.phoneNumber, QStringLiteral("+86123"));
    QCOMPARE(bad.isoCode, QStringLiteral("DEF"));
}

void tst_DomainJson::reportConversion_data()
{
    QTest::addColumn<QByteArray>("status");
    QTest::addColumn<bool>("ok");

    QTest::newRow("documented ok") << QByteArray(R"({"Code":"ok","Message":"ok"})") << true;
    QTest::newRow("SendSms spelling") << QByteArray(R"({"Code":"Ok"})") << true;
    QTest::newRow("refused") << QByteArray(
        R"({"Code":"FailedOperation.SerialNoNotExist","Message":"x"})")
                             << false;
    QTest::newRow("missing") << QByteArray("{}") << false;
    QTest::newRow("number") << QByteArray(R"({"Code":0})") << false;
}

void tst_DomainJson::reportConversion()
{
    QFETCH(QByteArray, status);
    QFETCH(bool, ok);

    const auto recorded = json::fromObject<ReportConversionResult>(
        loadResponse(QStringLiteral("ReportConversion.json")));
    QCOMPARE(recorded.reportConversionStatus.code, QStringLiteral("ok"));
    QCOMPARE(recorded.reportConversionStatus.message, QStringLiteral("ok"));
    QVERIFY(recorded.reportConversionStatus.isOk());

    QJsonObject response;
    response.insert(QLatin1String("ReportConversionStatus"), parseObject(status));
    QCOMPARE(json::fromObject<ReportConversionResult>(response).reportConversionStatus.isOk(), ok);
}

void tst_DomainJson::describeSendRecordList()
{
    const auto r = json::fromObject<DescribeSendRecordListResult>(
        loadResponse(QStringLiteral("DescribeSendRecordList.json")));
    QCOMPARE(r.totalCount, qint64(27));
    QCOMPARE(r.sendRecordSet.size(), 3);

    const SendRecord &delivered = r.sendRecordSet.at(0);
    QCOMPARE(delivered.phoneNumber, QStringLiteral("+8618501234444"));
    QCOMPARE(delivered.serialNo, QStringLiteral("3369:346633495616916854622768999"));
    QCOMPARE(delivered.sendStatus, qint64(2));
    QCOMPARE(delivered.status, SendRecordStatus::Delivered);
    QCOMPARE(delivered.requestCode, QStringLiteral("Ok"));
    QCOMPARE(delivered.statusCode, QStringLiteral("DELIVRD"));
    QCOMPARE(delivered.isoCode, QStringLiteral("CN"));
    QCOMPARE(delivered.content,
             s("【腾讯云】您的验证码为：****，该验证码5分钟内有效，请勿泄漏于他人！"));
    QCOMPARE(delivered.sendTime, qint64(1714546800));
    QCOMPARE(delivered.userReceiveTime, qint64(1714546803));

    QCOMPARE(r.sendRecordSet.at(1).status, SendRecordStatus::DeliveryFailed);
    QCOMPARE(r.sendRecordSet.at(1).statusCode, QStringLiteral("MK:0001"));
    QCOMPARE(r.sendRecordSet.at(2).status, SendRecordStatus::SubmitFailed);
    QCOMPARE(r.sendRecordSet.at(2).requestCode,
             QStringLiteral("LimitExceeded.PhoneNumberThirtySecondLimit"));
}

void tst_DomainJson::describeSendRecordListSparse()
{
    const auto r = json::fromObject<DescribeSendRecordListResult>(
        loadResponse(QStringLiteral("DescribeSendRecordList.sparse.json")));
    QCOMPARE(r.totalCount, qint64(0)); // missing
    QCOMPARE(r.sendRecordSet.size(), 2);

    const SendRecord &sending = r.sendRecordSet.at(0);
    QCOMPARE(sending.status, SendRecordStatus::Sending);
    QCOMPARE(sending.requestCode, QString());
    QCOMPARE(sending.statusCode, QString());
    QCOMPARE(sending.content, QString());
    QCOMPARE(sending.sendTime, qint64(0));
    QCOMPARE(sending.userReceiveTime, qint64(0));

    const SendRecord &future = r.sendRecordSet.at(1);
    QCOMPARE(future.status, SendRecordStatus::Unknown);
    QCOMPARE(future.sendStatus, qint64(5));
    QCOMPARE(future.serialNo, QString());
}

// --- requests ---------------------------------------------------------------

void tst_DomainJson::requestJson_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("expectedAction");
    QTest::addColumn<QJsonObject>("actual");
    QTest::addColumn<QByteArray>("expected");

    const auto row = [](const char *name, const QString &action, const char *expectedAction,
                        const QJsonObject &actual, const QByteArray &expected) {
        QTest::newRow(name) << action << QString::fromLatin1(expectedAction) << actual << expected;
    };

    {
        SendSmsRequest r;
        r.phoneNumberSet = {QStringLiteral("+8613800000000"), QStringLiteral("+8613900000001")};
        r.smsSdkAppId = QStringLiteral("1400006666");
        r.templateId = QStringLiteral("1110");
        r.signName = s("腾讯云");
        r.templateParamSet = {QStringLiteral("4370"), QStringLiteral("5")};
        r.sessionContext = QStringLiteral("order-7");
        r.extendCode = QStringLiteral("01");
        r.senderId = QStringLiteral("Qsms");
        row("SendSms full", actionOf(r), "SendSms", json::toObject(r), R"({
            "PhoneNumberSet": ["+8613800000000", "+8613900000001"],
            "SmsSdkAppId": "1400006666", "TemplateId": "1110",
            "SignName": "腾讯云", "TemplateParamSet": ["4370", "5"],
            "SessionContext": "order-7", "ExtendCode": "01", "SenderId": "Qsms"})");
        SendSmsRequest minimal;
        minimal.phoneNumberSet = {QStringLiteral("+14155550123")};
        minimal.smsSdkAppId = QStringLiteral("1400006666");
        minimal.templateId = QStringLiteral("2220");
        row("SendSms minimal", actionOf(minimal), "SendSms", json::toObject(minimal), R"({
            "PhoneNumberSet": ["+14155550123"], "SmsSdkAppId": "1400006666",
            "TemplateId": "2220"})");
        SendSmsRequest emptyOptional = minimal;
        emptyOptional.signName = QString(); // set, though empty: sent as given
        row("SendSms empty SignName", actionOf(minimal), "SendSms", json::toObject(emptyOptional),
            R"({
            "PhoneNumberSet": ["+14155550123"], "SmsSdkAppId": "1400006666",
            "TemplateId": "2220", "SignName": ""})");
    }
    {
        SendMultiGlobalSmsRequest r;
        r.smsSdkAppId = QStringLiteral("1400006666");
        MultiSmsInfo a;
        a.phoneNumber = QStringLiteral("+14155550123");
        a.templateId = QStringLiteral("3330");
        a.templateParamSet = {QStringLiteral("Alice")};
        a.senderId = QStringLiteral("Acme");
        a.sessionContext = QStringLiteral("invite-42");
        MultiSmsInfo b;
        b.phoneNumber = QStringLiteral("+85291234567");
        b.templateId = QStringLiteral("3331");
        r.multiSmsInfoSet = {a, b};
        row("SendMultiGlobalSms", actionOf(r), "SendMultiGlobalSms", json::toObject(r), R"({
            "SmsSdkAppId": "1400006666", "MultiSmsInfoSet": [
              {"PhoneNumber": "+14155550123", "TemplateId": "3330", "TemplateParamSet": ["Alice"],
               "SenderId": "Acme", "SessionContext": "invite-42"},
              {"PhoneNumber": "+85291234567", "TemplateId": "3331"}]})");
    }
    {
        PullSmsSendStatusRequest r;
        r.limit = 10;
        r.smsSdkAppId = QStringLiteral("1400006666");
        row("PullSmsSendStatus", actionOf(r), "PullSmsSendStatus", json::toObject(r),
            R"({"Limit": 10, "SmsSdkAppId": "1400006666"})");
    }
    {
        PullSmsSendStatusByPhoneNumberRequest r;
        r.beginTime = 1714500000;
        r.limit = 50;
        r.phoneNumber = QStringLiteral("+8618501234444");
        r.smsSdkAppId = QStringLiteral("1400006666");
        row("PullSmsSendStatusByPhoneNumber no end", actionOf(r), "PullSmsSendStatusByPhoneNumber",
            json::toObject(r), R"({"BeginTime": 1714500000, "Offset": 0, "Limit": 50,
            "PhoneNumber": "+8618501234444", "SmsSdkAppId": "1400006666"})");
        r.endTime = 1714586400;
        row("PullSmsSendStatusByPhoneNumber with end", actionOf(r),
            "PullSmsSendStatusByPhoneNumber", json::toObject(r),
            R"({"BeginTime": 1714500000, "Offset": 0, "Limit": 50,
            "PhoneNumber": "+8618501234444", "SmsSdkAppId": "1400006666",
            "EndTime": 1714586400})");
    }
    {
        PullSmsReplyStatusRequest r;
        r.smsSdkAppId = QStringLiteral("1400006666");
        row("PullSmsReplyStatus", actionOf(r), "PullSmsReplyStatus", json::toObject(r),
            R"({"Limit": 100, "SmsSdkAppId": "1400006666"})");
    }
    {
        PullSmsReplyStatusByPhoneNumberRequest r;
        r.beginTime = 1714500000;
        r.endTime = 1714586400;
        r.limit = 20;
        r.phoneNumber = QStringLiteral("+8618501234444");
        r.smsSdkAppId = QStringLiteral("1400006666");
        row("PullSmsReplyStatusByPhoneNumber", actionOf(r), "PullSmsReplyStatusByPhoneNumber",
            json::toObject(r), R"({"BeginTime": 1714500000, "EndTime": 1714586400, "Offset": 0,
            "Limit": 20, "PhoneNumber": "+8618501234444", "SmsSdkAppId": "1400006666"})");
    }
    {
        SendStatusStatisticsRequest r;
        r.beginTime = QStringLiteral("2024050100");
        r.endTime = QStringLiteral("2024050123");
        r.smsSdkAppId = QStringLiteral("1400006666");
        row("SendStatusStatistics", actionOf(r), "SendStatusStatistics", json::toObject(r),
            R"({"BeginTime": "2024050100", "EndTime": "2024050123",
            "SmsSdkAppId": "1400006666", "Limit": 0, "Offset": 0})");
    }
    {
        CallbackStatusStatisticsRequest r;
        r.beginTime = QStringLiteral("2024040100");
        r.endTime = QStringLiteral("2024043023");
        r.smsSdkAppId = QStringLiteral("1400006666");
        row("CallbackStatusStatistics", actionOf(r), "CallbackStatusStatistics", json::toObject(r),
            R"({"BeginTime": "2024040100", "EndTime": "2024043023",
            "SmsSdkAppId": "1400006666", "Limit": 0, "Offset": 0})");
    }
    {
        SmsPackagesStatisticsRequest r;
        r.smsSdkAppId = QStringLiteral("1400006666");
        r.limit = 500;
        r.offset = 0;
        r.beginTime = QStringLiteral("2024010100");
        r.endTime = QStringLiteral("2024050100");
        row("SmsPackagesStatistics", actionOf(r), "SmsPackagesStatistics", json::toObject(r),
            R"({"SmsSdkAppId": "1400006666", "Limit": 500, "Offset": 0,
            "BeginTime": "2024010100", "EndTime": "2024050100"})");
    }
    {
        AddSmsSignRequest r;
        r.signName = s("腾讯云");
        r.signType = signTypeCode(SignType::Company);
        r.documentType = documentTypeCode(DocumentType::BusinessLicence);
        r.international = marketCode(Market::Domestic);
        r.signPurpose = signPurposeCode(SignPurpose::SelfUse);
        r.proofImage = QStringLiteral("iVBORw0KGgo=");
        r.qualificationId = 5523;
        row("AddSmsSign domestic", actionOf(r), "AddSmsSign", json::toObject(r), R"({
            "SignName": "腾讯云", "SignType": 0, "DocumentType": 1, "International": 0,
            "SignPurpose": 0, "ProofImage": "iVBORw0KGgo=", "QualificationId": 5523})");
        AddSmsSignRequest forOthers;
        forOthers.signName = QStringLiteral("Acme");
        forOthers.signType = signTypeCode(SignType::App);
        forOthers.documentType = documentTypeCode(DocumentType::AppScreenshot);
        forOthers.international = marketCode(Market::International);
        forOthers.signPurpose = signPurposeCode(SignPurpose::ForOthers);
        forOthers.proofImage = QStringLiteral("AAAA");
        forOthers.commissionImage = QStringLiteral("BBBB");
        forOthers.remark = s("代客户申请");
        row("AddSmsSign for others", actionOf(r), "AddSmsSign", json::toObject(forOthers), R"({
            "SignName": "Acme", "SignType": 1, "DocumentType": 4, "International": 1,
            "SignPurpose": 1, "ProofImage": "AAAA", "CommissionImage": "BBBB",
            "Remark": "代客户申请"})");
    }
    {
        ModifySmsSignRequest r;
        r.signId = 10339;
        r.signName = s("腾讯云");
        r.signType = signTypeCode(SignType::Trademark);
        r.documentType = documentTypeCode(DocumentType::TrademarkRegistration);
        r.proofImage = QStringLiteral("iVBORw0KGgo=");
        r.remark = s("补充商标注册书");
        row("ModifySmsSign", actionOf(r), "ModifySmsSign", json::toObject(r), R"({
            "SignId": 10339, "SignName": "腾讯云", "SignType": 4, "DocumentType": 7,
            "International": 0, "SignPurpose": 0, "ProofImage": "iVBORw0KGgo=",
            "Remark": "补充商标注册书"})");
    }
    {
        DeleteSmsSignRequest r;
        r.signId = 10339;
        row("DeleteSmsSign", actionOf(r), "DeleteSmsSign", json::toObject(r),
            R"({"SignId": 10339})");
    }
    {
        DescribeSmsSignListRequest r;
        r.signIdSet = {10339, 10340};
        row("DescribeSmsSignList by id", actionOf(r), "DescribeSmsSignList", json::toObject(r),
            R"({"International": 0, "SignIdSet": [10339, 10340]})");
        DescribeSmsSignListRequest page;
        page.international = marketCode(Market::International);
        page.limit = 100;
        page.offset = 200;
        row("DescribeSmsSignList page", actionOf(r), "DescribeSmsSignList", json::toObject(page),
            R"({"International": 1, "Limit": 100, "Offset": 200})");
    }
    {
        AddSmsTemplateRequest r;
        r.templateName = s("登录验证码");
        r.templateContent = s("您的验证码为：{1}，该验证码{2}分钟内有效。");
        r.smsType = smsTypeCode(SmsType::VerificationCode);
        r.remark = s("用户登录");
        row("AddSmsTemplate", actionOf(r), "AddSmsTemplate", json::toObject(r), R"({
            "TemplateName": "登录验证码", "TemplateContent": "您的验证码为：{1}，该验证码{2}分钟内有效。",
            "SmsType": 3, "International": 0, "Remark": "用户登录"})");
    }
    {
        ModifySmsTemplateRequest r;
        r.templateId = 1122334;
        r.templateName = QStringLiteral("Order shipped");
        r.templateContent = QStringLiteral("Your order {1} has shipped.");
        r.smsType = smsTypeCode(SmsType::Notification);
        r.international = marketCode(Market::International);
        r.remark = QStringLiteral("shipping notices");
        row("ModifySmsTemplate", actionOf(r), "ModifySmsTemplate", json::toObject(r), R"({
            "TemplateId": 1122334, "TemplateName": "Order shipped",
            "TemplateContent": "Your order {1} has shipped.", "SmsType": 2,
            "International": 1, "Remark": "shipping notices"})");
    }
    {
        DeleteSmsTemplateRequest r;
        r.templateId = 1122334;
        row("DeleteSmsTemplate", actionOf(r), "DeleteSmsTemplate", json::toObject(r),
            R"({"TemplateId": 1122334})");
    }
    {
        DescribeSmsTemplateListRequest r;
        r.templateIdSet = {1122334};
        row("DescribeSmsTemplateList by id", actionOf(r), "DescribeSmsTemplateList",
            json::toObject(r), R"({"International": 0, "TemplateIdSet": [1122334]})");
        DescribeSmsTemplateListRequest page;
        page.limit = 100;
        page.offset = 0;
        row("DescribeSmsTemplateList page", actionOf(r), "DescribeSmsTemplateList",
            json::toObject(page), R"({"International": 0, "Limit": 100, "Offset": 0})");
    }
    {
        DescribePhoneNumberInfoRequest r;
        r.phoneNumberSet = {QStringLiteral("+86018501234444"), QStringLiteral("+14155550123")};
        row("DescribePhoneNumberInfo", actionOf(r), "DescribePhoneNumberInfo", json::toObject(r),
            R"({"PhoneNumberSet": ["+86018501234444", "+14155550123"]})");
    }
    {
        ReportConversionRequest r;
        r.smsSdkAppId = QStringLiteral("1400006666");
        r.serialNo = QStringLiteral("2019:1459782579269331713");
        row("ReportConversion without time", actionOf(r), "ReportConversion", json::toObject(r),
            R"({"SmsSdkAppId": "1400006666", "SerialNo": "2019:1459782579269331713"})");
        r.conversionTime = 1714546900;
        row("ReportConversion with time", actionOf(r), "ReportConversion", json::toObject(r),
            R"({"SmsSdkAppId": "1400006666", "SerialNo": "2019:1459782579269331713",
            "ConversionTime": 1714546900})");
    }
    {
        DescribeSendRecordListRequest r;
        r.phoneNumber = QStringLiteral("+8618501234444");
        r.smsSdkAppId = QStringLiteral("1400006666");
        r.beginTime = 1714400000;
        row("DescribeSendRecordList minimal", actionOf(r), "DescribeSendRecordList",
            json::toObject(r),
            R"({"PhoneNumber": "+8618501234444", "SmsSdkAppId": "1400006666",
            "BeginTime": 1714400000})");
        r.endTime = 1714600000;
        r.limit = 50;
        r.offset = 950;
        row("DescribeSendRecordList full", actionOf(r), "DescribeSendRecordList", json::toObject(r),
            R"({"PhoneNumber": "+8618501234444", "SmsSdkAppId": "1400006666",
            "BeginTime": 1714400000, "EndTime": 1714600000, "Limit": 50, "Offset": 950})");
    }
}

void tst_DomainJson::requestJson()
{
    QFETCH(QString, action);
    QFETCH(QString, expectedAction);
    QFETCH(QJsonObject, actual);
    QFETCH(QByteArray, expected);

    QCOMPARE(action, expectedAction);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(expected, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    // QJsonObject equality compares keys and JSON types: "1110" != 1110.
    if (actual != doc.object()) {
        qWarning("actual:   %s", QJsonDocument(actual).toJson(QJsonDocument::Compact).constData());
        qWarning("expected: %s",
                 QJsonDocument(doc.object()).toJson(QJsonDocument::Compact).constData());
    }
    QCOMPARE(actual, doc.object());
}

// The type mistakes users actually made, asserted one by one.
void tst_DomainJson::requestFieldTypes()
{
    SendSmsRequest send;
    send.templateId = QStringLiteral("1110");
    send.smsSdkAppId = QStringLiteral("1400006666");
    const QJsonObject sendJson = json::toObject(send);
    QVERIFY(sendJson.value(QLatin1String("TemplateId")).isString());
    QVERIFY(sendJson.value(QLatin1String("SmsSdkAppId")).isString());
    QVERIFY(sendJson.value(QLatin1String("PhoneNumberSet")).isArray());
    for (const char *absent :
         {"SignName", "TemplateParamSet", "ExtendCode", "SessionContext", "SenderId"})
        QVERIFY2(!sendJson.contains(QLatin1String(absent)), absent);

    DeleteSmsTemplateRequest del;
    del.templateId = 1122334;
    QVERIFY(json::toObject(del).value(QLatin1String("TemplateId")).isDouble());
    QCOMPARE(json::toObject(del).value(QLatin1String("TemplateId")).toInteger(), qint64(1122334));

    ModifySmsTemplateRequest modify;
    modify.templateId = 1122334;
    QVERIFY(json::toObject(modify).value(QLatin1String("TemplateId")).isDouble());

    SendStatusStatisticsRequest stats;
    stats.beginTime = QStringLiteral("2024050100");
    QVERIFY(json::toObject(stats).value(QLatin1String("BeginTime")).isString());
    QVERIFY(json::toObject(stats).value(QLatin1String("Limit")).isDouble());

    PullSmsSendStatusByPhoneNumberRequest pull;
    QVERIFY(json::toObject(pull).value(QLatin1String("BeginTime")).isDouble());
    QVERIFY(!json::toObject(pull).contains(QLatin1String("EndTime")));

    // IDs beyond 2^53 must reach the wire unrounded.
    DeleteSmsSignRequest big;
    big.signId = 9007199254740993LL;
    QCOMPARE(QJsonDocument(json::toObject(big)).toJson(QJsonDocument::Compact),
             QByteArray(R"({"SignId":9007199254740993})"));
}

// The body the official Node SDK sends, byte for byte apart
// from key order, which QJsonDocument sorts. Non-ASCII stays raw UTF-8.
void tst_DomainJson::sendSmsBodyBytes()
{
    SendSmsRequest r;
    r.phoneNumberSet = {QStringLiteral("+8613800000000")};
    r.smsSdkAppId = QStringLiteral("1400000000");
    r.signName = s("测试");
    r.templateId = QStringLiteral("123");
    r.templateParamSet = {QStringLiteral("1234")};
    QCOMPARE(QJsonDocument(json::toObject(r)).toJson(QJsonDocument::Compact),
             QByteArray(R"({"PhoneNumberSet":["+8613800000000"],"SignName":"测试",)"
                        R"("SmsSdkAppId":"1400000000","TemplateId":"123",)"
                        R"("TemplateParamSet":["1234"]})"));
}

void tst_DomainJson::enumCodes()
{
    QCOMPARE(marketFromCode(0), Market::Domestic);
    QCOMPARE(marketFromCode(1), Market::International);
    QCOMPARE(marketFromCode(3), Market::Both);
    QCOMPARE(marketFromCode(2), Market::Unknown);
    QCOMPARE(reviewStatusFromCode(0), ReviewStatus::Approved);
    QCOMPARE(reviewStatusFromCode(1), ReviewStatus::UnderReview);
    QCOMPARE(reviewStatusFromCode(2), ReviewStatus::ApprovedPending);
    QCOMPARE(reviewStatusFromCode(-1), ReviewStatus::Rejected);
    QCOMPARE(reviewStatusFromCode(-2), ReviewStatus::Unknown);
    QCOMPARE(smsTypeFromCode(0), SmsType::LegacyOrdinary);
    QCOMPARE(smsTypeFromCode(1), SmsType::Marketing);
    QCOMPARE(smsTypeFromCode(2), SmsType::Notification);
    QCOMPARE(smsTypeFromCode(3), SmsType::VerificationCode);
    QCOMPARE(smsTypeFromCode(4), SmsType::Unknown);
    QCOMPARE(smsTypeCode(SmsType::VerificationCode), qint64(3));
    QCOMPARE(reportStatusFromString(QStringLiteral("SUCCESS")), ReportStatus::Success);
    QCOMPARE(reportStatusFromString(QStringLiteral("FAIL")), ReportStatus::Fail);
    QCOMPARE(reportStatusFromString(QString()), ReportStatus::Unknown);
    QCOMPARE(sendRecordStatusFromCode(1), SendRecordStatus::SubmitFailed);
    QCOMPARE(sendRecordStatusFromCode(4), SendRecordStatus::DeliveryFailed);
    QCOMPARE(sendRecordStatusFromCode(0), SendRecordStatus::Unknown);
    QCOMPARE(qualificationStatusFromCode(5), QualificationStatus::ChangeRejected);
    QCOMPARE(packageTypeFromCode(2), PackageType::Unknown);
    QCOMPARE(signTypeCode(SignType::Institution), qint64(5));
    QCOMPARE(documentTypeCode(DocumentType::TrademarkRegistration), qint64(7));
}

QTEST_GUILESS_MAIN(tst_DomainJson)
#include "tst_domainjson.moc"
