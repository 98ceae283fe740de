#include "domain/DescribeSendRecordList.h"

#include "domain/JsonFields.h"

namespace sms::domain {

QJsonObject DescribeSendRecordListRequest::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("PhoneNumber"), phoneNumber);
    o.insert(QLatin1String("SmsSdkAppId"), smsSdkAppId);
    o.insert(QLatin1String("BeginTime"), beginTime);
    if (endTime)
        o.insert(QLatin1String("EndTime"), *endTime);
    if (limit)
        o.insert(QLatin1String("Limit"), *limit);
    if (offset)
        o.insert(QLatin1String("Offset"), *offset);
    return o;
}

SendRecord SendRecord::fromJson(const QJsonObject &object)
{
    SendRecord s;
    s.phoneNumber = json::string(object.value(QLatin1String("PhoneNumber")));
    s.serialNo = json::string(object.value(QLatin1String("SerialNo")));
    const auto sendStatus = json::optionalInteger(object.value(QLatin1String("SendStatus")));
    s.sendStatus = sendStatus.value_or(0);
    s.status = sendStatus ? sendRecordStatusFromCode(*sendStatus) : SendRecordStatus::Unknown;
    s.requestCode = json::string(object.value(QLatin1String("RequestCode")));
    s.statusCode = json::stringOrNumber(object.value(QLatin1String("StatusCode")));
    s.isoCode = json::string(object.value(QLatin1String("IsoCode")));
    s.content = json::string(object.value(QLatin1String("Content")));
    s.sendTime = json::integer(object.value(QLatin1String("SendTime")));
    s.userReceiveTime = json::integer(object.value(QLatin1String("UserReceiveTime")));
    return s;
}

DescribeSendRecordListResult DescribeSendRecordListResult::fromJson(const QJsonObject &response)
{
    DescribeSendRecordListResult r;
    r.sendRecordSet = json::objectList<SendRecord>(response.value(QLatin1String("SendRecordSet")));
    r.totalCount = json::integer(response.value(QLatin1String("TotalCount")));
    r.requestId = json::string(response.value(QLatin1String("RequestId")));
    return r;
}

} // namespace sms::domain
