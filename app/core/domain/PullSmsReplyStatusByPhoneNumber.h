// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/PhoneNumberPull.h"
#include "domain/PullSmsReplyStatus.h"

namespace sms::domain {

// PullSmsReplyStatusByPhoneNumber: the replies of one number in a time
// window; the answer has the shape of PullSmsReplyStatus's.
struct PullSmsReplyStatusByPhoneNumberRequest : PhoneNumberPull
{
};

using PullSmsReplyStatusByPhoneNumberResult = PullSmsReplyStatusResult;

} // namespace sms::domain
