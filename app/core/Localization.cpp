// SPDX-License-Identifier: GPL-3.0-or-later
#include "Localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace sms {

namespace {
struct Installed
{
    std::unique_ptr<QTranslator> app;
    std::unique_ptr<QTranslator> qt;
    QString language = QStringLiteral("en");
};

Installed &installed()
{
    static Installed state;
    return state;
}
} // namespace

QString Localization::install(const QLocale &locale)
{
    Installed &state = installed();
    for (auto *translator : {state.app.get(), state.qt.get()}) {
        if (translator)
            QCoreApplication::removeTranslator(translator);
    }
    state.app.reset();
    state.qt.reset();
    state.language = QStringLiteral("en");
    // Dates and numbers follow the language of the texts around them: a
    // Chinese window on an English system writes 2026年11月20日, an English
    // one on a Chinese system does not.
    const QLocale system = QLocale::system();
    QLocale::setDefault(system.language() == QLocale::English
                            ? system
                            : QLocale(QLocale::English, QLocale::UnitedStates));

    if (locale.language() == QLocale::Chinese) {
        auto app = std::make_unique<QTranslator>();
        if (app->load(QStringLiteral(":/i18n/smsconsole_zh_CN.qm"))) {
            QCoreApplication::installTranslator(app.get());
            state.app = std::move(app);
            state.language = QStringLiteral("zh_CN");
            QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        }
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QStringLiteral("qtbase_zh_CN"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt.get());
            state.qt = std::move(qt);
        }
    }
    return state.language;
}

std::optional<QLocale> Localization::localeFor(const QString &language)
{
    const QString key = language.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    if (key == QLatin1String("zh_cn") || key == QLatin1String("zh")
        || key == QLatin1String("zh_hans") || key == QLatin1String("zh_hans_cn"))
        return QLocale(QLocale::Chinese, QLocale::China);
    if (key == QLatin1String("en") || key == QLatin1String("en_us"))
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return std::nullopt;
}

QString Localization::acceptedLanguagesText()
{
    return QStringLiteral("zh_CN, zh-CN, zh, en, en_US, en-US");
}

void Localization::installFromArguments(const QStringList &arguments)
{
    std::optional<QLocale> chosen;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        QString value;
        if (arguments.at(i) == QLatin1String("--lang") && i + 1 < arguments.size())
            value = arguments.at(i + 1);
        else if (arguments.at(i).startsWith(QLatin1String("--lang=")))
            value = arguments.at(i).mid(7);
        if (const auto locale = localeFor(value))
            chosen = locale;
    }
    if (chosen)
        install(*chosen);
}

QString Localization::current()
{
    return installed().language;
}

QString Localization::apiLanguage()
{
    return current() == QLatin1String("zh_CN") ? QStringLiteral("zh-CN") : QStringLiteral("en-US");
}

} // namespace sms
