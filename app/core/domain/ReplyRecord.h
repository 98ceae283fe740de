// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/JsonFields.h"

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

    static constexpr auto jsonFields()
    {
        using S = ReplyRecord;
        using json::Rule;
        return std::tuple {
            json::field("ExtendCode", &S::extendCode, Rule::StringOrNumber),
            json::field("CountryCode", &S::countryCode, Rule::StringOrNumber),
            json::field("PhoneNumber", &S::phoneNumber),
            json::field("SignName", &S::signName),
            json::field("ReplyContent", &S::replyContent),
            json::field("ReplyTime", &S::replyTime),
            json::field("SubscriberNumber", &S::subscriberNumber, Rule::StringOrNumber)};
    }
};

using ReplyRecordList = QList<ReplyRecord>;

} // namespace sms::domain
