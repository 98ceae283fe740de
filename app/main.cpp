#include "Localization.h"
#include "MainWindow.h"
#include "SandboxThread.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("SMS Console"));
    QApplication::setOrganizationName(QStringLiteral("SmsConsole"));
    QApplication::setApplicationVersion(QStringLiteral(SMS_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Desktop console for a cloud SMS service."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandboxOption(
        QStringLiteral("sandbox"),
        QCoreApplication::translate("main", "Work against the built-in sandbox (nothing is really sent)."));
    const QCommandLineOption langOption(
        QStringLiteral("lang"), QCoreApplication::translate("main", "Interface language: zh_CN or en."),
        QStringLiteral("LANG"));
    parser.addOption(sandboxOption);
    parser.addOption(langOption);
    parser.process(app);

    QLocale locale = QLocale::system();
    if (parser.isSet(langOption))
        locale = parser.value(langOption).startsWith(QLatin1String("zh"))
            ? QLocale(QLocale::Chinese, QLocale::China)
            : QLocale(QLocale::English, QLocale::UnitedStates);
    sms::Localization::install(locale);

    // Until account profiles exist, the console always works offline against
    // the in-process sandbox, with its demo account kept between runs.
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dataDir);
    sms::sandbox::SandboxOptions options;
    options.demo = true;
    options.statePath = dataDir + QStringLiteral("/sandbox-state.json");

    sms::ui::MainWindow window;
    sms::sandbox::SandboxThread sandbox;
    QObject::connect(&sandbox, &sms::sandbox::SandboxThread::started, &window, [&] {
        sms::api::ClientConfig config;
        config.endpoint = sandbox.endpoint();
        config.language = sms::Localization::apiLanguage();
        window.setConnection(QCoreApplication::translate("main", "Sandbox"), config, true);
    });
    QObject::connect(&sandbox, &sms::sandbox::SandboxThread::failed, &window,
                     [&](const QString &error) { window.showStartupProblem(error); });
    sandbox.start(options);
    window.show();
    const int code = app.exec();
    sandbox.stop();
    return code;
}
