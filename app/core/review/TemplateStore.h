// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/TemplateApplication.h"
#include "review/RecordStore.h"
#include "review/TemplateChecks.h"
#include "review/TemplateRecord.h"

namespace sms::review {

// Every template of the session's account, domestic and international (a
// template for both markets once), for the templates page and
// `smsctl template`: see RecordStore for add, modify, remove and the
// records, ReviewStore for loading, refreshing and the signals.
// Applications are checked by TemplateChecks before they are sent, and the
// SmsType this console submitted is remembered per profile, since the
// service's list does not return it.
class TemplateStore : public RecordStore<TemplateStore, TemplateRecord, domain::TemplateApplication>
{
public:
    explicit TemplateStore(session::Session &session, const Options &options = {},
                           QObject *parent = nullptr);

    ReviewKind kind() const override { return ReviewKind::Template; }

private:
    friend class RecordStore<TemplateStore, TemplateRecord, domain::TemplateApplication>;

    using ListRequest = domain::DescribeSmsTemplateListRequest;
    using Item = domain::DescribeTemplateListStatus;
    using Submission = TemplateSubmission;
    using AddRequest = domain::AddSmsTemplateRequest;
    using ModifyRequest = domain::ModifySmsTemplateRequest;
    using Checks = TemplateChecks;
    using DeleteRequest = domain::DeleteSmsTemplateRequest;

    static constexpr auto kItems
        = &domain::DescribeSmsTemplateListResult::describeTemplateStatusSet;
    static constexpr auto kModifiedId = &ModifyRequest::templateId;
    static constexpr char kNotExistCode[] = "FailedOperation.TemplateIdNotExist";
    static qint64 addedId(const domain::AddSmsTemplateResult &result)
    {
        // The one answer that gives a template id as a string.
        return result.addTemplateStatus.templateId.toLongLong();
    }
    static Submission submission(const domain::TemplateApplication &application);
    static void describe(Item &listed, qint64 id, const domain::TemplateApplication &application);
};

} // namespace sms::review
