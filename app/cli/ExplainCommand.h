// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>


namespace sms::cli {

// `smsctl explain`: prints the same guidance as the error dialog.
//
//   smsctl explain CODE [--lang zh_CN|en]   title, meaning, steps, retry advice
//   smsctl explain --list                   every known code, one a line
//
// Exit codes: 0 for a code (known or not: an unknown code gets the guidance
// of its prefix, or the general guidance, with a note saying so) and for
// --list; 2 for a usage error. --lang installs that language before printing;
// without it the language already installed is used.
class ExplainCommand
{
    Q_DECLARE_TR_FUNCTIONS(sms::cli::ExplainCommand)

public:
    enum ExitCode { Success = 0, Usage = 2 };

    // arguments: everything after the word "explain".
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

    static QString usageText();

private:
    int usageError(QTextStream &err, const QString &message);
};

} // namespace sms::cli
