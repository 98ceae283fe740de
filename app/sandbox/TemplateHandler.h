#pragma once

#include "RequestContext.h"
#include "ReviewDesk.h"
#include "SandboxSettings.h"
#include "SandboxState.h"

namespace sms::sandbox {

// AddSmsTemplate, ModifySmsTemplate, DeleteSmsTemplate and
// DescribeSmsTemplateList: type and format checks, the unsubscribe rule for
// marketing, quotas, and the review lifecycle.
class TemplateHandler
{
public:
    TemplateHandler(SandboxState &state, const SandboxSettings &settings, const ReviewDesk &desk);

    ServiceResult handle(const QString &action, const RequestContext &ctx, const QJsonObject &body);
    void advanceReviews(qint64 now);

    // Distinct {n} variables; -1 when they are not exactly {1}..{n}.
    static int variableCount(const QString &content);

private:
    ServiceResult add(const RequestContext &ctx, const QJsonObject &body);
    ServiceResult modify(const RequestContext &ctx, const QJsonObject &body);
    ServiceResult remove(const RequestContext &ctx, const QJsonObject &body);
    ServiceResult describe(const RequestContext &ctx, const QJsonObject &body);
    ServiceResult validate(const RequestContext &ctx, const QJsonObject &body,
                           TemplateRecord &record);

    SandboxState &m_state;
    const SandboxSettings &m_settings;
    const ReviewDesk &m_desk;
};

} // namespace sms::sandbox
