#pragma once

#include "domain/ReplyRecord.h"

#include <QJsonObject>
#include <QString>

namespace sms::domain {

// PullSmsReplyStatus: the next replies sent back to an app. Queue semantics:
// each reply is handed out once, so a pulled page must not be dropped.
struct PullSmsReplyStatusRequest
{
    static constexpr auto action = "PullSmsReplyStatus";

    qint64 limit = 100; // at most 100
    QString smsSdkAppId;

    QJsonObject toJson() const;

    friend bool operator==(const PullSmsReplyStatusRequest &, const PullSmsReplyStatusRequest &)
        = default;
};

struct PullSmsReplyStatusResult
{
    ReplyRecordList pullSmsReplyStatusSet;
    QString requestId;

    static PullSmsReplyStatusResult fromJson(const QJsonObject &response);

    friend bool operator==(const PullSmsReplyStatusResult &, const PullSmsReplyStatusResult &)
        = default;
};

} // namespace sms::domain
