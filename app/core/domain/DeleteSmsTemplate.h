// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/DeleteSmsSign.h"

namespace sms::domain {

// DeleteSmsTemplate: removes a template for good.
struct DeleteSmsTemplateRequest
{
    qint64 templateId = 0; // an integer here, unlike SendSms

    static constexpr auto jsonFields()
    {
        return std::tuple {json::field("TemplateId", &DeleteSmsTemplateRequest::templateId)};
    }
};

using DeleteTemplateStatus = DeleteSignStatus;

struct DeleteSmsTemplateResult
{
    DeleteTemplateStatus deleteTemplateStatus;
    QString requestId;

    static constexpr auto jsonFields()
    {
        using S = DeleteSmsTemplateResult;
        return std::tuple {json::field("DeleteTemplateStatus", &S::deleteTemplateStatus)};
    }
};

} // namespace sms::domain
