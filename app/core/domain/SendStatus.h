// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/JsonFields.h"
#include "domain/NumberFailure.h"

#include <QList>
#include <QString>

namespace sms::domain {

// The outcome for one number of a send (SendStatusSet of SendSms,
// SendMultiStatusSet of SendMultiGlobalSms: the same fields). A refused
// number has Code != "Ok", an empty SerialNo and Fee 0, inside a response
// that is otherwise a success.
struct SendStatus
{
    QString serialNo; // "2019:1459782579269331713"; empty when refused
    QString phoneNumber; // E.164
    qint64 fee = 0; // billed segments
    QString sessionContext; // echoed from the request
    QString code; // "Ok" or an error code
    QString message;
    QString isoCode; // "CN", "US", ...; "DEF" when unknown

    bool isOk() const;
    NumberFailure toFailure() const;

    static constexpr auto jsonFields()
    {
        using S = SendStatus;
        return std::tuple {json::field("SerialNo", &S::serialNo),
                           json::field("PhoneNumber", &S::phoneNumber),
                           json::field("Fee", &S::fee),
                           json::field("SessionContext", &S::sessionContext),
                           json::field("Code", &S::code),
                           json::field("Message", &S::message),
                           json::field("IsoCode", &S::isoCode)};
    }
};

using SendStatusList = QList<SendStatus>;

// The refused numbers of a send, in request order. A status without a Code
// counts as refused: a number must never be reported as sent unless the
// service said "Ok".
NumberFailures failuresOf(const SendStatusList &statuses);
int acceptedCountOf(const SendStatusList &statuses);

} // namespace sms::domain
