// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QStackedWidget;

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
QT_END_NAMESPACE

namespace sms::ui {

// One chart of the Statistics page under its title, or, when there is
// nothing to draw, a sentence that says why (nothing sent in the range, a
// view only the other source has).
class ChartPanel : public QFrame
{
    Q_OBJECT

public:
    explicit ChartPanel(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    QString title() const;
    // Shows chart, which the panel takes; the previous one is deleted.
    void setChart(QChart *chart);
    // Shows the sentence instead of a chart (the chart is deleted).
    void showEmpty(const QString &text);

    bool isShowingChart() const;
    QString emptyText() const;
    QChart *chart() const;
    QChartView *chartView() const { return m_view; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void refreshColours();

    QLabel *m_title;
    QStackedWidget *m_stack;
    QChartView *m_view;
    QLabel *m_empty;
};

} // namespace sms::ui
