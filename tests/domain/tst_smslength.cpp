// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/SmsLength.h"

#include <QTest>

using sms::domain::SmsLength;
using Destination = SmsLength::Destination;
using Encoding = SmsLength::Encoding;

namespace {
QString repeated(const QString &unit, int times)
{
    return unit.repeated(times);
}

QString latin(int count)
{
    return QString(count, QLatin1Char('a'));
}

QString chinese(int count)
{
    return repeated(QStringLiteral("验"), count);
}

const QString grinning = QStringLiteral("\U0001F600"); // 😀, two UTF-16 code units

// The whole GSM 03.38 default alphabet (everything but the escape code).
const QString gsmBasic
    = QStringLiteral("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                     "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà");
const QString gsmExtension = QStringLiteral("^{}[]~\\|€\f");
} // namespace

class tst_SmsLength : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void measure_data();
    void measure();
    void firstNonGsmCharacter_data();
    void firstNonGsmCharacter();
    void firstDoubleCharacter();
    void gsmAlphabet();
    void emojiCountsTwoInUcs2();
    void domesticText();
    void maxLength();
    void renderTemplate_data();
    void renderTemplate();
    void variableCount_data();
    void variableCount();
    void renderedTemplateIsMeasured();
};

void tst_SmsLength::measure_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Destination>("destination");
    QTest::addColumn<int>("characters");
    QTest::addColumn<int>("segments");
    QTest::addColumn<Encoding>("encoding");
    QTest::addColumn<int>("segmentCapacity");

    const auto intl = Destination::International;
    const auto domestic = Destination::Domestic;
    const QString sign = QStringLiteral("腾讯云"); // 【腾讯云】 is 5 characters

    QTest::newRow("international, empty") << QString() << intl << 0 << 0 << Encoding::Gsm7 << 160;
    QTest::newRow("domestic, empty") << QString() << domestic << 0 << 0 << Encoding::Ucs2 << 70;

    // International GSM-7: 160, then 153 per segment
    QTest::newRow("GSM 1") << latin(1) << intl << 1 << 1 << Encoding::Gsm7 << 160;
    QTest::newRow("GSM 160") << latin(160) << intl << 160 << 1 << Encoding::Gsm7 << 160;
    QTest::newRow("GSM 161") << latin(161) << intl << 161 << 2 << Encoding::Gsm7 << 153;
    QTest::newRow("GSM 306") << latin(306) << intl << 306 << 2 << Encoding::Gsm7 << 153;
    QTest::newRow("GSM 307") << latin(307) << intl << 307 << 3 << Encoding::Gsm7 << 153;
    QTest::newRow("GSM 320 (153/153/14)")
        << latin(320) << intl << 320 << 3 << Encoding::Gsm7 << 153;
    QTest::newRow("GSM 459") << latin(459) << intl << 459 << 3 << Encoding::Gsm7 << 153;
    QTest::newRow("GSM 460") << latin(460) << intl << 460 << 4 << Encoding::Gsm7 << 153;
    QTest::newRow("GSM whole basic alphabet")
        << gsmBasic << intl << 127 << 1 << Encoding::Gsm7 << 160;
    QTest::newRow("GSM newline") << QStringLiteral("a\nb") << intl << 3 << 1 << Encoding::Gsm7
                                 << 160;

    // Extension characters take two septets
    QTest::newRow("GSM extension table")
        << gsmExtension << intl << 20 << 1 << Encoding::Gsm7 << 160;
    QTest::newRow("GSM 158 + euro = 160")
        << latin(158) + QStringLiteral("€") << intl << 160 << 1 << Encoding::Gsm7 << 160;
    QTest::newRow("GSM 159 + euro = 161")
        << latin(159) + QStringLiteral("€") << intl << 161 << 2 << Encoding::Gsm7 << 153;
    QTest::newRow("GSM 80 braces")
        << repeated(QStringLiteral("{}"), 40) << intl << 160 << 1 << Encoding::Gsm7 << 160;
    QTest::newRow("GSM 81 carets")
        << repeated(QStringLiteral("^"), 81) << intl << 162 << 2 << Encoding::Gsm7 << 153;

    // International with any non-GSM character: 70, then 67
    QTest::newRow("UCS-2 70") << chinese(70) << intl << 70 << 1 << Encoding::Ucs2 << 70;
    QTest::newRow("UCS-2 71") << chinese(71) << intl << 71 << 2 << Encoding::Ucs2 << 67;
    QTest::newRow("UCS-2 134") << chinese(134) << intl << 134 << 2 << Encoding::Ucs2 << 67;
    QTest::newRow("UCS-2 135") << chinese(135) << intl << 135 << 3 << Encoding::Ucs2 << 67;
    QTest::newRow("one non-GSM character turns 100 into two segments")
        << latin(100) + QStringLiteral("ç") << intl << 101 << 2 << Encoding::Ucs2 << 67;
    QTest::newRow("GSM accent stays GSM")
        << latin(100) + QStringLiteral("é") << intl << 101 << 1 << Encoding::Gsm7 << 160;
    QTest::newRow("backtick is not GSM")
        << QStringLiteral("a`b") << intl << 3 << 1 << Encoding::Ucs2 << 70;
    QTest::newRow("tab is not GSM")
        << QStringLiteral("a\tb") << intl << 3 << 1 << Encoding::Ucs2 << 70;
    QTest::newRow("extension characters count 1 in UCS-2")
        << QStringLiteral("€€€你") << intl << 4 << 1 << Encoding::Ucs2 << 70;
    QTest::newRow("UCS-2 68 + emoji = 70")
        << latin(68) + grinning << intl << 70 << 1 << Encoding::Ucs2 << 70;
    QTest::newRow("UCS-2 69 + emoji = 71")
        << latin(69) + grinning << intl << 71 << 2 << Encoding::Ucs2 << 67;
    QTest::newRow("lone surrogate")
        << QString(QChar(0xD83D)) << intl << 1 << 1 << Encoding::Ucs2 << 70;

    // Domestic: signature with 【】 plus body, 70 then 67, always UCS-2 rates
    QTest::newRow("domestic 70") << SmsLength::domesticText(sign, chinese(65)) << domestic << 70
                                 << 1 << Encoding::Ucs2 << 70;
    QTest::newRow("domestic 71") << SmsLength::domesticText(sign, chinese(66)) << domestic << 71
                                 << 2 << Encoding::Ucs2 << 67;
    QTest::newRow("domestic 134") << SmsLength::domesticText(sign, chinese(129)) << domestic << 134
                                  << 2 << Encoding::Ucs2 << 67;
    QTest::newRow("domestic 135") << SmsLength::domesticText(sign, chinese(130)) << domestic << 135
                                  << 3 << Encoding::Ucs2 << 67;
    QTest::newRow("domestic 150 (67/67/16)")
        << SmsLength::domesticText(sign, chinese(145)) << domestic << 150 << 3 << Encoding::Ucs2
        << 67;
    QTest::newRow("domestic 201") << chinese(201) << domestic << 201 << 3 << Encoding::Ucs2 << 67;
    QTest::newRow("domestic 202") << chinese(202) << domestic << 202 << 4 << Encoding::Ucs2 << 67;
    QTest::newRow("domestic Latin text is still 70 per segment")
        << latin(71) << domestic << 71 << 2 << Encoding::Ucs2 << 67;
    QTest::newRow("domestic emoji counts 2")
        << SmsLength::domesticText(sign, chinese(63) + grinning) << domestic << 70 << 1
        << Encoding::Ucs2 << 70;
    QTest::newRow("domestic emoji pushes to 2 segments")
        << SmsLength::domesticText(sign, chinese(64) + grinning) << domestic << 71 << 2
        << Encoding::Ucs2 << 67;
    QTest::newRow("domestic verification code")
        << SmsLength::domesticText(sign, QStringLiteral("您的验证码是1234，5分钟内有效。"))
        << domestic << 23 << 1 << Encoding::Ucs2 << 70;
}

void tst_SmsLength::measure()
{
    QFETCH(QString, text);
    QFETCH(Destination, destination);
    QFETCH(int, characters);
    QFETCH(int, segments);
    QFETCH(Encoding, encoding);
    QFETCH(int, segmentCapacity);

    const SmsLength::Result result = SmsLength::measure(text, destination);
    QCOMPARE(result.characters, characters);
    QCOMPARE(result.segments, segments);
    QCOMPARE(result.encoding, encoding);
    QCOMPARE(result.segmentCapacity, segmentCapacity);
    QCOMPARE(result.singleSegmentLimit, encoding == Encoding::Gsm7 ? 160 : 70);
    QVERIFY(result.capacityOfSegments() >= result.characters);
    if (segments > 0)
        QVERIFY(result.capacityOfSegments() - result.characters < segmentCapacity);
}

void tst_SmsLength::firstNonGsmCharacter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("index");
    QTest::addColumn<QString>("character");
    QTest::addColumn<uint>("codePoint");

    QTest::newRow("pure GSM") << gsmBasic + gsmExtension << qsizetype(-1) << QString() << 0u;
    QTest::newRow("c cedilla") << latin(100) + QStringLiteral("ç and ñ") << qsizetype(100)
                               << QStringLiteral("ç") << 0xE7u;
    QTest::newRow("Chinese") << QStringLiteral("Code 1234 验证码") << qsizetype(10)
                             << QStringLiteral("验") << 0x9A8Cu;
    QTest::newRow("emoji comes back whole")
        << QStringLiteral("Hi ") + grinning + QStringLiteral(" 你") << qsizetype(3) << grinning
        << 0x1F600u;
    QTest::newRow("index in UTF-16 units after an emoji")
        << QStringLiteral("€") + grinning + QStringLiteral("x") << qsizetype(1) << grinning
        << 0x1F600u;
    QTest::newRow("curly quote from a word processor")
        << QStringLiteral("It\u2019s done") << qsizetype(2) << QStringLiteral("\u2019") << 0x2019u;
    QTest::newRow("domestic signature bracket")
        << SmsLength::domesticText(QStringLiteral("Acme"), QStringLiteral("hello")) << qsizetype(0)
        << QStringLiteral("【") << 0x3010u;
}

void tst_SmsLength::firstNonGsmCharacter()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, index);
    QFETCH(QString, character);
    QFETCH(uint, codePoint);

    for (const Destination destination : {Destination::International, Destination::Domestic}) {
        const SmsLength::Character first
            = SmsLength::measure(text, destination).firstNonGsmCharacter;
        QCOMPARE(first.index, index);
        QCOMPARE(first.text, character);
        QCOMPARE(uint(first.codePoint), codePoint);
        QCOMPARE(first.isNull(), index < 0);
        if (!first.isNull())
            QCOMPARE(text.mid(first.index, first.text.size()), character);
    }
}

void tst_SmsLength::firstDoubleCharacter()
{
    // GSM-7: the first extension character
    SmsLength::Result gsm
        = SmsLength::measure(QStringLiteral("Price: 5€ [net]"), Destination::International);
    QCOMPARE(gsm.encoding, Encoding::Gsm7);
    QCOMPARE(gsm.characters, 18);
    QCOMPARE(gsm.firstDoubleCharacter.index, 8);
    QCOMPARE(gsm.firstDoubleCharacter.text, QStringLiteral("€"));

    // UCS-2: the first character beyond U+FFFF; € costs one there
    SmsLength::Result ucs
        = SmsLength::measure(QStringLiteral("5€ 你好 ") + grinning, Destination::International);
    QCOMPARE(ucs.encoding, Encoding::Ucs2);
    QCOMPARE(ucs.characters, 8);
    QCOMPARE(ucs.firstDoubleCharacter.index, 6);
    QCOMPARE(ucs.firstDoubleCharacter.text, grinning);
    QCOMPARE(uint(ucs.firstDoubleCharacter.codePoint), 0x1F600u);

    SmsLength::Result plain = SmsLength::measure(QStringLiteral("你好"), Destination::Domestic);
    QVERIFY(plain.firstDoubleCharacter.isNull());
    QCOMPARE(plain.firstDoubleCharacter, SmsLength::Character());
}

void tst_SmsLength::gsmAlphabet()
{
    for (const QChar c : gsmBasic) {
        QVERIFY2(SmsLength::isGsm7(c.unicode()), qPrintable(QString(c)));
        QVERIFY2(!SmsLength::isGsm7Extension(c.unicode()), qPrintable(QString(c)));
    }
    for (const QChar c : gsmExtension) {
        QVERIFY2(SmsLength::isGsm7(c.unicode()), qPrintable(QString(c)));
        QVERIFY2(SmsLength::isGsm7Extension(c.unicode()), qPrintable(QString(c)));
    }
    // 128 code points minus the escape, plus the 10 extension characters:
    // nothing else below U+0400 or among common symbols is GSM-7.
    int count = 0;
    for (char32_t c = 0; c < 0x3000; ++c)
        count += SmsLength::isGsm7(c) ? 1 : 0;
    QCOMPARE(count, 127 + 10);
    QVERIFY(!SmsLength::isGsm7(U'\U0001F600'));
    QVERIFY(!SmsLength::isGsm7(U'ç'));
    QVERIFY(!SmsLength::isGsm7(U'\t'));
}

void tst_SmsLength::emojiCountsTwoInUcs2()
{
    // One emoji is one code point but two UTF-16 code units, and that is
    // what the carrier bills: the count is the code units.
    const QString text = repeated(grinning, 35);
    QCOMPARE(text.size(), 70);
    QCOMPARE(text.toUcs4().size(), 35);
    const SmsLength::Result result = SmsLength::measure(text, Destination::International);
    QCOMPARE(result.characters, 70);
    QCOMPARE(result.segments, 1);
    const SmsLength::Result longer
        = SmsLength::measure(text + grinning, Destination::International);
    QCOMPARE(longer.characters, 72);
    QCOMPARE(longer.segments, 2);
}

void tst_SmsLength::domesticText()
{
    QCOMPARE(SmsLength::domesticText(QStringLiteral("腾讯云"), QStringLiteral("验证码1234")),
             QStringLiteral("【腾讯云】验证码1234"));
    QCOMPARE(SmsLength::domesticText(QString(), QStringLiteral("x")), QStringLiteral("【】x"));
}

void tst_SmsLength::maxLength()
{
    QCOMPARE(SmsLength::maxLength(), 500);
    QVERIFY(!SmsLength::measure(chinese(500), Destination::Domestic).exceedsMaxLength());
    QVERIFY(SmsLength::measure(chinese(501), Destination::Domestic).exceedsMaxLength());
    QCOMPARE(SmsLength::measure(chinese(500), Destination::Domestic).segments, 8);
    QVERIFY(!SmsLength::measure(latin(500), Destination::International).exceedsMaxLength());
    // Counted as billed: 250 euro signs are 500 septets, 251 are too many.
    QVERIFY(!SmsLength::measure(repeated(QStringLiteral("€"), 250), Destination::International)
                 .exceedsMaxLength());
    QVERIFY(SmsLength::measure(repeated(QStringLiteral("€"), 251), Destination::International)
                .exceedsMaxLength());
}

void tst_SmsLength::renderTemplate_data()
{
    QTest::addColumn<QString>("content");
    QTest::addColumn<QStringList>("params");
    QTest::addColumn<QString>("rendered");

    QTest::newRow("verification code") << QStringLiteral("您的验证码是{1}，{2}分钟内有效。")
                                       << QStringList {QStringLiteral("1234"), QStringLiteral("5")}
                                       << QStringLiteral("您的验证码是1234，5分钟内有效。");
    QTest::newRow("no placeholders")
        << QStringLiteral("hello") << QStringList {} << QStringLiteral("hello");
    QTest::newRow("empty") << QString() << QStringList {QStringLiteral("x")} << QString();
    QTest::newRow("out of order") << QStringLiteral("{2} then {1}")
                                  << QStringList {QStringLiteral("a"), QStringLiteral("b")}
                                  << QStringLiteral("b then a");
    QTest::newRow("repeated") << QStringLiteral("{1}-{1}") << QStringList {QStringLiteral("z")}
                              << QStringLiteral("z-z");
    QTest::newRow("missing parameter stays visible")
        << QStringLiteral("{1} {2}") << QStringList {QStringLiteral("a")}
        << QStringLiteral("a {2}");
    QTest::newRow("parameter containing a placeholder is not expanded again")
        << QStringLiteral("{1}-{2}") << QStringList {QStringLiteral("{2}"), QStringLiteral("x")}
        << QStringLiteral("{2}-x");
    QTest::newRow("empty parameter")
        << QStringLiteral("a{1}b") << QStringList {QString()} << QStringLiteral("ab");
    QTest::newRow("two-digit placeholder")
        << QStringLiteral("{10}|{1}")
        << QStringList {QStringLiteral("1"),  QStringLiteral("2"), QStringLiteral("3"),
                        QStringLiteral("4"),  QStringLiteral("5"), QStringLiteral("6"),
                        QStringLiteral("7"),  QStringLiteral("8"), QStringLiteral("9"),
                        QStringLiteral("ten")}
        << QStringLiteral("ten|1");
    QTest::newRow("not placeholders")
        << QStringLiteral("{0} {a} {} {01} {1234} { 1} {1") << QStringList {QStringLiteral("x")}
        << QStringLiteral("{0} {a} {} {01} {1234} { 1} {1");
    QTest::newRow("doubled braces")
        << QStringLiteral("{{1}}") << QStringList {QStringLiteral("x")} << QStringLiteral("{x}");
    QTest::newRow("full-width braces are text")
        << QStringLiteral("｛1｝") << QStringList {QStringLiteral("x")} << QStringLiteral("｛1｝");
}

void tst_SmsLength::renderTemplate()
{
    QFETCH(QString, content);
    QFETCH(QStringList, params);
    QFETCH(QString, rendered);
    QCOMPARE(SmsLength::renderTemplate(content, params), rendered);
}

void tst_SmsLength::variableCount_data()
{
    QTest::addColumn<QString>("content");
    QTest::addColumn<int>("count");

    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("none") << QStringLiteral("欢迎使用") << 0;
    QTest::newRow("one") << QStringLiteral("验证码{1}") << 1;
    QTest::newRow("one, twice") << QStringLiteral("{1}{1}") << 1;
    QTest::newRow("three") << QStringLiteral("{1}{2}{3}") << 3;
    QTest::newRow("repeated among others") << QStringLiteral("{2}{1}{2}") << 2;
    QTest::newRow("gap") << QStringLiteral("{1} {3}") << 2;
    QTest::newRow("two digits") << QStringLiteral("{10}{1}") << 2;
    QTest::newRow("not placeholders") << QStringLiteral("{0}{a}{}{01}{1234}{ 1}{1") << 0;
    QTest::newRow("doubled braces") << QStringLiteral("{{1}}") << 1;
}

void tst_SmsLength::variableCount()
{
    QFETCH(QString, content);
    QFETCH(int, count);
    QCOMPARE(SmsLength::variableCount(content), count);
}

void tst_SmsLength::renderedTemplateIsMeasured()
{
    // One long parameter makes a domestic message three segments.
    const QString content = QStringLiteral("尊敬的{1}，您的订单{2}已发货。");
    QCOMPARE(SmsLength::variableCount(content), 2);
    const QString text = SmsLength::domesticText(
        QStringLiteral("腾讯云"),
        SmsLength::renderTemplate(content, {chinese(110), QStringLiteral("SO-20240101-0001")}));
    const SmsLength::Result result = SmsLength::measure(text, Destination::Domestic);
    QCOMPARE(result.characters, 5 + 3 + 110 + 5 + 16 + 4);
    QCOMPARE(result.segments, 3);
}

QTEST_GUILESS_MAIN(tst_SmsLength)
#include "tst_smslength.moc"
