// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/JsonFields.h"

#include <QString>

namespace sms::domain {

// The request of the two queue-style pulls (PullSmsSendStatus,
// PullSmsReplyStatus): the next records of an app. Each record is handed out
// once, so a pulled page must not be dropped.
struct QueuePull
{
    qint64 limit = 100; // at most 100
    QString smsSdkAppId;

    static constexpr auto jsonFields()
    {
        using S = QueuePull;
        return std::tuple {json::field("Limit", &S::limit),
                           json::field("SmsSdkAppId", &S::smsSdkAppId)};
    }
};

} // namespace sms::domain
