// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/RequestContext.h"
#include "sandbox/SandboxState.h"

namespace sms::sandbox {

// Whether a request may use an SmsSdkAppId: it must exist and belong to the
// key's account (every action that names one); to send, it must also be
// enabled, the account paid up, and the caller's address allowed.
class ApplicationCheck
{
public:
    enum class Purpose { Read, Send };

    static ServiceResult verify(const SandboxState &state, const RequestContext &ctx,
                                const QString &appId, Purpose purpose);
    // Reads the request's SmsSdkAppId into *appId and verifies it.
    static ServiceResult verify(const SandboxState &state, const RequestContext &ctx,
                                const QJsonObject &body, Purpose purpose, QString *appId)
    {
        *appId = body.value(QLatin1String("SmsSdkAppId")).toString();
        return verify(state, ctx, *appId, purpose);
    }
};

} // namespace sms::sandbox
