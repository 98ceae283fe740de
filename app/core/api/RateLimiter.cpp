// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/RateLimiter.h"

#include "api/ActionRegistry.h"

namespace sms::api {

RateLimiter::RateLimiter()
    : m_qps(documentedQps())
{ }

QHash<QString, double> RateLimiter::documentedQps()
{
    QHash<QString, double> limits;
    for (const ActionInfo &action : ActionRegistry::all()) {
        if (action.documentedQps > 0)
            limits.insert(action.name, action.documentedQps);
    }
    return limits;
}

double RateLimiter::qps(const QString &action) const
{
    return m_qps.value(action, m_defaultQps);
}

void RateLimiter::setQps(const QString &action, double qps)
{
    m_qps.insert(action, qps);
}

std::chrono::milliseconds RateLimiter::reserve(const QString &action)
{
    using namespace std::chrono;
    const double limit = qps(action);
    if (limit <= 0)
        return milliseconds(0);

    const auto now = Clock::now();
    auto interval = duration_cast<Clock::duration>(duration<double>(1.0 / limit));
    // The service counts requests as they arrive, not as they leave: a first
    // request that also opened the connection arrives late, the next one on
    // the open connection early, and two requests exactly one interval apart
    // here can land inside one interval there. For the slow actions (a few
    // a second: signatures, templates) a twentieth of the interval absorbs
    // that; for the fast ones the margin would cost more than it saves.
    if (interval >= milliseconds(100))
        interval += interval / 20;
    auto slot = m_nextSlot.value(action, now);
    if (slot < now)
        slot = now;
    m_nextSlot.insert(action, slot + interval);
    // Round up: waking a millisecond early would put two requests in one slot.
    return duration_cast<milliseconds>(slot - now + microseconds(999));
}

} // namespace sms::api
