#include "AppController.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>

// smsconsole [--sandbox] [--profile NAME] [--lang zh_CN|en]: parses the
// command line and hands over to the AppController (profiles, keychain,
// client, sandbox) and the MainWindow.
int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("SMS Console"));
    QApplication::setOrganizationName(QStringLiteral("SmsConsole"));
    QApplication::setApplicationVersion(QStringLiteral(SMS_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("smsconsole"));
    QApplication::setWindowIcon(sms::ui::MainWindow::applicationIcon());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Desktop console for a cloud SMS service."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandboxOption(
        QStringLiteral("sandbox"),
        QCoreApplication::translate("main", "Work against the built-in sandbox (nothing is really sent)."));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        QCoreApplication::translate("main", "Use the saved profile NAME for this session."),
        QStringLiteral("NAME"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"), QCoreApplication::translate("main", "Interface language: zh_CN or en."),
        QStringLiteral("LANG"));
    parser.addOption(sandboxOption);
    parser.addOption(profileOption);
    parser.addOption(langOption);
    parser.process(app);

    sms::ui::AppOptions options;
    options.forceSandbox = parser.isSet(sandboxOption);
    options.profileName = parser.value(profileOption);
    options.language = parser.value(langOption);

    sms::ui::AppController controller(options);
    controller.start();
    sms::ui::MainWindow window(&controller);
    window.show();
    return app.exec();
}
