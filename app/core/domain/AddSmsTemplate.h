#pragma once

#include "domain/Market.h"
#include "domain/SmsType.h"

#include <QJsonObject>
#include <QString>

namespace sms::domain {

// AddSmsTemplate: applies for a new template; it goes to manual review.
// The fields of a template application, the same for AddSmsTemplate and
// ModifySmsTemplate (which adds the TemplateId being changed).
template<typename Request>
QJsonObject templateApplicationJson(const Request &r)
{
    QJsonObject o;
    o.insert(QLatin1String("TemplateName"), r.templateName);
    o.insert(QLatin1String("TemplateContent"), r.templateContent);
    o.insert(QLatin1String("SmsType"), r.smsType);
    o.insert(QLatin1String("International"), r.international);
    o.insert(QLatin1String("Remark"), r.remark);
    return o;
}

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
