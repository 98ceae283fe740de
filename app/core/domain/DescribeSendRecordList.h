#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace sms::domain {

// SendStatus of a send record.
enum class SendRecordStatus {
    SubmitFailed, // 1: refused before it reached a carrier
    Delivered, // 2
    Sending, // 3: no receipt yet
    DeliveryFailed, // 4: see the record's statusCode
    Unknown,
};

constexpr SendRecordStatus sendRecordStatusFromCode(qint64 code)
{
    switch (code) {
    case 1:
        return SendRecordStatus::SubmitFailed;
    case 2:
        return SendRecordStatus::Delivered;
    case 3:
        return SendRecordStatus::Sending;
    case 4:
        return SendRecordStatus::DeliveryFailed;
    default:
        return SendRecordStatus::Unknown;
    }
}

// DescribeSendRecordList: what was sent to one number in the last 72 hours,
// newest first, at most 1000 records in all.
struct DescribeSendRecordListRequest
{
    static constexpr auto action = "DescribeSendRecordList";

    QString phoneNumber; // E.164
    QString smsSdkAppId;
    qint64 beginTime = 0; // unix seconds, not before now - 72 h
    std::optional<qint64> endTime; // unix seconds; the service's default is now
    std::optional<qint64> limit; // 1..50; the service's default is 20
    std::optional<qint64> offset; // 0..1000

    QJsonObject toJson() const;

    friend bool operator==(const DescribeSendRecordListRequest &,
                           const DescribeSendRecordListRequest &)
        = default;
};

struct SendRecord
{
    QString phoneNumber;
    QString serialNo;
    qint64 sendStatus = 0; // raw code
    SendRecordStatus status = SendRecordStatus::Unknown;
    QString requestCode; // the SendSms Code ("Ok" or why it was refused)
    QString statusCode; // the carrier's receipt code; only for Delivered/DeliveryFailed
    QString isoCode;
    QString content; // as sent, with variables masked
    qint64 sendTime = 0; // unix seconds
    qint64 userReceiveTime = 0; // unix seconds; 0 unless delivered

    static SendRecord fromJson(const QJsonObject &object);

    friend bool operator==(const SendRecord &, const SendRecord &) = default;
};

struct DescribeSendRecordListResult
{
    QList<SendRecord> sendRecordSet;
    qint64 totalCount = 0;
    QString requestId;

    static DescribeSendRecordListResult fromJson(const QJsonObject &response);

    friend bool operator==(const DescribeSendRecordListResult &,
                           const DescribeSendRecordListResult &)
        = default;
};

} // namespace sms::domain
