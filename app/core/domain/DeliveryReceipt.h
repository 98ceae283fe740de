#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace sms::domain {

// ReportStatus of a delivery receipt.
enum class ReportStatus {
    Success, // "SUCCESS": the handset received it
    Fail, // "FAIL": see the receipt's description
    Unknown, // missing or a value newer than this client (raw text kept)
};

ReportStatus reportStatusFromString(const QString &status);

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

    static DeliveryReceipt fromJson(const QJsonObject &object);

    friend bool operator==(const DeliveryReceipt &, const DeliveryReceipt &) = default;
};

using DeliveryReceiptList = QList<DeliveryReceipt>;

} // namespace sms::domain
