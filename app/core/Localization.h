// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace sms {

// Loads the application's translations (built into the binary) and Qt's own
// for the given locale, replacing any loaded before, so the language can be
// switched at runtime. English is the source language and needs no file.
class Localization
{
public:
    // Returns the language actually in use ("zh_CN" or "en").
    static QString install(const QLocale &locale);
    // The locale a language option names (the GUI's and smsctl's --lang,
    // `smsctl explain --lang`, the saved choice). People write the same
    // language in POSIX, BCP 47 and short forms, so zh_CN, zh-CN, zh, en,
    // en_US and en-US are all accepted, in any letter case; anything else
    // is nothing, for the caller to report.
    static std::optional<QLocale> localeFor(const QString &language);
    // The spellings to name in a message about an unknown language.
    static QString acceptedLanguagesText();
    // Installs the language a --lang option on this command line names
    // (--lang VALUE or --lang=VALUE, the last one wins), before a parser
    // builds its help text from tr() strings. A value it does not know is
    // left for the parser to report.
    static void installFromArguments(const QStringList &arguments);
    static QString current();
    // The X-TC-Language value that matches the interface language.
    static QString apiLanguage();
};

} // namespace sms
