#pragma once

#include "SandboxOptions.h"

#include <QObject>
#include <QUrl>

#include <memory>

class QThread;

namespace sms::sandbox {

class SandboxServer;

// Runs a sandbox inside this process on a thread of its own, so the GUI can
// work offline against it without ever blocking on it. Start it, wait for
// started() (or failed()), then talk to endpoint() like to any service.
class SandboxThread : public QObject
{
    Q_OBJECT

public:
    explicit SandboxThread(QObject *parent = nullptr);
    ~SandboxThread() override;

    void start(const SandboxOptions &options);
    // Stops serving and, when a state path was given, saves the state.
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
    SandboxServer *m_server = nullptr; // lives in m_thread
    SandboxOptions m_options;
    bool m_running = false;
    QUrl m_endpoint;
    QString m_secretId;
    QString m_secretKey;
    QString m_appId;
};

} // namespace sms::sandbox
