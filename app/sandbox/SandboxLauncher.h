// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/SandboxOptions.h"

#include <memory>

namespace sms::sandbox {

class SandboxServer;

// Builds a listening SandboxServer from options: opens the state database
// (SandboxStore) and loads its account, or seeds a fresh one (with demo data
// on request) and writes it there; applies the clock, review delay and
// faults, and generates a key when none was given.
class SandboxLauncher
{
public:
    struct Started
    {
        std::unique_ptr<SandboxServer> server;
        bool generatedKey = false;
        QString error;
    };

    static Started launch(const SandboxOptions &options);
};

} // namespace sms::sandbox
