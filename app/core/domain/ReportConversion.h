// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/JsonFields.h"

#include <QString>

#include <optional>

namespace sms::domain {

// ReportConversion: tells the service that a sent message led to a
// conversion (the recipient used the code). Allow-listed accounts only.
struct ReportConversionRequest
{
    QString smsSdkAppId;
    QString serialNo; // from SendStatus::serialNo
    std::optional<qint64> conversionTime; // unix seconds

    static constexpr auto jsonFields()
    {
        using S = ReportConversionRequest;
        return std::tuple {json::field("SmsSdkAppId", &S::smsSdkAppId),
                           json::field("SerialNo", &S::serialNo),
                           json::field("ConversionTime", &S::conversionTime)};
    }
};

struct ReportConversionStatus
{
    QString code; // "ok" on success: lowercase here, unlike SendSms's "Ok"
    QString message;

    // Either spelling counts: the documentation and the service disagree on
    // case between actions, and a success must not be shown as a failure.
    bool isOk() const { return code.compare(QLatin1String("ok"), Qt::CaseInsensitive) == 0; }

    static constexpr auto jsonFields()
    {
        using S = ReportConversionStatus;
        return std::tuple {json::field("Code", &S::code), json::field("Message", &S::message)};
    }
};

struct ReportConversionResult
{
    ReportConversionStatus reportConversionStatus;
    QString requestId;

    static constexpr auto jsonFields()
    {
        using S = ReportConversionResult;
        return std::tuple {json::field("ReportConversionStatus", &S::reportConversionStatus)};
    }
};

} // namespace sms::domain
