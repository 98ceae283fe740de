#pragma once

#include <QJsonObject>
#include <QString>

namespace sms::domain {

// SendStatusStatistics: send counters of an app over an hour range.
struct SendStatusStatisticsRequest
{
    static constexpr auto action = "SendStatusStatistics";

    // Hours as strings "yyyymmddhh" (2024050113), both ends included.
    QString beginTime;
    QString endTime;
    QString smsSdkAppId;
    // Required, and the service only accepts 0 for both.
    qint64 limit = 0;
    qint64 offset = 0;

    QJsonObject toJson() const;

    friend bool operator==(const SendStatusStatisticsRequest &, const SendStatusStatisticsRequest &)
        = default;
};

struct SendStatusStatistics
{
    qint64 feeCount = 0; // billed segments
    qint64 requestCount = 0; // numbers submitted
    qint64 requestSuccessCount = 0;

    static SendStatusStatistics fromJson(const QJsonObject &object);

    friend bool operator==(const SendStatusStatistics &, const SendStatusStatistics &) = default;
};

struct SendStatusStatisticsResult
{
    SendStatusStatistics sendStatusStatistics;
    QString requestId;

    static SendStatusStatisticsResult fromJson(const QJsonObject &response);

    friend bool operator==(const SendStatusStatisticsResult &, const SendStatusStatisticsResult &)
        = default;
};

} // namespace sms::domain
