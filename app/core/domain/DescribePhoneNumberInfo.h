#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace sms::domain {

// DescribePhoneNumberInfo: how the service parses and normalizes numbers,
// up to 200 at a time. Useful before a send to catch numbers it would refuse.
struct DescribePhoneNumberInfoRequest
{
    static constexpr auto action = "DescribePhoneNumberInfo";

    QStringList phoneNumberSet;

    QJsonObject toJson() const;

    friend bool operator==(const DescribePhoneNumberInfoRequest &,
                           const DescribePhoneNumberInfoRequest &)
        = default;
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

    static PhoneNumberInfo fromJson(const QJsonObject &object);

    friend bool operator==(const PhoneNumberInfo &, const PhoneNumberInfo &) = default;
};

struct DescribePhoneNumberInfoResult
{
    QList<PhoneNumberInfo> phoneNumberInfoSet;
    QString requestId;

    static DescribePhoneNumberInfoResult fromJson(const QJsonObject &response);

    friend bool operator==(const DescribePhoneNumberInfoResult &,
                           const DescribePhoneNumberInfoResult &)
        = default;
};

} // namespace sms::domain
