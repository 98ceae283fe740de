// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/JsonFields.h"
#include "domain/Market.h"
#include "domain/SmsType.h"

#include <QString>

namespace sms::domain {

// The fields of a template application, the same for AddSmsTemplate and
// ModifySmsTemplate (which adds the TemplateId being changed). Every field
// is required, also on a modification.
struct TemplateApplication
{
    QString templateName;
    QString templateContent; // variables as {1}, {2}, ...
    qint64 smsType = smsTypeCode(SmsType::Notification);
    // On a modification it must keep the template's value.
    qint64 international = marketCode(Market::Domestic);
    QString remark; // why and where the template is used

    static constexpr auto jsonFields()
    {
        using S = TemplateApplication;
        return std::tuple {json::field("TemplateName", &S::templateName),
                           json::field("TemplateContent", &S::templateContent),
                           json::field("SmsType", &S::smsType),
                           json::field("International", &S::international),
                           json::field("Remark", &S::remark)};
    }
};

} // namespace sms::domain
