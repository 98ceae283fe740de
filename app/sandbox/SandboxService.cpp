// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/SandboxService.h"

#include "api/ActionRegistry.h"

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

    const api::ActionInfo *info = api::ActionRegistry::find(action);
    Q_ASSERT(info); // SandboxServer refuses unknown actions before they get here
    switch (info ? info->area : api::ActionArea::Reports) {
    case api::ActionArea::Signatures:
        return m_signs.handle(action, ctx, body);
    case api::ActionArea::Templates:
        return m_templates.handle(action, ctx, body);
    case api::ActionArea::Sending:
        return m_send.handle(action, ctx, body);
    case api::ActionArea::Reports:
        break;
    }
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
