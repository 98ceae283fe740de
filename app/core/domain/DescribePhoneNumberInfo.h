// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/JsonFields.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sms::domain {

// DescribePhoneNumberInfo: how the service parses and normalizes numbers,
// up to 200 at a time. Useful before a send to catch numbers it would refuse.
struct DescribePhoneNumberInfoRequest
{
    QStringList phoneNumberSet;

    static constexpr auto jsonFields()
    {
        return std::tuple {
            json::field("PhoneNumberSet", &DescribePhoneNumberInfoRequest::phoneNumberSet)};
    }
};

struct PhoneNumberInfo
{
    QString code; // "Ok" when the number could be parsed
    QString message;
    QString nationCode; // "86"
    QString subscriberNumber; // national number
    QString phoneNumber; // normalized E.164; echoed unchanged when unparsable
    QString isoCode; // "CN"; "DEF" when unknown
    QString isoName; // "China"

    bool isOk() const { return code == QLatin1String("Ok"); }

    static constexpr auto jsonFields()
    {
        using S = PhoneNumberInfo;
        using json::Rule;
        return std::tuple {
            json::field("Code", &S::code),
            json::field("Message", &S::message),
            json::field("NationCode", &S::nationCode, Rule::StringOrNumber),
            json::field("SubscriberNumber", &S::subscriberNumber, Rule::StringOrNumber),
            json::field("PhoneNumber", &S::phoneNumber),
            json::field("IsoCode", &S::isoCode),
            json::field("IsoName", &S::isoName)};
    }
};

struct DescribePhoneNumberInfoResult
{
    QList<PhoneNumberInfo> phoneNumberInfoSet;
    QString requestId;

    static constexpr auto jsonFields()
    {
        using S = DescribePhoneNumberInfoResult;
        return std::tuple {json::field("PhoneNumberInfoSet", &S::phoneNumberInfoSet)};
    }
};

} // namespace sms::domain
