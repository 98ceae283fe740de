// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/JsonFields.h"

#include <QString>

#include <optional>

namespace sms::domain {

// The request of the two pulls by phone number
// (PullSmsSendStatusByPhoneNumber, PullSmsReplyStatusByPhoneNumber): the
// records of one number in a time window. Unlike the queue-style pulls they
// can be repeated.
struct PhoneNumberPull
{
    qint64 beginTime = 0; // unix seconds, at most 7 days back
    // Required and fixed at 0 by the service: paging is by time, not offset.
    qint64 offset = 0;
    qint64 limit = 100; // at most 100
    QString phoneNumber; // E.164
    QString smsSdkAppId;
    std::optional<qint64> endTime; // unix seconds; the service's default is now

    static constexpr auto jsonFields()
    {
        using S = PhoneNumberPull;
        return std::tuple {json::field("BeginTime", &S::beginTime),
                           json::field("Offset", &S::offset),
                           json::field("Limit", &S::limit),
                           json::field("PhoneNumber", &S::phoneNumber),
                           json::field("SmsSdkAppId", &S::smsSdkAppId),
                           json::field("EndTime", &S::endTime)};
    }
};

} // namespace sms::domain
