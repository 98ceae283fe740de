// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/PhoneNumber.h"

#include <QRandomGenerator>
#include <QTest>

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <thread>
#include <vector>

using sms::domain::PhoneNumber;
using Problem = PhoneNumber::Problem;
using LineType = PhoneNumber::LineType;

class tst_PhoneNumber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validNumbers_data();
    void validNumbers();
    void invalidNumbers_data();
    void invalidNumbers();
    void defaultConstructed();
    void inputKeptAsGiven();
    void spellingsOfOneNumberAreEqual();
    void problemDescription();
    void parallelParsing();

    // The mainland fast path caches verdicts per 7-digit prefix. Whatever the
    // order numbers come in, every verdict must equal libphonenumber's own.
    void cachedMainlandVerdictsMatchTheLibrary()
    {
        using i18n::phonenumbers::PhoneNumberUtil;
        const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
        QRandomGenerator random(20261127);
        int valid = 0;
        for (int i = 0; i < 30000; ++i) {
            // Few prefixes, many numbers each: the cache is hit most of the time.
            const quint64 prefix = 1000000 + random.bounded(1000000) / 97 * 97;
            const QString national = QStringLiteral("%1%2").arg(prefix).arg(
                random.bounded(10000), 4, 10, QLatin1Char('0'));
            i18n::phonenumbers::PhoneNumber reference;
            util.Parse("+86" + national.toStdString(), "ZZ", &reference);
            const bool expected = util.IsValidNumber(reference);
            const auto parsed = sms::domain::PhoneNumber::parse(QStringLiteral("+86") + national);
            QVERIFY2(parsed.isValid() == expected, qPrintable(national));
            if (expected) {
                ++valid;
                QCOMPARE(parsed.e164(), QStringLiteral("+86") + national);
            }
        }
        QVERIFY(valid > 1000); // the sample really covered valid ranges
    }

    // Hong Kong and Macao numbers written +852/+853 take the same shortcut,
    // their verdicts (invalid ones too) cached per 4- and 5-digit prefix:
    // every prefix (0 first included, which goes the long way) with two
    // random rest-of-numbers, the second answered from the cache, against
    // libphonenumber's own answers.
    void prefixVerdictsMatchTheLibrary_data()
    {
        QTest::addColumn<int>("countryCode");
        QTest::addColumn<int>("length");
        QTest::addColumn<int>("deciding");
        QTest::addColumn<QString>("firstDigits"); // of the prefixes covered
        QTest::addColumn<int>("minimumValid");
        QTest::newRow("Hong Kong") << 852 << 8 << 4 << QStringLiteral("0123456789") << 10000;
        // Macao's numbers start 28, 6 or 8; the other first digits are
        // sampled, not walked.
        QTest::newRow("Macao") << 853 << 8 << 5 << QStringLiteral("268") << 1000;
    }

    void prefixVerdictsMatchTheLibrary()
    {
        QFETCH(int, countryCode);
        QFETCH(int, length);
        QFETCH(int, deciding);
        QFETCH(QString, firstDigits);
        QFETCH(int, minimumValid);
        QRandomGenerator random(20261130);
        int valid = 0;
        auto compare = [&](const QString &national) {
            const QString input = QStringLiteral("+%1%2").arg(countryCode).arg(national);
            QVERIFY2(compareWithLibrary(input, &valid), qPrintable(input));
        };
        int rest = 1;
        for (int i = deciding; i < length; ++i)
            rest *= 10;
        int prefixes = 1;
        for (int i = 1; i < deciding; ++i)
            prefixes *= 10;
        for (const QChar first : std::as_const(firstDigits)) {
            for (int prefix = 0; prefix < prefixes; ++prefix) {
                const QString head
                    = first + QStringLiteral("%1").arg(prefix, deciding - 1, 10, QLatin1Char('0'));
                for (int sample = 0; sample < 2; ++sample)
                    compare(head
                            + QStringLiteral("%1").arg(random.bounded(rest), length - deciding, 10,
                                                       QLatin1Char('0')));
            }
        }
        for (int sample = 0; sample < 5000; ++sample)
            compare(QStringLiteral("%1").arg(random.bounded(quint64(rest) * quint64(prefixes) * 10),
                                             length, 10, QLatin1Char('0')));
        QVERIFY(valid >= minimumValid); // the walk really met valid numbers
    }

private:
    // PhoneNumber::parse(input) against libphonenumber's Parse() and its
    // verdict: validity, E.164, line type and region.
    static bool compareWithLibrary(const QString &input, int *valid)
    {
        using i18n::phonenumbers::PhoneNumberUtil;
        const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
        i18n::phonenumbers::PhoneNumber reference;
        if (util.Parse(input.toStdString(), "ZZ", &reference) != PhoneNumberUtil::NO_PARSING_ERROR)
            return !PhoneNumber::parse(input).isValid();
        const PhoneNumber parsed = PhoneNumber::parse(input);
        if (parsed.isValid() != util.IsValidNumber(reference))
            return false;
        if (!parsed.isValid()) {
            // The same diagnosis, for the same country code.
            Problem expected = Problem::InvalidForRegion;
            switch (util.IsPossibleNumberWithReason(reference)) {
            case PhoneNumberUtil::TOO_SHORT:
                expected = Problem::TooShort;
                break;
            case PhoneNumberUtil::TOO_LONG:
                expected = Problem::TooLong;
                break;
            case PhoneNumberUtil::INVALID_COUNTRY_CODE:
                expected = Problem::InvalidCountryCode;
                break;
            default:
                break;
            }
            return parsed.problem() == expected
                && parsed.countryCode() == QString::number(reference.country_code());
        }
        ++*valid;
        std::string e164;
        util.Format(reference, PhoneNumberUtil::E164, &e164);
        std::string region;
        util.GetRegionCodeForNumber(reference, &region);
        const auto type = util.GetNumberType(reference);
        const bool sameType
            = (type == PhoneNumberUtil::MOBILE) == (parsed.lineType() == LineType::Mobile)
            && (type == PhoneNumberUtil::FIXED_LINE) == (parsed.lineType() == LineType::FixedLine)
            && (type == PhoneNumberUtil::FIXED_LINE_OR_MOBILE)
                == (parsed.lineType() == LineType::FixedLineOrMobile);
        return parsed.e164() == QString::fromStdString(e164)
            && parsed.regionCode() == QString::fromStdString(region) && sameType;
    }
};

void tst_PhoneNumber::validNumbers_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("e164");
    QTest::addColumn<QString>("countryCode");
    QTest::addColumn<QString>("nationalNumber");
    QTest::addColumn<QString>("regionCode");
    QTest::addColumn<bool>("mainland");
    QTest::addColumn<LineType>("lineType");

    const QString cn = QStringLiteral("CN");
    const QString mobile = QStringLiteral("+8613800138000");
    const QString cc86 = QStringLiteral("86");
    const QString nsn = QStringLiteral("13800138000");
    auto mainlandMobile = [&](const char *tag, const QString &input) {
        QTest::newRow(tag) << input << cn << mobile << cc86 << nsn << cn << true
                           << LineType::Mobile;
    };

    // The service's spellings of a mainland number
    mainlandMobile("E.164", QStringLiteral("+8613800138000"));
    mainlandMobile("0086", QStringLiteral("008613800138000"));
    mainlandMobile("86 without plus", QStringLiteral("8613800138000"));
    mainlandMobile("bare 11 digits", QStringLiteral("13800138000"));
    // What spreadsheets and people add
    mainlandMobile("spaces", QStringLiteral("138 0013 8000"));
    mainlandMobile("dashes", QStringLiteral("138-0013-8000"));
    mainlandMobile("dots", QStringLiteral("138.0013.8000"));
    mainlandMobile("parentheses", QStringLiteral("(+86) 138-0013-8000"));
    mainlandMobile("E.164 with spaces", QStringLiteral("+86 138 0013 8000"));
    mainlandMobile("0086 with spaces", QStringLiteral("0086 138 0013 8000"));
    mainlandMobile("surrounding whitespace", QStringLiteral("  \t13800138000 \r\n"));
    mainlandMobile("ideographic spaces", QStringLiteral("\u3000+8613800138000\u3000"));
    mainlandMobile("full-width digits", QStringLiteral("１３８００１３８０００"));
    mainlandMobile("full-width plus", QStringLiteral("＋８６１３８００１３８０００"));
    mainlandMobile("full-width dash and parentheses",
                   QStringLiteral("（＋８６）１３８－００１３－８０００"));
    mainlandMobile("en dash", QStringLiteral("138\u20130013\u20138000"));

    // As DescribePhoneNumberInfo does: a national prefix after the country code is dropped
    QTest::newRow("+86 0 national prefix")
        << QStringLiteral("+86018501234444") << cn << QStringLiteral("+8618501234444") << cc86
        << QStringLiteral("18501234444") << cn << true << LineType::Mobile;
    QTest::newRow("mainland fixed line")
        << QStringLiteral("+86 10 1234 5678") << cn << QStringLiteral("+861012345678") << cc86
        << QStringLiteral("1012345678") << cn << true << LineType::FixedLine;
    QTest::newRow("mainland fixed line, national")
        << QStringLiteral("010-1234-5678") << cn << QStringLiteral("+861012345678") << cc86
        << QStringLiteral("1012345678") << cn << true << LineType::FixedLine;

    // Hong Kong, Macao and Taiwan are international for this service
    QTest::newRow("Hong Kong") << QStringLiteral("+852 5123 4567") << cn
                               << QStringLiteral("+85251234567") << QStringLiteral("852")
                               << QStringLiteral("51234567") << QStringLiteral("HK") << false
                               << LineType::Mobile;
    QTest::newRow("Hong Kong, default region HK")
        << QStringLiteral("5123 4567") << QStringLiteral("HK") << QStringLiteral("+85251234567")
        << QStringLiteral("852") << QStringLiteral("51234567") << QStringLiteral("HK") << false
        << LineType::Mobile;
    QTest::newRow("Hong Kong, default region in lower case")
        << QStringLiteral("51234567") << QStringLiteral("hk") << QStringLiteral("+85251234567")
        << QStringLiteral("852") << QStringLiteral("51234567") << QStringLiteral("HK") << false
        << LineType::Mobile;
    QTest::newRow("Macao") << QStringLiteral("+853 6612 3456") << cn
                           << QStringLiteral("+85366123456") << QStringLiteral("853")
                           << QStringLiteral("66123456") << QStringLiteral("MO") << false
                           << LineType::Mobile;
    QTest::newRow("Taiwan") << QStringLiteral("+886 912 345 678") << cn
                            << QStringLiteral("+886912345678") << QStringLiteral("886")
                            << QStringLiteral("912345678") << QStringLiteral("TW") << false
                            << LineType::Mobile;
    QTest::newRow("Taiwan, national with trunk 0")
        << QStringLiteral("0912-345-678") << QStringLiteral("TW") << QStringLiteral("+886912345678")
        << QStringLiteral("886") << QStringLiteral("912345678") << QStringLiteral("TW") << false
        << LineType::Mobile;
    QTest::newRow("US") << QStringLiteral("+1 (201) 555-0123") << cn
                        << QStringLiteral("+12015550123") << QStringLiteral("1")
                        << QStringLiteral("2015550123") << QStringLiteral("US") << false
                        << LineType::FixedLineOrMobile;
    QTest::newRow("US, default region US")
        << QStringLiteral("(201) 555-0123") << QStringLiteral("US")
        << QStringLiteral("+12015550123") << QStringLiteral("1") << QStringLiteral("2015550123")
        << QStringLiteral("US") << false << LineType::FixedLineOrMobile;
    QTest::newRow("UK mobile") << QStringLiteral("+44 7400 123456") << cn
                               << QStringLiteral("+447400123456") << QStringLiteral("44")
                               << QStringLiteral("7400123456") << QStringLiteral("GB") << false
                               << LineType::Mobile;
    QTest::newRow("UK mobile, 0044 from China")
        << QStringLiteral("0044 7400 123456") << cn << QStringLiteral("+447400123456")
        << QStringLiteral("44") << QStringLiteral("7400123456") << QStringLiteral("GB") << false
        << LineType::Mobile;
    QTest::newRow("UK fixed line")
        << QStringLiteral("+44 121 234 5678") << cn << QStringLiteral("+441212345678")
        << QStringLiteral("44") << QStringLiteral("1212345678") << QStringLiteral("GB") << false
        << LineType::FixedLine;
    QTest::newRow("UK, national with trunk 0")
        << QStringLiteral("07400 123456") << QStringLiteral("GB") << QStringLiteral("+447400123456")
        << QStringLiteral("44") << QStringLiteral("7400123456") << QStringLiteral("GB") << false
        << LineType::Mobile;
    // No country: the service says DEF
    QTest::newRow("international freephone")
        << QStringLiteral("+800 1234 5678") << cn << QStringLiteral("+80012345678")
        << QStringLiteral("800") << QStringLiteral("12345678") << QStringLiteral("DEF") << false
        << LineType::TollFree;

    // A bare mainland mobile is +86 for the service, whatever region the
    // operator set, unless it is a valid number of that region.
    QTest::newRow("bare mainland mobile, default region US")
        << QStringLiteral("13800138000") << QStringLiteral("US") << mobile << cc86 << nsn << cn
        << true << LineType::Mobile;
    QTest::newRow("86 + mainland mobile, default region HK")
        << QStringLiteral("8613800138000") << QStringLiteral("HK") << mobile << cc86 << nsn << cn
        << true << LineType::Mobile;
    QTest::newRow("0086 + mainland mobile, default region US")
        << QStringLiteral("008613800138000") << QStringLiteral("US") << mobile << cc86 << nsn << cn
        << true << LineType::Mobile;
    QTest::newRow("Brazilian number, default region BR")
        << QStringLiteral("13987654321") << QStringLiteral("BR") << QStringLiteral("+5513987654321")
        << QStringLiteral("55") << QStringLiteral("13987654321") << QStringLiteral("BR") << false
        << LineType::Mobile;
}

void tst_PhoneNumber::validNumbers()
{
    QFETCH(QString, input);
    QFETCH(QString, region);
    QFETCH(QString, e164);
    QFETCH(QString, countryCode);
    QFETCH(QString, nationalNumber);
    QFETCH(QString, regionCode);
    QFETCH(bool, mainland);
    QFETCH(LineType, lineType);

    const PhoneNumber number = region == QLatin1String("CN") ? PhoneNumber::parse(input)
                                                             : PhoneNumber::parse(input, region);
    QCOMPARE(number.problem(), Problem::None);
    QVERIFY(number.isValid());
    QCOMPARE(number.e164(), e164);
    QCOMPARE(number.countryCode(), countryCode);
    QCOMPARE(number.nationalNumber(), nationalNumber);
    QCOMPARE(number.regionCode(), regionCode);
    QCOMPARE(number.isMainlandChina(), mainland);
    QCOMPARE(number.lineType(), lineType);
    QCOMPARE(number.isMobile(), lineType == LineType::Mobile);
    QCOMPARE(number.input(), input);
    QVERIFY(number.problemDescription().isEmpty());
}

void tst_PhoneNumber::invalidNumbers_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("region");
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<QString>("countryCode"); // known even though the number is not valid

    const QString cn = QStringLiteral("CN");
    QTest::newRow("empty") << QString() << cn << Problem::Empty << QString();
    QTest::newRow("whitespace") << QStringLiteral(" \t ") << cn << Problem::Empty << QString();
    QTest::newRow("ideographic space")
        << QStringLiteral("\u3000") << cn << Problem::Empty << QString();

    QTest::newRow("letters") << QStringLiteral("abc") << cn << Problem::NotANumber << QString();
    QTest::newRow("letter O for zero")
        << QStringLiteral("1380013800O") << cn << Problem::NotANumber << QString();
    QTest::newRow("vanity number")
        << QStringLiteral("+1 800 FLOWERS") << cn << Problem::NotANumber << QString();
    QTest::newRow("extension") << QStringLiteral("13800138000 ext. 12") << cn << Problem::NotANumber
                               << QString();
    QTest::newRow("star") << QStringLiteral("138*0013*8000") << cn << Problem::NotANumber
                          << QString();
    QTest::newRow("plus in the middle")
        << QStringLiteral("86+13800138000") << cn << Problem::NotANumber << QString();
    QTest::newRow("two pluses") << QStringLiteral("++8613800138000") << cn << Problem::NotANumber
                                << QString();
    QTest::newRow("plus alone") << QStringLiteral("+") << cn << Problem::NotANumber << QString();
    QTest::newRow("separators only")
        << QStringLiteral("( - )") << cn << Problem::NotANumber << QString();
    QTest::newRow("two numbers in one cell")
        << QStringLiteral("13800138000;13900139000") << cn << Problem::NotANumber << QString();

    QTest::newRow("one digit") << QStringLiteral("1") << cn << Problem::TooShort << QString();
    QTest::newRow("three digits") << QStringLiteral("123") << cn << Problem::TooShort
                                  << QStringLiteral("86");
    QTest::newRow("+86 and two digits")
        << QStringLiteral("+8610") << cn << Problem::TooShort << QStringLiteral("86");
    QTest::newRow("too long for libphonenumber")
        << QStringLiteral("+86 1380013800012345678") << cn << Problem::TooLong << QString();
    QTest::newRow("a paragraph of digits")
        << QString(60, QLatin1Char('1')) << cn << Problem::TooLong << QString();
    QTest::newRow("mainland mobile with an extra digit")
        << QStringLiteral("+86138001380001") << cn << Problem::TooLong << QStringLiteral("86");
    QTest::newRow("mainland mobile with a digit missing")
        << QStringLiteral("+86 138 0013 800") << cn << Problem::TooShort << QStringLiteral("86");
    QTest::newRow("bare mainland mobile with a digit missing")
        << QStringLiteral("1380013800") << cn << Problem::TooShort << QStringLiteral("86");
    QTest::newRow("Hong Kong, four digits")
        << QStringLiteral("+852 5123") << cn << Problem::TooShort << QStringLiteral("852");
    QTest::newRow("UK, two digits")
        << QStringLiteral("+44 74") << cn << Problem::TooShort << QStringLiteral("44");

    QTest::newRow("unknown country code +999")
        << QStringLiteral("+999 123 456 789") << cn << Problem::InvalidCountryCode << QString();
    QTest::newRow("unknown country code 00999")
        << QStringLiteral("00999123456789") << cn << Problem::InvalidCountryCode << QString();
    QTest::newRow("country code 0")
        << QStringLiteral("+0 123 456 789") << cn << Problem::InvalidCountryCode << QString();
    QTest::newRow("national number, unknown default region")
        << QStringLiteral("5123 4567") << QStringLiteral("ZZ") << Problem::InvalidCountryCode
        << QString();

    QTest::newRow("Macao, no such range") << QStringLiteral("+853 6123 4567") << cn
                                          << Problem::InvalidForRegion << QStringLiteral("853");
    // libphonenumber's verdict where a shorter number would be possible
    QTest::newRow("Hong Kong with a digit missing")
        << QStringLiteral("+852 5123 456") << cn << Problem::InvalidForRegion
        << QStringLiteral("852");
    QTest::newRow("Beijing fixed line with a digit missing")
        << QStringLiteral("+86 10 1234 567") << cn << Problem::InvalidForRegion
        << QStringLiteral("86");
    QTest::newRow("mainland, no such range") << QStringLiteral("0213800138000") << cn
                                             << Problem::InvalidForRegion << QStringLiteral("86");
    QTest::newRow("mainland mobile, unassigned prefix 120")
        << QStringLiteral("12000138000") << cn << Problem::InvalidForRegion << QStringLiteral("86");
    QTest::newRow("US, area code 000") << QStringLiteral("+1 000 555 0123") << cn
                                       << Problem::InvalidForRegion << QStringLiteral("1");
}

void tst_PhoneNumber::invalidNumbers()
{
    QFETCH(QString, input);
    QFETCH(QString, region);
    QFETCH(Problem, problem);
    QFETCH(QString, countryCode);

    const PhoneNumber number = PhoneNumber::parse(input, region);
    QCOMPARE(number.problem(), problem);
    QVERIFY(!number.isValid());
    QCOMPARE(number.e164(), QString());
    QCOMPARE(number.countryCode(), countryCode);
    QCOMPARE(number.nationalNumber().isEmpty(), countryCode.isEmpty());
    QCOMPARE(number.regionCode(), QStringLiteral("DEF"));
    QVERIFY(!number.isMainlandChina());
    QVERIFY(!number.isMobile());
    QCOMPARE(number.lineType(), LineType::Unknown);
    QCOMPARE(number.input(), input);
    QVERIFY(!number.problemDescription().isEmpty());
}

void tst_PhoneNumber::defaultConstructed()
{
    const PhoneNumber number;
    QVERIFY(!number.isValid());
    QCOMPARE(number.problem(), Problem::Empty);
    QCOMPARE(number.e164(), QString());
    QCOMPARE(number.countryCode(), QString());
    QCOMPARE(number.nationalNumber(), QString());
    QCOMPARE(number.regionCode(), QStringLiteral("DEF"));
    QCOMPARE(number, PhoneNumber::parse(QString()));
}

void tst_PhoneNumber::inputKeptAsGiven()
{
    const QString input = QStringLiteral(" （＋８６）138 0013-8000\t");
    const PhoneNumber number = PhoneNumber::parse(input);
    QCOMPARE(number.input(), input);
    QCOMPARE(number.e164(), QStringLiteral("+8613800138000"));
}

void tst_PhoneNumber::spellingsOfOneNumberAreEqual()
{
    const QStringList spellings = {
        QStringLiteral("+8613800138000"), QStringLiteral("008613800138000"),
        QStringLiteral("8613800138000"),  QStringLiteral("13800138000"),
        QStringLiteral("138 0013 8000"),  QStringLiteral("１３８００１３８０００"),
    };
    for (const QString &spelling : spellings)
        QCOMPARE(PhoneNumber::parse(spelling).e164(), QStringLiteral("+8613800138000"));
    // Value semantics include the input: equal spellings only.
    QCOMPARE(PhoneNumber::parse(spellings.at(0)), PhoneNumber::parse(spellings.at(0)));
    QVERIFY(PhoneNumber::parse(spellings.at(0)) != PhoneNumber::parse(spellings.at(1)));
}

void tst_PhoneNumber::problemDescription()
{
    QCOMPARE(PhoneNumber::parse(QString()).problemDescription(),
             QStringLiteral("No phone number was given."));
    QCOMPARE(PhoneNumber::parse(QStringLiteral(" abc ")).problemDescription(),
             QStringLiteral("\"abc\" is not a phone number: only digits, one leading +, spaces, "
                            "dashes, dots and parentheses are allowed."));
    QCOMPARE(PhoneNumber::parse(QStringLiteral("123")).problemDescription(),
             QStringLiteral("123 has too few digits for a number with country code +86."));
    QCOMPARE(PhoneNumber::parse(QStringLiteral("1")).problemDescription(),
             QStringLiteral("1 has too few digits for a phone number."));
    QCOMPARE(PhoneNumber::parse(QStringLiteral("+999123456789")).problemDescription(),
             QStringLiteral("+999123456789 does not start with a known country code. Write "
                            "international numbers as + followed by the country code and the "
                            "number."));
    QCOMPARE(PhoneNumber::parse(QStringLiteral("+853 6123 4567")).problemDescription(),
             QStringLiteral("+853 6123 4567 is not a valid phone number for country code +853."));
    // A whole pasted paragraph is not repeated in full.
    const QString longInput = QString(30, QLatin1Char('x')) + QString(30, QLatin1Char('y'));
    QCOMPARE(PhoneNumber::parse(longInput).problemDescription(),
             QStringLiteral("\"%1\u2026\" is not a phone number: only digits, one leading +, "
                            "spaces, dashes, dots and parentheses are allowed.")
                 .arg(longInput.left(40)));
}

void tst_PhoneNumber::parallelParsing()
{
    // Mainland mobiles take a shortcut, the rest goes through libphonenumber's
    // shared singleton and regular expression cache: both from several threads.
    QStringList inputs;
    for (int i = 0; i < 4000; ++i) {
        switch (i % 4) {
        case 0:
            inputs.append(
                QStringLiteral("139%1").arg(i * 1237 % 100000000, 8, 10, QLatin1Char('0')));
            break;
        case 1:
            inputs.append(QStringLiteral("+852 5%1").arg(i % 10000000, 7, 10, QLatin1Char('0')));
            break;
        case 2:
            inputs.append(QStringLiteral("+44 7400 %1").arg(i % 1000000, 6, 10, QLatin1Char('0')));
            break;
        default:
            inputs.append(QStringLiteral("12%1").arg(i, 9, 10, QLatin1Char('0')));
            break;
        }
    }
    std::vector<PhoneNumber> expected;
    expected.reserve(inputs.size());
    for (const QString &input : std::as_const(inputs))
        expected.push_back(PhoneNumber::parse(input));

    constexpr int threadCount = 4;
    std::vector<std::vector<PhoneNumber>> results(threadCount);
    std::vector<std::thread> threads;
    for (int t = 0; t < threadCount; ++t) {
        threads.emplace_back([&inputs, &out = results[t]] {
            out.reserve(inputs.size());
            for (const QString &input : inputs)
                out.push_back(PhoneNumber::parse(input));
        });
    }
    for (std::thread &thread : threads)
        thread.join();

    for (const std::vector<PhoneNumber> &result : results)
        QVERIFY(result == expected);
    // The mix really has both outcomes.
    QVERIFY(expected.front().isValid());
    QVERIFY(!expected.back().isValid());
}

QTEST_GUILESS_MAIN(tst_PhoneNumber)
#include "tst_phonenumber.moc"
