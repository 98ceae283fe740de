// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/Credential.h"
#include "sandbox/SandboxOptions.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace sms::sandbox {

class SandboxThread;

// The in-process sandbox of one GUI session: started on demand, at most one
// start at a time, and stopped with its state saved when the session ends.
// It hides SandboxThread's one-shot life: a failed start leaves nothing
// behind, so ensureStarted() can simply be asked again.
//
//   Stopped --ensureStarted()--> Starting --(started)--> Running
//      ^                            |                      |
//      +-------(failed: problem)----+      stop() ---------+
class SandboxSession : public QObject
{
    Q_OBJECT

public:
    explicit SandboxSession(const SandboxOptions &options, QObject *parent = nullptr);
    // Stops the sandbox, saving its state.
    ~SandboxSession() override;

    const SandboxOptions &options() const { return m_options; }

    bool isRunning() const;
    bool isStarting() const { return m_starting; }
    // Valid while running.
    QUrl endpoint() const;
    api::Credential credential() const;
    // The running sandbox's application (a state file may carry its own);
    // before it runs, the one the options ask for.
    QString appId() const;
    // Why the last start failed; empty after a successful one.
    QString problem() const { return m_problem; }

public Q_SLOTS:
    // Starts the sandbox unless it runs or is starting; started() or
    // failed() follows, always from the event loop.
    void ensureStarted();
    // Stops serving and saves the state (when the options name a file).
    void stop();

Q_SIGNALS:
    void started();
    void failed(const QString &problem);

private:
    void onStarted();
    void onFailed(const QString &problem);

    SandboxOptions m_options;
    std::unique_ptr<SandboxThread> m_thread;
    QString m_problem;
    bool m_starting = false;
};

} // namespace sms::sandbox
