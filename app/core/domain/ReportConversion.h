#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace sms::domain {

// ReportConversion: tells the service that a sent message led to a
// conversion (the recipient used the code). Allow-listed accounts only.
struct ReportConversionRequest
{
    static constexpr auto action = "ReportConversion";

    QString smsSdkAppId;
    QString serialNo; // from SendStatus::serialNo
    std::optional<qint64> conversionTime; // unix seconds

    QJsonObject toJson() const;

    friend bool operator==(const ReportConversionRequest &, const ReportConversionRequest &)
        = default;
};

struct ReportConversionStatus
{
    QString code; // "ok" on success: lowercase here, unlike SendSms's "Ok"
    QString message;

    // Either spelling counts: the documentation and the service disagree on
    // case between actions, and a success must not be shown as a failure.
    bool isOk() const { return code.compare(QLatin1String("ok"), Qt::CaseInsensitive) == 0; }

    static ReportConversionStatus fromJson(const QJsonObject &object);

    friend bool operator==(const ReportConversionStatus &, const ReportConversionStatus &)
        = default;
};

struct ReportConversionResult
{
    ReportConversionStatus reportConversionStatus;
    QString requestId;

    static ReportConversionResult fromJson(const QJsonObject &response);

    friend bool operator==(const ReportConversionResult &, const ReportConversionResult &)
        = default;
};

} // namespace sms::domain
