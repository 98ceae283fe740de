// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/SandboxWorker.h"

#include "Logging.h"
#include "sandbox/SandboxAutosave.h"
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
    if (!m_options.statePath.isEmpty())
        new SandboxAutosave(m_server.get(), m_options.statePath); // owned by the server
    const SandboxState &state = m_server->service().state();
    emit launched(m_server->endpoint(), state.secretId, state.secretKey, state.defaultAppId);
}

void SandboxWorker::shutdown()
{
    // Without a server there is nothing to save, and a state file that failed
    // to load must not be overwritten with an empty account.
    if (m_server && !m_options.statePath.isEmpty()) {
        QString error;
        if (!SandboxLauncher::save(*m_server, m_options.statePath, &error))
            qCWarning(lcSandbox) << "could not save sandbox state:" << error;
    }
    thread()->quit();
}

} // namespace sms::sandbox
