// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/TemplateChecks.h"

#include "domain/SmsLength.h"

#include <QRegularExpression>
#include <QSet>

namespace sms::review {

namespace {
const QString kContent = QStringLiteral("TemplateContent");

// A variable number as SMS Console fills it in when sending: 1 to 999, no
// leading zero. The service is vaguer about what it accepts; anything else
// in braces is at best not filled in.
int variableNumber(const QString &inside)
{
    static const QRegularExpression number(QStringLiteral("^[1-9][0-9]{0,2}$"));
    return number.match(inside).hasMatch() ? inside.toInt() : 0;
}

// The runs of characters a web address can consist of: printable ASCII
// without quotes and brackets that end one in running text.
QStringList addressCandidates(const QString &content)
{
    QStringList tokens;
    QString current;
    for (const QChar c : content) {
        const char16_t u = c.unicode();
        const bool inAddress = u > 0x20 && u < 0x7F && u != u'"' && u != u'\'' && u != u'<'
            && u != u'>' && u != u'(' && u != u')' && u != u'[' && u != u']';
        if (inAddress) {
            current += c;
        } else if (!current.isEmpty()) {
            tokens.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        tokens.append(current);
    return tokens;
}
} // namespace

bool TemplateChecks::looksLikeAddress(const QString &text)
{
    static const QRegularExpression address(
        QStringLiteral("([a-z][a-z0-9+.-]*://|www\\.|[a-z0-9-]\\.(com|cn|net|org|cc|top|xyz)\\b)"),
        QRegularExpression::CaseInsensitiveOption);
    return address.match(text).hasMatch();
}

QList<TemplateChecks::Variable> TemplateChecks::variables(const QString &content)
{
    // Anything in braces counts: "{name}" is a format error, not text.
    static const QRegularExpression braces(QStringLiteral("\\{([^{}]*)\\}"));
    QList<Variable> found;
    auto it = braces.globalMatch(content);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        found.append(
            {match.capturedStart(), match.capturedLength(), variableNumber(match.captured(1))});
    }
    return found;
}

QString TemplateChecks::unsubscribeText()
{
    return QStringLiteral("拒收请回复R");
}

bool TemplateChecks::hasUnsubscribe(const QString &content)
{
    static const QRegularExpression unsubscribe(
        QStringLiteral("(拒收请回复R|回T退订|退订回T)[。.!！\\s]*$"));
    return unsubscribe.match(content).hasMatch();
}

QString TemplateChecks::withUnsubscribe(const QString &content)
{
    if (hasUnsubscribe(content))
        return content;
    QString text = content;
    while (!text.isEmpty() && text.back().isSpace())
        text.chop(1);
    static const QString endings = QStringLiteral("。！？!?.，,；;…");
    if (!text.isEmpty() && !endings.contains(text.back()))
        text += QChar(u'。');
    return text + unsubscribeText();
}

QStringList TemplateChecks::sampleParameters(const QString &content, qint64 smsType,
                                             qint64 international)
{
    int count = 0;
    for (const Variable &v : variables(content))
        count = std::max(count, v.number);
    // As long as a value may be (6 characters), so that the preview's
    // length and segments are what the longest message costs.
    QString sample;
    if (smsType == domain::smsTypeCode(domain::SmsType::VerificationCode))
        sample = QStringLiteral("123456");
    else if (international == 1)
        sample = QStringLiteral("Sample");
    else
        sample = QStringLiteral("样例文字内容");
    return QStringList(count, sample);
}

CheckProblems TemplateChecks::check(const domain::TemplateApplication &a)
{
    CheckProblems problems;
    const auto add = [&problems](const QString &field, const char *code, const QString &message) {
        problems.append({field, QString::fromLatin1(code), message});
    };

    if (a.templateName.trimmed().isEmpty())
        add(QStringLiteral("TemplateName"), "MissingParameter",
            tr("Give the template a name, so that it can be found again."));

    using domain::SmsType;
    const SmsType type = domain::smsTypeFromCode(a.smsType);
    if (type != SmsType::Marketing && type != SmsType::Notification
        && type != SmsType::VerificationCode)
        add(QStringLiteral("SmsType"), "InvalidParameterValue.InvalidSmsType",
            tr("Choose the template type: marketing (1), notification (2) or verification code "
               "(3)."));

    if (a.international != 0 && a.international != 1)
        add(QStringLiteral("International"), "InvalidParameterValue.InvalidInternational",
            tr("International must be 0 (mainland China) or 1 (international)."));

    const QString &content = a.templateContent;
    const auto length = domain::SmsLength::measure(
        content,
        a.international == 1 ? domain::SmsLength::Destination::International
                             : domain::SmsLength::Destination::Domestic);
    if (content.trimmed().isEmpty())
        add(kContent, "InvalidParameterValue.ContentLengthLimit", tr("Write the template's text."));
    else if (length.exceedsMaxLength())
        add(kContent, "InvalidParameterValue.ContentLengthLimit",
            tr("The text has %1 characters as the service counts them; a template has at most %2.")
                .arg(length.characters)
                .arg(domain::SmsLength::maxLength()));

    // Variables: {1}, {2}, ... from 1 without gaps.
    QSet<int> numbers;
    for (const Variable &v : variables(content)) {
        if (v.number == 0) {
            add(kContent, "InvalidParameterValue.InvalidTemplateFormat",
                tr("\"%1\" is not a variable: write variables as {1}, {2}, {3}, ...")
                    .arg(content.mid(v.start, v.length)));
            numbers.clear();
            break;
        }
        numbers.insert(v.number);
    }
    for (int n = 1; n <= numbers.size(); ++n) {
        if (!numbers.contains(n)) {
            add(kContent, "InvalidParameterValue.InvalidTemplateFormat",
                tr("Number the variables from {1} without gaps: {%1} is missing.").arg(n));
            break;
        }
    }
    if (content.contains(u'【') || content.contains(u'】'))
        add(kContent, "InvalidParameterValue.InvalidTemplateFormat",
            tr("Leave out the 【】 and the signature: they are added to each message when it is "
               "sent."));
    if (type == SmsType::VerificationCode && numbers.isEmpty())
        add(kContent, "InvalidParameterValue.InvalidTemplateFormat",
            tr("A verification-code template needs a variable for the code, such as {1}."));

    for (QString token : addressCandidates(content)) {
        static const QRegularExpression variable(QStringLiteral("\\{[0-9]+\\}"));
        if (!token.contains(variable))
            continue;
        if (looksLikeAddress(token.replace(variable, QStringLiteral("x")))) {
            add(kContent, "InvalidParameterValue.ProhibitedUseUrlInTemplateParameter",
                tr("A web address must be fixed text: a variable may not stand in it."));
            break;
        }
    }

    if (type == SmsType::Marketing && a.international == 0 && !hasUnsubscribe(content))
        add(kContent, "InvalidParameterValue.MarketingTemplateWithoutUnsubscribe",
            tr("A marketing template for mainland China ends with how to opt out, such as "
               "\"%1\".")
                .arg(unsubscribeText()));
    return problems;
}

CheckProblems TemplateChecks::checkModify(const domain::TemplateApplication &application,
                                          const TemplateRecord &existing)
{
    CheckProblems problems;
    if (const auto blocker = modifyBlocker(existing))
        problems.append(*blocker);
    else if (application.international != existing.listed.international)
        problems.append(CheckProblem::marketChanged(existing.listed.international));
    return problems + check(application);
}

std::optional<CheckProblem> TemplateChecks::modifyBlocker(const TemplateRecord &existing)
{
    if (existing.hasPassedReview())
        return CheckProblem {QString(),
                             QStringLiteral("FailedOperation.TemplateAlreadyPassedCheck"),
                             tr("An approved template cannot be changed. Add a new one instead.")};
    // The service lists such a template in both markets but takes only 0 or
    // 1 in a modification, and never a change of market.
    if (existing.market() == domain::Market::Both)
        return CheckProblem {QStringLiteral("International"),
                             QStringLiteral("InvalidParameterValue.InvalidInternational"),
                             tr("A template for both mainland China and international SMS cannot "
                                "be changed. Add a new one instead.")};
    return std::nullopt;
}

} // namespace sms::review
