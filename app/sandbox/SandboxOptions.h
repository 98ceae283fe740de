// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace sms::sandbox {

// How to start a sandbox; the same for sms-sandbox's command line and the
// GUI's in-process offline mode.
struct SandboxOptions
{
    quint16 port = 0;          // 0: any free port
    QString secretId;          // empty: "AKIDsandbox" + random
    QString secretKey;         // empty: generated (and reported once)
    QString appId = QStringLiteral("1400000001");
    // The state database (SandboxStore): loaded at start when it exists,
    // written as requests change the account. A JSON state file of an earlier
    // version found there is imported.
    QString statePath;
    // A JSON state file of an earlier version, imported when there is
    // nothing at statePath yet.
    QString importStatePath;
    bool demo = false;
    QString clock;             // "+300", "-2h", ISO 8601, ISO 8601 + "!"
    int reviewDelaySeconds = -1; // -1: the settings' default
    QString faults;            // FaultPlan spec
    // Connection limits; -1: the settings' defaults.
    int idleTimeoutSeconds = -1;
    int headerTimeoutSeconds = -1;
    int maxConnectionsPerPeer = -1;
};

} // namespace sms::sandbox
