#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace sms::domain {

// One reply a recipient sent back (PullSmsReplyStatus item), as returned by
// both PullSmsReplyStatus and PullSmsReplyStatusByPhoneNumber.
struct ReplyRecord
{
    QString extendCode;
    QString countryCode; // "86"
    QString phoneNumber; // E.164
    QString signName; // the signature the reply answers
    QString replyContent;
    qint64 replyTime = 0; // unix seconds
    QString subscriberNumber; // national number

    static ReplyRecord fromJson(const QJsonObject &object);

    friend bool operator==(const ReplyRecord &, const ReplyRecord &) = default;
};

using ReplyRecordList = QList<ReplyRecord>;

} // namespace sms::domain
