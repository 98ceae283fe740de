// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

namespace sms::domain {

// How the service bills a message: how many characters it counts, in which
// encoding, and into how many segments that splits. The console shows this
// per row before a send, together with the character that made a message
// longer or dearer than it looks (one emoji or one long parameter can double
// or triple the bill).
//
//   Domestic                       ≤ 70 → 1 segment, longer → 67 each
//   International, GSM-7 only      ≤ 160 → 1,         longer → 153 each
//   International, anything else   ≤ 70 → 1,          longer → 67 each
//
// Domestic text is the signature with its 【】 plus the body, as sent.
class SmsLength
{
    Q_GADGET

public:
    enum class Destination { Domestic, International };
    Q_ENUM(Destination)
    enum class Encoding { Gsm7, Ucs2 };
    Q_ENUM(Encoding)

    // One character of the measured text. index is in UTF-16 code units of
    // that text (what QString::mid() and a QTextCursor take); text holds both
    // halves of a surrogate pair, so an emoji comes back whole.
    struct Character
    {
        qsizetype index = -1;
        QString text;
        char32_t codePoint = 0;

        bool isNull() const { return index < 0; }

        friend bool operator==(const Character &, const Character &) = default;
    };

    struct Result
    {
        // In the encoding's own units: GSM-7 septets (an extension character
        // such as € is two), or UTF-16 code units for UCS-2 (an emoji is two).
        int characters = 0;
        int segments = 0; // 0 for an empty text
        Encoding encoding = Encoding::Gsm7;
        // What each segment of this message holds: 70 or 160 when it fits in
        // one, 67 or 153 once it is split.
        int segmentCapacity = 0;
        // The most a single segment may hold (70 or 160); one more character
        // and the message is billed as two.
        int singleSegmentLimit = 0;
        // The first character outside the GSM-7 alphabet, the one that makes
        // an international message UCS-2. Reported for domestic text as well
        // (where the signature's 【 always is one), for the interface to use
        // or not.
        Character firstNonGsmCharacter;
        // The first character that counts as two: an emoji (or other
        // character beyond U+FFFF) in UCS-2, a GSM-7 extension character.
        Character firstDoubleCharacter;

        int capacityOfSegments() const { return segments * segmentCapacity; }
        // The service refuses longer messages (InvalidParameterValue.ContentLengthLimit).
        bool exceedsMaxLength() const { return characters > maxLength(); }

        friend bool operator==(const Result &, const Result &) = default;
    };

    static Result measure(const QString &text, Destination destination);

    // "【sign】body": the text a domestic message is billed for.
    static QString domesticText(const QString &signName, const QString &body);

    // The service's cap per message (2024 documentation). It does not say how
    // it counts; this compares the billed characters, which is never lower.
    static constexpr int maxLength() { return 500; }

    // Replaces {1}, {2}, ... with params[0], params[1], ... in one pass, so a
    // parameter value that itself contains "{2}" stays as it is. A
    // placeholder without a parameter is left in place, visible.
    static QString renderTemplate(const QString &content, const QStringList &params);
    // Distinct placeholders: "{1} … {1} … {2}" has 2. TemplateParamSet must
    // have that many values, or the service refuses the send.
    static int variableCount(const QString &content);

    // Whether a character is in the GSM 03.38 default alphabet or its
    // extension table (which costs two septets).
    static bool isGsm7(char32_t codePoint);
    static bool isGsm7Extension(char32_t codePoint);
};

} // namespace sms::domain
