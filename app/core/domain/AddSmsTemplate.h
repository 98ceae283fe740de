#pragma once

#include "domain/Market.h"
#include "domain/SmsType.h"

#include <QJsonObject>
#include <QString>

namespace sms::domain {

// AddSmsTemplate: applies for a new template; it goes to manual review.
struct AddSmsTemplateRequest
{
    static constexpr auto action = "AddSmsTemplate";

    QString templateName;
    QString templateContent; // variables as {1}, {2}, ...
    qint64 smsType = smsTypeCode(SmsType::Notification);
    qint64 international = marketCode(Market::Domestic);
    QString remark; // required: why and where the template is used

    QJsonObject toJson() const;

    friend bool operator==(const AddSmsTemplateRequest &, const AddSmsTemplateRequest &) = default;
};

struct AddTemplateStatus
{
    // A string in this response although every other template ID in the API
    // is an integer; kept a string so that the value is shown as received.
    // The parser also accepts a number.
    QString templateId;

    static AddTemplateStatus fromJson(const QJsonObject &object);

    friend bool operator==(const AddTemplateStatus &, const AddTemplateStatus &) = default;
};

struct AddSmsTemplateResult
{
    AddTemplateStatus addTemplateStatus;
    QString requestId;

    static AddSmsTemplateResult fromJson(const QJsonObject &response);

    friend bool operator==(const AddSmsTemplateResult &, const AddSmsTemplateResult &) = default;
};

} // namespace sms::domain
