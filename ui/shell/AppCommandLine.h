// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/AppOptions.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace sms::ui {

// smsconsole's command line: [--sandbox] [--profile NAME] [--lang LANG],
// --help and --version.
//
// Read before any window exists, so that --help and --version answer on a
// terminal without a display, and so that a mistake is reported on standard
// error instead of being ignored. What can only be checked later (does the
// profile exist, is the language one SMS Console offers) is reported by
// AppController::startupProblems().
class AppCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(sms::ui::AppCommandLine)

public:
    enum class Outcome {
        Run,        // open the window with options()
        Help,       // print text() on standard output and exit 0
        Version,    // likewise
        UsageError, // print text() on standard error and exit 2
    };

    // arguments: QCoreApplication::arguments(), program name first.
    static AppCommandLine parse(const QStringList &arguments);

    Outcome outcome() const { return m_outcome; }
    const AppOptions &options() const { return m_options; }
    // Help, version or usage text, depending on the outcome.
    QString text() const { return m_text; }

private:
    Outcome m_outcome = Outcome::Run;
    AppOptions m_options;
    QString m_text;
};

} // namespace sms::ui
