#pragma once

#include "RequestContext.h"
#include "ReviewDesk.h"
#include "SandboxSettings.h"
#include "SandboxState.h"

namespace sms::sandbox {

// AddSmsSign, ModifySmsSign, DeleteSmsSign and DescribeSmsSignList with the
// service's validation: types and document combinations, name length,
// duplicates, quotas, qualification, the proof image, and the review
// lifecycle (reviewing -> approved or rejected with a reply).
class SignatureHandler
{
public:
    SignatureHandler(SandboxState &state, const SandboxSettings &settings, const ReviewDesk &desk);

    ServiceResult handle(const QString &action, const RequestContext &ctx, const QJsonObject &body);
    // Settles reviews whose time has come.
    void advanceReviews(qint64 now);

private:
    ServiceResult add(const RequestContext &ctx, const QJsonObject &body);
    ServiceResult modify(const RequestContext &ctx, const QJsonObject &body);
    ServiceResult remove(const RequestContext &ctx, const QJsonObject &body);
    ServiceResult describe(const RequestContext &ctx, const QJsonObject &body);
    // Shared by add and modify; fills record on success.
    ServiceResult validate(const RequestContext &ctx, const QJsonObject &body, SignRecord &record,
                           qint64 ignoreId);

    SandboxState &m_state;
    const SandboxSettings &m_settings;
    const ReviewDesk &m_desk;
};

} // namespace sms::sandbox
