// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AddSmsSign.h"
#include "domain/SignApplication.h"

namespace sms::domain {

// ModifySmsSign: changes a signature that is under review or was rejected
// (an approved one is refused with SignAlreadyPassedCheck) and sends it back
// to review. Every field is sent again, not only the changed ones.
struct ModifySmsSignRequest : SignApplication
{
    qint64 signId = 0;

    static constexpr auto jsonFields()
    {
        return std::tuple_cat(std::tuple {json::field("SignId", &ModifySmsSignRequest::signId)},
                              SignApplication::jsonFields());
    }
};

using ModifySignStatus = AddSignStatus;

struct ModifySmsSignResult
{
    ModifySignStatus modifySignStatus;
    QString requestId;

    static constexpr auto jsonFields()
    {
        using S = ModifySmsSignResult;
        return std::tuple {json::field("ModifySignStatus", &S::modifySignStatus)};
    }
};

} // namespace sms::domain
