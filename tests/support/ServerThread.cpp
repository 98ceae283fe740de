// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerThread.h"

ServerThread::ServerThread()
{
    m_thread.setObjectName(QStringLiteral("CannedServer"));
    m_thread.start();
    m_server = new CannedServer;
    m_server->moveToThread(&m_thread);
    run([this](CannedServer &server) {
        if (server.start())
            m_endpoint = server.endpoint();
    });
}

ServerThread::~ServerThread()
{
    // Deleted where it lives: its sockets belong to that thread.
    QMetaObject::invokeMethod(
        m_server, [server = m_server] { delete server; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void ServerThread::run(const std::function<void(CannedServer &)> &work)
{
    QMetaObject::invokeMethod(
        m_server, [this, &work] { work(*m_server); }, Qt::BlockingQueuedConnection);
}
