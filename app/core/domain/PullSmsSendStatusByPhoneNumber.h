#pragma once

#include "domain/DeliveryReceipt.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace sms::domain {

// PullSmsSendStatusByPhoneNumber: the delivery receipts of one number in a
// time window. Unlike PullSmsSendStatus it can be repeated.
struct PullSmsSendStatusByPhoneNumberRequest
{
    static constexpr auto action = "PullSmsSendStatusByPhoneNumber";

    qint64 beginTime = 0; // unix seconds, at most 7 days back
    // Required and fixed at 0 by the service: paging is by time, not offset.
    qint64 offset = 0;
    qint64 limit = 100; // at most 100
    QString phoneNumber; // E.164
    QString smsSdkAppId;
    std::optional<qint64> endTime; // unix seconds; the service's default is now

    QJsonObject toJson() const;

    friend bool operator==(const PullSmsSendStatusByPhoneNumberRequest &,
                           const PullSmsSendStatusByPhoneNumberRequest &)
        = default;
};

struct PullSmsSendStatusByPhoneNumberResult
{
    DeliveryReceiptList pullSmsSendStatusSet;
    QString requestId;

    static PullSmsSendStatusByPhoneNumberResult fromJson(const QJsonObject &response);

    friend bool operator==(const PullSmsSendStatusByPhoneNumberResult &,
                           const PullSmsSendStatusByPhoneNumberResult &)
        = default;
};

} // namespace sms::domain
