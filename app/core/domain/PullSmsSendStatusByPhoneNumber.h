// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/PhoneNumberPull.h"
#include "domain/PullSmsSendStatus.h"

namespace sms::domain {

// PullSmsSendStatusByPhoneNumber: the delivery receipts of one number in a
// time window; the answer has the shape of PullSmsSendStatus's.
struct PullSmsSendStatusByPhoneNumberRequest : PhoneNumberPull
{
};

using PullSmsSendStatusByPhoneNumberResult = PullSmsSendStatusResult;

} // namespace sms::domain
