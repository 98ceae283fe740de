// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/JsonFields.h"

#include <QString>

namespace sms::review {

// What this console submitted for a template and the service's list does not
// say again: its SmsType (verification code, notification, marketing) and
// the remark. Kept per profile by SubmissionMemory; unknown for templates
// applied for elsewhere.
struct TemplateSubmission
{
    qint64 smsType = 0; // SmsType code
    QString remark;
    qint64 submittedAt = 0; // unix seconds, this computer's clock

    static constexpr auto jsonFields()
    {
        using S = TemplateSubmission;
        return std::tuple {domain::json::field("SmsType", &S::smsType),
                           domain::json::field("Remark", &S::remark),
                           domain::json::field("SubmittedAt", &S::submittedAt)};
    }
};

} // namespace sms::review
