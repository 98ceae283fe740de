// SPDX-License-Identifier: GPL-3.0-or-later
#include "statistics/StatisticsRange.h"

#include <utility>

namespace sms::statistics {

StatisticsRange::StatisticsRange(QDate from, QDate to)
    : m_from(from)
    , m_to(to)
{
    if (m_from.isValid() && m_to.isValid() && m_to < m_from)
        std::swap(m_from, m_to);
}

StatisticsRange StatisticsRange::lastDays(int days, const QDateTime &now)
{
    const QDate today = now.toTimeZone(zone()).date();
    return {today.addDays(1 - qMax(1, days)), today};
}

QTimeZone StatisticsRange::zone()
{
    return QTimeZone(8 * 3600);
}

StatisticsRange::Granularity StatisticsRange::granularity() const
{
    return dayCount() <= 2 ? Granularity::Hour : Granularity::Day;
}

QDateTime StatisticsRange::begin() const
{
    return QDateTime(m_from, QTime(0, 0), zone());
}

QDateTime StatisticsRange::end() const
{
    return QDateTime(m_to.addDays(1), QTime(0, 0), zone());
}

QList<QDateTime> StatisticsRange::bucketStarts() const
{
    QList<QDateTime> starts;
    if (!isValid())
        return starts;
    const qint64 step = granularity() == Granularity::Hour ? 3600 : 86400;
    const QDateTime last = end();
    for (QDateTime t = begin(); t < last; t = t.addSecs(step))
        starts.append(t);
    return starts;
}

QString StatisticsRange::serviceHour(const QDateTime &instant)
{
    return instant.toTimeZone(zone()).toString(QStringLiteral("yyyyMMddHH"));
}

} // namespace sms::statistics
