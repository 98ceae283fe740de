// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/JsonFields.h"

#include <QString>

#include <optional>

namespace sms::review {

// What this console submitted for a signature and the service's list does
// not say again: its type, proof document and purpose (and the remark). Kept
// per profile by SubmissionMemory, so that the signatures page can show them
// for what was applied for from here; for anything else they are unknown.
// The images are not kept: a modification asks for them again.
struct SignatureSubmission
{
    qint64 signType = 0; // SignType code
    qint64 documentType = 0; // DocumentType code
    qint64 signPurpose = 0; // SignPurpose code
    std::optional<QString> remark;
    qint64 submittedAt = 0; // unix seconds, this computer's clock

    static constexpr auto jsonFields()
    {
        using S = SignatureSubmission;
        return std::tuple {domain::json::field("SignType", &S::signType),
                           domain::json::field("DocumentType", &S::documentType),
                           domain::json::field("SignPurpose", &S::signPurpose),
                           domain::json::field("Remark", &S::remark),
                           domain::json::field("SubmittedAt", &S::submittedAt)};
    }
};

} // namespace sms::review
