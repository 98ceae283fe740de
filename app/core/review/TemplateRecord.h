// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/DescribeSmsTemplateList.h"
#include "review/ReviewRecord.h"
#include "review/TemplateSubmission.h"

namespace sms::review {

// One template: the service's list entry (name, content, market, status,
// reply) and, when this console applied for it, what it submitted. The
// SmsType (verification code, notification, marketing) is known only from
// that: the service's list does not carry it.
struct TemplateRecord : ReviewRecord<domain::DescribeTemplateListStatus, TemplateSubmission>
{
    qint64 id() const { return listed.templateId; }
    QString name() const { return listed.templateName; }
    QString content() const { return listed.templateContent; }

    std::optional<qint64> smsType() const
    {
        return submitted ? std::optional(submitted->smsType) : std::nullopt;
    }
};

} // namespace sms::review
