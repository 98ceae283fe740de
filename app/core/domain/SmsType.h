#pragma once

#include <QtGlobal>

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
    switch (code) {
    case 0:
        return SmsType::LegacyOrdinary;
    case 1:
        return SmsType::Marketing;
    case 2:
        return SmsType::Notification;
    case 3:
        return SmsType::VerificationCode;
    default:
        return SmsType::Unknown;
    }
}

constexpr qint64 smsTypeCode(SmsType type)
{
    return qint64(type);
}

} // namespace sms::domain
