// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/ApplicationCheck.h"

namespace sms::sandbox {

ServiceResult ApplicationCheck::verify(const SandboxState &state, const RequestContext &ctx,
                                       const QString &appId, Purpose purpose)
{
    using R = ServiceResult;
    const auto app = state.apps.constFind(appId);
    if (app == state.apps.constEnd())
        return R::error(QStringLiteral("InvalidParameterValue.SdkAppIdNotExist"),
                        ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                   "No SMS application has this SmsSdkAppId.")));
    if (app->foreign)
        return R::error(QStringLiteral("UnauthorizedOperation.SmsSdkAppIdVerifyFail"),
                        ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                   "The SmsSdkAppId does not belong to the account "
                                                   "of this API key.")));
    if (purpose == Purpose::Read)
        return {};
    if (!app->enabled)
        return R::error(QStringLiteral("UnauthorizedOperation.SdkAppIdIsDisabled"),
                        ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                   "This SMS application is disabled.")));
    if (state.inArrears)
        return R::error(QStringLiteral("UnauthorizedOperation.ServiceSuspendDueToArrears"),
                        ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                   "The account is in arrears; sending is "
                                                   "suspended until it is paid.")));
    if (!state.ipWhitelist.isEmpty() && !state.ipWhitelist.contains(ctx.peer.toString()))
        return R::error(QStringLiteral("UnauthorizedOperation.RequestIpNotInWhitelist"),
                        ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                   "This IP address is not on the application's "
                                                   "allow list.")));
    return {};
}

} // namespace sms::sandbox
