#pragma once

#include <QJsonObject>
#include <QString>

namespace sms::domain {

// DeleteSmsTemplate: removes a template for good.
struct DeleteSmsTemplateRequest
{
    static constexpr auto action = "DeleteSmsTemplate";

    qint64 templateId = 0; // an integer here, unlike SendSms

    QJsonObject toJson() const;

    friend bool operator==(const DeleteSmsTemplateRequest &, const DeleteSmsTemplateRequest &)
        = default;
};

struct DeleteTemplateStatus
{
    QString deleteStatus; // the service's own wording, e.g. "return successfully"
    qint64 deleteTime = 0; // unix seconds

    static DeleteTemplateStatus fromJson(const QJsonObject &object);

    friend bool operator==(const DeleteTemplateStatus &, const DeleteTemplateStatus &) = default;
};

struct DeleteSmsTemplateResult
{
    DeleteTemplateStatus deleteTemplateStatus;
    QString requestId;

    static DeleteSmsTemplateResult fromJson(const QJsonObject &response);

    friend bool operator==(const DeleteSmsTemplateResult &, const DeleteSmsTemplateResult &)
        = default;
};

} // namespace sms::domain
