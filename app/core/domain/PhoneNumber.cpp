// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/PhoneNumber.h"

#include <QCoreApplication>

#include <array>
#include <cstdint>
#include <unordered_map>

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <string>
#include <string_view>

namespace sms::domain {

namespace {
using i18n::phonenumbers::PhoneNumberUtil;
using LibNumber = i18n::phonenumbers::PhoneNumber;

// Far beyond any real number (E.164 allows 15 digits, libphonenumber 17 after
// the country code): refusing early keeps a pasted paragraph of digits away
// from the library's regular expressions.
constexpr std::size_t maxDigits = 24;

// GetInstance() creates the singleton thread-safely; the copy in a static
// only saves the call on each of a million import rows.
const PhoneNumberUtil &util()
{
    static const PhoneNumberUtil *const instance = PhoneNumberUtil::GetInstance();
    return *instance;
}

// The part of parsing that is ours: what an operator's list may contain.
// libphonenumber would also read letters as keypad digits ("1-800-FLOWERS"),
// which turns a typo such as "1380013800O" into somebody else's number, so
// letters are refused here before the library sees them.
struct Cleaned
{
    bool plus = false;
    bool acceptable = true;
    // ASCII digits, in place: a million rows would otherwise allocate a
    // string each (17 bytes are past the short-string buffer).
    std::array<char, maxDigits + 1> buffer {};
    std::size_t size = 0;

    std::string_view digits() const { return {buffer.data(), size}; }
    void push(char digit) { buffer[size++] = digit; }
};

bool isSeparator(char16_t c)
{
    switch (c) {
    case u'-':
    case u'.':
    case u'(':
    case u')':
    case u'/':
    case u'\u2010': // hyphen … horizontal bar: what word processors turn '-' into
    case u'\u2011':
    case u'\u2012':
    case u'\u2013':
    case u'\u2014':
    case u'\u2015':
    case u'\u2212': // minus sign
    case u'\uFF0D': // full-width forms, from Chinese input methods
    case u'\uFF0E':
    case u'\uFF08':
    case u'\uFF09':
    case u'\uFF0F':
        return true;
    default:
        return QChar::isSpace(c);
    }
}

Cleaned clean(const QString &input)
{
    Cleaned cleaned;
    for (const QChar qc : input) {
        const char16_t c = qc.unicode();
        if (c >= u'0' && c <= u'9') {
            cleaned.push(char(c));
        } else if (c >= u'\uFF10' && c <= u'\uFF19') {
            cleaned.push(char('0' + (c - u'\uFF10')));
        } else if (c == u'+' || c == u'\uFF0B') {
            // Only in front of the number; "(+86) 138…" is common enough.
            if (cleaned.plus || cleaned.size != 0) {
                cleaned.acceptable = false;
                return cleaned;
            }
            cleaned.plus = true;
        } else if (isSeparator(c)) {
            continue;
        } else if (qc.isDigit()) {
            // Other scripts' decimal digits (Arabic-Indic, ...) mean the same digits.
            cleaned.push(char('0' + qc.digitValue()));
        } else {
            cleaned.acceptable = false;
            return cleaned;
        }
        if (cleaned.size > maxDigits)
            return cleaned;
    }
    return cleaned;
}

// The parse result before it becomes a PhoneNumber.
struct Outcome
{
    PhoneNumber::Problem problem = PhoneNumber::Problem::None;
    PhoneNumber::LineType lineType = PhoneNumber::LineType::Unknown;
    std::string normalized; // "+<cc><nsn>" once the country code is known
    std::size_t countryCodeLength = 0;
    std::string region;

    bool isValid() const { return problem == PhoneNumber::Problem::None; }
};

PhoneNumber::LineType lineTypeOf(PhoneNumberUtil::PhoneNumberType type)
{
    using enum PhoneNumber::LineType;
    switch (type) {
    case PhoneNumberUtil::MOBILE:
        return Mobile;
    case PhoneNumberUtil::FIXED_LINE:
        return FixedLine;
    case PhoneNumberUtil::FIXED_LINE_OR_MOBILE:
        return FixedLineOrMobile;
    case PhoneNumberUtil::TOLL_FREE:
        return TollFree;
    case PhoneNumberUtil::PREMIUM_RATE:
        return PremiumRate;
    case PhoneNumberUtil::VOIP:
        return Voip;
    case PhoneNumberUtil::UNKNOWN:
        return Unknown;
    default:
        return Other;
    }
}

PhoneNumber::Problem problemOf(PhoneNumberUtil::ErrorType error)
{
    using enum PhoneNumber::Problem;
    switch (error) {
    case PhoneNumberUtil::NO_PARSING_ERROR:
        return None;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        return InvalidCountryCode;
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case PhoneNumberUtil::TOO_SHORT_NSN:
        return TooShort;
    case PhoneNumberUtil::TOO_LONG_NSN:
        return TooLong;
    case PhoneNumberUtil::NOT_A_NUMBER:
        // Only digits reach the library (clean() refuses the rest), so what it
        // calls not a number is one too short to be viable: "1".
        break;
    }
    return TooShort;
}

PhoneNumber::Problem problemOf(PhoneNumberUtil::ValidationResult possible)
{
    using enum PhoneNumber::Problem;
    switch (possible) {
    case PhoneNumberUtil::TOO_SHORT:
        return TooShort;
    case PhoneNumberUtil::TOO_LONG:
        return TooLong;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE:
        return InvalidCountryCode;
    default:
        // A possible length, or one between the possible lengths: the digits
        // themselves are what no number of that country looks like.
        return InvalidForRegion;
    }
}

// Validity and line type come from one GetNumberType() call: IsValidNumber()
// is that same lookup again, and the lookup is most of the cost of a parse.
Outcome describe(const LibNumber &number)
{
    Outcome outcome;
    std::string nationalNumber;
    util().GetNationalSignificantNumber(number, &nationalNumber);
    outcome.normalized = '+' + std::to_string(number.country_code());
    outcome.countryCodeLength = outcome.normalized.size() - 1;
    outcome.normalized += nationalNumber;

    const PhoneNumberUtil::PhoneNumberType type = util().GetNumberType(number);
    if (type == PhoneNumberUtil::UNKNOWN) {
        outcome.problem = problemOf(util().IsPossibleNumberWithReason(number));
        // Mainland lengths run from 7 to 12 digits, so an 11-digit mobile with
        // a digit missing or doubled is still a "possible" length. Mobiles are
        // the only mainland numbers starting with 1 other than Beijing's 10:
        // say what is wrong with them in the terms an operator would use.
        if (number.country_code() == 86 && outcome.problem == PhoneNumber::Problem::InvalidForRegion
            && nationalNumber.starts_with('1') && !nationalNumber.starts_with("10")
            && nationalNumber.size() != 11) {
            outcome.problem = nationalNumber.size() < 11 ? PhoneNumber::Problem::TooShort
                                                         : PhoneNumber::Problem::TooLong;
        }
        return outcome;
    }
    outcome.lineType = lineTypeOf(type);
    util().GetRegionCodeForNumber(number, &outcome.region);
    return outcome;
}

Outcome viaLibrary(const std::string &text, const std::string &region)
{
    LibNumber number;
    const PhoneNumberUtil::ErrorType error = util().Parse(text, region, &number);
    if (error != PhoneNumberUtil::NO_PARSING_ERROR) {
        Outcome outcome;
        outcome.problem = problemOf(error);
        return outcome;
    }
    return describe(number);
}

std::uint64_t valueOf(std::string_view digits)
{
    std::uint64_t value = 0;
    for (const char c : digits)
        value = value * 10 + std::uint64_t(c - '0');
    return value;
}

// Numbers of one length in one country whose validity, line type and
// region libphonenumber's metadata decides by their leading digits alone:
// after `deciding` digits, every branch of every pattern that can match
// that length (general, fixed line, mobile, pager, premium, personal, UAN,
// VoIP, toll free...) is a run of any digits. So the verdict for a prefix
// holds for every number behind it, and caching it turns the costly type
// lookup (a dozen regular expressions) into a hash probe for the millions
// of rows a campaign import or the sandbox sees.
//   +86, 11 digits starting with 1: every branch of the mobile, VoIP and
//        service patterns is settled within the first five (7 kept).
//   +852, 8 digits: settled within four ("4445", "5730", "9003"...).
//   +853, 8 digits: settled within five ("68000"...).
// tst_phonenumber compares cached results with libphonenumber's own over
// random numbers (of every prefix for +852 and +853), so a metadata update
// that breaks this fails there.
struct PrefixRule
{
    int countryCode;
    std::string_view countryDigits;
    std::size_t length;
    std::size_t deciding;
    // Whether an invalid verdict is Parse()'s too. Not for the mainland,
    // whose national prefix for parsing also strips carrier codes starting
    // with 1: an invalid 11-digit number may be read another way there.
    bool invalidToo;
};
constexpr PrefixRule mainlandRule {86, "86", 11, 7, false};
constexpr PrefixRule prefixRules[] = {
    mainlandRule,
    {852, "852", 8, 4, true},
    {853, "853", 8, 5, true},
};

// The number as Parse() would end it: for the numbers above written with
// "+" and their country code, it ends with exactly this country code and
// national number. Hong Kong and Macao have no national prefix to strip,
// and a national number starting with 0 is left to Parse(), which marks the
// zero. The mainland's prefix for parsing also takes carrier codes (11xx,
// 12xx, 179xx); for valid mobiles this was checked against every 7-digit
// prefix of the range, and anything else goes the long way for its
// diagnosis. Skipping Parse()'s text scanning makes a parse about three
// times faster. Per thread: no locks, bounded size.
Outcome byPrefix(const PrefixRule &rule, std::string_view nationalNumber)
{
    struct Verdict
    {
        PhoneNumber::Problem problem;
        PhoneNumber::LineType lineType;
        std::string region;
    };
    thread_local std::unordered_map<std::uint64_t, Verdict> verdicts;
    const std::uint64_t key
        = std::uint64_t(rule.countryCode) << 32 | valueOf(nationalNumber.substr(0, rule.deciding));
    const auto hit = verdicts.find(key);
    if (hit != verdicts.end()) {
        Outcome outcome;
        outcome.problem = hit->second.problem;
        outcome.lineType = hit->second.lineType;
        outcome.region = hit->second.region;
        outcome.normalized.reserve(1 + rule.countryDigits.size() + nationalNumber.size());
        outcome.normalized.push_back('+');
        outcome.normalized.append(rule.countryDigits).append(nationalNumber);
        outcome.countryCodeLength = rule.countryDigits.size();
        return outcome;
    }
    LibNumber number;
    number.set_country_code(rule.countryCode);
    number.set_national_number(valueOf(nationalNumber));
    Outcome outcome = describe(number);
    if (verdicts.size() >= 200000)
        verdicts.clear();
    verdicts.emplace(key, Verdict {outcome.problem, outcome.lineType, outcome.region});
    return outcome;
}

// An 11-digit mainland mobile-shaped national number (leading 1).
Outcome mainland(std::string_view nationalNumber)
{
    return byPrefix(mainlandRule, nationalNumber);
}

// "+<country code><national number>" of a country in prefixRules with a
// national number of its length not starting with 0: the fast verdict.
const PrefixRule *prefixRuleFor(std::string_view digits)
{
    for (const PrefixRule &rule : prefixRules) {
        if (digits.size() == rule.countryDigits.size() + rule.length
            && digits.starts_with(rule.countryDigits)) {
            const char first = digits[rule.countryDigits.size()];
            if (rule.countryCode == mainlandRule.countryCode ? first == '1' : first != '0')
                return &rule;
        }
    }
    return nullptr;
}

// The service's own spellings of a mainland number without "+":
// bare 11 digits, 86 + 11 digits, 0086 + 11 digits. Returns the 11 digits.
std::string_view mainlandSpelling(std::string_view digits)
{
    auto mobileShaped = [](std::string_view d) {
        return d.size() == 11 && d.front() == '1';
    };
    if (mobileShaped(digits))
        return digits;
    if (digits.starts_with("86") && mobileShaped(digits.substr(2)))
        return digits.substr(2);
    if (digits.starts_with("0086") && mobileShaped(digits.substr(4)))
        return digits.substr(4);
    return {};
}

Outcome parseDigits(const Cleaned &cleaned, const std::string &region)
{
    const std::string_view digits = cleaned.digits();
    if (cleaned.plus) {
        if (const PrefixRule *rule = prefixRuleFor(digits)) {
            Outcome fast = byPrefix(*rule, digits.substr(rule->countryDigits.size()));
            if (fast.isValid() || rule->invalidToo)
                return fast;
        }
        return viaLibrary('+' + std::string(digits), region);
    }

    const std::string_view spelled = mainlandSpelling(digits);
    if (region == "CN") {
        if (!spelled.empty()) {
            Outcome fast = mainland(spelled);
            if (fast.isValid())
                return fast;
        }
        return viaLibrary(std::string(digits), region);
    }

    // Another default region reads the digits first: "13987654321" is a valid
    // number in Brazil too. Only when it is not one there does the service's
    // rule (bare mainland mobiles are +86) apply.
    Outcome local = viaLibrary(std::string(digits), region);
    if (local.isValid() || spelled.empty())
        return local;
    Outcome fromMainland = mainland(spelled);
    if (fromMainland.isValid() && fromMainland.lineType == PhoneNumber::LineType::Mobile)
        return fromMainland;
    return local;
}

// The region in capitals, as libphonenumber wants it. Region codes are
// ASCII, upper-cased here without the QString that toUpper() would
// allocate for every one of a million rows.
std::string regionCodeOf(const QString &region)
{
    std::string code;
    code.reserve(std::size_t(region.size()));
    for (const QChar c : region) {
        const char16_t u = c.unicode();
        if (u >= 0x80)
            return region.toUpper().toStdString();
        code.push_back(u >= u'a' && u <= u'z' ? char(u - u'a' + u'A') : char(u));
    }
    return code;
}

QString elided(const QString &text)
{
    constexpr qsizetype shown = 40;
    const QString trimmed = text.trimmed();
    return trimmed.size() <= shown ? trimmed : trimmed.left(shown) + QChar(u'\u2026');
}
} // namespace

PhoneNumber PhoneNumber::parse(const QString &input, const QString &defaultRegion)
{
    PhoneNumber result;
    result.m_input = input;

    const Cleaned cleaned = clean(input);
    if (!cleaned.acceptable) {
        result.m_problem = Problem::NotANumber;
        return result;
    }
    if (cleaned.size == 0) {
        result.m_problem
            = cleaned.plus || !input.trimmed().isEmpty() ? Problem::NotANumber : Problem::Empty;
        return result;
    }
    if (cleaned.size > maxDigits) {
        result.m_problem = Problem::TooLong;
        return result;
    }

    const Outcome outcome = parseDigits(cleaned, regionCodeOf(defaultRegion));
    result.m_problem = outcome.problem;
    result.m_lineType = outcome.lineType;
    if (!outcome.normalized.empty()) {
        result.m_normalized = QString::fromLatin1(outcome.normalized);
        result.m_countryCodeLength = qsizetype(outcome.countryCodeLength);
    }
    // "001" is libphonenumber's name for non-geographic numbers (+800, +882):
    // no country, which the service calls DEF.
    if (outcome.isValid() && outcome.region.size() == 2) {
        result.m_regionCode
            = outcome.region == "CN" ? QStringLiteral("CN") : QString::fromLatin1(outcome.region);
    }
    return result;
}

QString PhoneNumber::e164() const
{
    return isValid() ? m_normalized : QString();
}

QString PhoneNumber::countryCode() const
{
    return m_normalized.mid(1, m_countryCodeLength);
}

QString PhoneNumber::nationalNumber() const
{
    return m_normalized.isEmpty() ? QString() : m_normalized.mid(1 + m_countryCodeLength);
}

bool PhoneNumber::isMainlandChina() const
{
    return isValid() && m_regionCode == QLatin1String("CN");
}

QString PhoneNumber::problemDescription() const
{
    // Spelled out in every call: lupdate reads the literal, not a variable.
    // The context is the qualified name, as tr() of a QObject here would use.
    const QString shown = elided(m_input);
    const QString code = countryCode();
    QString text;
    switch (m_problem) {
    case Problem::None:
        break;
    case Problem::Empty:
        text
            = QCoreApplication::translate("sms::domain::PhoneNumber", "No phone number was given.");
        break;
    case Problem::NotANumber:
        text = QCoreApplication::translate(
                   "sms::domain::PhoneNumber",
                   "\"%1\" is not a phone number: only digits, one leading +, spaces, dashes, "
                   "dots and parentheses are allowed.")
                   .arg(shown);
        break;
    case Problem::TooShort:
        text = code.isEmpty()
            ? QCoreApplication::translate("sms::domain::PhoneNumber",
                                          "%1 has too few digits for a phone number.")
                  .arg(shown)
            : QCoreApplication::translate(
                  "sms::domain::PhoneNumber",
                  "%1 has too few digits for a number with country code +%2.")
                  .arg(shown, code);
        break;
    case Problem::TooLong:
        text = code.isEmpty()
            ? QCoreApplication::translate("sms::domain::PhoneNumber",
                                          "%1 has too many digits for a phone number.")
                  .arg(shown)
            : QCoreApplication::translate(
                  "sms::domain::PhoneNumber",
                  "%1 has too many digits for a number with country code +%2.")
                  .arg(shown, code);
        break;
    case Problem::InvalidCountryCode:
        text = QCoreApplication::translate(
                   "sms::domain::PhoneNumber",
                   "%1 does not start with a known country code. Write international numbers "
                   "as + followed by the country code and the number.")
                   .arg(shown);
        break;
    case Problem::InvalidForRegion:
        text = QCoreApplication::translate("sms::domain::PhoneNumber",
                                           "%1 is not a valid phone number for country code +%2.")
                   .arg(shown, code);
        break;
    }
    return text;
}

} // namespace sms::domain
