// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace sms::sandbox {

// The records a sandbox account holds. Plain data; SandboxState owns them,
// SandboxStore keeps them in the state database (RecordFields lists their
// fields once for it and for the import of JSON state files).

// A signature's or template's review status, valued as the service's
// StatusCode (what the client reads as domain::ReviewStatus).
enum class ReviewStatusCode : int {
    Approved = 0,
    UnderReview = 1,
    ApprovedPending = 2, // approved, not in effect yet
    Rejected = -1,
};

// Approved, whether or not in effect yet: such a record can no longer be
// modified, and its name cannot be applied for again.
constexpr bool passedReview(ReviewStatusCode status)
{
    return status == ReviewStatusCode::Approved || status == ReviewStatusCode::ApprovedPending;
}

struct SignRecord
{
    qint64 id = 0;
    QString name;
    int signType = 0;
    int documentType = 0;
    int international = 0;
    int signPurpose = 0;
    bool proofDecodes = true;
    bool hasCommissionImage = false;
    QString remark;
    qint64 qualificationId = 0;
    ReviewStatusCode status = ReviewStatusCode::UnderReview;
    QString rejectReason; // a ReviewDesk rejection key; empty unless rejected
    qint64 createTime = 0;
    qint64 reviewAt = 0;

    friend bool operator==(const SignRecord &, const SignRecord &) = default;
};

struct TemplateRecord
{
    qint64 id = 0;
    QString name;
    QString content;
    int smsType = 2; // 1 marketing, 2 notification, 3 verification code (0 = legacy ordinary)
    int international = 0;
    QString remark;
    ReviewStatusCode status = ReviewStatusCode::UnderReview;
    QString rejectReason;
    qint64 createTime = 0;
    qint64 reviewAt = 0;

    friend bool operator==(const TemplateRecord &, const TemplateRecord &) = default;
};

struct AppRecord
{
    QString sdkAppId;
    QString name;
    bool enabled = true;
    // An application of another account: using it with this key fails
    // SmsSdkAppIdVerifyFail.
    bool foreign = false;

    friend bool operator==(const AppRecord &, const AppRecord &) = default;
};

struct QualificationRecord
{
    qint64 id = 0;
    QString name;
    int status = 1; // 1 approved, 0 pending

    friend bool operator==(const QualificationRecord &, const QualificationRecord &) = default;
};

struct PackageRecord
{
    qint64 id = 0;
    int type = 1; // 0 gifted, 1 purchased
    qint64 amount = 0;
    qint64 usage = 0;
    qint64 createTime = 0;
    qint64 effectiveTime = 0;
    qint64 expiredTime = 0;

    friend bool operator==(const PackageRecord &, const PackageRecord &) = default;
};

// One number of one send, accepted or refused.
struct SendRecord
{
    QString serialNo;        // empty when refused
    QString phoneNumber;     // E.164 when it parsed, else as given
    QString countryCode;
    QString subscriber;
    QString isoCode;
    QString appId;
    QString templateId;
    QString signName;
    QString content;         // as rendered (signature included for domestic)
    QString sessionContext;
    QString requestCode;     // "Ok" or the per-number code
    int fee = 0;
    qint64 sendTime = 0;
    // Delivery receipt: 0 none (yet or ever), 1 SUCCESS, 2 FAIL.
    int receiptStatus = 0;
    qint64 receiptTime = 0;  // when the receipt becomes visible
    QString receiptDescription;
    QString failureClass;    // invalid, shutdown, blacklist, internal
    bool receiptPulled = false;

    friend bool operator==(const SendRecord &, const SendRecord &) = default;
};

struct ReplyRecord
{
    QString appId;
    QString phoneNumber;
    QString countryCode;
    QString subscriber;
    QString signName;
    QString content;
    QString extendCode;
    qint64 replyTime = 0;
    bool pulled = false;

    friend bool operator==(const ReplyRecord &, const ReplyRecord &) = default;
};

} // namespace sms::sandbox
