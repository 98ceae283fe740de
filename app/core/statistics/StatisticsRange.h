// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QTimeZone>

namespace sms::statistics {

// A range of whole days for the statistics, and how it is cut into buckets.
//
// Days and hours are Beijing time (UTC+8) whatever the computer's zone: the
// service counts its statistics in Beijing hours ("yyyymmddhh"), and the
// local history is cut the same way so that both sources show the same
// buckets. A range of at most two days is cut into hours, a longer one into
// days.
class StatisticsRange
{
public:
    enum class Granularity { Hour, Day };

    // The longest range accepted: one request per day goes to the service.
    static constexpr int maxDays = 93;

    StatisticsRange() = default;
    // from and to are both included; swapped when given the wrong way round.
    StatisticsRange(QDate from, QDate to);
    // The last `days` days up to and including today (Beijing time).
    static StatisticsRange lastDays(int days, const QDateTime &now);

    static QTimeZone zone();

    bool isValid() const { return m_from.isValid() && m_to.isValid(); }
    // False when the range is longer than maxDays.
    bool isAcceptable() const { return isValid() && dayCount() <= maxDays; }
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    int dayCount() const { return isValid() ? int(m_from.daysTo(m_to)) + 1 : 0; }
    Granularity granularity() const;

    // The first instant of the range and the first one after it.
    QDateTime begin() const;
    QDateTime end() const;
    // Each bucket's first instant, in order; a bucket ends where the next
    // one begins (the last at end()).
    QList<QDateTime> bucketStarts() const;
    // The service's way of naming the first and the last hour of a span.
    static QString serviceHour(const QDateTime &instant);

    friend bool operator==(const StatisticsRange &, const StatisticsRange &) = default;

private:
    QDate m_from;
    QDate m_to;
};

} // namespace sms::statistics
