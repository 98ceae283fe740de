// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace sms::credentials {

// Keys copied from a web page often carry spaces, tabs or line breaks around
// them; the service then answers SecretIdNotFound or SignatureFailure, which
// is the most common authentication problem operators report.
class CredentialHygiene
{
public:
    struct Cleaned
    {
        QString value;
        bool trimmed = false;          // whitespace was removed from the ends
        bool hasInnerWhitespace = false; // whitespace inside: certainly wrong, not fixed
    };

    // Whitespace here is Unicode White_Space (ASCII and full-width U+3000
    // spaces, tabs, CR/LF, no-break spaces) plus the invisible characters
    // that come with copied text: U+200B..U+200D, U+2060 and U+FEFF.
    static Cleaned clean(const QString &input);
};

} // namespace sms::credentials
