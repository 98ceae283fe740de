// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/SandboxOptions.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace sms::sandbox {

class SandboxServer;

// The half of SandboxThread that lives in the sandbox's own thread. It
// creates the server there and owns it from the first moment, so whatever
// happens on the GUI side, the server is saved and deleted in its thread:
// shutdown() saves the state and ends the thread's loop; the worker (and with
// it the server) is deleted when the thread finishes.
class SandboxWorker : public QObject
{
    Q_OBJECT

public:
    explicit SandboxWorker(const SandboxOptions &options);
    ~SandboxWorker() override;

    // Builds and starts the server (SandboxLauncher); emits launched or
    // failed. Call in the worker's thread, before shutdown().
    void launch();
    // Saves the state when a state path was given and the server started,
    // then quits the worker's thread. Call in the worker's thread.
    void shutdown();

Q_SIGNALS:
    void launched(const QUrl &endpoint, const QString &secretId, const QString &secretKey,
                  const QString &appId);
    void failed(const QString &error);

private:
    SandboxOptions m_options;
    std::unique_ptr<SandboxServer> m_server;
};

} // namespace sms::sandbox
