// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/SandboxOptions.h"

#include <QObject>
#include <QUrl>

#include <memory>

class QThread;

namespace sms::sandbox {

class SandboxWorker;

// Runs a sandbox inside this process on a thread of its own, so the GUI can
// work offline against it without ever blocking on it. Start it, wait for
// started() (or failed()), then talk to endpoint() like to any service.
//
// The server is created, saved and deleted in the sandbox thread by a
// SandboxWorker that owns it; this object only starts and ends the thread
// and keeps what started() reported.
class SandboxThread : public QObject
{
    Q_OBJECT

public:
    explicit SandboxThread(QObject *parent = nullptr);
    ~SandboxThread() override;

    // Does nothing while a sandbox is starting or running. After failed(),
    // start() may be called again.
    void start(const SandboxOptions &options);
    // Stops serving and, when a state path was given, saves the state; also
    // when started() has not arrived yet. Waits for the sandbox thread to
    // end; a started() or failed() still on its way is dropped.
    void stop();

    bool isRunning() const { return m_running; }
    QUrl endpoint() const { return m_endpoint; }
    QString secretId() const { return m_secretId; }
    QString secretKey() const { return m_secretKey; }
    QString appId() const { return m_appId; }

Q_SIGNALS:
    void started(const QUrl &endpoint);
    void failed(const QString &error);

private:
    std::unique_ptr<QThread> m_thread;
    SandboxWorker *m_worker = nullptr; // lives in m_thread, deleted when it finishes
    // Counts start() and stop() calls, so that a report from a sandbox that
    // was stopped in the meantime is recognised and ignored.
    quint64 m_generation = 0;
    bool m_running = false;
    QUrl m_endpoint;
    QString m_secretId;
    QString m_secretKey;
    QString m_appId;
};

} // namespace sms::sandbox
