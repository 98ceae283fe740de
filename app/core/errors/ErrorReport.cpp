// SPDX-License-Identifier: GPL-3.0-or-later
#include "errors/ErrorReport.h"

#include "api/ApiError.h"
#include "errors/ErrorCatalog.h"

#include <QRegularExpression>

namespace sms::errors {

namespace {
QString line(const QString &label, const QString &value)
{
    return label + QStringLiteral(": ") + value + QLatin1Char('\n');
}

QString oneLine(const QString &text)
{
    // A report is pasted into tickets and chats: keep every field on its line.
    QString result = text;
    result.replace(QRegularExpression(QStringLiteral("[\\r\\n\\t\\x{2028}\\x{2029}]+")),
                   QStringLiteral(" "));
    return ErrorReport::redactSecrets(result);
}
} // namespace

QString ErrorReport::redactSecrets(const QString &text)
{
    // Credential-looking "name=value" or "name: value" pairs, and TC3
    // signatures; the value goes, the name stays so the reader sees why.
    static const QRegularExpression pairs(
        QStringLiteral("((?:secret[_-]?key|secretkey|x-tc-token|token|password|authorization|"
                       "tencentcloud_secret_key|signature)\\s*[=:]\\s*)"
                       "(\"[^\"]*\"|[^\\s,;\"]+(?:\\s+Credential=\\S+)?)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tc3(QStringLiteral("TC3-HMAC-SHA256\\s+\\S.*"),
                                        QRegularExpression::CaseInsensitiveOption);
    QString result = text;
    result.replace(tc3, QStringLiteral("TC3-HMAC-SHA256 [redacted]"));
    result.replace(pairs, QStringLiteral("\\1[redacted]"));
    return result;
}

QString ErrorReport::maskPhoneNumber(const QString &number)
{
    const QString trimmed = number.trimmed();
    if (trimmed.size() <= 8)
        return QString(trimmed.size(), QLatin1Char('*'));
    const qsizetype keepFront = trimmed.size() - 8;
    return trimmed.left(keepFront) + QStringLiteral("****") + trimmed.right(4);
}

QString ErrorReport::header(const QDateTime &whenUtc)
{
    const QDateTime when = (whenUtc.isValid() ? whenUtc : QDateTime::currentDateTimeUtc()).toUTC();
    QString version = QCoreApplication::applicationVersion();
    if (version.isEmpty())
        version = QStringLiteral(SMS_VERSION);
    QString text = tr("SMS Console error report") + QLatin1Char('\n');
    text += line(tr("Time"), when.toString(Qt::ISODate) + QStringLiteral(" (")
                                 + when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t"))
                                 + QLatin1Char(')'));
    text += line(tr("App version"), version);
    return text;
}

QString ErrorReport::forError(const api::ApiError &error, const QDateTime &whenUtc)
{
    QString text = header(whenUtc);
    if (!error.action().isEmpty())
        text += line(tr("Action"), oneLine(error.action()));
    text += line(tr("Code"), oneLine(error.code()));
    QString matched;
    ErrorCatalog::resolve(error.code(), &matched);
    if (matched != error.code())
        text += line(tr("Guidance used"), matched.isEmpty() ? tr("general guidance") : matched);
    text += line(tr("Message"), oneLine(error.message()));
    text += line(tr("RequestId"),
                 error.requestId().isEmpty() ? tr("(none: the service did not answer)")
                                             : oneLine(error.requestId()));
    if (error.httpStatus() != 0)
        text += line(tr("HTTP status"), QString::number(error.httpStatus()));
    if (error.attempts() > 1)
        text += line(tr("Attempts"), QString::number(error.attempts()));
    if (const auto offset = error.clockOffsetSeconds())
        text += line(tr("Clock offset (server minus this computer)"),
                     tr("%1 s").arg(*offset > 0 ? QStringLiteral("+%1").arg(*offset)
                                                : QString::number(*offset)));
    if (error.outcomeUnknown())
        text += line(tr("Outcome"), tr("unknown: the request may have been carried out"));
    if (!error.numberFailures().isEmpty()) {
        text += line(tr("Numbers accepted"), QString::number(error.acceptedCount()));
        text += QLatin1Char('\n')
                + groupsBlock(ErrorGroups::groupByCode(error.numberFailures(), error.requestId()));
    }
    return text;
}

QString ErrorReport::forGroups(const ErrorGroupList &groups, const QString &action,
                               const QDateTime &whenUtc)
{
    QString text = header(whenUtc);
    if (!action.isEmpty())
        text += line(tr("Action"), oneLine(action));
    text += QLatin1Char('\n') + groupsBlock(groups);
    return text;
}

QString ErrorReport::groupsBlock(const ErrorGroupList &groups)
{
    QString text = tr("Failures: %1 · Groups by code: %2")
                       .arg(ErrorGroups::totalCount(groups))
                       .arg(groups.size())
                   + QLatin1Char('\n');
    for (const auto &group : groups) {
        text += QStringLiteral("- ") + oneLine(group.code) + QStringLiteral(" x ")
                + QString::number(group.count) + QLatin1Char('\n');
        if (!group.message.isEmpty())
            text += QStringLiteral("  ") + line(tr("Message"), oneLine(group.message));
        if (!group.requestId.isEmpty())
            text += QStringLiteral("  ") + line(tr("RequestId"), oneLine(group.requestId));
        if (!group.numbers.isEmpty()) {
            QStringList masked;
            for (const auto &number : group.sampleNumbers(3))
                masked.append(maskPhoneNumber(number));
            text += QStringLiteral("  ")
                    + line(tr("Numbers (masked, first %1)").arg(masked.size()),
                           masked.join(QStringLiteral(", ")));
        }
    }
    return text;
}

} // namespace sms::errors
