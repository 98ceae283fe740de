// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/JsonFields.h"

namespace sms::domain {

// Review state of a signature or template (StatusCode in the list actions).
// Only Approved may be used to send; ApprovedPending has passed review but is
// not in effect yet, which users easily mistake for usable.
enum class ReviewStatus {
    Approved = 0, // approved and in effect
    UnderReview = 1,
    ApprovedPending = 2, // approved, waiting to take effect
    Rejected = -1, // rejected (for domestic signatures also: not filed)
    Unknown = -100, // not a code: missing, or a code newer than this client
};

constexpr ReviewStatus reviewStatusFromCode(qint64 code)
{
    return json::enumFromCode(code,
                              {ReviewStatus::Approved, ReviewStatus::UnderReview,
                               ReviewStatus::ApprovedPending, ReviewStatus::Rejected},
                              ReviewStatus::Unknown);
}

} // namespace sms::domain
