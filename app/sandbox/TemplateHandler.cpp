// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/TemplateHandler.h"

#include <QRegularExpression>
#include <QSet>

namespace sms::sandbox {

namespace {
using R = ServiceResult;
} // namespace

TemplateHandler::TemplateHandler(SandboxState &state, const SandboxSettings &settings,
                                 const ReviewDesk &desk)
    : ReviewedRecordHandler(
        {
            .addAction = QLatin1String("AddSmsTemplate"),
            .modifyAction = QLatin1String("ModifySmsTemplate"),
            .deleteAction = QLatin1String("DeleteSmsTemplate"),
            .idField = QLatin1String("TemplateId"),
            .idSetField = QLatin1String("TemplateIdSet"),
            .addStatus = QLatin1String("AddTemplateStatus"),
            .modifyStatus = QLatin1String("ModifyTemplateStatus"),
            .deleteStatus = QLatin1String("DeleteTemplateStatus"),
            .listStatusSet = QLatin1String("DescribeTemplateStatusSet"),
            // AddSmsTemplate answers the id as a string, Modify as an integer.
            .addAnswersIdAsText = true,
            .quota = &SandboxSettings::maxTemplates,
            .quotaCode = QLatin1String("FailedOperation.TemplateNumberLimit"),
            .quotaText = QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                           "The account has reached its number of templates. "
                                           "Delete unused ones first."),
            .notFoundCode = QLatin1String("FailedOperation.TemplateIdNotExist"),
            .missingToModifyCode = QLatin1String("FailedOperation.MissingTemplateToModify"),
            .passedReviewCode = QLatin1String("FailedOperation.TemplateAlreadyPassedCheck"),
            .notFoundText
            = QT_TRANSLATE_NOOP("sms::sandbox::Messages", "No template has this TemplateId."),
            .passedReviewText = QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                  "An approved template cannot be changed; add "
                                                  "a new one instead."),
            .tooManyText = QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                             "Ask for at most 100 templates at a time."),
        },
        state.templates, state.nextTemplateId, state, settings, desk)
{
}

int TemplateHandler::variableCount(const QString &content)
{
    // Anything in braces must be a variable number; "{name}" is a format
    // error, not text.
    static const QRegularExpression braces(QStringLiteral("\\{([^{}]*)\\}"));
    QSet<int> numbers;
    auto it = braces.globalMatch(content);
    while (it.hasNext()) {
        bool ok = false;
        const int n = it.next().captured(1).toInt(&ok);
        if (!ok || n < 1)
            return -1;
        numbers.insert(n);
    }
    for (int i = 1; i <= numbers.size(); ++i) {
        if (!numbers.contains(i))
            return -1;
    }
    return int(numbers.size());
}

ServiceResult TemplateHandler::checkPrerequisites(const RequestContext &ctx) const
{
    if (m_state.signs.isEmpty())
        return R::error(QStringLiteral("FailedOperation.MissingSignature"),
                        ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                   "Apply for a signature before the first "
                                                   "template.")));
    return {};
}

ServiceResult TemplateHandler::validate(const RequestContext &ctx, const QJsonObject &body,
                                        TemplateRecord &t) const
{
    t.name = body.value(QLatin1String("TemplateName")).toString();
    t.content = body.value(QLatin1String("TemplateContent")).toString();
    t.smsType = body.value(QLatin1String("SmsType")).toInt();
    t.international = body.value(QLatin1String("International")).toInt();
    t.remark = body.value(QLatin1String("Remark")).toString();

    if (t.smsType < 0 || t.smsType > 3)
        return R::error(QStringLiteral("InvalidParameterValue.InvalidSmsType"),
                        ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                   "SmsType must be 1 (marketing), 2 "
                                                   "(notification) or 3 (verification code).")));
    if (const ServiceResult problem = checkMarket(ctx, t.international); problem.isError())
        return problem;
    if (t.content.trimmed().isEmpty() || t.content.size() > m_settings.contentMaxLength)
        return R::error(QStringLiteral("InvalidParameterValue.ContentLengthLimit"),
                        ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                   "Template content must have 1 to 500 "
                                                   "characters.")));
    if (variableCount(t.content) < 0)
        return R::error(QStringLiteral("InvalidParameterValue.InvalidTemplateFormat"),
                        ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                   "Variables must be written {1}, {2}, ... and "
                                                   "numbered from 1 without gaps.")));
    if (t.smsType == 1 && t.international == 0) {
        static const QRegularExpression unsubscribe(
            QStringLiteral("(拒收请回复R|回T退订|退订回T)[。.!！\\s]*$"));
        if (!unsubscribe.match(t.content).hasMatch())
            return R::error(QStringLiteral("InvalidParameterValue.MarketingTemplateWithoutUnsubscribe"),
                            ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                       "A marketing template must end with an "
                                                       "opt-out instruction such as "
                                                       "\"拒收请回复R\".")));
    }
    return {};
}

bool TemplateHandler::listedIn(const TemplateRecord &t, int international) const
{
    return t.international == international || t.international == 3;
}

void TemplateHandler::addListFields(const TemplateRecord &t, QJsonObject &item) const
{
    item.insert(QStringLiteral("TemplateName"), t.name);
    item.insert(QStringLiteral("TemplateContent"), t.content);
}

} // namespace sms::sandbox
