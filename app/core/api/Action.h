// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ActionRegistry.h"
#include "domain/AddSmsSign.h"
#include "domain/AddSmsTemplate.h"
#include "domain/CallbackStatusStatistics.h"
#include "domain/DeleteSmsSign.h"
#include "domain/DeleteSmsTemplate.h"
#include "domain/DescribePhoneNumberInfo.h"
#include "domain/DescribeSendRecordList.h"
#include "domain/DescribeSmsSignList.h"
#include "domain/DescribeSmsTemplateList.h"
#include "domain/ModifySmsSign.h"
#include "domain/ModifySmsTemplate.h"
#include "domain/PullSmsReplyStatus.h"
#include "domain/PullSmsReplyStatusByPhoneNumber.h"
#include "domain/PullSmsSendStatus.h"
#include "domain/PullSmsSendStatusByPhoneNumber.h"
#include "domain/ReportConversion.h"
#include "domain/SendMultiGlobalSms.h"
#include "domain/SendSms.h"
#include "domain/SendStatusStatistics.h"
#include "domain/SmsPackagesStatistics.h"

#include <type_traits>

namespace sms::api {

// The typed side of ActionRegistry: for each request type its action's name
// and result type, so that a request cannot be paired with the wrong action
// or parsed into the wrong result.
//
//   Action<domain::SendSmsRequest>::name   == "SendSms"
//   Action<domain::SendSmsRequest>::Result is domain::SendSmsResult
template<typename Request> struct Action;

#define SMS_API_DECLARE_ACTION(Name, method, area, repeat, qps, set)                               \
    template<> struct Action<domain::Name##Request>                                                \
    {                                                                                              \
        using Request = domain::Name##Request;                                                     \
        using Result = domain::Name##Result;                                                       \
        static constexpr const char *name = #Name;                                                 \
    };
SMS_API_ACTIONS(SMS_API_DECLARE_ACTION)
#undef SMS_API_DECLARE_ACTION

template<typename Request> using ResultOf = typename Action<Request>::Result;

// Calls f(std::type_identity<Request>{}) for every action's request type, in
// table order: for code that must handle every action's types, such as
// tests that run over all parsers.
template<typename F> void forEachAction(F &&f)
{
#define SMS_API_VISIT_ACTION(Name, method, area, repeat, qps, set)                                 \
    f(std::type_identity<domain::Name##Request> {});
    SMS_API_ACTIONS(SMS_API_VISIT_ACTION)
#undef SMS_API_VISIT_ACTION
}

} // namespace sms::api
