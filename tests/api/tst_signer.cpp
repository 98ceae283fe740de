// SPDX-License-Identifier: GPL-3.0-or-later
#include "IndependentTc3.h"
#include "api/Tc3Signer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <ctime>

using sms::api::Tc3Signer;

class tst_Signer : public QObject
{
    Q_OBJECT

private:
    // The official worked example (CVM DescribeInstances), byte for byte:
    // ASCII body with the \u escapes kept literally.
    static QByteArray vectorPayload()
    {
        return QByteArrayLiteral(
            R"({"Limit": 1, "Filters": [{"Values": ["\u672a\u547d\u540d"], "Name": "instance-name"}]})");
    }
    static constexpr qint64 vectorTimestamp = 1551113065;

    static Tc3Signer::Request vectorRequest(bool withAction)
    {
        Tc3Signer::Request r;
        r.headers = {{"Content-Type", "application/json; charset=utf-8"},
                     {"Host", "cvm.tencentcloudapi.com"}};
        if (withAction)
            r.headers.append(Tc3Signer::Header("X-TC-Action", "DescribeInstances"));
        r.payload = vectorPayload();
        r.timestamp = vectorTimestamp;
        r.service = "cvm";
        return r;
    }

private Q_SLOTS:
    void payloadHash()
    {
        QCOMPARE(Tc3Signer::hashHex(vectorPayload()),
                 QByteArray("35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064"));
    }

    void vectorA()
    {
        const auto s = Tc3Signer::sign("AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE",
                                       "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE", vectorRequest(false));
        QCOMPARE(s.canonicalRequest,
                 QByteArray("POST\n/\n\ncontent-type:application/json; charset=utf-8\n"
                            "host:cvm.tencentcloudapi.com\n\ncontent-type;host\n"
                            "35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064"));
        QCOMPARE(s.hashedCanonicalRequest,
                 QByteArray("5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031"));
        QCOMPARE(s.credentialScope, QByteArray("2019-02-25/cvm/tc3_request"));
        QCOMPARE(s.stringToSign,
                 QByteArray("TC3-HMAC-SHA256\n1551113065\n2019-02-25/cvm/tc3_request\n"
                            "5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031"));
        QCOMPARE(s.signature,
                 QByteArray("72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168"));
        QCOMPARE(s.authorization,
                 QByteArray("TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/"
                            "2019-02-25/cvm/tc3_request, SignedHeaders=content-type;host, "
                            "Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168"));
    }

    void vectorAIntermediateKeys()
    {
        const QByteArray date = Tc3Signer::secretDate("Gu5t9xGARNpq86cd98joQYCN3EXAMPLE", "2019-02-25");
        QCOMPARE(date.toHex(),
                 QByteArray("d1308c81fe71cfd4e06437bbc067b2b8a3d2d8c0e375d547f15c41d5214b395a"));
        const QByteArray service = Tc3Signer::secretService(date, "cvm");
        QCOMPARE(service.toHex(),
                 QByteArray("3c7cb7c7795393edc14fd2e0e6434a518564b4504b88e94f5d11bf59ba3e7050"));
        QCOMPARE(Tc3Signer::secretSigning(service).toHex(),
                 QByteArray("ac658d5dde49e9bfdd14e04e062f66b05d9f637d44b8a8d845327d4a77f666b1"));
    }

    void vectorB()
    {
        // The current documentation masks the key but publishes the derived
        // keys: reproduce the chain and the signature from them.
        QByteArray signedHeaders;
        const QByteArray canonical = Tc3Signer::canonicalRequest(vectorRequest(true), &signedHeaders);
        QCOMPARE(signedHeaders, QByteArray("content-type;host;x-tc-action"));
        QVERIFY(canonical.contains("\nx-tc-action:describeinstances\n"));
        const QByteArray hashed = Tc3Signer::hashHex(canonical);
        QCOMPARE(hashed, QByteArray("7019a55be8395899b900fb5564e4200d984910f34794a27cb3fb7d10ff6a1e84"));

        const QByteArray secretDate = QByteArray::fromHex(
            "da98fb70dcf6b112dc21038d1eeeb3a95c74b4dcb12c1131f864f6066bd02be0");
        const QByteArray secretService = Tc3Signer::secretService(secretDate, "cvm");
        QCOMPARE(secretService.toHex(),
                 QByteArray("8d70cbefb03939f929db64d32dc2ba89b1095620119fe3e050e2b18c5bd2752f"));
        const QByteArray secretSigning = Tc3Signer::secretSigning(secretService);
        QCOMPARE(secretSigning.toHex(),
                 QByteArray("b596b923aad85185e2d1f6659d2a062e0a86731226e021e61bfe06f7ed05f5af"));
        const QByteArray toSign =
            Tc3Signer::stringToSign(vectorTimestamp, "2019-02-25/cvm/tc3_request", hashed);
        QCOMPARE(Tc3Signer::signatureHex(secretSigning, toSign),
                 QByteArray("10b1a37a7301a02ca19a647ad722d5e43b4b3cff309d421d85b46093f6ab6c4f"));
    }

    void credentialDateIsUtc_data()
    {
        QTest::addColumn<qint64>("timestamp");
        QTest::addColumn<QByteArray>("date");
        // 2019-02-25 23:30 UTC is already the 26th in Beijing (UTC+8).
        QTest::newRow("late UTC evening") << qint64(1551137400) << QByteArray("2019-02-25");
        QTest::newRow("vector") << vectorTimestamp << QByteArray("2019-02-25");
        QTest::newRow("midnight UTC") << qint64(1551139200) << QByteArray("2019-02-26");
        QTest::newRow("one second before") << qint64(1551139199) << QByteArray("2019-02-25");
    }

    void credentialDateIsUtc()
    {
        QFETCH(qint64, timestamp);
        QFETCH(QByteArray, date);
        // Run as if this computer were in Beijing: the scope must not follow.
        const QByteArray oldTz = qgetenv("TZ");
        qputenv("TZ", "Asia/Shanghai");
        tzset();
        const QByteArray got = Tc3Signer::credentialDate(timestamp);
        if (oldTz.isNull())
            qunsetenv("TZ");
        else
            qputenv("TZ", oldTz);
        tzset();
        QCOMPARE(got, date);
    }

    void headerNormalization()
    {
        Tc3Signer::Request a;
        a.headers = {{"Host", "  SMS.tencentcloudapi.com "}, {"Content-Type", "Application/JSON"}};
        a.payload = "{}";
        a.timestamp = 1700000000;
        Tc3Signer::Request b = a;
        b.headers = {{"content-type", "application/json"}, {"host", "sms.tencentcloudapi.com"}};
        QCOMPARE(Tc3Signer::sign("id", "key", a).signature, Tc3Signer::sign("id", "key", b).signature);
        QCOMPARE(Tc3Signer::sign("id", "key", a).signedHeaders, QByteArray("content-type;host"));
    }

    void chineseEmojiAndTwoHundredNumbers()
    {
        QJsonArray numbers;
        for (int i = 0; i < 200; ++i)
            numbers.append(QStringLiteral("+86138%1").arg(i, 8, 10, QLatin1Char('0')));
        const QJsonObject body{
            {QStringLiteral("PhoneNumberSet"), numbers},
            {QStringLiteral("SmsSdkAppId"), QStringLiteral("1400006666")},
            {QStringLiteral("SignName"), QStringLiteral("腾讯云测试")},
            {QStringLiteral("TemplateId"), QStringLiteral("449739")},
            {QStringLiteral("TemplateParamSet"),
             QJsonArray{QStringLiteral("双十一🎉"), QStringLiteral("５折"), QStringLiteral("😀")}},
            {QStringLiteral("SessionContext"), QStringLiteral("活动-2026/11/11 \"quoted\" \\ back")}};
        const QByteArray payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
        QVERIFY(payload.contains("\xF0\x9F\x8E\x89")); // the emoji travels as raw UTF-8
        QVERIFY(payload.size() > 200 * 14);

        Tc3Signer::Request request;
        request.headers = {{"Content-Type", "application/json"}, {"Host", "sms.tencentcloudapi.com"}};
        request.payload = payload;
        request.timestamp = 1764201600;
        const auto ours = Tc3Signer::sign("AKIDexample", "secret-key-测试", request);

        const QByteArray theirs = IndependentTc3::signature(
            QByteArray("secret-key-测试"), "2025-11-27", "sms",
            {{"content-type", "application/json"}, {"host", "sms.tencentcloudapi.com"}}, payload,
            request.timestamp);
        QCOMPARE(ours.signature, theirs);

        const QString problem = IndependentTc3::verify(
            "AKIDexample", QByteArray("secret-key-测试"), ours.authorization, request.timestamp,
            payload, [](const QByteArray &name) -> QByteArray {
                return name == "host" ? QByteArray("sms.tencentcloudapi.com")
                                      : QByteArray("application/json");
            });
        QCOMPARE(problem, QString());

        // One changed byte anywhere in the body must break the signature.
        QByteArray tampered = payload;
        tampered[tampered.size() / 2] = tampered.at(tampered.size() / 2) == '0' ? '1' : '0';
        request.payload = tampered;
        QVERIFY(Tc3Signer::sign("AKIDexample", "secret-key-测试", request).signature != ours.signature);
    }

    void independentHmacMatchesRfc4231()
    {
        // RFC 4231 test case 2, to trust the independent implementation itself.
        QCOMPARE(IndependentTc3::hmacSha256("Jefe", "what do ya want for nothing?").toHex(),
                 QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
    }
};

QTEST_GUILESS_MAIN(tst_Signer)
#include "tst_signer.moc"
