// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/JsonFields.h"

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
    return json::enumFromCode(code, {PackageType::Gifted, PackageType::Purchased},
                              PackageType::Unknown);
}

// SmsPackagesStatistics: usage of the SMS packages created in an hour range.
struct SmsPackagesStatisticsRequest
{
    QString smsSdkAppId;
    qint64 limit = 10; // at most 500
    qint64 offset = 0;
    // Hours as strings "yyyymmddhh"; selects packages by creation time.
    QString beginTime;
    QString endTime;

    static constexpr auto jsonFields()
    {
        using S = SmsPackagesStatisticsRequest;
        return std::tuple {json::field("BeginTime", &S::beginTime),
                           json::field("EndTime", &S::endTime),
                           json::field("SmsSdkAppId", &S::smsSdkAppId),
                           json::field("Limit", &S::limit), json::field("Offset", &S::offset)};
    }
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

    static constexpr auto jsonFields()
    {
        using S = SmsPackagesStatistics;
        return std::tuple {
            json::field("PackageCreateTime", &S::packageCreateTime),
            json::field("PackageEffectiveTime", &S::packageEffectiveTime),
            json::field("PackageExpiredTime", &S::packageExpiredTime),
            json::field("PackageAmount", &S::packageAmount),
            json::coded("PackageType", &S::packageType, &S::type, packageTypeFromCode),
            json::field("PackageId", &S::packageId),
            json::field("CurrentUsage", &S::currentUsage)};
    }
};

struct SmsPackagesStatisticsResult
{
    QList<SmsPackagesStatistics> smsPackagesStatisticsSet;
    QString requestId;

    static constexpr auto jsonFields()
    {
        using S = SmsPackagesStatisticsResult;
        return std::tuple {json::field("SmsPackagesStatisticsSet", &S::smsPackagesStatisticsSet)};
    }
};

} // namespace sms::domain
