// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "statistics/StatisticsReport.h"

#include <QCoreApplication>
#include <QFont>
#include <QLocale>
#include <QPalette>

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QAbstractSeries;
class QBarSet;
class QChart;
QT_END_NAMESPACE

namespace sms::ui {

// Builds the Statistics page's charts from a report. Charts take their
// colours from the palette (the background and text of the widget that
// shows them, series in StatusPalette's accents, so dark palettes work),
// their font from the widget (which follows the scale factor) and their
// numbers and dates from its locale. The caller owns the chart.
class StatisticsCharts
{
    Q_DECLARE_TR_FUNCTIONS(sms::ui::StatisticsCharts)

public:
    struct Style
    {
        QPalette palette;
        QFont font;
        QLocale locale;
        // How many labels fit along the time axis.
        int timeLabels = 8;
    };

    // Numbers sent, accepted and billed segments per hour or day.
    static QChart *activity(const statistics::StatisticsReport &report, const Style &style);
    // Delivered, failed by reason, no receipt yet, unknown (a ring).
    static QChart *delivery(const statistics::StatisticsReport &report, const Style &style);
    // Used and remaining segments of each package that has not expired at
    // now; nullptr when there is none.
    static QChart *packages(const statistics::StatisticsReport &report, const Style &style,
                            const QDateTime &now);
    // Refused numbers by code, the most frequent first.
    static QChart *failures(const statistics::StatisticsReport &report, const Style &style);

    // The name of a bucket on the time axis: its date, or its hour (with
    // the date when the range spans days).
    static QString bucketLabel(const QDateTime &start, const statistics::StatisticsRange &range,
                               const QLocale &locale);

    // At most this many reasons or codes get a bar or slice of their own.
    static constexpr int maxCategories = 8;

private:
    static QChart *newChart(const Style &style);
    static void styleAxis(QAbstractAxis *axis, const Style &style);
    // Styles the axes, puts them below and left, and attaches every series.
    static void addAxes(QChart *chart, const QList<QAbstractSeries *> &series,
                        QAbstractAxis *horizontal, QAbstractAxis *vertical, const Style &style);
    // A set of bars in one colour, its labels readable on it.
    static QBarSet *barSet(const QString &name, const QColor &colour, const Style &style);
};

} // namespace sms::ui
