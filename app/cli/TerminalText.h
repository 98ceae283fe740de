// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace sms::cli {

// Text a server wrote, made harmless to print on a terminal.
//
// A terminal obeys what it is sent: escape sequences set the window title,
// clear the screen or move the cursor, a carriage return lets what follows
// overwrite the line (a fake prompt), and bidirectional overrides reorder
// what is shown ("\u202Egnp.exe" reads as "exe.png"). Every character that
// can do any of that is shown as an escape instead; everything else, other
// scripts included, is kept as it is.
class TerminalText
{
public:
    // For text printed as (part of) one line: every C0 control (newline and
    // tab included), DEL and C1 control becomes \xHH; every bidirectional
    // embedding, override, isolate or mark and the line and paragraph
    // separators become \uHHHH.
    static QString line(const QString &text);

    // For a JSON document (QJsonDocument escapes the C0 controls itself):
    // what line() escapes besides them becomes a JSON \u escape, which a
    // JSON reader turns back into the very same text. Such characters only
    // occur inside strings, so the document stays valid and equal.
    static QString json(const QString &document);

    // Whether line() would change this character.
    static bool isUnsafe(char16_t c);
};

} // namespace sms::cli
