// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ExplainCommand.h"

#include "Localization.h"
#include "errors/ErrorCatalog.h"

#include <QRegularExpression>

namespace sms::cli {

using errors::ErrorCatalog;

QString ExplainCommand::usageText()
{
    return tr("Usage: smsctl explain CODE [--lang zh_CN|en]\n"
              "       smsctl explain --list\n"
              "Explains an error code of the SMS service or of SMS Console: what it means,\n"
              "what to do now and whether retrying helps.");
}

int ExplainCommand::usageError(QTextStream &err, const QString &message)
{
    err << tr("smsctl explain: %1").arg(message) << '\n' << usageText() << '\n';
    err.flush();
    return Usage;
}

int ExplainCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    bool list = false;
    std::optional<QString> language;
    QStringList codes;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--list")) {
            list = true;
        } else if (argument == QLatin1String("--help") || argument == QLatin1String("-h")) {
            out << usageText() << '\n';
            out.flush();
            return Success;
        } else if (argument == QLatin1String("--lang")) {
            if (i + 1 >= arguments.size())
                return usageError(err, tr("--lang needs a value (zh_CN or en)"));
            language = arguments.at(++i);
        } else if (argument.startsWith(QLatin1String("--lang="))) {
            language = argument.mid(7);
        } else if (argument.startsWith(QLatin1Char('-')) && argument.size() > 1) {
            return usageError(err, tr("unknown option \"%1\"").arg(argument));
        } else {
            codes.append(argument);
        }
    }

    if (language) {
        const auto locale = Localization::localeFor(*language);
        if (!locale)
            return usageError(err,
                              tr("unknown language \"%1\" (use one of %2)")
                                  .arg(*language, Localization::acceptedLanguagesText()));
        Localization::install(*locale);
    }

    if (list) {
        if (!codes.isEmpty())
            return usageError(err, tr("--list takes no code"));
        for (const QString &code : ErrorCatalog::knownCodes())
            out << code << '\n';
        out.flush();
        return Success;
    }

    if (codes.isEmpty())
        return usageError(err, tr("no error code given"));
    if (codes.size() > 1)
        return usageError(err, tr("one error code at a time"));

    // Codes are words separated by dots ("UnsupportedOperation." included);
    // anything else is a typing error, not a code to look up.
    static const QRegularExpression codePattern(
        QStringLiteral("^[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z0-9_]*)*$"));
    QString code = codes.first().trimmed();
    if (code.size() > 200 || !codePattern.match(code).hasMatch())
        return usageError(err,
                          tr("\"%1\" does not look like an error code "
                             "(for example AuthFailure.SignatureExpire)")
                              .arg(code.left(200)));

    // Codes are case-sensitive, but people type them from memory.
    if (!ErrorCatalog::isKnown(code)) {
        for (const QString &known : ErrorCatalog::knownCodes()) {
            if (known.compare(code, Qt::CaseInsensitive) == 0) {
                code = known;
                break;
            }
        }
    }

    out << ErrorCatalog::formatPlainText(code);
    out.flush();
    return Success;
}

} // namespace sms::cli
