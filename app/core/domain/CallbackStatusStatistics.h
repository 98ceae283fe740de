#pragma once

#include <QJsonObject>
#include <QString>

namespace sms::domain {

// CallbackStatusStatistics: delivery-receipt counters of an app over an hour
// range of at most 32 days.
struct CallbackStatusStatisticsRequest
{
    static constexpr auto action = "CallbackStatusStatistics";

    // Hours as strings "yyyymmddhh", both ends included.
    QString beginTime;
    QString endTime;
    QString smsSdkAppId;
    // Required, and the service only accepts 0 for both.
    qint64 limit = 0;
    qint64 offset = 0;

    QJsonObject toJson() const;

    friend bool operator==(const CallbackStatusStatisticsRequest &,
                           const CallbackStatusStatisticsRequest &)
        = default;
};

struct CallbackStatusStatistics
{
    qint64 callbackCount = 0; // receipts received
    qint64 requestSuccessCount = 0; // numbers submitted successfully
    qint64 callbackFailCount = 0;
    qint64 callbackSuccessCount = 0;
    // Why the failed ones failed.
    qint64 internalErrorCount = 0;
    qint64 invalidNumberCount = 0;
    qint64 shutdownErrorCount = 0; // handset off or out of service
    qint64 blackListCount = 0;
    qint64 frequencyLimitCount = 0;

    static CallbackStatusStatistics fromJson(const QJsonObject &object);

    friend bool operator==(const CallbackStatusStatistics &, const CallbackStatusStatistics &)
        = default;
};

struct CallbackStatusStatisticsResult
{
    CallbackStatusStatistics callbackStatusStatistics;
    QString requestId;

    static CallbackStatusStatisticsResult fromJson(const QJsonObject &response);

    friend bool operator==(const CallbackStatusStatisticsResult &,
                           const CallbackStatusStatisticsResult &)
        = default;
};

} // namespace sms::domain
