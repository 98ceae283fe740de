#include "SandboxService.h"

namespace sms::sandbox {

SandboxService::SandboxService()
    : m_desk(m_settings)
    , m_signs(m_state, m_settings, m_desk)
    , m_templates(m_state, m_settings, m_desk)
    , m_send(m_state, m_settings)
    , m_reports(m_state, m_settings)
{
}

ServiceResult SandboxService::dispatch(const QString &action, const RequestContext &ctx,
                                       const QJsonObject &body)
{
    // Reviews finish in the background of a real service; here they are
    // settled whenever anyone looks, which is indistinguishable from outside.
    m_signs.advanceReviews(ctx.nowSecs);
    m_templates.advanceReviews(ctx.nowSecs);
    m_state.applyOptOuts(ctx.nowSecs);

    if (action.endsWith(QLatin1String("SmsSign")) || action == QLatin1String("DescribeSmsSignList"))
        return m_signs.handle(action, ctx, body);
    if (action.endsWith(QLatin1String("SmsTemplate"))
        || action == QLatin1String("DescribeSmsTemplateList"))
        return m_templates.handle(action, ctx, body);
    if (action == QLatin1String("SendSms") || action == QLatin1String("SendMultiGlobalSms"))
        return m_send.handle(action, ctx, body);
    return m_reports.handle(action, ctx, body);
}

void SandboxService::seedAccount(const QString &secretId, const QString &secretKey,
                                 const QString &appId, qint64 now)
{
    m_state.secretId = secretId;
    m_state.secretKey = secretKey;
    m_state.defaultAppId = appId;
    m_state.apps.insert(appId, {appId, QStringLiteral("Default"), true, false});
    m_state.qualifications.insert(1001, {1001, QStringLiteral("沙盒科技有限公司"), 1});
    // Enough for a campaign of a million numbers with room to spare.
    m_state.addPackage(5'000'000, 1, now - 86400, now - 86400, now + 365 * 86400);
}

} // namespace sms::sandbox
