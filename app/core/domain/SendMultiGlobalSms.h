// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/JsonFields.h"
#include "domain/NumberFailure.h"
#include "domain/SendStatus.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sms::domain {

// One message of a SendMultiGlobalSms: its own number, template and
// variables. International numbers only.
struct MultiSmsInfo
{
    QString phoneNumber;
    QString templateId; // a string on the wire, as in SendSms
    QStringList templateParamSet; // sent only when non-empty
    std::optional<QString> senderId;
    std::optional<QString> sessionContext; // < 512 bytes

    static constexpr auto jsonFields()
    {
        using S = MultiSmsInfo;
        return std::tuple {
            json::field("PhoneNumber", &S::phoneNumber), json::field("TemplateId", &S::templateId),
            json::field("TemplateParamSet", &S::templateParamSet, json::Rule::OmitEmpty),
            json::field("SenderId", &S::senderId),
            json::field("SessionContext", &S::sessionContext)};
    }
};

// SendMultiGlobalSms: different content per number, up to 200 messages.
struct SendMultiGlobalSmsRequest
{
    QString smsSdkAppId;
    QList<MultiSmsInfo> multiSmsInfoSet;

    static constexpr auto jsonFields()
    {
        using S = SendMultiGlobalSmsRequest;
        return std::tuple {json::field("SmsSdkAppId", &S::smsSdkAppId),
                           json::field("MultiSmsInfoSet", &S::multiSmsInfoSet)};
    }
};

struct SendMultiGlobalSmsResult
{
    // SendMultiStatus has exactly the fields of SendStatus.
    SendStatusList sendMultiStatusSet;
    QString requestId;

    NumberFailures failures() const { return failuresOf(sendMultiStatusSet); }
    int acceptedCount() const { return acceptedCountOf(sendMultiStatusSet); }

    static constexpr auto jsonFields()
    {
        using S = SendMultiGlobalSmsResult;
        return std::tuple {json::field("SendMultiStatusSet", &S::sendMultiStatusSet)};
    }
};

} // namespace sms::domain
