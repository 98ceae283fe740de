#pragma once

#include "domain/DeliveryReceipt.h"

#include <QJsonObject>
#include <QString>

namespace sms::domain {

// PullSmsSendStatus: the next delivery receipts of an app. Queue semantics:
// each receipt is handed out once, so a pulled page must not be dropped.
struct PullSmsSendStatusRequest
{
    static constexpr auto action = "PullSmsSendStatus";

    qint64 limit = 100; // at most 100
    QString smsSdkAppId;

    QJsonObject toJson() const;

    friend bool operator==(const PullSmsSendStatusRequest &, const PullSmsSendStatusRequest &)
        = default;
};

struct PullSmsSendStatusResult
{
    DeliveryReceiptList pullSmsSendStatusSet;
    QString requestId;

    static PullSmsSendStatusResult fromJson(const QJsonObject &response);

    friend bool operator==(const PullSmsSendStatusResult &, const PullSmsSendStatusResult &)
        = default;
};

} // namespace sms::domain
