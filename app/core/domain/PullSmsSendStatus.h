// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/DeliveryReceipt.h"
#include "domain/QueuePull.h"

namespace sms::domain {

// PullSmsSendStatus: the next delivery receipts of an app (queue semantics).
struct PullSmsSendStatusRequest : QueuePull
{
};

struct PullSmsSendStatusResult
{
    DeliveryReceiptList pullSmsSendStatusSet;
    QString requestId;

    static constexpr auto jsonFields()
    {
        using S = PullSmsSendStatusResult;
        return std::tuple {json::field("PullSmsSendStatusSet", &S::pullSmsSendStatusSet)};
    }
};

} // namespace sms::domain
