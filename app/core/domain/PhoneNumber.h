// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace sms::domain {

// One phone number as an operator typed or imported it, and what it is in
// E.164 terms. parse() accepts the forms the service accepts (+86…, 0086…,
// 86…, bare 11 digits for the mainland) plus the dirt found in spreadsheet
// exports (spaces, dashes, parentheses, full-width digits), so a bulk list can
// be cleaned and flagged before anything is sent: dirty lists are the
// commonest cause of refused numbers.
//
// A plain value: copy it, store it, compare it. Validation is libphonenumber's
// metadata, kept out of this header so that including it does not pull
// protobuf into every file. parse() may be called from any thread.
class PhoneNumber
{
    Q_GADGET

public:
    // Why a number was refused; None for a valid number.
    enum class Problem {
        None,
        Empty, // nothing but whitespace
        NotANumber, // letters or other characters that are not part of a number
        TooShort,
        TooLong,
        InvalidCountryCode, // +999…, or a national number with an unknown default region
        InvalidForRegion, // a plausible length, but no such number in that country
    };
    Q_ENUM(Problem)

    // What libphonenumber's metadata says about the line. Several countries
    // (the US and Canada among them) cannot tell mobile from fixed line.
    enum class LineType {
        Unknown,
        Mobile,
        FixedLine,
        FixedLineOrMobile,
        TollFree,
        PremiumRate,
        Voip,
        Other, // shared cost, personal, pager, UAN, voicemail
    };
    Q_ENUM(LineType)

    PhoneNumber() = default; // the result of parsing an empty string

    // defaultRegion (ISO 3166, "CN", "HK", ...) is the country of numbers
    // written without a country code. Whatever it is, a bare 11-digit mainland
    // mobile number is still taken as +86, because the service does so.
    static PhoneNumber parse(const QString &input,
                             const QString &defaultRegion = QStringLiteral("CN"));

    bool isValid() const { return m_problem == Problem::None; }
    Problem problem() const { return m_problem; }
    // One translated sentence naming the input and what is wrong with it;
    // empty for a valid number.
    QString problemDescription() const;

    QString input() const { return m_input; } // exactly as given, untrimmed

    // "+8613800138000"; empty unless valid. Two imports of the same number in
    // different spellings have the same e164(): use it to find duplicates.
    QString e164() const;
    // "86" and "13800138000". Also filled for an invalid number once its
    // country is known, so a message can say "not a valid number for +852".
    QString countryCode() const;
    QString nationalNumber() const;
    // ISO 3166 code of the number's country ("CN", "HK", "US"); "DEF" when
    // unknown or invalid, the way the service reports it in IsoCode.
    QString regionCode() const { return m_regionCode; }

    // Only the Chinese mainland: Hong Kong, Macao and Taiwan numbers need an
    // international template and signature with this service.
    bool isMainlandChina() const;
    LineType lineType() const { return m_lineType; }
    // True only when the metadata says mobile; false when it says otherwise
    // or cannot tell (see lineType()).
    bool isMobile() const { return m_lineType == LineType::Mobile; }

    friend bool operator==(const PhoneNumber &, const PhoneNumber &) = default;

private:
    QString m_input;
    QString m_normalized; // "+<country code><national number>" once the country is known
    qsizetype m_countryCodeLength = 0; // digits of the country code in m_normalized
    QString m_regionCode = QStringLiteral("DEF");
    Problem m_problem = Problem::Empty;
    LineType m_lineType = LineType::Unknown;
};

} // namespace sms::domain
