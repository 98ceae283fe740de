// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFlags>

namespace sms::errors {

// What the guidance dialog can do for the operator besides explaining. The
// catalog lists the fixing actions per code; CopyRequestId and CopyDetails
// are offered for every entry and need not be listed.
enum class GuidanceAction : unsigned {
    OpenSettings = 0x01,        // keys, endpoint, region, application ID
    OpenSignature = 0x02,       // the signature concerned
    OpenTemplate = 0x04,        // the template concerned
    CorrectClock = 0x08,        // sign with the server's time from now on
    RetryAfterCountdown = 0x10, // retry, once the wait (if any) is over
    EditCampaignRows = 0x20,    // open the refused rows of a campaign
    CopyRequestId = 0x40,
    CopyDetails = 0x80,
};
Q_DECLARE_FLAGS(GuidanceActions, GuidanceAction)
Q_DECLARE_OPERATORS_FOR_FLAGS(GuidanceActions)

} // namespace sms::errors
