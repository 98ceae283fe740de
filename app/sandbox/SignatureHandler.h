// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/ReviewedRecordHandler.h"

namespace sms::sandbox {

// AddSmsSign, ModifySmsSign, DeleteSmsSign and DescribeSmsSignList with the
// service's validation: types and document combinations, name length,
// duplicates, quotas, qualification and the proof image. The review
// lifecycle is ReviewedRecordHandler's.
class SignatureHandler : public ReviewedRecordHandler<SignRecord>
{
public:
    SignatureHandler(SandboxState &state, const SandboxSettings &settings, const ReviewDesk &desk);

private:
    ServiceResult validate(const RequestContext &ctx, const QJsonObject &body,
                           SignRecord &record) const override;
    void addListFields(const SignRecord &record, QJsonObject &item) const override;
};

} // namespace sms::sandbox
