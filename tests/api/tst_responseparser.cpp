// SPDX-License-Identifier: GPL-3.0-or-later
// ResponseParser: the body of an HTTP 200 answer -> Response object, service
// error, or why the body is not a usable answer. Pure: no network.

#include "api/ResponseParser.h"

#include <QTest>

using namespace sms::api;
using K = ApiError::Kind;

class tst_ResponseParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("requestId");

        const auto row = [](const char *name, const QByteArray &body, K kind, const char *code,
                            const char *requestId) {
            QTest::newRow(name) << body << int(kind) << QString::fromLatin1(code)
                                << QString::fromLatin1(requestId);
        };
        row("success", "{\"Response\":{\"SendStatusSet\":[],\"RequestId\":\"r-1\"}}", K::None, "",
            "r-1");
        row("success without RequestId", "{\"Response\":{}}", K::None, "", "");
        row("service error",
            "{\"Response\":{\"Error\":{\"Code\":\"FailedOperation.SignatureIncorrectOrUnapproved\","
            "\"Message\":\"unapproved\"},\"RequestId\":\"r-2\"}}",
            K::Service, "FailedOperation.SignatureIncorrectOrUnapproved", "r-2");
        row("error without a code",
            "{\"Response\":{\"Error\":{\"Message\":\"?\"},\"RequestId\":\"r-3\"}}", K::Protocol,
            ClientCode::MalformedResponse, "r-3");
        row("empty", "", K::Protocol, ClientCode::MalformedResponse, "");
        row("html", "<html><body>maintenance</body></html>", K::Protocol,
            ClientCode::MalformedResponse, "");
        row("cut short", "{\"Response\":{\"SendStatusSet\":[{\"SerialNo\":\"2019:1", K::Protocol,
            ClientCode::TruncatedResponse, "");
        row("cut short before the last brace", "{\"Response\":{\"RequestId\":\"r-4\"}", K::Protocol,
            ClientCode::TruncatedResponse, "");
        row("broken in the middle", "{\"Response\":{\"A\":1,,\"B\":2}}", K::Protocol,
            ClientCode::MalformedResponse, "");
        row("no Response", "{\"Result\":{}}", K::Protocol, ClientCode::MalformedResponse, "");
        row("Response not an object", "{\"Response\":[1]}", K::Protocol,
            ClientCode::MalformedResponse, "");
        row("an array", "[{\"Response\":{}}]", K::Protocol, ClientCode::MalformedResponse, "");
    }

    void parse()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(QString, code);
        QFETCH(QString, requestId);

        const ResponseParser::Parsed parsed = ResponseParser::parse(body);
        QCOMPARE(int(parsed.error.kind()), kind);
        QCOMPARE(parsed.error.code(), code);
        // The Response object is kept whenever there is one, errors included:
        // it carries the RequestId an operator quotes to support.
        QCOMPARE(parsed.requestId, requestId);
        QCOMPARE(parsed.response.value(QLatin1String("RequestId")).toString(), requestId);
        QCOMPARE(parsed.error.isError(), kind != int(K::None));
        if (parsed.error.isError())
            QVERIFY(!parsed.error.message().isEmpty());
    }

    void serviceErrorKeepsTheServiceMessage()
    {
        const auto parsed = ResponseParser::parse(
            QByteArray("{\"Response\":{\"Error\":{\"Code\":\"AuthFailure.SignatureExpire\","
                       "\"Message\":\"签名过期\"},\"RequestId\":\"r\"}}"));
        QCOMPARE(parsed.error.message(), QString::fromUtf8("签名过期"));
        QCOMPARE(parsed.response.value(QLatin1String("RequestId")).toString(), QStringLiteral("r"));
    }
};

QTEST_GUILESS_MAIN(tst_ResponseParser)
#include "tst_responseparser.moc"
