// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CannedServer.h"

#include <QThread>
#include <QUrl>

#include <functional>

// A CannedServer on a thread of its own. A server in the test's thread
// serves only while that thread is free, and the client under test runs in
// that thread too; on its own thread the server writes as fast as one on
// another machine would, which is what a flood needs to be.
class ServerThread
{
public:
    ServerThread();
    ~ServerThread();
    ServerThread(const ServerThread &) = delete;
    ServerThread &operator=(const ServerThread &) = delete;

    bool isListening() const { return !m_endpoint.isEmpty(); }
    QUrl endpoint() const { return m_endpoint; }

    // Runs work with the server, on the server's thread, and waits for it.
    void run(const std::function<void(CannedServer &)> &work);

private:
    QThread m_thread;
    CannedServer *m_server = nullptr;
    QUrl m_endpoint;
};
