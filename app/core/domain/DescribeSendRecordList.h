// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/JsonFields.h"

#include <QList>
#include <QString>

#include <optional>

namespace sms::domain {

// SendStatus of a send record.
enum class SendRecordStatus {
    SubmitFailed = 1, // refused before it reached a carrier
    Delivered = 2,
    Sending = 3, // no receipt yet
    DeliveryFailed = 4, // see the record's statusCode
    Unknown = -1,
};

constexpr SendRecordStatus sendRecordStatusFromCode(qint64 code)
{
    using R = SendRecordStatus;
    return json::enumFromCode(code, {R::SubmitFailed, R::Delivered, R::Sending, R::DeliveryFailed},
                              R::Unknown);
}

// DescribeSendRecordList: what was sent to one number in the last 72 hours,
// newest first, at most 1000 records in all.
struct DescribeSendRecordListRequest
{
    QString phoneNumber; // E.164
    QString smsSdkAppId;
    qint64 beginTime = 0; // unix seconds, not before now - 72 h
    std::optional<qint64> endTime; // unix seconds; the service's default is now
    std::optional<qint64> limit; // 1..50; the service's default is 20
    std::optional<qint64> offset; // 0..1000

    static constexpr auto jsonFields()
    {
        using S = DescribeSendRecordListRequest;
        return std::tuple {json::field("PhoneNumber", &S::phoneNumber),
                           json::field("SmsSdkAppId", &S::smsSdkAppId),
                           json::field("BeginTime", &S::beginTime),
                           json::field("EndTime", &S::endTime),
                           json::field("Limit", &S::limit),
                           json::field("Offset", &S::offset)};
    }
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

    static constexpr auto jsonFields()
    {
        using S = SendRecord;
        return std::tuple {
            json::field("PhoneNumber", &S::phoneNumber),
            json::field("SerialNo", &S::serialNo),
            json::coded("SendStatus", &S::sendStatus, &S::status, sendRecordStatusFromCode),
            json::field("RequestCode", &S::requestCode),
            json::field("StatusCode", &S::statusCode, json::Rule::StringOrNumber),
            json::field("IsoCode", &S::isoCode),
            json::field("Content", &S::content),
            json::field("SendTime", &S::sendTime),
            json::field("UserReceiveTime", &S::userReceiveTime)};
    }
};

struct DescribeSendRecordListResult
{
    QList<SendRecord> sendRecordSet;
    qint64 totalCount = 0;
    QString requestId;

    static constexpr auto jsonFields()
    {
        using S = DescribeSendRecordListResult;
        return std::tuple {json::field("SendRecordSet", &S::sendRecordSet),
                           json::field("TotalCount", &S::totalCount)};
    }
};

} // namespace sms::domain
