#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace sms::domain {

// PackageType of an SMS package.
enum class PackageType {
    Gifted = 0,
    Purchased = 1,
    Unknown = -1,
};

constexpr PackageType packageTypeFromCode(qint64 code)
{
    switch (code) {
    case 0:
        return PackageType::Gifted;
    case 1:
        return PackageType::Purchased;
    default:
        return PackageType::Unknown;
    }
}

// SmsPackagesStatistics: usage of the SMS packages created in an hour range.
struct SmsPackagesStatisticsRequest
{
    static constexpr auto action = "SmsPackagesStatistics";

    QString smsSdkAppId;
    qint64 limit = 10; // at most 500
    qint64 offset = 0;
    // Hours as strings "yyyymmddhh"; selects packages by creation time.
    QString beginTime;
    QString endTime;

    QJsonObject toJson() const;

    friend bool operator==(const SmsPackagesStatisticsRequest &,
                           const SmsPackagesStatisticsRequest &)
        = default;
};

// One package (the API's SmsPackagesStatistics item).
struct SmsPackagesStatistics
{
    qint64 packageCreateTime = 0; // unix seconds
    qint64 packageEffectiveTime = 0; // unix seconds
    qint64 packageExpiredTime = 0; // unix seconds
    qint64 packageAmount = 0; // segments in the package
    qint64 packageType = 0; // raw code, kept for codes newer than this client
    PackageType type = PackageType::Unknown; // Unknown also when the field is missing
    qint64 packageId = 0;
    qint64 currentUsage = 0; // segments used

    static SmsPackagesStatistics fromJson(const QJsonObject &object);

    friend bool operator==(const SmsPackagesStatistics &, const SmsPackagesStatistics &) = default;
};

struct SmsPackagesStatisticsResult
{
    QList<SmsPackagesStatistics> smsPackagesStatisticsSet;
    QString requestId;

    static SmsPackagesStatisticsResult fromJson(const QJsonObject &response);

    friend bool operator==(const SmsPackagesStatisticsResult &, const SmsPackagesStatisticsResult &)
        = default;
};

} // namespace sms::domain
