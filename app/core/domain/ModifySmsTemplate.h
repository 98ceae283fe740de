// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/TemplateApplication.h"

namespace sms::domain {

// ModifySmsTemplate: changes a template that is under review or was
// rejected and sends it back to review. Every field is sent again.
struct ModifySmsTemplateRequest : TemplateApplication
{
    qint64 templateId = 0; // an integer here, unlike SendSms

    static constexpr auto jsonFields()
    {
        return std::tuple_cat(
            std::tuple {json::field("TemplateId", &ModifySmsTemplateRequest::templateId)},
            TemplateApplication::jsonFields());
    }
};

struct ModifyTemplateStatus
{
    qint64 templateId = 0; // an integer here; the parser also accepts a numeric string

    static constexpr auto jsonFields()
    {
        return std::tuple {json::field("TemplateId", &ModifyTemplateStatus::templateId)};
    }
};

struct ModifySmsTemplateResult
{
    ModifyTemplateStatus modifyTemplateStatus;
    QString requestId;

    static constexpr auto jsonFields()
    {
        using S = ModifySmsTemplateResult;
        return std::tuple {json::field("ModifyTemplateStatus", &S::modifyTemplateStatus)};
    }
};

} // namespace sms::domain
