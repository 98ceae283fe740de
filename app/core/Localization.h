#pragma once

#include <QLocale>
#include <QString>

namespace sms {

// Loads the application's translations (built into the binary) and Qt's own
// for the given locale, replacing any loaded before, so the language can be
// switched at runtime. English is the source language and needs no file.
class Localization
{
public:
    // Returns the language actually in use ("zh_CN" or "en").
    static QString install(const QLocale &locale);
    static QString current();
    // The X-TC-Language value that matches the interface language.
    static QString apiLanguage();
};

} // namespace sms
