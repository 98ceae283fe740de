// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/JsonFields.h"

#include <QString>

namespace sms::domain {

// DeleteSmsSign: removes a signature for good.
struct DeleteSmsSignRequest
{
    qint64 signId = 0;

    static constexpr auto jsonFields()
    {
        return std::tuple {json::field("SignId", &DeleteSmsSignRequest::signId)};
    }
};

// The answer of DeleteSmsSign, and of DeleteSmsTemplate under another key.
struct DeleteSignStatus
{
    QString deleteStatus; // the service's own wording, e.g. "return successfully"
    qint64 deleteTime = 0; // unix seconds

    static constexpr auto jsonFields()
    {
        using S = DeleteSignStatus;
        return std::tuple {json::field("DeleteStatus", &S::deleteStatus),
                           json::field("DeleteTime", &S::deleteTime)};
    }
};

struct DeleteSmsSignResult
{
    DeleteSignStatus deleteSignStatus;
    QString requestId;

    static constexpr auto jsonFields()
    {
        using S = DeleteSmsSignResult;
        return std::tuple {json::field("DeleteSignStatus", &S::deleteSignStatus)};
    }
};

} // namespace sms::domain
