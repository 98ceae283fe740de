// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/SmsLength.h"

#include <QSet>

namespace sms::domain {

namespace {
constexpr int ucs2Single = 70;
constexpr int ucs2PerSegment = 67;
constexpr int gsmSingle = 160;
constexpr int gsmPerSegment = 153;

// The placeholder starting at content[at], if there is one: "{", one to three
// digits without a leading zero, "}". Sets the number and the index after it.
bool placeholderAt(const QString &content, qsizetype at, int *number, qsizetype *end)
{
    if (content.at(at) != u'{')
        return false;
    int value = 0;
    qsizetype i = at + 1;
    for (; i < content.size() && i - at <= 3; ++i) {
        const char16_t c = content.at(i).unicode();
        if (c < u'0' || c > u'9')
            break;
        if (value == 0 && c == u'0')
            return false;
        value = value * 10 + (c - u'0');
    }
    if (value == 0 || i >= content.size() || content.at(i) != u'}')
        return false;
    *number = value;
    *end = i + 1;
    return true;
}

int segmentsFor(int characters, int single, int perSegment)
{
    if (characters == 0)
        return 0;
    if (characters <= single)
        return 1;
    return (characters + perSegment - 1) / perSegment;
}
} // namespace

bool SmsLength::isGsm7Extension(char32_t codePoint)
{
    switch (codePoint) {
    case U'\f':
    case U'^':
    case U'{':
    case U'}':
    case U'\\':
    case U'[':
    case U'~':
    case U']':
    case U'|':
    case U'\u20AC': // €
        return true;
    default:
        return false;
    }
}

bool SmsLength::isGsm7(char32_t codePoint)
{
    if (codePoint >= 0x20 && codePoint <= 0x7E)
        return codePoint != U'`'; // the only printable ASCII character GSM-7 lacks
    switch (codePoint) {
    case U'\n':
    case U'\r':
    // The GSM 03.38 default alphabet beyond ASCII
    case U'\u00A1': // ¡
    case U'\u00A3': // £
    case U'\u00A4': // ¤
    case U'\u00A5': // ¥
    case U'\u00A7': // §
    case U'\u00BF': // ¿
    case U'\u00C4': // Ä
    case U'\u00C5': // Å
    case U'\u00C6': // Æ
    case U'\u00C7': // Ç
    case U'\u00C9': // É
    case U'\u00D1': // Ñ
    case U'\u00D6': // Ö
    case U'\u00D8': // Ø
    case U'\u00DC': // Ü
    case U'\u00DF': // ß
    case U'\u00E0': // à
    case U'\u00E4': // ä
    case U'\u00E5': // å
    case U'\u00E6': // æ
    case U'\u00E8': // è
    case U'\u00E9': // é
    case U'\u00EC': // ì
    case U'\u00F1': // ñ
    case U'\u00F2': // ò
    case U'\u00F6': // ö
    case U'\u00F8': // ø
    case U'\u00F9': // ù
    case U'\u00FC': // ü
    case U'\u0393': // Γ
    case U'\u0394': // Δ
    case U'\u0398': // Θ
    case U'\u039B': // Λ
    case U'\u039E': // Ξ
    case U'\u03A0': // Π
    case U'\u03A3': // Σ
    case U'\u03A6': // Φ
    case U'\u03A8': // Ψ
    case U'\u03A9': // Ω
        return true;
    default:
        return isGsm7Extension(codePoint);
    }
}

SmsLength::Result SmsLength::measure(const QString &text, Destination destination)
{
    Result result;
    int septets = 0;
    Character firstExtension;
    Character firstSurrogatePair;

    for (qsizetype i = 0; i < text.size();) {
        char32_t codePoint = text.at(i).unicode();
        qsizetype width = 1;
        if (QChar::isHighSurrogate(codePoint) && i + 1 < text.size()
            && text.at(i + 1).isLowSurrogate()) {
            codePoint = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            width = 2;
        }
        const auto here = [&] {
            return Character {i, text.mid(i, width), codePoint};
        };

        if (isGsm7Extension(codePoint)) {
            septets += 2;
            if (firstExtension.isNull())
                firstExtension = here();
        } else if (isGsm7(codePoint)) {
            septets += 1;
        } else if (result.firstNonGsmCharacter.isNull()) {
            result.firstNonGsmCharacter = here();
        }
        if (width == 2 && firstSurrogatePair.isNull())
            firstSurrogatePair = here();
        i += width;
    }

    // Domestic messages are billed at the UCS-2 rate whatever they contain
    // (and their 【】 signature is outside GSM-7 anyway).
    const bool gsm
        = destination == Destination::International && result.firstNonGsmCharacter.isNull();
    if (gsm) {
        result.encoding = Encoding::Gsm7;
        result.characters = septets;
        result.singleSegmentLimit = gsmSingle;
        result.segments = segmentsFor(septets, gsmSingle, gsmPerSegment);
        result.segmentCapacity = result.segments > 1 ? gsmPerSegment : gsmSingle;
        result.firstDoubleCharacter = firstExtension;
    } else {
        // Carriers send these as UCS-2, in practice UTF-16: a character beyond
        // U+FFFF (most emoji, some rare CJK) takes two 16-bit units of the
        // 140-byte payload, so it is billed as two characters. Counting
        // QString's UTF-16 code units is therefore exact, and counting code
        // points would under-bill.
        result.encoding = Encoding::Ucs2;
        result.characters = int(text.size());
        result.singleSegmentLimit = ucs2Single;
        result.segments = segmentsFor(result.characters, ucs2Single, ucs2PerSegment);
        result.segmentCapacity = result.segments > 1 ? ucs2PerSegment : ucs2Single;
        result.firstDoubleCharacter = firstSurrogatePair;
    }
    return result;
}

QString SmsLength::domesticText(const QString &signName, const QString &body)
{
    return QChar(u'【') + signName + QChar(u'】') + body;
}

QString SmsLength::renderTemplate(const QString &content, const QStringList &params)
{
    QString rendered;
    rendered.reserve(content.size());
    for (qsizetype i = 0; i < content.size();) {
        int number = 0;
        qsizetype end = 0;
        if (placeholderAt(content, i, &number, &end) && number <= params.size()) {
            rendered += params.at(number - 1);
            i = end;
        } else {
            rendered += content.at(i);
            ++i;
        }
    }
    return rendered;
}

int SmsLength::variableCount(const QString &content)
{
    QSet<int> numbers;
    for (qsizetype i = 0; i < content.size(); ++i) {
        int number = 0;
        qsizetype end = 0;
        if (placeholderAt(content, i, &number, &end)) {
            numbers.insert(number);
            i = end - 1;
        }
    }
    return int(numbers.size());
}

} // namespace sms::domain
