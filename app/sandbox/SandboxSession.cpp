// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/SandboxSession.h"

#include "Logging.h"
#include "sandbox/SandboxThread.h"

#include <QDir>
#include <QFileInfo>

namespace sms::sandbox {

SandboxSession::SandboxSession(const SandboxOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
}

SandboxSession::~SandboxSession()
{
    stop();
}

bool SandboxSession::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

QUrl SandboxSession::endpoint() const
{
    return isRunning() ? m_thread->endpoint() : QUrl();
}

api::Credential SandboxSession::credential() const
{
    if (!isRunning())
        return {};
    return {m_thread->secretId(), m_thread->secretKey(), QString()};
}

QString SandboxSession::appId() const
{
    return isRunning() ? m_thread->appId() : m_options.appId;
}

void SandboxSession::ensureStarted()
{
    if (isRunning() || m_starting)
        return;
    // A thread whose start failed cannot be started again: begin afresh.
    m_thread.reset();
    m_thread = std::make_unique<SandboxThread>();
    connect(m_thread.get(), &SandboxThread::started, this, &SandboxSession::onStarted);
    connect(m_thread.get(), &SandboxThread::failed, this, &SandboxSession::onFailed);
    if (!m_options.statePath.isEmpty())
        QDir().mkpath(QFileInfo(m_options.statePath).absolutePath());
    m_problem.clear();
    m_starting = true;
    m_thread->start(m_options);
}

void SandboxSession::stop()
{
    m_starting = false;
    if (m_thread)
        m_thread->stop();
    m_thread.reset();
}

void SandboxSession::onStarted()
{
    m_starting = false;
    emit started();
}

void SandboxSession::onFailed(const QString &problem)
{
    m_starting = false;
    m_problem = problem;
    qCWarning(lcSandbox) << "the in-process sandbox did not start:" << problem;
    emit failed(problem);
}

} // namespace sms::sandbox
