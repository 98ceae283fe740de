#include "TemplateHandler.h"

#include "ListQuery.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace sms::sandbox {

namespace {
using R = ServiceResult;
}

TemplateHandler::TemplateHandler(SandboxState &state, const SandboxSettings &settings,
                                 const ReviewDesk &desk)
    : m_state(state)
    , m_settings(settings)
    , m_desk(desk)
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

void TemplateHandler::advanceReviews(qint64 now)
{
    for (TemplateRecord &t : m_state.templates) {
        if (t.status != ReviewStatusCode::UnderReview || t.reviewAt > now)
            continue;
        t.rejectReason = m_desk.templateRejection(t);
        t.status
            = t.rejectReason.isEmpty() ? ReviewStatusCode::Approved : ReviewStatusCode::Rejected;
    }
}

ServiceResult TemplateHandler::handle(const QString &action, const RequestContext &ctx,
                                      const QJsonObject &body)
{
    if (!m_state.enterpriseVerified)
        return R::error(QStringLiteral("FailedOperation.NotEnterpriseCertification"),
                        ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                   "Only enterprise-verified accounts can manage "
                                                   "signatures and templates.")));
    if (action == QLatin1String("AddSmsTemplate"))
        return add(ctx, body);
    if (action == QLatin1String("ModifySmsTemplate"))
        return modify(ctx, body);
    if (action == QLatin1String("DeleteSmsTemplate"))
        return remove(ctx, body);
    return describe(ctx, body);
}

ServiceResult TemplateHandler::validate(const RequestContext &ctx, const QJsonObject &body,
                                        TemplateRecord &t)
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
    if (t.international != 0 && t.international != 1)
        return R::error(QStringLiteral("InvalidParameterValue.InvalidInternational"),
                        ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                   "International must be 0 (mainland China) or "
                                                   "1 (international).")));
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

ServiceResult TemplateHandler::add(const RequestContext &ctx, const QJsonObject &body)
{
    if (m_state.signs.isEmpty())
        return R::error(QStringLiteral("FailedOperation.MissingSignature"),
                        ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                   "Apply for a signature before the first "
                                                   "template.")));
    if (m_state.templates.size() >= m_settings.maxTemplates)
        return R::error(QStringLiteral("FailedOperation.TemplateNumberLimit"),
                        ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                   "The account has reached its number of "
                                                   "templates. Delete unused ones first.")));
    TemplateRecord t;
    const ServiceResult problem = validate(ctx, body, t);
    if (problem.isError())
        return problem;
    t.id = m_state.nextTemplateId++;
    t.createTime = ctx.nowSecs;
    t.status = ReviewStatusCode::UnderReview;
    t.reviewAt = ctx.nowSecs + m_settings.reviewDelaySeconds;
    m_state.templates.insert(t.id, t);
    advanceReviews(ctx.nowSecs);
    // AddSmsTemplate answers the id as a string, Modify as an integer.
    return R::ok({{QStringLiteral("AddTemplateStatus"),
                   QJsonObject{{QStringLiteral("TemplateId"), QString::number(t.id)}}}});
}

ServiceResult TemplateHandler::modify(const RequestContext &ctx, const QJsonObject &body)
{
    const qint64 id = body.value(QLatin1String("TemplateId")).toInteger();
    auto it = m_state.templates.find(id);
    if (it == m_state.templates.end())
        return R::error(QStringLiteral("FailedOperation.MissingTemplateToModify"),
                        ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                   "No template has this TemplateId.")));
    if (passedReview(it->status))
        return R::error(QStringLiteral("FailedOperation.TemplateAlreadyPassedCheck"),
                        ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                   "An approved template cannot be changed; add "
                                                   "a new one instead.")));
    if (body.value(QLatin1String("International")).toInt() != it->international)
        return R::error(QStringLiteral("InvalidParameterValue.InvalidInternational"),
                        ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                   "International cannot change when modifying.")));
    TemplateRecord t = *it;
    const ServiceResult problem = validate(ctx, body, t);
    if (problem.isError())
        return problem;
    t.status = ReviewStatusCode::UnderReview;
    t.rejectReason.clear();
    t.reviewAt = ctx.nowSecs + m_settings.reviewDelaySeconds;
    *it = t;
    advanceReviews(ctx.nowSecs);
    return R::ok({{QStringLiteral("ModifyTemplateStatus"),
                   QJsonObject{{QStringLiteral("TemplateId"), t.id}}}});
}

ServiceResult TemplateHandler::remove(const RequestContext &ctx, const QJsonObject &body)
{
    const qint64 id = body.value(QLatin1String("TemplateId")).toInteger();
    if (!m_state.templates.remove(id))
        return R::error(QStringLiteral("FailedOperation.TemplateIdNotExist"),
                        ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                   "No template has this TemplateId.")));
    return R::ok({{QStringLiteral("DeleteTemplateStatus"),
                   QJsonObject{{QStringLiteral("DeleteStatus"), QStringLiteral("return successfully!")},
                               {QStringLiteral("DeleteTime"), ctx.nowSecs}}}});
}

ServiceResult TemplateHandler::describe(const RequestContext &ctx, const QJsonObject &body)
{
    ListQuery query;
    const ServiceResult problem = ListQuery::parse(
        ctx, body, QLatin1String("TemplateIdSet"),
        QT_TRANSLATE_NOOP("sms::sandbox::Messages", "Ask for at most 100 templates at a time."),
        &query);
    if (problem.isError())
        return problem;
    // A template usable in both markets (International 3) is listed in both.
    const auto selected = query.select(m_state.templates, [&query](const TemplateRecord &t) {
        return t.international == query.international || t.international == 3;
    });
    if (!selected)
        return R::error(QStringLiteral("FailedOperation.TemplateIdNotExist"),
                        ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                   "No template has this TemplateId.")));
    QJsonArray out;
    for (const TemplateRecord *t : *selected) {
        out.append(QJsonObject {{QStringLiteral("TemplateId"), t->id},
                                {QStringLiteral("International"), t->international},
                                {QStringLiteral("StatusCode"), int(t->status)},
                                {QStringLiteral("ReviewReply"),
                                 t->status == ReviewStatusCode::Rejected
                                     ? ReviewDesk::replyText(t->rejectReason, ctx)
                                     : QString()},
                                {QStringLiteral("TemplateName"), t->name},
                                {QStringLiteral("CreateTime"), t->createTime},
                                {QStringLiteral("TemplateContent"), t->content}});
    }
    return R::ok({{QStringLiteral("DescribeTemplateStatusSet"), out}});
}

} // namespace sms::sandbox
