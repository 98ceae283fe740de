// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace sms::store {

// How many recipients of a campaign are in each state.
struct CampaignCounts
{
    qint64 queued = 0;
    qint64 inFlight = 0;
    qint64 accepted = 0;
    qint64 refused = 0;
    qint64 uncertain = 0;
    // Of refused: the rows pre-flight refused, which never left (no batch
    // carried them); refused - refusedBeforeSending were refused by the
    // service.
    qint64 refusedBeforeSending = 0;

    qint64 total() const { return queued + inFlight + accepted + refused + uncertain; }
    // Recipients whose request left: answered, uncertain or on the wire.
    qint64 sent() const { return inFlight + accepted + refused - refusedBeforeSending + uncertain; }
    bool operator==(const CampaignCounts &) const = default;
};

} // namespace sms::store
