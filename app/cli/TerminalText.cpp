// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/TerminalText.h"

namespace sms::cli {

namespace {

bool isControl(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f);
}

QString hex(char16_t c, int digits)
{
    return QStringLiteral("%1").arg(uint(c), digits, 16, QLatin1Char('0')).toUpper();
}

} // namespace

bool TerminalText::isUnsafe(char16_t c)
{
    // The Arabic letter mark, the left-to-right and right-to-left marks, the
    // line and paragraph separators, the embeddings and overrides, the
    // isolates.
    const bool bidi = c == 0x061c || c == 0x200e || c == 0x200f || (c >= 0x2028 && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069);
    return isControl(c) || bidi;
}

QString TerminalText::line(const QString &text)
{
    QString shown;
    shown.reserve(text.size());
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (!isUnsafe(c))
            shown += ch;
        else if (isControl(c))
            shown += QStringLiteral("\\x") + hex(c, 2);
        else
            shown += QStringLiteral("\\u") + hex(c, 4);
    }
    return shown;
}

QString TerminalText::json(const QString &document)
{
    QString shown;
    shown.reserve(document.size());
    for (const QChar ch : document) {
        const char16_t c = ch.unicode();
        // C0 controls outside strings are the document's own line breaks.
        if (c >= 0x20 && isUnsafe(c))
            shown += QStringLiteral("\\u") + hex(c, 4).toLower();
        else
            shown += ch;
    }
    return shown;
}

} // namespace sms::cli
