#include "domain/DescribeSmsSignList.h"

#include "domain/JsonFields.h"

namespace sms::domain {

QJsonObject DescribeSmsSignListRequest::toJson() const
{
    return json::listRequest(international, QLatin1String("SignIdSet"), signIdSet, limit, offset);
}

DescribeSignListStatus DescribeSignListStatus::fromJson(const QJsonObject &object)
{
    DescribeSignListStatus s;
    s.signId = json::integer(object.value(QLatin1String("SignId")));

    // A missing code must not read as 0, which means "domestic" and "usable".
    const auto international = json::optionalInteger(object.value(QLatin1String("International")));
    s.international = international.value_or(0);
    s.market = international ? marketFromCode(*international) : Market::Unknown;

    const auto statusCode = json::optionalInteger(object.value(QLatin1String("StatusCode")));
    s.statusCode = statusCode.value_or(0);
    s.status = statusCode ? reviewStatusFromCode(*statusCode) : ReviewStatus::Unknown;

    s.reviewReply = json::string(object.value(QLatin1String("ReviewReply")));
    s.signName = json::string(object.value(QLatin1String("SignName")));
    s.createTime = json::integer(object.value(QLatin1String("CreateTime")));
    s.qualificationId = json::integer(object.value(QLatin1String("QualificationId")));
    s.qualificationName = json::string(object.value(QLatin1String("QualificationName")));

    const auto qualification
        = json::optionalInteger(object.value(QLatin1String("QualificationStatusCode")));
    s.qualificationStatusCode = qualification.value_or(0);
    s.qualificationStatus = qualification ? qualificationStatusFromCode(*qualification)
                                          : QualificationStatus::Unknown;
    return s;
}

DescribeSmsSignListResult DescribeSmsSignListResult::fromJson(const QJsonObject &response)
{
    DescribeSmsSignListResult r;
    r.describeSignListStatusSet = json::objectList<DescribeSignListStatus>(
        response.value(QLatin1String("DescribeSignListStatusSet")));
    r.requestId = json::string(response.value(QLatin1String("RequestId")));
    return r;
}

} // namespace sms::domain
