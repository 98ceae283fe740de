// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/JsonFields.h"
#include "domain/Market.h"
#include "domain/ReviewStatus.h"

#include <QList>
#include <QString>

#include <optional>

namespace sms::domain {

// Review state of the qualification (company documents) behind a domestic
// signature.
enum class QualificationStatus {
    Pending = 0,
    Approved = 1,
    Rejected = 2,
    NeedsSupplement = 3, // documents to be supplemented
    ChangePending = 4, // a change is under review
    ChangeRejected = 5,
    Unknown = -1,
};

constexpr QualificationStatus qualificationStatusFromCode(qint64 code)
{
    using Q = QualificationStatus;
    return json::enumFromCode(code,
                              {Q::Pending, Q::Approved, Q::Rejected, Q::NeedsSupplement,
                               Q::ChangePending, Q::ChangeRejected},
                              Q::Unknown);
}

// DescribeSmsSignList: signatures by ID, or a page of all of them when no ID
// is given.
struct DescribeSmsSignListRequest
{
    qint64 international = marketCode(Market::Domestic);
    // At most 100; sent only when non-empty, since an empty set means "page
    // through all" with limit and offset.
    QList<qint64> signIdSet;
    std::optional<qint64> limit; // at most 100; the service's default is 10
    std::optional<qint64> offset; // the service's default is 0

    static constexpr auto jsonFields()
    {
        using S = DescribeSmsSignListRequest;
        return std::tuple {json::field("International", &S::international),
                           json::field("SignIdSet", &S::signIdSet, json::Rule::OmitEmpty),
                           json::field("Limit", &S::limit), json::field("Offset", &S::offset)};
    }
};

// One signature (DescribeSignListStatus). Coded fields come twice: the raw
// code, so that a code newer than this client is still shown, and the enum,
// which is Unknown when the code is missing or new.
struct DescribeSignListStatus
{
    qint64 signId = 0;
    qint64 international = 0;
    Market market = Market::Unknown;
    qint64 statusCode = 0;
    ReviewStatus status = ReviewStatus::Unknown;
    QString reviewReply; // usually why it was rejected
    QString signName;
    qint64 createTime = 0; // unix seconds
    qint64 qualificationId = 0;
    QString qualificationName;
    qint64 qualificationStatusCode = 0;
    QualificationStatus qualificationStatus = QualificationStatus::Unknown;

    static constexpr auto jsonFields()
    {
        using S = DescribeSignListStatus;
        return std::tuple {
            json::field("SignId", &S::signId),
            json::coded("International", &S::international, &S::market, marketFromCode),
            json::coded("StatusCode", &S::statusCode, &S::status, reviewStatusFromCode),
            json::field("ReviewReply", &S::reviewReply),
            json::field("SignName", &S::signName),
            json::field("CreateTime", &S::createTime),
            json::field("QualificationId", &S::qualificationId),
            json::field("QualificationName", &S::qualificationName),
            json::coded("QualificationStatusCode", &S::qualificationStatusCode,
                        &S::qualificationStatus, qualificationStatusFromCode)};
    }
};

struct DescribeSmsSignListResult
{
    QList<DescribeSignListStatus> describeSignListStatusSet;
    QString requestId;

    static constexpr auto jsonFields()
    {
        using S = DescribeSmsSignListResult;
        return std::tuple {json::field("DescribeSignListStatusSet", &S::describeSignListStatusSet)};
    }
};

} // namespace sms::domain
