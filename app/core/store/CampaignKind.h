// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace sms::store {

// What made a campaign row (campaigns.kind). The numbers are stored: never
// reorder.
enum class CampaignKind {
    Campaign = 0, // a list sent from the Campaigns page or smsctl campaign
    SingleMessage = 1, // one message to one number (SingleSend), one recipient
    // Sends found at the service (NumberLookup) that another tool made: one
    // campaign per SmsSdkAppId and signature; their template is not known.
    Found = 2,
};

} // namespace sms::store
