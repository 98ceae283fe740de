// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/RecipientPipe.h"

namespace sms::campaign {

RecipientPipe::RecipientPipe(int chunks)
    : m_empty(std::size_t(std::max(chunks, 1)))
{ }

bool RecipientPipe::takeEmpty(QList<Recipient> &chunk)
{
    QMutexLocker locker(&m_mutex);
    while (m_empty.empty() && !m_stopped)
        m_changed.wait(&m_mutex);
    if (m_stopped)
        return false;
    chunk = std::move(m_empty.back());
    m_empty.pop_back();
    return true;
}

void RecipientPipe::putFull(QList<Recipient> &&chunk, const Mark &mark)
{
    QMutexLocker locker(&m_mutex);
    m_full.push_back({std::move(chunk), mark});
    m_changed.wakeAll();
}

void RecipientPipe::finish()
{
    QMutexLocker locker(&m_mutex);
    m_finished = true;
    m_changed.wakeAll();
}

bool RecipientPipe::takeFull(QList<Recipient> &chunk, Mark &mark)
{
    QMutexLocker locker(&m_mutex);
    while (m_full.empty() && !m_finished)
        m_changed.wait(&m_mutex);
    if (m_full.empty())
        return false;
    chunk = std::move(m_full.front().chunk);
    mark = m_full.front().mark;
    m_full.pop_front();
    return true;
}

void RecipientPipe::putEmpty(QList<Recipient> &&chunk)
{
    QMutexLocker locker(&m_mutex);
    m_empty.push_back(std::move(chunk));
    m_changed.wakeAll();
}

void RecipientPipe::stop()
{
    QMutexLocker locker(&m_mutex);
    m_stopped = true;
    m_changed.wakeAll();
}

} // namespace sms::campaign
