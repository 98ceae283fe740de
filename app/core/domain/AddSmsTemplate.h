// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/TemplateApplication.h"

namespace sms::domain {

// AddSmsTemplate: applies for a new template; it goes to manual review.
struct AddSmsTemplateRequest : TemplateApplication
{
};

struct AddTemplateStatus
{
    // A string in this response although every other template ID in the API
    // is an integer; kept a string so that the value is shown as received.
    // The parser also accepts a number.
    QString templateId;

    static constexpr auto jsonFields()
    {
        return std::tuple {
            json::field("TemplateId", &AddTemplateStatus::templateId, json::Rule::StringOrNumber)};
    }
};

struct AddSmsTemplateResult
{
    AddTemplateStatus addTemplateStatus;
    QString requestId;

    static constexpr auto jsonFields()
    {
        using S = AddSmsTemplateResult;
        return std::tuple {json::field("AddTemplateStatus", &S::addTemplateStatus)};
    }
};

} // namespace sms::domain
