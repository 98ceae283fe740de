// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/SandboxWorker.h"

#include "sandbox/SandboxLauncher.h"
#include "sandbox/SandboxServer.h"

#include <QThread>

namespace sms::sandbox {

SandboxWorker::SandboxWorker(const SandboxOptions &options)
    : m_options(options)
{ }

SandboxWorker::~SandboxWorker() = default;

void SandboxWorker::launch()
{
    SandboxLauncher::Started started = SandboxLauncher::launch(m_options);
    if (!started.server) {
        emit failed(started.error);
        return;
    }
    m_server = std::move(started.server);
    const SandboxState &state = m_server->service().state();
    emit launched(m_server->endpoint(), state.secretId, state.secretKey, state.defaultAppId);
}

void SandboxWorker::shutdown()
{
    // Every request was written as it was answered; this writes what a
    // failed write left behind. The server, and with it the state database,
    // closes when the thread finishes.
    if (m_server)
        m_server->saveState();
    thread()->quit();
}

} // namespace sms::sandbox
