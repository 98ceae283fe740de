#pragma once

#include "domain/ReplyRecord.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace sms::domain {

// PullSmsReplyStatusByPhoneNumber: the replies of one number in a time
// window. Unlike PullSmsReplyStatus it can be repeated.
struct PullSmsReplyStatusByPhoneNumberRequest
{
    static constexpr auto action = "PullSmsReplyStatusByPhoneNumber";

    qint64 beginTime = 0; // unix seconds, at most 7 days back
    // Required and fixed at 0 by the service: paging is by time, not offset.
    qint64 offset = 0;
    qint64 limit = 100; // at most 100
    QString phoneNumber; // E.164
    QString smsSdkAppId;
    std::optional<qint64> endTime; // unix seconds; the service's default is now

    QJsonObject toJson() const;

    friend bool operator==(const PullSmsReplyStatusByPhoneNumberRequest &,
                           const PullSmsReplyStatusByPhoneNumberRequest &)
        = default;
};

struct PullSmsReplyStatusByPhoneNumberResult
{
    ReplyRecordList pullSmsReplyStatusSet;
    QString requestId;

    static PullSmsReplyStatusByPhoneNumberResult fromJson(const QJsonObject &response);

    friend bool operator==(const PullSmsReplyStatusByPhoneNumberResult &,
                           const PullSmsReplyStatusByPhoneNumberResult &)
        = default;
};

} // namespace sms::domain
