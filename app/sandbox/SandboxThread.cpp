// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/SandboxThread.h"

#include "sandbox/SandboxWorker.h"

#include <QThread>

namespace sms::sandbox {

SandboxThread::SandboxThread(QObject *parent)
    : QObject(parent)
{ }

SandboxThread::~SandboxThread()
{
    stop();
}

void SandboxThread::start(const SandboxOptions &options)
{
    if (m_thread)
        return;
    const quint64 generation = ++m_generation;
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("sandbox"));
    m_worker = new SandboxWorker(options);
    m_worker->moveToThread(m_thread.get());
    // QThread::started is emitted in the new thread, where the worker lives:
    // launch() runs there, before the thread's event loop takes any queued
    // shutdown().
    connect(m_thread.get(), &QThread::started, m_worker, &SandboxWorker::launch);
    connect(m_thread.get(), &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SandboxWorker::launched, this,
            [this, generation](const QUrl &endpoint, const QString &secretId,
                               const QString &secretKey, const QString &appId) {
                if (generation != m_generation)
                    return;
                m_endpoint = endpoint;
                m_secretId = secretId;
                m_secretKey = secretKey;
                m_appId = appId;
                m_running = true;
                emit started(endpoint);
            });
    connect(m_worker, &SandboxWorker::failed, this, [this, generation](const QString &error) {
        if (generation != m_generation)
            return;
        // End the idle thread at once, so that start() can be called again.
        stop();
        emit failed(error);
    });
    m_thread->start();
}

void SandboxThread::stop()
{
    if (!m_thread)
        return;
    ++m_generation;
    // Queued behind launch(): the worker saves what it launched, even when
    // started() has not reached this thread yet, then ends its thread.
    QMetaObject::invokeMethod(m_worker, &SandboxWorker::shutdown, Qt::QueuedConnection);
    m_thread->wait();
    m_thread.reset();
    m_worker = nullptr;
    m_running = false;
    m_endpoint.clear();
    m_secretId.clear();
    m_secretKey.clear();
    m_appId.clear();
}

} // namespace sms::sandbox
