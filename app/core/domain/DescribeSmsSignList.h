#pragma once

#include "domain/Market.h"
#include "domain/ReviewStatus.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace sms::domain {

// Review state of the qualification (company documents) behind a domestic
// signature.
enum class QualificationStatus {
    Pending, // 0
    Approved, // 1
    Rejected, // 2
    NeedsSupplement, // 3: documents to be supplemented
    ChangePending, // 4: a change is under review
    ChangeRejected, // 5
    Unknown,
};

constexpr QualificationStatus qualificationStatusFromCode(qint64 code)
{
    switch (code) {
    case 0:
        return QualificationStatus::Pending;
    case 1:
        return QualificationStatus::Approved;
    case 2:
        return QualificationStatus::Rejected;
    case 3:
        return QualificationStatus::NeedsSupplement;
    case 4:
        return QualificationStatus::ChangePending;
    case 5:
        return QualificationStatus::ChangeRejected;
    default:
        return QualificationStatus::Unknown;
    }
}

// DescribeSmsSignList: signatures by ID, or a page of all of them when no ID
// is given.
struct DescribeSmsSignListRequest
{
    static constexpr auto action = "DescribeSmsSignList";

    qint64 international = marketCode(Market::Domestic);
    // At most 100; sent only when non-empty, since an empty set means "page
    // through all" with limit and offset.
    QList<qint64> signIdSet;
    std::optional<qint64> limit; // at most 100; the service's default is 10
    std::optional<qint64> offset; // the service's default is 0

    QJsonObject toJson() const;

    friend bool operator==(const DescribeSmsSignListRequest &, const DescribeSmsSignListRequest &)
        = default;
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

    static DescribeSignListStatus fromJson(const QJsonObject &object);

    friend bool operator==(const DescribeSignListStatus &, const DescribeSignListStatus &)
        = default;
};

struct DescribeSmsSignListResult
{
    QList<DescribeSignListStatus> describeSignListStatusSet;
    QString requestId;

    static DescribeSmsSignListResult fromJson(const QJsonObject &response);

    friend bool operator==(const DescribeSmsSignListResult &, const DescribeSmsSignListResult &)
        = default;
};

} // namespace sms::domain
