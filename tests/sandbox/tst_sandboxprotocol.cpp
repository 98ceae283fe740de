// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's common (protocol-level) errors, each produced for real:
// through ApiClient where the client can make the mistake, and through a raw
// QNetworkAccessManager request where only a broken client could (missing
// Authorization, other HTTP methods, wrong Content-Type, broken JSON).

#include "SandboxHarness.h"

#include "api/Tc3Signer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace sms;
using namespace sandboxtest;
using api::ApiCall;
using api::ApiError;

namespace {

// One hand-made request.
struct Raw
{
    enum class Auth { Signed, Missing, Garbled, Custom };

    QByteArray method = "POST";
    QByteArray action = "DescribeSmsSignList";
    QByteArray version = "2021-01-11";
    QByteArray body = "{\"International\":0}";
    QByteArray contentType = "application/json";
    QByteArray query; // GET only
    QByteArray language;
    Auth auth = Auth::Signed;
    QByteArray customAuthorization;
    // How the signature is made: "sms" and the Host with its port (ApiClient),
    // or like the Node SDK: the endpoint's first label and no port.
    QByteArray service = "sms";
    bool signHostWithoutPort = false;
    QByteArrayList signedHeaderNames = {"content-type", "host"};
    bool timestamp = true;
};

struct Answer
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QByteArray contentType;
    QByteArray date;
    QByteArray body;
    QJsonObject response;
    QString code;    // Response.Error.Code, empty on success
    QString message; // Response.Error.Message
};

bool isUuid(const QString &text)
{
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return uuid.match(text).hasMatch();
}

bool containsHan(const QString &text)
{
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    return han.match(text).hasMatch();
}

} // namespace

class tst_SandboxProtocol : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Harness> h;
    std::unique_ptr<QNetworkAccessManager> m_nam;

    Answer send(const Raw &raw)
    {
        QUrl url = h->server().endpoint();
        url.setPath(QStringLiteral("/"));
        if (!raw.query.isEmpty())
            url.setQuery(QString::fromLatin1(raw.query));
        const QByteArray hostWithPort = QStringLiteral("127.0.0.1:%1").arg(url.port()).toLatin1();
        const qint64 timestamp = h->now();

        QNetworkRequest request(url);
        if (!raw.contentType.isEmpty())
            request.setRawHeader("Content-Type", raw.contentType);
        request.setRawHeader("X-TC-Action", raw.action);
        request.setRawHeader("X-TC-Version", raw.version);
        if (raw.timestamp)
            request.setRawHeader("X-TC-Timestamp", QByteArray::number(timestamp));
        request.setRawHeader("X-TC-Region", "ap-guangzhou");
        if (!raw.language.isEmpty())
            request.setRawHeader("X-TC-Language", raw.language);

        api::Tc3Signer::Request toSign;
        toSign.method = raw.method == "GET" ? "GET" : "POST";
        toSign.canonicalQuery = url.query(QUrl::FullyEncoded).toLatin1();
        for (const QByteArray &name : raw.signedHeaderNames) {
            if (name == "host")
                toSign.headers.append({name, raw.signHostWithoutPort ? QByteArray("127.0.0.1")
                                                                     : hostWithPort});
            else if (name == "content-type")
                toSign.headers.append({name, raw.contentType});
            else if (name == "x-tc-action")
                toSign.headers.append({name, raw.action});
        }
        toSign.payload = raw.method == "GET" ? QByteArray() : raw.body;
        toSign.timestamp = timestamp;
        toSign.service = raw.service;
        const auto signature = api::Tc3Signer::sign(secretId().toLatin1(), secretKey().toLatin1(),
                                                    toSign);
        switch (raw.auth) {
        case Raw::Auth::Signed:
            request.setRawHeader("Authorization", signature.authorization);
            break;
        case Raw::Auth::Missing:
            break;
        case Raw::Auth::Garbled:
            request.setRawHeader("Authorization", "Basic dXNlcjpwYXNz");
            break;
        case Raw::Auth::Custom:
            request.setRawHeader("Authorization", raw.customAuthorization);
            break;
        }

        QNetworkReply *reply = nullptr;
        if (raw.method == "POST")
            reply = m_nam->post(request, raw.body);
        else if (raw.method == "GET")
            reply = m_nam->get(request);
        else
            reply = m_nam->sendCustomRequest(request, raw.method, raw.body);
        QSignalSpy spy(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            spy.wait(10000);

        Answer answer;
        answer.error = reply->error();
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.contentType = reply->rawHeader("Content-Type");
        answer.date = reply->rawHeader("Date");
        answer.body = reply->readAll();
        answer.response = QJsonDocument::fromJson(answer.body).object().value(QLatin1String("Response")).toObject();
        const QJsonObject error = answer.response.value(QLatin1String("Error")).toObject();
        answer.code = error.value(QLatin1String("Code")).toString();
        answer.message = error.value(QLatin1String("Message")).toString();
        reply->deleteLater();
        return answer;
    }

    ApiCall *call(const QString &action, const QJsonObject &payload)
    {
        ApiCall *c = h->client().call(action, payload);
        waitFor(c);
        return c;
    }

    void setLanguage(const QString &language)
    {
        api::ClientConfig config = h->client().config();
        config.language = language;
        h->client().setConfig(config);
    }

private Q_SLOTS:
    void init()
    {
        h = std::make_unique<Harness>();
        m_nam = std::make_unique<QNetworkAccessManager>();
    }

    void cleanup()
    {
        m_nam.reset();
        h.reset();
    }

    // ---- The envelope -------------------------------------------------------

    void successEnvelope()
    {
        const Answer a = send(Raw{});
        QCOMPARE(a.error, QNetworkReply::NoError);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.contentType, QByteArray("application/json"));
        // The Date header is the sandbox clock (frozen at 10:00 Beijing).
        QCOMPARE(a.date, QByteArray("Tue, 10 Mar 2026 02:00:00 GMT"));
        QVERIFY(a.code.isEmpty());
        QVERIFY(a.response.value(QLatin1String("DescribeSignListStatusSet")).isArray());
        QVERIFY2(isUuid(a.response.value(QLatin1String("RequestId")).toString()), a.body.constData());
    }

    void errorEnvelope()
    {
        Raw raw;
        raw.action = "NoSuchThing";
        const Answer a = send(raw);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.contentType, QByteArray("application/json"));
        QVERIFY(!a.date.isEmpty());
        QCOMPARE(a.code, QStringLiteral("InvalidAction"));
        QVERIFY(!a.message.isEmpty());
        QVERIFY(isUuid(a.response.value(QLatin1String("RequestId")).toString()));
        // Nothing but Error and RequestId.
        QCOMPARE(a.response.keys(), (QStringList{QStringLiteral("Error"), QStringLiteral("RequestId")}));
    }

    void everyRequestGetsItsOwnRequestId()
    {
        const Answer a = send(Raw{});
        const Answer b = send(Raw{});
        QVERIFY(a.response.value(QLatin1String("RequestId")).toString()
                != b.response.value(QLatin1String("RequestId")).toString());
    }

    void keepAliveServesManyRequestsOnOneConnection()
    {
        const int before = h->server().acceptedConnections();
        // Plain Qt requests: the API client bounds its read buffer, and
        // with that Qt itself sometimes drops a kept-alive cleartext
        // connection after a small answer; the sandbox is not in question.
        for (int i = 0; i < 40; ++i) {
            const Answer a = send(Raw {});
            QCOMPARE(a.status, 200);
            QVERIFY2(a.code.isEmpty(), qPrintable(a.code));
        }
        QCOMPARE(h->server().requestCount(QStringLiteral("DescribeSmsSignList")), 40);
        QCOMPARE(h->server().acceptedConnections() - before, 1);
    }

    void getRequestsWork()
    {
        Raw raw;
        raw.method = "GET";
        raw.body.clear();
        raw.query = "International=0&Limit=5";
        raw.contentType = "application/x-www-form-urlencoded";
        const Answer a = send(raw);
        QCOMPARE(a.status, 200);
        QVERIFY2(a.code.isEmpty(), qPrintable(a.code + QLatin1Char(' ') + a.message));
        QVERIFY(a.response.value(QLatin1String("DescribeSignListStatusSet")).isArray());
    }

    void nodeSdkStyleSignatureIsAccepted()
    {
        // The Node SDK signs the host without its port and puts the
        // endpoint's first label ("127") into the scope as the service.
        Raw raw;
        raw.service = "127";
        raw.signHostWithoutPort = true;
        QCOMPARE(send(raw).code, QString());
        // More signed headers than the two required ones are fine too.
        raw.signedHeaderNames = {"content-type", "host", "x-tc-action"};
        QCOMPARE(send(raw).code, QString());
        // Any other service in the scope is not.
        raw.service = "cvm";
        QCOMPARE(send(raw).code, QStringLiteral("AuthFailure.SignatureFailure"));
    }

    // ---- Authentication -----------------------------------------------------

    void invalidAuthorization_data()
    {
        QTest::addColumn<int>("auth");
        QTest::addColumn<QByteArray>("custom");
        QTest::addColumn<QByteArrayList>("signedHeaders");
        const QByteArrayList normal = {"content-type", "host"};
        QTest::newRow("missing") << int(Raw::Auth::Missing) << QByteArray() << normal;
        QTest::newRow("basic auth") << int(Raw::Auth::Garbled) << QByteArray() << normal;
        QTest::newRow("no signature")
            << int(Raw::Auth::Custom)
            << QByteArray("TC3-HMAC-SHA256 Credential=" + secretId().toLatin1()
                          + "/2026-03-10/sms/tc3_request, SignedHeaders=content-type;host")
            << normal;
        QTest::newRow("bad scope")
            << int(Raw::Auth::Custom)
            << QByteArray("TC3-HMAC-SHA256 Credential=" + secretId().toLatin1()
                          + "/2026-03-10/sms, SignedHeaders=content-type;host, Signature="
                          + QByteArray(64, 'a'))
            << normal;
        QTest::newRow("short signature")
            << int(Raw::Auth::Custom)
            << QByteArray("TC3-HMAC-SHA256 Credential=" + secretId().toLatin1()
                          + "/2026-03-10/sms/tc3_request, SignedHeaders=content-type;host, "
                            "Signature=abc")
            << normal;
        QTest::newRow("host not signed") << int(Raw::Auth::Signed) << QByteArray()
                                         << QByteArrayList{"content-type"};
    }

    void invalidAuthorization()
    {
        QFETCH(int, auth);
        QFETCH(QByteArray, custom);
        QFETCH(QByteArrayList, signedHeaders);
        Raw raw;
        raw.auth = Raw::Auth(auth);
        raw.customAuthorization = custom;
        raw.signedHeaderNames = signedHeaders;
        const Answer a = send(raw);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.code, QStringLiteral("AuthFailure.InvalidAuthorization"));
    }

    void scopeDateMustBeTheUtcDate()
    {
        // 10:00 Beijing is 02:00 UTC on the same day; a client that puts its
        // local date into the scope between 00:00 and 08:00 is refused, and
        // so is any other date.
        Raw raw;
        raw.auth = Raw::Auth::Custom;
        api::Tc3Signer::Request toSign;
        toSign.headers = {{"content-type", "application/json"},
                          {"host", QStringLiteral("127.0.0.1:%1").arg(h->server().endpoint().port()).toLatin1()}};
        toSign.payload = raw.body;
        toSign.timestamp = h->now();
        const QByteArray good =
            api::Tc3Signer::sign(secretId().toLatin1(), secretKey().toLatin1(), toSign).authorization;
        QVERIFY(good.contains("/2026-03-10/sms/"));
        raw.customAuthorization = good;
        QCOMPARE(send(raw).code, QString());
        raw.customAuthorization = QByteArray(good).replace("/2026-03-10/", "/2026-03-11/");
        QCOMPARE(send(raw).code, QStringLiteral("AuthFailure.SignatureFailure"));
        // Just after midnight Beijing time it is still yesterday in UTC.
        h->freezeAt(beijing(0, 30, 11));
        toSign.timestamp = h->now();
        const QByteArray utc =
            api::Tc3Signer::sign(secretId().toLatin1(), secretKey().toLatin1(), toSign).authorization;
        QVERIFY(utc.contains("/2026-03-10/sms/"));
        raw.customAuthorization = utc;
        QCOMPARE(send(raw).code, QString());
        raw.customAuthorization = QByteArray(utc).replace("/2026-03-10/", "/2026-03-11/");
        QCOMPARE(send(raw).code, QStringLiteral("AuthFailure.SignatureFailure"));
    }

    void missingTimestamp()
    {
        Raw raw;
        raw.timestamp = false;
        QCOMPARE(send(raw).code, QStringLiteral("MissingParameter"));
    }

    void unknownSecretId()
    {
        h->client().setCredential({QStringLiteral("AKIDnobodyhasthiskey0000000000000000"), secretKey(), {}});
        ApiCall *c = call(QStringLiteral("DescribeSmsSignList"), {{QStringLiteral("International"), 0}});
        QCOMPARE(c->error().kind(), ApiError::Kind::Service);
        QCOMPARE(c->error().code(), QStringLiteral("AuthFailure.SecretIdNotFound"));
        // A SecretId with a stray space is a different SecretId.
        h->client().setCredential({secretId() + QLatin1Char(' '), secretKey(), {}});
        c = call(QStringLiteral("DescribeSmsSignList"), {{QStringLiteral("International"), 0}});
        QCOMPARE(c->error().code(), QStringLiteral("AuthFailure.SecretIdNotFound"));
    }

    void wrongKey()
    {
        h->client().setCredential({secretId(), QStringLiteral("not-the-key"), {}});
        ApiCall *c = call(QStringLiteral("DescribeSmsSignList"), {{QStringLiteral("International"), 0}});
        QCOMPARE(c->error().kind(), ApiError::Kind::Service);
        QCOMPARE(c->error().code(), QStringLiteral("AuthFailure.SignatureFailure"));
        // And nothing happened: a send with a bad signature sends nothing.
        h->addStandardFixtures();
        auto *send = h->api().sendSms(h->domestic({cn(1234)}, h->domesticCode, {QStringLiteral("1234")}));
        SB_WAIT(send);
        QCOMPARE(send->error().code(), QStringLiteral("AuthFailure.SignatureFailure"));
        QVERIFY(h->state().sends.empty());
    }

    void tamperedBodyFailsTheSignature()
    {
        // Sign one body, send another.
        Raw raw;
        raw.auth = Raw::Auth::Custom;
        api::Tc3Signer::Request toSign;
        toSign.headers = {{"content-type", "application/json"},
                          {"host", QStringLiteral("127.0.0.1:%1").arg(h->server().endpoint().port()).toLatin1()}};
        toSign.payload = "{\"International\":1}";
        toSign.timestamp = h->now();
        raw.customAuthorization =
            api::Tc3Signer::sign(secretId().toLatin1(), secretKey().toLatin1(), toSign).authorization;
        QCOMPARE(send(raw).code, QStringLiteral("AuthFailure.SignatureFailure"));
    }

    void signatureExpire_data()
    {
        QTest::addColumn<qint64>("skew");
        QTest::addColumn<bool>("expired");
        QTest::newRow("ahead 301 s") << qint64(301) << true;
        QTest::newRow("behind 301 s") << qint64(-301) << true;
        QTest::newRow("ahead 10 min") << qint64(600) << true;
        QTest::newRow("behind 1 day") << qint64(-86400) << true;
        QTest::newRow("ahead 300 s") << qint64(300) << false;
        QTest::newRow("behind 300 s") << qint64(-300) << false;
    }

    void signatureExpire()
    {
        QFETCH(qint64, skew);
        QFETCH(bool, expired);
        setLanguage(QStringLiteral("en-US"));
        h->client().clock().setOffsetSeconds(skew);
        ApiCall *c = call(QStringLiteral("DescribeSmsSignList"), {{QStringLiteral("International"), 0}});
        if (!expired) {
            QVERIFY2(c->succeeded(), qPrintable(c->error().summary()));
            return;
        }
        QCOMPARE(c->error().kind(), ApiError::Kind::Service);
        QCOMPARE(c->error().code(), QStringLiteral("AuthFailure.SignatureExpire"));
        // Like the real service, the message names the server time.
        QVERIFY2(c->error().message().contains(QString::number(h->now())),
                 qPrintable(c->error().message()));
        // The client measured how far off its clock is...
        QVERIFY(c->error().clockOffsetSeconds().has_value());
        const qint64 measured = *c->error().clockOffsetSeconds();
        QVERIFY2(qAbs(measured + skew) <= 1, qPrintable(QString::number(measured)));
        // ...and correcting its clock by that makes the next call succeed.
        h->client().clock().setOffsetSeconds(h->client().clock().offsetSeconds() + measured);
        c = call(QStringLiteral("DescribeSmsSignList"), {{QStringLiteral("International"), 0}});
        QVERIFY2(c->succeeded(), qPrintable(c->error().summary()));
    }

    void signatureWindowIsConfigurable()
    {
        h->settings().signatureWindowSeconds = 60;
        h->client().clock().setOffsetSeconds(61);
        ApiCall *c = call(QStringLiteral("DescribeSmsSignList"), {{QStringLiteral("International"), 0}});
        QCOMPARE(c->error().code(), QStringLiteral("AuthFailure.SignatureExpire"));
    }

    void sandboxClockSkewIsSeenByTheClient()
    {
        // A sandbox running ten minutes ahead of a client with a true clock.
        h->client().clock().setSource({});
        h->server().clock().setOffsetSeconds(600);
        ApiCall *c = call(QStringLiteral("DescribeSmsSignList"), {{QStringLiteral("International"), 0}});
        QCOMPARE(c->error().code(), QStringLiteral("AuthFailure.SignatureExpire"));
        QVERIFY(c->error().clockOffsetSeconds().has_value());
        QVERIFY(qAbs(*c->error().clockOffsetSeconds() - 600) <= 2);
        h->client().clock().setOffsetSeconds(*c->error().clockOffsetSeconds());
        c = call(QStringLiteral("DescribeSmsSignList"), {{QStringLiteral("International"), 0}});
        QVERIFY2(c->succeeded(), qPrintable(c->error().summary()));
    }

    // ---- Routing -------------------------------------------------------------

    void invalidAction()
    {
        setLanguage(QStringLiteral("en-US"));
        ApiCall *c = call(QStringLiteral("SendSmsNow"), {});
        QCOMPARE(c->error().kind(), ApiError::Kind::Service);
        QCOMPARE(c->error().code(), QStringLiteral("InvalidAction"));
        QCOMPARE(c->error().message(), QStringLiteral("The SMS API has no action named SendSmsNow."));
    }

    void noSuchVersion()
    {
        api::ClientConfig config = h->client().config();
        config.apiVersion = QStringLiteral("2019-07-11");
        h->client().setConfig(config);
        ApiCall *c = call(QStringLiteral("DescribeSmsSignList"), {{QStringLiteral("International"), 0}});
        QCOMPARE(c->error().code(), QStringLiteral("NoSuchVersion"));
    }

    void missingActionOrVersionHeader()
    {
        Raw raw;
        raw.action.clear();
        QCOMPARE(send(raw).code, QStringLiteral("MissingParameter"));
        raw = Raw{};
        raw.version.clear();
        QCOMPARE(send(raw).code, QStringLiteral("MissingParameter"));
    }

    void unsupportedRegion()
    {
        api::ClientConfig config = h->client().config();
        config.region = QStringLiteral("ap-moon");
        h->client().setConfig(config);
        ApiCall *c = call(QStringLiteral("DescribeSmsSignList"), {{QStringLiteral("International"), 0}});
        QCOMPARE(c->error().code(), QStringLiteral("UnsupportedRegion"));
        // Each listed region works, and so does none at all.
        for (const QString &region : {QStringLiteral("ap-beijing"), QStringLiteral("ap-singapore"), QString()}) {
            config.region = region;
            h->client().setConfig(config);
            c = call(QStringLiteral("DescribeSmsSignList"), {{QStringLiteral("International"), 0}});
            QVERIFY2(c->succeeded(), qPrintable(region + QLatin1Char(' ') + c->error().summary()));
        }
        // The list is the sandbox's to change.
        h->settings().regions = {QStringLiteral("ap-moon")};
        config.region = QStringLiteral("ap-moon");
        h->client().setConfig(config);
        c = call(QStringLiteral("DescribeSmsSignList"), {{QStringLiteral("International"), 0}});
        QVERIFY2(c->succeeded(), qPrintable(c->error().summary()));
    }

    void unsupportedProtocol_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::newRow("PUT") << QByteArray("PUT");
        QTest::newRow("DELETE") << QByteArray("DELETE");
        QTest::newRow("PATCH") << QByteArray("PATCH");
        QTest::newRow("OPTIONS") << QByteArray("OPTIONS");
    }

    void unsupportedProtocol()
    {
        QFETCH(QByteArray, method);
        Raw raw;
        raw.method = method;
        const Answer a = send(raw);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.contentType, QByteArray("application/json"));
        QCOMPARE(a.code, QStringLiteral("UnsupportedProtocol"));
    }

    // ---- The body ------------------------------------------------------------

    void schemaErrors_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QJsonObject>("payload");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");

        const QJsonObject send{{QStringLiteral("PhoneNumberSet"), QJsonArray{cn(1234)}},
                               {QStringLiteral("SmsSdkAppId"), appId()},
                               {QStringLiteral("TemplateId"), QStringLiteral("200001")}};
        QJsonObject o = send;
        o.insert(QStringLiteral("Foo"), 1);
        QTest::newRow("unknown field") << "SendSms" << o << "UnknownParameter" << "Foo";
        o = send;
        o.insert(QStringLiteral("signName"), QStringLiteral("沙盒科技")); // case matters
        QTest::newRow("field in wrong case") << "SendSms" << o << "UnknownParameter" << "signName";
        o = send;
        o.remove(QStringLiteral("SmsSdkAppId"));
        QTest::newRow("missing SmsSdkAppId") << "SendSms" << o << "MissingParameter" << "SmsSdkAppId";
        o = send;
        o.insert(QStringLiteral("TemplateId"), QJsonValue());
        QTest::newRow("null TemplateId") << "SendSms" << o << "MissingParameter" << "TemplateId";
        o = send;
        o.insert(QStringLiteral("TemplateId"), 200001);
        QTest::newRow("TemplateId as a number") << "SendSms" << o << "InvalidParameter" << "TemplateId";
        o = send;
        o.insert(QStringLiteral("PhoneNumberSet"), cn(1234));
        QTest::newRow("PhoneNumberSet as a string") << "SendSms" << o << "InvalidParameter" << "PhoneNumberSet";
        o = send;
        o.insert(QStringLiteral("TemplateParamSet"), QJsonArray{1234});
        QTest::newRow("numeric parameter") << "SendSms" << o << "InvalidParameter" << "TemplateParamSet";
        QTest::newRow("fractional Limit")
            << "PullSmsSendStatus"
            << QJsonObject{{QStringLiteral("Limit"), 1.5}, {QStringLiteral("SmsSdkAppId"), appId()}}
            << "InvalidParameter" << "Limit";
        QTest::newRow("SignId as a string")
            << "DeleteSmsSign" << QJsonObject{{QStringLiteral("SignId"), QStringLiteral("100001")}}
            << "InvalidParameter" << "SignId";
        QTest::newRow("missing International")
            << "DescribeSmsTemplateList" << QJsonObject{} << "MissingParameter" << "International";
        const QJsonObject item{{QStringLiteral("PhoneNumber"), QStringLiteral("+447911123456")},
                               {QStringLiteral("TemplateId"), QStringLiteral("200001")}};
        QJsonObject extra = item;
        extra.insert(QStringLiteral("SignName"), QStringLiteral("x"));
        QTest::newRow("unknown field in an item")
            << "SendMultiGlobalSms"
            << QJsonObject{{QStringLiteral("SmsSdkAppId"), appId()},
                           {QStringLiteral("MultiSmsInfoSet"), QJsonArray{item, extra}}}
            << "UnknownParameter" << "MultiSmsInfoSet.1.SignName";
        QJsonObject partial = item;
        partial.remove(QStringLiteral("TemplateId"));
        QTest::newRow("missing field in an item")
            << "SendMultiGlobalSms"
            << QJsonObject{{QStringLiteral("SmsSdkAppId"), appId()},
                           {QStringLiteral("MultiSmsInfoSet"), QJsonArray{partial}}}
            << "MissingParameter" << "MultiSmsInfoSet.0.TemplateId";
    }

    void schemaErrors()
    {
        QFETCH(QString, action);
        QFETCH(QJsonObject, payload);
        QFETCH(QString, code);
        QFETCH(QString, field);
        setLanguage(QStringLiteral("en-US"));
        ApiCall *c = call(action, payload);
        QCOMPARE(c->error().kind(), ApiError::Kind::Service);
        QCOMPARE(c->error().code(), code);
        QVERIFY2(c->error().message().contains(QLatin1Char('`') + field + QLatin1Char('`')),
                 qPrintable(c->error().message()));
        QVERIFY(h->state().sends.empty());
    }

    // An integer the field cannot hold is refused, never read as 0 (which
    // is a valid code or an empty page): in the body and in a GET query,
    // for codes, paging, identifiers and times alike.
    void outOfRangeIntegers_data()
    {
        QTest::addColumn<QByteArray>("action");
        QTest::addColumn<QByteArray>("body"); // raw JSON, or a query string for GET
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("field");
        const QByteArray app = "\"SmsSdkAppId\":\"1400000001\"";
        const auto row = [](const char *name, const char *action, const QByteArray &body,
                            const char *field, const char *method = "POST") {
            QTest::newRow(name) << QByteArray(action) << body << QByteArray(method)
                                << QString::fromLatin1(field);
        };
        row("International 2^32", "DescribeSmsSignList", "{\"International\":4294967296}",
            "International");
        row("Limit 2^63", "DescribeSmsSignList",
            "{\"International\":0,\"Limit\":9223372036854775808}", "Limit");
        row("Limit 2^32+1", "DescribeSmsTemplateList", "{\"International\":0,\"Limit\":4294967297}",
            "Limit");
        row("Limit 0", "DescribeSmsSignList", "{\"International\":0,\"Limit\":0}", "");
        row("Limit 1000", "DescribeSmsTemplateList", "{\"International\":0,\"Limit\":1000}", "");
        row("Offset -2^32", "DescribeSmsTemplateList",
            "{\"International\":0,\"Offset\":-4294967296}", "Offset");
        row("id 1e300 in a set", "DescribeSmsSignList",
            "{\"International\":0,\"SignIdSet\":[100001,1e300]}", "SignIdSet");
        row("SignId 2^64", "DeleteSmsSign", "{\"SignId\":18446744073709551616}", "SignId");
        row("SmsType 2^32+2", "AddSmsTemplate",
            "{\"TemplateName\":\"t\",\"TemplateContent\":\"您的验证码为{1}。\","
            "\"SmsType\":4294967298,\"International\":0,\"Remark\":\"r\"}",
            "SmsType");
        row("SignType 2^32", "AddSmsSign",
            "{\"SignName\":\"沙盒商城\",\"SignType\":4294967296,\"DocumentType\":0,"
            "\"International\":0,\"SignPurpose\":0,\"ProofImage\":\"aGk=\"}",
            "SignType");
        row("pull Limit 2^32+1", "PullSmsSendStatus", "{\"Limit\":4294967297," + app + "}",
            "Limit");
        row("statistics Limit 2^32", "SendStatusStatistics",
            "{\"BeginTime\":\"2026031000\",\"EndTime\":\"2026031023\",\"Limit\":4294967296,"
            "\"Offset\":0,"
                + app + "}",
            "Limit");
        row("BeginTime 2^64", "DescribeSendRecordList",
            "{\"PhoneNumber\":\"+8613800001234\",\"BeginTime\":18446744073709551616," + app + "}",
            "BeginTime");
        row("GET International 2^32", "DescribeSmsSignList", "International=4294967296",
            "International", "GET");
        row("GET Limit 2^63", "DescribeSmsSignList", "International=0&Limit=9223372036854775808",
            "Limit", "GET");
        row("GET id 2^64 in a set", "DescribeSmsSignList",
            "International=0&SignIdSet.0=18446744073709551616", "SignIdSet", "GET");
    }

    void outOfRangeIntegers()
    {
        QFETCH(QByteArray, action);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, method);
        QFETCH(QString, field);
        h->addStandardFixtures();
        const int signs = h->state().signs.size();
        const int templates = h->state().templates.size();
        Raw raw;
        raw.action = action;
        raw.method = method;
        raw.language = "en-US";
        if (method == "GET") {
            raw.query = body;
            raw.body.clear();
            raw.contentType = "application/x-www-form-urlencoded";
        } else {
            raw.body = body;
        }
        const Answer a = send(raw);
        QCOMPARE(a.status, 200);
        QVERIFY2(a.code == QLatin1String("InvalidParameterValue"), a.body.constData());
        if (!field.isEmpty())
            QVERIFY2(a.message.contains(QLatin1Char('`') + field + QLatin1Char('`')),
                     qPrintable(a.message));
        QCOMPARE(h->state().signs.size(), signs);
        QCOMPARE(h->state().templates.size(), templates);
    }

    void templateIdAsNumberHasTheServiceWording()
    {
        // The exact English text users report (easy-sms#312).
        setLanguage(QStringLiteral("en-US"));
        ApiCall *c = call(QStringLiteral("SendSms"),
                          {{QStringLiteral("PhoneNumberSet"), QJsonArray{cn(1234)}},
                           {QStringLiteral("SmsSdkAppId"), appId()},
                           {QStringLiteral("TemplateId"), 200001}});
        QCOMPARE(c->error().message(),
                 QStringLiteral("The value type of parameter `TemplateId` is not valid."));
    }

    void malformedJson_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("cut short") << QByteArray("{\"International\":");
        QTest::newRow("trailing comma") << QByteArray("{\"International\":0,}");
        QTest::newRow("not JSON") << QByteArray("International=0");
        QTest::newRow("an array") << QByteArray("[0]");
        QTest::newRow("empty") << QByteArray();
    }

    void malformedJson()
    {
        QFETCH(QByteArray, body);
        Raw raw;
        raw.body = body;
        const Answer a = send(raw);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.code, QStringLiteral("FailedOperation.JsonParseFail"));
    }

    void wrongContentType_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::newRow("form") << QByteArray("application/x-www-form-urlencoded");
        QTest::newRow("text") << QByteArray("text/plain");
        QTest::newRow("multipart") << QByteArray("multipart/form-data; boundary=x");
    }

    void wrongContentType()
    {
        QFETCH(QByteArray, contentType);
        Raw raw;
        raw.contentType = contentType; // signed as sent, so only the type is wrong
        const Answer a = send(raw);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.code, QStringLiteral("InvalidParameter"));
        // With a charset it is still JSON.
        raw.contentType = "application/json; charset=utf-8";
        QCOMPARE(send(raw).code, QString());
    }

    void requestSizeLimit()
    {
        h->addStandardFixtures();
        // The default limit: a body of more than 1 MiB.
        domain::SendSmsRequest request =
            h->domestic({cn(1234)}, h->domesticCode, {QStringLiteral("1234")});
        request.sessionContext = QString(1100 * 1024, QLatin1Char('x'));
        auto *big = h->api().sendSms(request);
        SB_WAIT(big);
        QCOMPARE(big->error().kind(), ApiError::Kind::Service);
        QCOMPARE(big->error().code(), QStringLiteral("RequestSizeLimitExceeded"));
        QVERIFY(h->state().sends.empty());

        // A lowered limit applies at once, to the byte.
        h->settings().maxBodyBytes = 300;
        request.sessionContext = QString();
        const qsizetype base
            = api::ApiCall(QStringLiteral("SendSms"), domain::json::toObject(request))
                  .body()
                  .size();
        request.sessionContext = QString(300 - base, QLatin1Char('y'));
        QCOMPARE(
            api::ApiCall(QStringLiteral("SendSms"), domain::json::toObject(request)).body().size(),
            300);
        auto *atLimit = h->api().sendSms(request);
        SB_WAIT(atLimit);
        QVERIFY2(atLimit->succeeded(), qPrintable(atLimit->error().summary()));
        request.sessionContext = *request.sessionContext + QLatin1Char('y');
        auto *over = h->api().sendSms(request);
        SB_WAIT(over);
        QCOMPARE(over->error().code(), QStringLiteral("RequestSizeLimitExceeded"));
    }

    // ---- Rate limits ---------------------------------------------------------

    void requestLimitExceeded_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QJsonObject>("payload");
        QTest::addColumn<double>("qps"); // 0: the documented default
        QTest::addColumn<int>("requests");
        QTest::addColumn<int>("allowed");
        QTest::newRow("AddSmsSign documented 1/s")
            << "AddSmsSign" << QJsonObject{} << 0.0 << 3 << 1;
        QTest::newRow("DeleteSmsTemplate documented 1/s")
            << "DeleteSmsTemplate" << QJsonObject{{QStringLiteral("TemplateId"), 1}} << 0.0 << 3 << 1;
        QTest::newRow("DescribeSmsSignList lowered to 3/s")
            << "DescribeSmsSignList" << QJsonObject{{QStringLiteral("International"), 0}} << 3.0
            << 8 << 3;
        QTest::newRow("SendSms lowered to 2/s")
            << "SendSms"
            << QJsonObject{{QStringLiteral("PhoneNumberSet"), QJsonArray{cn(1234)}},
                           {QStringLiteral("SmsSdkAppId"), appId()},
                           {QStringLiteral("TemplateId"), QStringLiteral("1")}}
            << 2.0 << 5 << 2;
    }

    void requestLimitExceeded()
    {
        QFETCH(QString, action);
        QFETCH(QJsonObject, payload);
        QFETCH(double, qps);
        QFETCH(int, requests);
        QFETCH(int, allowed);
        if (qps > 0)
            h->settings().qps.insert(action, qps);
        else
            h->settings().qps.remove(action); // back to the documented default
        // The client's own limiter would space the calls out; turn it off,
        // and its retries of safe reads too.
        h->client().rateLimiter().setQps(action, 0);
        api::ClientConfig config = h->client().config();
        config.maxAttempts = 1;
        h->client().setConfig(config);

        QList<ApiCall *> calls;
        for (int i = 0; i < requests; ++i)
            calls.append(h->client().call(action, payload));
        int limited = 0;
        for (ApiCall *c : std::as_const(calls)) {
            SB_WAIT(c);
            if (c->error().code() == QLatin1String("RequestLimitExceeded")) {
                QCOMPARE(c->error().kind(), ApiError::Kind::Service);
                ++limited;
            }
        }
        QCOMPARE(limited, requests - allowed);
        QCOMPARE(h->server().requestCount(action), requests);
    }

    // ---- Language ------------------------------------------------------------

    void messageLanguage_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QJsonObject>("payload");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("english");
        QTest::newRow("InvalidAction") << "Nope" << QJsonObject{} << "InvalidAction"
                                       << "The SMS API has no action named Nope.";
        QTest::newRow("MissingParameter")
            << "DescribeSmsSignList" << QJsonObject{} << "MissingParameter"
            << "The parameter `International` is missing.";
        QTest::newRow("service rule")
            << "PullSmsSendStatus"
            << QJsonObject{{QStringLiteral("Limit"), 10}, {QStringLiteral("SmsSdkAppId"), QStringLiteral("1400999999")}}
            << "InvalidParameterValue.SdkAppIdNotExist" << "No SMS application has this SmsSdkAppId.";
    }

    void messageLanguage()
    {
        QFETCH(QString, action);
        QFETCH(QJsonObject, payload);
        QFETCH(QString, code);
        QFETCH(QString, english);

        setLanguage(QStringLiteral("en-US"));
        ApiCall *en = call(action, payload);
        QCOMPARE(en->error().code(), code);
        QCOMPARE(en->error().message(), english);

        setLanguage(QStringLiteral("zh-CN"));
        ApiCall *zh = call(action, payload);
        QCOMPARE(zh->error().code(), code);
        QVERIFY(!zh->error().message().isEmpty());
        // The Chinese catalogue may not be finished: where a translation
        // exists, it must be Chinese; until then the English text stands in.
        if (zh->error().message() != english)
            QVERIFY2(containsHan(zh->error().message()), qPrintable(zh->error().message()));
        else
            qInfo("no Chinese translation yet for: %s", qPrintable(english));
    }

    void languageHeaderIsPerRequest()
    {
        // Two requests, two languages, one server: nothing sticks.
        Raw raw;
        raw.action = "Nope";
        raw.language = "en-US";
        QCOMPARE(send(raw).message, QStringLiteral("The SMS API has no action named Nope."));
        raw.language = "zh-CN";
        const QString zh = send(raw).message;
        raw.language = "en-US";
        QCOMPARE(send(raw).message, QStringLiteral("The SMS API has no action named Nope."));
        QVERIFY(!zh.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_SandboxProtocol)
#include "tst_sandboxprotocol.moc"
