#pragma once

#include "domain/Market.h"
#include "domain/SmsType.h"

#include <QJsonObject>
#include <QString>

namespace sms::domain {

// ModifySmsTemplate: changes a template that is under review or was
// rejected and sends it back to review. Every field is sent again.
struct ModifySmsTemplateRequest
{
    static constexpr auto action = "ModifySmsTemplate";

    qint64 templateId = 0; // an integer here, unlike SendSms
    QString templateName;
    QString templateContent;
    qint64 smsType = smsTypeCode(SmsType::Notification);
    qint64 international = marketCode(Market::Domestic); // must keep the template's value
    QString remark;

    QJsonObject toJson() const;

    friend bool operator==(const ModifySmsTemplateRequest &, const ModifySmsTemplateRequest &)
        = default;
};

struct ModifyTemplateStatus
{
    qint64 templateId = 0; // an integer here; the parser also accepts a numeric string

    static ModifyTemplateStatus fromJson(const QJsonObject &object);

    friend bool operator==(const ModifyTemplateStatus &, const ModifyTemplateStatus &) = default;
};

struct ModifySmsTemplateResult
{
    ModifyTemplateStatus modifyTemplateStatus;
    QString requestId;

    static ModifySmsTemplateResult fromJson(const QJsonObject &response);

    friend bool operator==(const ModifySmsTemplateResult &, const ModifySmsTemplateResult &)
        = default;
};

} // namespace sms::domain
