#include "domain/DescribeSmsTemplateList.h"

#include "domain/JsonFields.h"

namespace sms::domain {

QJsonObject DescribeSmsTemplateListRequest::toJson() const
{
    return json::listRequest(international, QLatin1String("TemplateIdSet"), templateIdSet, limit, offset);
}

DescribeTemplateListStatus DescribeTemplateListStatus::fromJson(const QJsonObject &object)
{
    DescribeTemplateListStatus s;
    s.templateId = json::integer(object.value(QLatin1String("TemplateId")));

    // A missing code must not read as 0, which means "domestic" and "usable".
    const auto international = json::optionalInteger(object.value(QLatin1String("International")));
    s.international = international.value_or(0);
    s.market = international ? marketFromCode(*international) : Market::Unknown;

    const auto statusCode = json::optionalInteger(object.value(QLatin1String("StatusCode")));
    s.statusCode = statusCode.value_or(0);
    s.status = statusCode ? reviewStatusFromCode(*statusCode) : ReviewStatus::Unknown;

    s.reviewReply = json::string(object.value(QLatin1String("ReviewReply")));
    s.templateName = json::string(object.value(QLatin1String("TemplateName")));
    s.createTime = json::integer(object.value(QLatin1String("CreateTime")));
    s.templateContent = json::string(object.value(QLatin1String("TemplateContent")));
    return s;
}

DescribeSmsTemplateListResult DescribeSmsTemplateListResult::fromJson(const QJsonObject &response)
{
    DescribeSmsTemplateListResult r;
    r.describeTemplateStatusSet = json::objectList<DescribeTemplateListStatus>(
        response.value(QLatin1String("DescribeTemplateStatusSet")));
    r.requestId = json::string(response.value(QLatin1String("RequestId")));
    return r;
}

} // namespace sms::domain
