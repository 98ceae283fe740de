// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/JsonFields.h"

#include <QList>
#include <QString>

namespace sms::domain {

// ReportStatus of a delivery receipt.
enum class ReportStatus {
    Success, // "SUCCESS": the handset received it
    Fail, // "FAIL": see the receipt's description
    Unknown, // missing or a value newer than this client (raw text kept)
};

// Compared without case: a proxy or an old SDK that lowercases the value
// should not turn every receipt into "unknown".
inline ReportStatus reportStatusFromString(const QString &status)
{
    if (status.compare(QLatin1String("SUCCESS"), Qt::CaseInsensitive) == 0)
        return ReportStatus::Success;
    if (status.compare(QLatin1String("FAIL"), Qt::CaseInsensitive) == 0)
        return ReportStatus::Fail;
    return ReportStatus::Unknown;
}

// One delivery receipt (PullSmsSendStatus item), as returned by both
// PullSmsSendStatus and PullSmsSendStatusByPhoneNumber.
struct DeliveryReceipt
{
    qint64 userReceiveTime = 0; // unix seconds
    QString countryCode; // "86"
    QString subscriberNumber; // national number, "18501234444"
    QString phoneNumber; // E.164
    QString serialNo; // matches SendStatus::serialNo
    QString reportStatus; // raw "SUCCESS" / "FAIL"
    ReportStatus status = ReportStatus::Unknown;
    QString description;
    QString sessionContext;

    static constexpr auto jsonFields()
    {
        using S = DeliveryReceipt;
        using json::Rule;
        return std::tuple {
            json::field("UserReceiveTime", &S::userReceiveTime),
            json::field("CountryCode", &S::countryCode, Rule::StringOrNumber),
            json::field("SubscriberNumber", &S::subscriberNumber, Rule::StringOrNumber),
            json::field("PhoneNumber", &S::phoneNumber),
            json::field("SerialNo", &S::serialNo),
            json::coded("ReportStatus", &S::reportStatus, &S::status, reportStatusFromString),
            json::field("Description", &S::description),
            json::field("SessionContext", &S::sessionContext)};
    }
};

using DeliveryReceiptList = QList<DeliveryReceipt>;

} // namespace sms::domain
