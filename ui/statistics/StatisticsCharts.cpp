// SPDX-License-Identifier: GPL-3.0-or-later
#include "statistics/StatisticsCharts.h"

#include "statistics/StatisticsTexts.h"
#include "widgets/StatusPalette.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QFontMetrics>
#include <QHorizontalBarSeries>
#include <QHorizontalPercentBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace sms::ui {

using statistics::ReasonCounts;
using statistics::StatisticsRange;
using statistics::StatisticsReport;
using Tone = StatusPalette::Tone;

namespace {
QColor accent(Tone tone, const QPalette &palette)
{
    return StatusPalette::colours(tone, palette).border;
}

// A colour between the palette's text and its base, for grid lines and
// quiet slices.
QColor blend(const QPalette &palette, double textShare)
{
    const QColor t = palette.color(QPalette::Text);
    const QColor b = palette.color(QPalette::Base);
    return QColor::fromRgbF(float(t.redF() * textShare + b.redF() * (1 - textShare)),
                            float(t.greenF() * textShare + b.greenF() * (1 - textShare)),
                            float(t.blueF() * textShare + b.blueF() * (1 - textShare)));
}

// An axis top that is a round number (1, 2 or 5 times a power of ten) with
// `ticks` intervals of whole numbers.
qreal niceTop(qreal value, int ticks)
{
    if (value <= ticks)
        return ticks;
    const qreal step = value / ticks;
    const qreal magnitude = std::pow(10.0, std::floor(std::log10(step)));
    for (const qreal f : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (f * magnitude >= step)
            return f * magnitude * ticks;
    }
    return 10 * magnitude * ticks;
}

QValueAxis *countAxis(qreal largest, const StatisticsCharts::Style &style)
{
    auto *axis = new QValueAxis;
    constexpr int ticks = 4;
    axis->setRange(0, niceTop(largest, ticks));
    axis->setTickCount(ticks + 1);
    axis->setLabelFormat(QStringLiteral("%.0f"));
    Q_UNUSED(style)
    return axis;
}

// The most frequent counts, and the rest summed as "Other".
ReasonCounts topCounts(const ReasonCounts &counts, qint64 otherTotal = -1)
{
    ReasonCounts top = counts.mid(0, StatisticsCharts::maxCategories);
    qint64 rest = 0;
    for (qsizetype i = StatisticsCharts::maxCategories; i < counts.size(); ++i)
        rest += counts.at(i).count;
    if (otherTotal >= 0) {
        qint64 listed = 0;
        for (const auto &c : counts)
            listed += c.count;
        rest += qMax<qint64>(0, otherTotal - listed);
    }
    if (rest > 0)
        top.append({QStringLiteral("\x01other"), rest});
    return top;
}
} // namespace

QChart *StatisticsCharts::newChart(const Style &style)
{
    auto *chart = new QChart;
    chart->setTheme(StatusPalette::isDark(style.palette) ? QChart::ChartThemeDark
                                                         : QChart::ChartThemeLight);
    chart->setBackgroundBrush(style.palette.color(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(0);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setLocalizeNumbers(true);
    chart->setLocale(style.locale);
    chart->setAnimationOptions(QChart::NoAnimation);
    const int margin = QFontMetrics(style.font).height() / 3;
    chart->setMargins(QMargins(margin, margin, margin, margin));
    chart->legend()->setFont(style.font);
    chart->legend()->setLabelColor(style.palette.color(QPalette::Text));
    return chart;
}

void StatisticsCharts::addAxes(QChart *chart, const QList<QAbstractSeries *> &series,
                               QAbstractAxis *horizontal, QAbstractAxis *vertical,
                               const Style &style)
{
    styleAxis(horizontal, style);
    styleAxis(vertical, style);
    chart->addAxis(horizontal, Qt::AlignBottom);
    chart->addAxis(vertical, Qt::AlignLeft);
    for (QAbstractSeries *s : series) {
        s->attachAxis(horizontal);
        s->attachAxis(vertical);
    }
}

QBarSet *StatisticsCharts::barSet(const QString &name, const QColor &colour, const Style &style)
{
    auto *set = new QBarSet(name);
    set->setColor(colour);
    set->setBorderColor(Qt::transparent);
    set->setLabelColor(StatusPalette::relativeLuminance(colour) > 0.4 ? Qt::black : Qt::white);
    set->setLabelFont(style.font);
    return set;
}

void StatisticsCharts::styleAxis(QAbstractAxis *axis, const Style &style)
{
    axis->setLabelsFont(style.font);
    axis->setLabelsColor(style.palette.color(QPalette::Text));
    axis->setGridLineColor(blend(style.palette, 0.15));
    axis->setLinePenColor(blend(style.palette, 0.35));
    axis->setTitleVisible(false);
}

QString StatisticsCharts::bucketLabel(const QDateTime &start, const StatisticsRange &range,
                                      const QLocale &locale)
{
    const QDateTime t = start.toTimeZone(StatisticsRange::zone());
    //: Day and month on a chart's time axis (QDate format): "Mar 9", "3月9日".
    const QString day = locale.toString(t.date(), tr("MMM d"));
    if (range.granularity() == StatisticsRange::Granularity::Day)
        return day;
    const QString hour = locale.toString(t.time(), QStringLiteral("HH:mm"));
    return range.dayCount() > 1 ? day + QLatin1Char(' ') + hour : hour;
}

QChart *StatisticsCharts::activity(const StatisticsReport &report, const Style &style)
{
    QChart *chart = newChart(style);
    struct Line
    {
        QString name;
        qint64 statistics::StatisticsBucket::*member;
        Tone tone;
    };
    const Line lines[] = {
        {tr("Numbers sent"), &statistics::StatisticsBucket::requests, Tone::Information},
        {tr("Accepted"), &statistics::StatisticsBucket::accepted, Tone::Positive},
        {tr("Billed segments"), &statistics::StatisticsBucket::billed, Tone::Warning},
    };
    const qsizetype n = report.buckets.size();
    qint64 largest = 0;
    QList<QAbstractSeries *> series;
    for (const Line &line : lines) {
        auto *s = new QLineSeries;
        s->setName(line.name);
        QPen pen(accent(line.tone, style.palette));
        pen.setWidthF(2.0);
        s->setPen(pen);
        s->setPointsVisible(n <= 31);
        for (qsizetype i = 0; i < n; ++i) {
            const qint64 value = report.buckets.at(i).*line.member;
            largest = qMax(largest, value);
            s->append(qreal(i), qreal(value));
        }
        chart->addSeries(s);
        series.append(s);
    }
    // Time as bucket numbers with labels of our own: the buckets are Beijing
    // hours and days whatever the computer's zone, and labels are thinned
    // to what fits.
    auto *time = new QCategoryAxis;
    time->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    // Half a bucket either side, so that the first and last labels fit.
    time->setRange(-0.5, qreal(n) - 0.5);
    const qsizetype step
        = qMax<qsizetype>(1, (n + style.timeLabels - 1) / qMax(1, style.timeLabels));
    for (qsizetype i = 0; i < n; i += step)
        time->append(bucketLabel(report.buckets.at(i).start, report.range, style.locale), qreal(i));
    addAxes(chart, series, time, countAxis(qreal(largest), style), style);
    chart->legend()->setAlignment(Qt::AlignTop);
    return chart;
}

QChart *StatisticsCharts::delivery(const StatisticsReport &report, const Style &style)
{
    QChart *chart = newChart(style);
    const statistics::DeliveryOutcomes &d = report.delivery;
    auto *ring = new QPieSeries;
    ring->setHoleSize(0.5);
    ring->setPieSize(0.9);
    const qint64 total = d.delivered + d.failed + d.noReceiptYet + d.unknown;
    const auto add = [&](const QString &name, qint64 count, const QColor &colour) {
        if (count <= 0)
            return;
        const double share = total > 0 ? 100.0 * double(count) / double(total) : 0;
        //: A slice in the legend: "Delivered: 1,234 (93.1%)".
        QPieSlice *slice = ring->append(
            tr("%1: %2 (%3%)")
                .arg(name, style.locale.toString(count), style.locale.toString(share, 'f', 1)),
            qreal(count));
        slice->setColor(colour);
        slice->setBorderColor(style.palette.color(QPalette::Base));
    };
    add(tr("Delivered"), d.delivered, accent(Tone::Positive, style.palette));
    // Failures in shades of the error accent, the most frequent strongest.
    const ReasonCounts failed = topCounts(d.failedByReason, d.failed);
    const QColor error = accent(Tone::Error, style.palette);
    for (qsizetype i = 0; i < failed.size(); ++i) {
        const QString &reason = failed.at(i).reason;
        // The red shades say "failed"; the legend keeps its width for the
        // reason.
        const QString name = reason == QLatin1String("\x01other")
            ? tr("Failed, other reasons")
            : statistics::StatisticsTexts::failureReason(reason);
        // Lighter, not more transparent: a faded slice vanishes on a dark
        // base.
        add(name, failed.at(i).count, error.lighter(100 + int(18 * i)));
    }
    add(tr("No receipt yet"), d.noReceiptYet, accent(Tone::Warning, style.palette));
    add(tr("Unknown (no receipt in time)"), d.unknown, blend(style.palette, 0.4));
    chart->addSeries(ring);
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->legend()->setShowToolTips(true);
    return chart;
}

QChart *StatisticsCharts::packages(const StatisticsReport &report, const Style &style,
                                   const QDateTime &now)
{
    QList<domain::SmsPackagesStatistics> current;
    for (const auto &p : report.packages) {
        if (p.packageExpiredTime > now.toSecsSinceEpoch())
            current.append(p);
    }
    if (current.isEmpty())
        return nullptr;
    // The first to expire at the top: the bars are drawn bottom up.
    std::sort(current.begin(), current.end(), [](const auto &a, const auto &b) {
        return a.packageExpiredTime > b.packageExpiredTime;
    });
    QChart *chart = newChart(style);
    QBarSet *used = barSet(tr("Used"), accent(Tone::Warning, style.palette), style);
    QBarSet *left = barSet(tr("Remaining"), accent(Tone::Positive, style.palette), style);
    QStringList names;
    for (const auto &p : current) {
        const QDate expiry
            = QDateTime::fromSecsSinceEpoch(p.packageExpiredTime, StatisticsRange::zone()).date();
        //: A package on the chart's axis: its id and the day it expires.
        names.append(tr("No. %1, until %2")
                         .arg(QString::number(p.packageId),
                              style.locale.toString(expiry, QLocale::ShortFormat)));
        *used << qreal(qMin(p.currentUsage, p.packageAmount));
        *left << qreal(qMax<qint64>(0, p.packageAmount - p.currentUsage));
    }
    // Shares rather than segments: a package of ten thousand next to one
    // of five million would not show at all; the segments are the labels.
    auto *bars = new QHorizontalPercentBarSeries;
    bars->append(used);
    bars->append(left);
    bars->setLabelsVisible(true);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsCenter);
    bars->setLabelsFormat(QStringLiteral("@value%"));
    chart->addSeries(bars);
    auto *packages = new QBarCategoryAxis;
    packages->append(names);
    auto *segments = new QValueAxis;
    segments->setRange(0, 100);
    segments->setTickCount(5);
    // Localized numbers keep the text around the conversion as it is.
    segments->setLabelFormat(QStringLiteral("%.0f%"));
    addAxes(chart, {bars}, segments, packages, style);
    chart->legend()->setAlignment(Qt::AlignTop);
    return chart;
}

QChart *StatisticsCharts::failures(const StatisticsReport &report, const Style &style)
{
    QChart *chart = newChart(style);
    const ReasonCounts top = topCounts(report.refusedByCode);
    QBarSet *set = barSet(tr("Refused numbers"), accent(Tone::Error, style.palette), style);
    QStringList codes;
    qint64 largest = 0;
    // The most frequent at the top: the bars are drawn bottom up.
    for (auto it = top.crbegin(); it != top.crend(); ++it) {
        // A code on two lines at its first dot: cut short, it would no
        // longer be a code an operator can look up.
        QString code = it->reason;
        const qsizetype dot = code.indexOf(QLatin1Char('.'));
        if (dot > 0)
            code = code.left(dot + 1).toHtmlEscaped() + QStringLiteral("<br>")
                + code.mid(dot + 1).toHtmlEscaped();
        codes.append(it->reason == QLatin1String("\x01other") ? tr("Other codes") : code);
        *set << qreal(it->count);
        largest = qMax(largest, it->count);
    }
    auto *bars = new QHorizontalBarSeries;
    bars->append(set);
    bars->setLabelsVisible(true);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    chart->addSeries(bars);
    auto *codeAxis = new QBarCategoryAxis;
    codeAxis->append(codes);

    addAxes(chart, {bars}, countAxis(qreal(largest), style), codeAxis, style);
    chart->legend()->hide();
    return chart;
}

} // namespace sms::ui
