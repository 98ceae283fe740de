#pragma once

#include "domain/Market.h"
#include "domain/ReviewStatus.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace sms::domain {

// DescribeSmsTemplateList: templates by ID, or a page of all of them when no
// ID is given.
struct DescribeSmsTemplateListRequest
{
    static constexpr auto action = "DescribeSmsTemplateList";

    qint64 international = marketCode(Market::Domestic);
    // At most 100; sent only when non-empty (empty means "page through all").
    QList<qint64> templateIdSet;
    std::optional<qint64> limit; // at most 100
    std::optional<qint64> offset;

    QJsonObject toJson() const;

    friend bool operator==(const DescribeSmsTemplateListRequest &,
                           const DescribeSmsTemplateListRequest &)
        = default;
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

    static DescribeTemplateListStatus fromJson(const QJsonObject &object);

    friend bool operator==(const DescribeTemplateListStatus &, const DescribeTemplateListStatus &)
        = default;
};

struct DescribeSmsTemplateListResult
{
    QList<DescribeTemplateListStatus> describeTemplateStatusSet;
    QString requestId;

    static DescribeSmsTemplateListResult fromJson(const QJsonObject &response);

    friend bool operator==(const DescribeSmsTemplateListResult &,
                           const DescribeSmsTemplateListResult &)
        = default;
};

} // namespace sms::domain
