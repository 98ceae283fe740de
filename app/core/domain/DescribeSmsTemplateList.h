// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/JsonFields.h"
#include "domain/Market.h"
#include "domain/ReviewStatus.h"

#include <QList>
#include <QString>

#include <optional>

namespace sms::domain {

// DescribeSmsTemplateList: templates by ID, or a page of all of them when no
// ID is given.
struct DescribeSmsTemplateListRequest
{
    qint64 international = marketCode(Market::Domestic);
    // At most 100; sent only when non-empty (empty means "page through all").
    QList<qint64> templateIdSet;
    std::optional<qint64> limit; // at most 100
    std::optional<qint64> offset;

    static constexpr auto jsonFields()
    {
        using S = DescribeSmsTemplateListRequest;
        return std::tuple {json::field("International", &S::international),
                           json::field("TemplateIdSet", &S::templateIdSet, json::Rule::OmitEmpty),
                           json::field("Limit", &S::limit), json::field("Offset", &S::offset)};
    }
};

// One template (DescribeTemplateListStatus). Coded fields keep the raw code
// beside the enum; the enum is Unknown when the code is missing or new.
struct DescribeTemplateListStatus
{
    qint64 templateId = 0;
    qint64 international = 0;
    Market market = Market::Unknown; // may be Both for templates
    qint64 statusCode = 0;
    ReviewStatus status = ReviewStatus::Unknown; // only Approved can be sent
    QString reviewReply;
    QString templateName;
    qint64 createTime = 0; // unix seconds
    QString templateContent;

    static constexpr auto jsonFields()
    {
        using S = DescribeTemplateListStatus;
        return std::tuple {
            json::field("TemplateId", &S::templateId),
            json::coded("International", &S::international, &S::market, marketFromCode),
            json::coded("StatusCode", &S::statusCode, &S::status, reviewStatusFromCode),
            json::field("ReviewReply", &S::reviewReply),
            json::field("TemplateName", &S::templateName),
            json::field("CreateTime", &S::createTime),
            json::field("TemplateContent", &S::templateContent)};
    }
};

struct DescribeSmsTemplateListResult
{
    QList<DescribeTemplateListStatus> describeTemplateStatusSet;
    QString requestId;

    static constexpr auto jsonFields()
    {
        using S = DescribeSmsTemplateListResult;
        return std::tuple {json::field("DescribeTemplateStatusSet", &S::describeTemplateStatusSet)};
    }
};

} // namespace sms::domain
