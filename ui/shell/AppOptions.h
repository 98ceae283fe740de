// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/SandboxOptions.h"

#include <QString>

namespace sms::ui {

// How the console starts: the command line (smsconsole [--sandbox]
// [--profile NAME] [--lang zh_CN|en]) plus the places it keeps things, which
// tests point at temporary directories.
struct AppOptions
{
    // --sandbox: work against the built-in sandbox whatever profile is active.
    bool forceSandbox = false;
    // --profile NAME: use this saved profile for this session.
    QString profileName;
    // --lang: "zh_CN" or "en"; empty: the saved choice, else the system's.
    QString language;

    // Empty: QSettings(IniFormat, UserScope, "SmsConsole", "SMS Console"),
    // the file ProfileStore uses by default. Otherwise an INI file path.
    QString settingsPath;
    // Empty: QStandardPaths::AppDataLocation. Holds the sandbox's state.
    QString dataDir;
    // Empty: the keychain service ProfileStore's counterpart SecretStore uses.
    QString keychainService;

    // The in-process sandbox. demo and statePath are filled in when left
    // empty (demo data, <dataDir>/sandbox-state.sqlite, importing the
    // <dataDir>/sandbox-state.json of earlier versions); clock and faults let
    // tests reproduce a skewed or failing service.
    sandbox::SandboxOptions sandbox;
    bool sandboxDemo = true;

    // Check the connection (one DescribeSmsSignList) whenever a profile
    // becomes active: it proves the keys and measures the clock early.
    bool checkOnActivate = true;
    // Pull delivery receipts and replies into the profile's history in the
    // background while it is ready, every receiptIntervalMs.
    bool pullReceipts = true;
    int receiptIntervalMs = 30'000;
};

} // namespace sms::ui
