// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/SignApplication.h"

namespace sms::domain {

// AddSmsSign: applies for a new signature; it goes to manual review.
struct AddSmsSignRequest : SignApplication
{
};

// The answer of AddSmsSign, and of ModifySmsSign under another key.
struct AddSignStatus
{
    qint64 signId = 0;

    static constexpr auto jsonFields()
    {
        return std::tuple {json::field("SignId", &AddSignStatus::signId)};
    }
};

struct AddSmsSignResult
{
    AddSignStatus addSignStatus;
    QString requestId;

    static constexpr auto jsonFields()
    {
        using S = AddSmsSignResult;
        return std::tuple {json::field("AddSignStatus", &S::addSignStatus)};
    }
};

} // namespace sms::domain
