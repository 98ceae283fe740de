#include "SandboxThread.h"

#include "Logging.h"
#include "SandboxAutosave.h"
#include "SandboxLauncher.h"
#include "SandboxServer.h"

#include <QThread>

namespace sms::sandbox {

SandboxThread::SandboxThread(QObject *parent)
    : QObject(parent)
{
}

SandboxThread::~SandboxThread()
{
    stop();
}

void SandboxThread::start(const SandboxOptions &options)
{
    if (m_thread)
        return;
    m_options = options;
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("sandbox"));
    // The server is created inside the thread, so its sockets belong there:
    // the context object of the start-up lambda must live in that thread.
    auto *worker = new QObject;
    worker->moveToThread(m_thread.get());
    connect(m_thread.get(), &QThread::finished, worker, &QObject::deleteLater);
    connect(m_thread.get(), &QThread::started, worker, [this] {
        auto launched = SandboxLauncher::launch(m_options);
        if (!launched.server) {
            const QString error = launched.error;
            QMetaObject::invokeMethod(this, [this, error] { emit failed(error); });
            return;
        }
        SandboxServer *server = launched.server.release();
        if (!m_options.statePath.isEmpty())
            new SandboxAutosave(server, m_options.statePath); // owned by the server
        const QUrl endpoint = server->endpoint();
        const QString id = server->service().state().secretId;
        const QString key = server->service().state().secretKey;
        const QString app = server->service().state().defaultAppId;
        QMetaObject::invokeMethod(this, [this, server, endpoint, id, key, app] {
            m_server = server;
            m_endpoint = endpoint;
            m_secretId = id;
            m_secretKey = key;
            m_appId = app;
            m_running = true;
            emit started(endpoint);
        });
    });
    m_thread->start();
}

void SandboxThread::stop()
{
    if (!m_thread)
        return;
    if (m_server) {
        SandboxServer *server = m_server;
        const QString path = m_options.statePath;
        // Save in the server's own thread; it is deleted there when the
        // thread's loop ends.
        QMetaObject::invokeMethod(
            server,
            [server, path] {
                if (!path.isEmpty()) {
                    QString error;
                    if (!SandboxLauncher::save(*server, path, &error))
                        qCWarning(lcSandbox) << "could not save sandbox state:" << error;
                }
                server->deleteLater();
            },
            Qt::BlockingQueuedConnection);
        m_server = nullptr;
    }
    m_thread->quit();
    m_thread->wait();
    m_thread.reset();
    m_running = false;
}

} // namespace sms::sandbox
