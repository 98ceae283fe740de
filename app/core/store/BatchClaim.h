// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace sms::store {

// One planned batch as the journal let this client take it: the batch's id
// and the recipients it took, those still queued when it was recorded. A
// batch whose recipients another client had taken first carries fewer ids
// (its request goes with only these), or none and batch id 0 (no batch).
struct BatchClaim
{
    qint64 batchId = 0;
    QList<qint64> recipientIds;
};

} // namespace sms::store
