// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

#include <chrono>

namespace sms::api {

// Spaces requests per action so that the client never exceeds the service's
// per-action QPS by itself (RequestLimitExceeded would otherwise be our own
// doing). Evenly spaced slots rather than bursts: the service counts per
// second, and a burst at a second boundary can count twice.
class RateLimiter
{
public:
    using Clock = std::chrono::steady_clock;

    RateLimiter();

    // Books the next free slot for action and returns how long to wait for it.
    std::chrono::milliseconds reserve(const QString &action);

    double qps(const QString &action) const;
    // qps <= 0 removes the limit for that action.
    void setQps(const QString &action, double qps);
    // Used for actions with no documented limit.
    void setDefaultQps(double qps) { m_defaultQps = qps; }

    // The documented default of every action that has one, from the action
    // registry; other actions get the default QPS.
    static QHash<QString, double> documentedQps();

private:
    QHash<QString, double> m_qps;
    QHash<QString, Clock::time_point> m_nextSlot;
    double m_defaultQps = 20.0;
};

} // namespace sms::api
