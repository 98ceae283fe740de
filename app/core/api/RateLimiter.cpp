// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/RateLimiter.h"

#include "api/ActionRegistry.h"

namespace sms::api {

RateLimiter::RateLimiter()
    : m_qps(documentedQps())
{
}

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
    const auto interval = duration_cast<Clock::duration>(duration<double>(1.0 / limit));
    auto slot = m_nextSlot.value(action, now);
    if (slot < now)
        slot = now;
    m_nextSlot.insert(action, slot + interval);
    // Round up: waking a millisecond early would put two requests in one slot.
    return duration_cast<milliseconds>(slot - now + microseconds(999));
}

} // namespace sms::api
