// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/SandboxAutosave.h"

#include "Logging.h"
#include "sandbox/SandboxLauncher.h"
#include "sandbox/SandboxServer.h"

namespace sms::sandbox {

SandboxAutosave::SandboxAutosave(SandboxServer *server, const QString &path, int intervalMs)
    : QObject(server)
    , m_server(server)
    , m_path(path)
    , m_savedAtCount(server->requestCount())
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        QString error;
        if (!saveIfChanged(&error))
            qCWarning(lcSandbox) << "could not save sandbox state:" << error;
    });
    m_timer.start();
}

bool SandboxAutosave::saveIfChanged(QString *error)
{
    const int count = m_server->requestCount();
    if (count == m_savedAtCount)
        return true;
    if (!SandboxLauncher::save(*m_server, m_path, error))
        return false;
    m_savedAtCount = count;
    return true;
}

} // namespace sms::sandbox
