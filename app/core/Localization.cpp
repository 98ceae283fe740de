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

    if (locale.language() == QLocale::Chinese) {
        auto app = std::make_unique<QTranslator>();
        if (app->load(QStringLiteral(":/i18n/smsconsole_zh_CN.qm"))) {
            QCoreApplication::installTranslator(app.get());
            state.app = std::move(app);
            state.language = QStringLiteral("zh_CN");
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

QString Localization::current()
{
    return installed().language;
}

QString Localization::apiLanguage()
{
    return current() == QLatin1String("zh_CN") ? QStringLiteral("zh-CN") : QStringLiteral("en-US");
}

} // namespace sms
