// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/JsonFields.h"
#include "domain/NumberFailure.h"
#include "domain/SendStatus.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace sms::domain {

// SendSms: one template to up to 200 numbers, all domestic or all
// international.
struct SendSmsRequest
{
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

    static constexpr auto jsonFields()
    {
        using S = SendSmsRequest;
        return std::tuple {
            json::field("PhoneNumberSet", &S::phoneNumberSet),
            json::field("SmsSdkAppId", &S::smsSdkAppId),
            json::field("TemplateId", &S::templateId),
            json::field("SignName", &S::signName),
            json::field("TemplateParamSet", &S::templateParamSet, json::Rule::OmitEmpty),
            json::field("ExtendCode", &S::extendCode),
            json::field("SessionContext", &S::sessionContext),
            json::field("SenderId", &S::senderId)};
    }
};

struct SendSmsResult
{
    SendStatusList sendStatusSet;
    QString requestId;

    // Numbers the service refused although the call succeeded.
    NumberFailures failures() const { return failuresOf(sendStatusSet); }
    int acceptedCount() const { return acceptedCountOf(sendStatusSet); }

    static constexpr auto jsonFields()
    {
        using S = SendSmsResult;
        return std::tuple {json::field("SendStatusSet", &S::sendStatusSet)};
    }
};

} // namespace sms::domain
