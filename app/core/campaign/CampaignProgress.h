// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace sms::campaign {

// Where a running campaign stands, for a progress bar: recipients by state,
// and how fast this run settles them.
struct CampaignProgress
{
    qint64 total = 0;
    qint64 accepted = 0;
    qint64 refused = 0; // by the service or by pre-flight
    qint64 uncertain = 0; // to be reconciled
    qint64 inFlight = 0;
    qint64 remaining = 0; // queued
    double rate = 0; // numbers answered per second during this run
    qint64 etaSeconds = -1; // -1 while the rate is unknown
    // The store cannot be reached (a shared store's server or the network
    // is down): nothing is sent until it is back.
    bool waitingForDatabase = false;

    // Numbers whose request left: answered, uncertain or on the wire.
    qint64 sent() const { return accepted + refused + uncertain + inFlight; }
};

} // namespace sms::campaign
