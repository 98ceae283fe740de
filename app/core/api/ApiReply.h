// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiCall.h"
#include "domain/JsonFields.h"

namespace sms::api {

// A typed ApiCall: result() parses the Response object into the action's
// result struct, by the fields that struct describes (domain/JsonFields.h).
// No Q_OBJECT: it adds no signals, only the typed accessor.
template<typename Result>
class ApiReply : public ApiCall
{
public:
    using ApiCall::ApiCall;

    Result result() const { return domain::json::fromObject<Result>(response()); }
};

} // namespace sms::api
