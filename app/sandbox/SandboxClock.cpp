// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/SandboxClock.h"

#include <QRegularExpression>

namespace sms::sandbox {

QDateTime SandboxClock::now() const
{
    QMutexLocker lock(&m_mutex);
    if (m_frozen.isValid())
        return m_frozen;
    return QDateTime::currentDateTimeUtc().addMSecs(m_offsetMs);
}

bool SandboxClock::configure(const QString &spec, QString *error)
{
    const QString s = spec.trimmed();
    static const QRegularExpression offset(QStringLiteral("^([+-])(\\d+)([smhd]?)$"));
    const auto match = offset.match(s);
    if (match.hasMatch()) {
        qint64 value = match.captured(2).toLongLong();
        const QString unit = match.captured(3);
        if (unit == QLatin1String("m"))
            value *= 60;
        else if (unit == QLatin1String("h"))
            value *= 3600;
        else if (unit == QLatin1String("d"))
            value *= 86400;
        setOffsetSeconds(match.captured(1) == QLatin1String("-") ? -value : value);
        return true;
    }
    const bool freeze = s.endsWith(QLatin1Char('!'));
    const QDateTime instant = QDateTime::fromString(freeze ? s.chopped(1) : s, Qt::ISODate);
    if (!instant.isValid()) {
        if (error)
            *error = QStringLiteral("not an offset (+300, -2h) or an ISO 8601 time: %1").arg(spec);
        return false;
    }
    if (freeze) {
        freezeAt(instant);
    } else {
        QMutexLocker lock(&m_mutex);
        m_frozen = QDateTime();
        m_offsetMs = QDateTime::currentDateTimeUtc().msecsTo(instant.toUTC());
    }
    return true;
}

void SandboxClock::setOffsetSeconds(qint64 offset)
{
    QMutexLocker lock(&m_mutex);
    m_frozen = QDateTime();
    m_offsetMs = offset * 1000;
}

void SandboxClock::freezeAt(const QDateTime &instant)
{
    QMutexLocker lock(&m_mutex);
    m_frozen = instant.toUTC();
}

void SandboxClock::advance(qint64 seconds)
{
    QMutexLocker lock(&m_mutex);
    if (m_frozen.isValid())
        m_frozen = m_frozen.addSecs(seconds);
    else
        m_offsetMs += seconds * 1000;
}

bool SandboxClock::isFrozen() const
{
    QMutexLocker lock(&m_mutex);
    return m_frozen.isValid();
}

} // namespace sms::sandbox
