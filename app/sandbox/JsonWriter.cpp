// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/JsonWriter.h"

namespace sms::sandbox {

void JsonWriter::appendString(QByteArray &out, const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    // Worst case per UTF-16 unit: "\u00XX" (6 bytes); a surrogate pair is
    // 2 units for 4 bytes. Write through a raw pointer, trim afterwards: this
    // runs seven times per number of a send.
    const qsizetype start = out.size();
    out.resize(start + text.size() * 6 + 2);
    char *p = out.data() + start;
    *p++ = '"';
    const auto *s = reinterpret_cast<const char16_t *>(text.utf16());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = s[i];
        if (c < 0x80) {
            switch (c) {
            case u'"': *p++ = '\\'; *p++ = '"'; break;
            case u'\\': *p++ = '\\'; *p++ = '\\'; break;
            case u'\b': *p++ = '\\'; *p++ = 'b'; break;
            case u'\f': *p++ = '\\'; *p++ = 'f'; break;
            case u'\n': *p++ = '\\'; *p++ = 'n'; break;
            case u'\r': *p++ = '\\'; *p++ = 'r'; break;
            case u'\t': *p++ = '\\'; *p++ = 't'; break;
            default:
                if (c < 0x20) {
                    *p++ = '\\'; *p++ = 'u'; *p++ = '0'; *p++ = '0';
                    *p++ = hex[c >> 4];
                    *p++ = hex[c & 0xf];
                } else {
                    *p++ = char(c);
                }
            }
        } else if (c < 0x800) {
            *p++ = char(0xC0 | (c >> 6));
            *p++ = char(0x80 | (c & 0x3F));
        } else if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(s[i + 1])) {
            const char32_t u = QChar::surrogateToUcs4(c, s[++i]);
            *p++ = char(0xF0 | (u >> 18));
            *p++ = char(0x80 | ((u >> 12) & 0x3F));
            *p++ = char(0x80 | ((u >> 6) & 0x3F));
            *p++ = char(0x80 | (u & 0x3F));
        } else {
            // A lone surrogate cannot be encoded: U+FFFD, as QString::toUtf8 does.
            const char16_t v = QChar::isSurrogate(c) ? char16_t(0xFFFD) : c;
            *p++ = char(0xE0 | (v >> 12));
            *p++ = char(0x80 | ((v >> 6) & 0x3F));
            *p++ = char(0x80 | (v & 0x3F));
        }
    }
    *p++ = '"';
    out.resize(p - out.constData());
}

void JsonWriter::appendMember(QByteArray &out, const char *key, const QString &value, bool first)
{
    if (!first)
        out.append(',');
    out.append('"').append(key).append("\":");
    appendString(out, value);
}

void JsonWriter::appendMember(QByteArray &out, const char *key, qint64 value, bool first)
{
    if (!first)
        out.append(',');
    out.append('"').append(key).append("\":").append(QByteArray::number(value));
}

} // namespace sms::sandbox
