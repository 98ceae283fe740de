#pragma once

#include "domain/NumberFailure.h"
#include "domain/SendStatus.h"

#include <QJsonObject>
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

    QJsonObject toJson() const;

    friend bool operator==(const MultiSmsInfo &, const MultiSmsInfo &) = default;
};

// SendMultiGlobalSms: different content per number, up to 200 messages.
struct SendMultiGlobalSmsRequest
{
    static constexpr auto action = "SendMultiGlobalSms";

    QString smsSdkAppId;
    QList<MultiSmsInfo> multiSmsInfoSet;

    QJsonObject toJson() const;

    friend bool operator==(const SendMultiGlobalSmsRequest &, const SendMultiGlobalSmsRequest &)
        = default;
};

struct SendMultiGlobalSmsResult
{
    // SendMultiStatus has exactly the fields of SendStatus.
    SendStatusList sendMultiStatusSet;
    QString requestId;

    NumberFailures failures() const { return failuresOf(sendMultiStatusSet); }
    int acceptedCount() const { return acceptedCountOf(sendMultiStatusSet); }

    static SendMultiGlobalSmsResult fromJson(const QJsonObject &response);

    friend bool operator==(const SendMultiGlobalSmsResult &, const SendMultiGlobalSmsResult &)
        = default;
};

} // namespace sms::domain
