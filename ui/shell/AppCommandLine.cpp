// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/AppCommandLine.h"

#include "Localization.h"

#include <QCommandLineParser>

namespace sms::ui {

AppCommandLine AppCommandLine::parse(const QStringList &arguments)
{
    AppCommandLine result;

    // The help text is built from tr() strings.
    Localization::installFromArguments(arguments);

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Desktop console for a cloud SMS service."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        tr("Show this help and exit."));
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")},
                                           tr("Show the version and exit."));
    const QCommandLineOption sandboxOption(
        QStringLiteral("sandbox"), tr("Work against the built-in sandbox (nothing is really sent)."));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"), tr("Use the saved profile NAME for this session."),
        QStringLiteral("NAME"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        tr("Interface language: %1.")
                                            .arg(Localization::acceptedLanguagesText()),
                                        QStringLiteral("LANG"));
    parser.addOptions({helpOption, versionOption, sandboxOption, profileOption, langOption});

    if (!parser.parse(arguments)) {
        result.m_outcome = Outcome::UsageError;
        result.m_text = tr("smsconsole: %1").arg(parser.errorText()) + QLatin1Char('\n')
            + tr("Try 'smsconsole --help' for usage.") + QLatin1Char('\n');
        return result;
    }
    if (parser.isSet(helpOption)) {
        result.m_outcome = Outcome::Help;
        result.m_text = parser.helpText();
        return result;
    }
    if (parser.isSet(versionOption)) {
        result.m_outcome = Outcome::Version;
        result.m_text = QStringLiteral("%1 %2\n").arg(QCoreApplication::applicationName(),
                                                     QCoreApplication::applicationVersion());
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.m_outcome = Outcome::UsageError;
        result.m_text = tr("smsconsole: unexpected argument \"%1\"")
                            .arg(parser.positionalArguments().constFirst())
            + QLatin1Char('\n') + tr("Try 'smsconsole --help' for usage.") + QLatin1Char('\n');
        return result;
    }

    result.m_options.forceSandbox = parser.isSet(sandboxOption);
    result.m_options.profileName = parser.value(profileOption);
    // Checked by AppController::start(), which reports an unknown one in the
    // language it falls back to.
    result.m_options.language = parser.value(langOption);
    return result;
}

} // namespace sms::ui
