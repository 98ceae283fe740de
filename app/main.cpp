// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/AppCommandLine.h"
#include "shell/AppController.h"
#include "shell/MainWindow.h"

#include <QApplication>

#include <cstdio>
#include <optional>

namespace {
void setApplicationNames()
{
    QCoreApplication::setApplicationName(QStringLiteral("SMS Console"));
    QCoreApplication::setOrganizationName(QStringLiteral("SmsConsole"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SMS_VERSION));
}

void print(FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fflush(stream);
}
} // namespace

// smsconsole [--sandbox] [--profile NAME] [--lang LANG]: reads the command
// line, then hands over to the AppController (profiles, keychain, client,
// sandbox) and the MainWindow.
int main(int argc, char *argv[])
{
    setApplicationNames();

    // The command line is read with a QCoreApplication, before anything
    // touches the window system: --help, --version and usage errors then
    // answer on a terminal that has no display, instead of aborting.
    std::optional<sms::ui::AppCommandLine> commandLine;
    {
        QCoreApplication terminal(argc, argv);
        commandLine = sms::ui::AppCommandLine::parse(QCoreApplication::arguments());
        switch (commandLine->outcome()) {
        case sms::ui::AppCommandLine::Outcome::Help:
        case sms::ui::AppCommandLine::Outcome::Version:
            print(stdout, commandLine->text());
            return 0;
        case sms::ui::AppCommandLine::Outcome::UsageError:
            print(stderr, commandLine->text());
            return 2;
        case sms::ui::AppCommandLine::Outcome::Run:
            break;
        }
    }

    QApplication app(argc, argv);
    setApplicationNames();
    QGuiApplication::setDesktopFileName(QStringLiteral("smsconsole"));
    QApplication::setWindowIcon(sms::ui::MainWindow::applicationIcon());

    sms::ui::AppController controller(commandLine->options());
    controller.start();
    for (const QString &problem : controller.startupProblems())
        print(stderr, QStringLiteral("smsconsole: %1\n").arg(problem));
    sms::ui::MainWindow window(&controller);
    window.show();
    return app.exec();
}
