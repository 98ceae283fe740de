// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ActionInfo.h"

#include <QList>
#include <QStringView>

// Every action of API 2021-01-11, one row each: the only list of actions.
//
//   Name    the action; domain/<Name>.h defines domain::<Name>Request and
//           domain::<Name>Result, each describing its JSON fields
//   method  the name of SmsApi's typed method
//   area    ActionArea: which part of the service it belongs to
//   repeat  Safe (a read that may be repeated) or Once
//   qps     the documented default QPS; 0 when none is published
//   set     the per-number status array of a successful answer, or ""
//
// Adding an action means adding its row here and its domain header. The rate
// limiter, the retry policy, ApiCall's per-number check, SmsApi, the
// sandbox's routing and request validation all read this table.
//
// clang-format off
#define SMS_API_ACTIONS(X) \
    /* Name                          method                           area        repeat qps   set */ \
    X(SendSms,                         sendSms,                         Sending,    Once,  3000, "SendStatusSet") \
    X(SendMultiGlobalSms,              sendMultiGlobalSms,              Sending,    Once,  0,    "SendMultiStatusSet") \
    X(PullSmsSendStatus,               pullSmsSendStatus,               Reports,    Once,  100,  "") \
    X(PullSmsSendStatusByPhoneNumber,  pullSmsSendStatusByPhoneNumber,  Reports,    Safe,  20,   "") \
    X(PullSmsReplyStatus,              pullSmsReplyStatus,              Reports,    Once,  100,  "") \
    X(PullSmsReplyStatusByPhoneNumber, pullSmsReplyStatusByPhoneNumber, Reports,    Safe,  20,   "") \
    X(SendStatusStatistics,            sendStatusStatistics,            Reports,    Safe,  10,   "") \
    X(CallbackStatusStatistics,        callbackStatusStatistics,        Reports,    Safe,  10,   "") \
    X(SmsPackagesStatistics,           smsPackagesStatistics,           Reports,    Safe,  0,    "") \
    X(AddSmsSign,                      addSmsSign,                      Signatures, Once,  1,    "") \
    X(ModifySmsSign,                   modifySmsSign,                   Signatures, Once,  1,    "") \
    X(DeleteSmsSign,                   deleteSmsSign,                   Signatures, Once,  1,    "") \
    X(DescribeSmsSignList,             describeSmsSignList,             Signatures, Safe,  20,   "") \
    X(AddSmsTemplate,                  addSmsTemplate,                  Templates,  Once,  2,    "") \
    X(ModifySmsTemplate,               modifySmsTemplate,               Templates,  Once,  20,   "") \
    X(DeleteSmsTemplate,               deleteSmsTemplate,               Templates,  Once,  1,    "") \
    X(DescribeSmsTemplateList,         describeSmsTemplateList,         Templates,  Safe,  20,   "") \
    X(DescribePhoneNumberInfo,         describePhoneNumberInfo,         Reports,    Safe,  1000, "") \
    X(ReportConversion,                reportConversion,                Reports,    Once,  1000, "") \
    X(DescribeSendRecordList,          describeSendRecordList,          Reports,    Safe,  0,    "")
// clang-format on

namespace sms::api {

// Run-time lookups in SMS_API_ACTIONS. The typed side (request type ->
// result type and name) is Action<Request> in api/Action.h.
class ActionRegistry
{
public:
    // In table order.
    static const QList<ActionInfo> &all();
    // nullptr for a name that is not an action of this API version.
    static const ActionInfo *find(QStringView name);
};

} // namespace sms::api
