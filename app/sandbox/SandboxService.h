// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/ReportHandler.h"
#include "sandbox/RequestContext.h"
#include "sandbox/ReviewDesk.h"
#include "sandbox/SandboxClock.h"
#include "sandbox/SandboxSettings.h"
#include "sandbox/SandboxState.h"
#include "sandbox/SendHandler.h"
#include "sandbox/SignatureHandler.h"
#include "sandbox/TemplateHandler.h"

namespace sms::sandbox {

// The simulated SMS service behind the HTTP layer: one account's state and
// the handlers that apply the service's rules to it. Knows nothing of HTTP or
// signatures; SandboxServer authenticates and validates before it calls in.
class SandboxService
{
public:
    SandboxService();

    SandboxState &state() { return m_state; }
    SandboxSettings &settings() { return m_settings; }
    const SandboxSettings &settings() const { return m_settings; }

    // Runs an action whose request has passed authentication and schema checks.
    ServiceResult dispatch(const QString &action, const RequestContext &ctx,
                           const QJsonObject &body);

    // A minimal account that can send: one application, a qualification, a
    // package. Used when no state file and no demo data are given.
    void seedAccount(const QString &secretId, const QString &secretKey, const QString &appId,
                     qint64 now);
    // A realistic account for rehearsals and screenshots (--demo).
    void seedDemo(qint64 now);

private:
    SandboxSettings m_settings;
    SandboxState m_state;
    ReviewDesk m_desk;
    SignatureHandler m_signs;
    TemplateHandler m_templates;
    SendHandler m_send;
    ReportHandler m_reports;
};

} // namespace sms::sandbox
