#include "Localization.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>

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
    QCommandLineOption profileOption(
        QStringLiteral("profile"), QCoreApplication::translate("main", "Use the saved profile NAME."),
        QStringLiteral("NAME"));
    QCommandLineOption langOption(QStringLiteral("lang"),
                                  QCoreApplication::translate("main", "Interface language: zh_CN or en."),
                                  QStringLiteral("LANG"));
    parser.addOption(profileOption);
    parser.addOption(langOption);
    parser.process(app);

    sms::Localization::install(parser.isSet(langOption) ? QLocale(parser.value(langOption))
                                                        : QLocale::system());

    sms::api::ClientConfig config;
    sms::ui::MainWindow window(parser.value(profileOption), config);
    window.show();
    return app.exec();
}
