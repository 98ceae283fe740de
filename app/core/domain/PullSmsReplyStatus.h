// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/QueuePull.h"
#include "domain/ReplyRecord.h"

namespace sms::domain {

// PullSmsReplyStatus: the next replies sent back to an app (queue semantics).
struct PullSmsReplyStatusRequest : QueuePull
{
};

struct PullSmsReplyStatusResult
{
    ReplyRecordList pullSmsReplyStatusSet;
    QString requestId;

    static constexpr auto jsonFields()
    {
        using S = PullSmsReplyStatusResult;
        return std::tuple {json::field("PullSmsReplyStatusSet", &S::pullSmsReplyStatusSet)};
    }
};

} // namespace sms::domain
