// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Market.h"
#include "domain/ReviewStatus.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace sms::review {

// A signature or template as a store holds it: the service's list entry
// (Listed: domain::DescribeSignListStatus or DescribeTemplateListStatus) and,
// when this console applied for it, what it submitted (Submission) that the
// list does not repeat. SignatureRecord and TemplateRecord add what is their
// own.
template<typename Listed, typename Submission> struct ReviewRecord
{
    Listed listed;
    std::optional<Submission> submitted;

    domain::Market market() const { return listed.market; }
    // The raw StatusCode too: a code newer than this client reads as
    // ReviewStatus::Unknown, and a page may still want to show the number.
    domain::ReviewStatus status() const { return listed.status; }
    qint64 statusCode() const { return listed.statusCode; }
    // The reviewer's words, usually why it was rejected; may be empty.
    QString reviewReply() const { return listed.reviewReply; }
    QDateTime createdAt() const { return QDateTime::fromSecsSinceEpoch(listed.createTime); }

    bool isUnderReview() const { return listed.status == domain::ReviewStatus::UnderReview; }
    bool isRejected() const { return listed.status == domain::ReviewStatus::Rejected; }
    // Approved, in effect or not yet: the service refuses to modify it.
    bool hasPassedReview() const
    {
        return listed.status == domain::ReviewStatus::Approved
            || listed.status == domain::ReviewStatus::ApprovedPending;
    }
    // Approved and in effect: the only state in which it can be sent with.
    bool isUsable() const { return listed.status == domain::ReviewStatus::Approved; }
};

} // namespace sms::review
