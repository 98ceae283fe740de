// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/ReviewedRecordHandler.h"

namespace sms::sandbox {

// AddSmsTemplate, ModifySmsTemplate, DeleteSmsTemplate and
// DescribeSmsTemplateList: type and format checks, the unsubscribe rule for
// marketing, and quotas. The review lifecycle is ReviewedRecordHandler's.
class TemplateHandler : public ReviewedRecordHandler<TemplateRecord>
{
public:
    TemplateHandler(SandboxState &state, const SandboxSettings &settings, const ReviewDesk &desk);

    // Distinct {n} variables; -1 when they are not exactly {1}..{n}.
    static int variableCount(const QString &content);

private:
    // A template needs a signature to go with it.
    ServiceResult checkPrerequisites(const RequestContext &ctx) const override;
    ServiceResult validate(const RequestContext &ctx, const QJsonObject &body,
                           TemplateRecord &record) const override;
    // A template usable in both markets (International 3) is listed in both.
    bool listedIn(const TemplateRecord &record, int international) const override;
    void addListFields(const TemplateRecord &record, QJsonObject &item) const override;
};

} // namespace sms::sandbox
