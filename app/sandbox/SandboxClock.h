// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMutex>
#include <QString>

namespace sms::sandbox {

// The sandbox's one clock, used for everything a real service uses time for:
// signature expiry, marketing hours, frequency windows, receipt timing and
// statistics. It can run shifted from the computer's clock (to reproduce a
// skewed client), be set to another instant and keep running, or be frozen
// and advanced by hand (tests).
class SandboxClock
{
public:
    SandboxClock() = default;

    QDateTime now() const;
    qint64 nowSecs() const { return now().toSecsSinceEpoch(); }

    // "+300", "-90s", "+2h", "+1d": shift from real time. An ISO 8601 date
    // and time ("2026-11-11T21:59:00+08:00"): set to that instant, running.
    // Append "!" to an ISO time to freeze it there. Returns false on garbage.
    bool configure(const QString &spec, QString *error = nullptr);

    void setOffsetSeconds(qint64 offset);
    void freezeAt(const QDateTime &instant);
    void advance(qint64 seconds);
    bool isFrozen() const;

private:
    mutable QMutex m_mutex;
    qint64 m_offsetMs = 0;
    QDateTime m_frozen;
};

} // namespace sms::sandbox
