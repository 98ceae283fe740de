// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/CredentialHygiene.h"

namespace sms::credentials {

namespace {
// Unicode White_Space (spaces of every width, U+3000, tabs, CR/LF, NBSP) plus
// the invisible format characters that ride along with copied text: zero-width
// space and joiners, word joiner, and the byte order mark.
bool isInvisibleOrSpace(QChar c)
{
    switch (c.unicode()) {
    case 0x200B: // zero-width space
    case 0x200C: // zero-width non-joiner
    case 0x200D: // zero-width joiner
    case 0x2060: // word joiner
    case 0xFEFF: // byte order mark / zero-width no-break space
        return true;
    default:
        return c.isSpace();
    }
}
} // namespace

CredentialHygiene::Cleaned CredentialHygiene::clean(const QString &input)
{
    qsizetype begin = 0;
    qsizetype end = input.size();
    while (begin < end && isInvisibleOrSpace(input.at(begin)))
        ++begin;
    while (end > begin && isInvisibleOrSpace(input.at(end - 1)))
        --end;

    Cleaned result;
    result.value = input.mid(begin, end - begin);
    result.trimmed = begin > 0 || end < input.size();
    for (const QChar c : std::as_const(result.value)) {
        if (isInvisibleOrSpace(c)) {
            result.hasInnerWhitespace = true;
            break;
        }
    }
    return result;
}

} // namespace sms::credentials
