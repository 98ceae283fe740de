#pragma once

#include "domain/NumberFailure.h"
#include "domain/SendStatus.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace sms::domain {

// SendSms: one template to up to 200 numbers, all domestic or all
// international.
struct SendSmsRequest
{
    static constexpr auto action = "SendSms";

    QStringList phoneNumberSet; // E.164
    QString smsSdkAppId; // "1400006666"
    // A string on the wire: an integer here is refused with "The value type
    // of parameter `TemplateId` is not valid".
    QString templateId;
    // The approved signature text, not its ID. Required for domestic numbers.
    std::optional<QString> signName;
    // Sent only when non-empty: a template without variables takes none.
    QStringList templateParamSet;
    std::optional<QString> extendCode;
    std::optional<QString> sessionContext; // < 512 bytes, echoed back
    std::optional<QString> senderId; // international only

    QJsonObject toJson() const;

    friend bool operator==(const SendSmsRequest &, const SendSmsRequest &) = default;
};

struct SendSmsResult
{
    SendStatusList sendStatusSet;
    QString requestId;

    // Numbers the service refused although the call succeeded.
    NumberFailures failures() const { return failuresOf(sendStatusSet); }
    int acceptedCount() const { return acceptedCountOf(sendStatusSet); }

    static SendSmsResult fromJson(const QJsonObject &response);

    friend bool operator==(const SendSmsResult &, const SendSmsResult &) = default;
};

} // namespace sms::domain
