// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/JsonFields.h"

namespace sms::domain {

// What a template is for (SmsType). The codes changed on 2024-05-16: before,
// 0 meant "ordinary" and 1 marketing; now 1 is marketing, 2 notification and
// 3 verification code. 1 means marketing in both schemes.
enum class SmsType {
    LegacyOrdinary = 0, // pre-2024 accounts and SDKs only
    Marketing = 1,
    Notification = 2,
    VerificationCode = 3,
    Unknown = -1,
};

constexpr SmsType smsTypeFromCode(qint64 code)
{
    return json::enumFromCode(code,
                              {SmsType::LegacyOrdinary, SmsType::Marketing, SmsType::Notification,
                               SmsType::VerificationCode},
                              SmsType::Unknown);
}

constexpr qint64 smsTypeCode(SmsType type)
{
    return qint64(type);
}

} // namespace sms::domain
