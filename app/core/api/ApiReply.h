#pragma once

#include "api/ApiCall.h"

namespace sms::api {

// A typed ApiCall: result() parses the Response object into the action's
// result struct (Result::fromJson, one parser per type in domain/).
// No Q_OBJECT: it adds no signals, only the typed accessor.
template<typename Result>
class ApiReply : public ApiCall
{
public:
    using ApiCall::ApiCall;

    Result result() const { return Result::fromJson(response()); }
};

} // namespace sms::api
