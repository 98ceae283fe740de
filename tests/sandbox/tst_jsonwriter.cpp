// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/JsonWriter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using sms::sandbox::JsonWriter;

// The sandbox writes the SendStatusSet of large answers as text; whatever a
// client put into a number or a SessionContext must come back unchanged.
class tst_JsonWriter : public QObject
{
    Q_OBJECT

private:
    static QString roundTrip(const QString &text)
    {
        QByteArray json = "{";
        JsonWriter::appendMember(json, "S", text, true);
        JsonWriter::appendMember(json, "N", qint64(-42));
        json.append('}');
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(json, &error).object();
        if (error.error != QJsonParseError::NoError)
            return QStringLiteral("<parse error: %1>").arg(error.errorString());
        if (o.value(QLatin1String("N")).toInteger() != -42)
            return QStringLiteral("<number lost>");
        return o.value(QLatin1String("S")).toString();
    }

private Q_SLOTS:
    void hostileStrings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("quotes and backslashes") << QStringLiteral("\"\\\"\\\\ \\u0041 /");
        QTest::newRow("control characters") << QString::fromUtf16(u"a\u0001b\u001fc\nd\re\tf\bg\fh\u0000i");
        QTest::newRow("chinese and emoji") << QStringLiteral("活动-双十一😀【测试】");
        QTest::newRow("json lookalike") << QStringLiteral("\"},\"Code\":\"Ok\",\"x\":{\"");
        QTest::newRow("line separator") << QString::fromUtf16(u"a\u2028b\u2029c");
    }

    void hostileStrings()
    {
        QFETCH(QString, text);
        QCOMPARE(roundTrip(text), text);
    }

    void randomStrings()
    {
        QRandomGenerator random(7);
        for (int i = 0; i < 2000; ++i) {
            QString text;
            const int length = random.bounded(40);
            for (int j = 0; j < length; ++j) {
                // Any BMP code point outside the surrogate range, plus emoji.
                if (random.bounded(10) == 0) {
                    text.append(QString::fromUcs4(U"\U0001F600"));
                    continue;
                }
                char16_t c = char16_t(random.bounded(0xD800));
                text.append(QChar(c));
            }
            QCOMPARE(roundTrip(text), text);
        }
    }
};

QTEST_GUILESS_MAIN(tst_JsonWriter)
#include "tst_jsonwriter.moc"
