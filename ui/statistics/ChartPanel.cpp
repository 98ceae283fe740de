// SPDX-License-Identifier: GPL-3.0-or-later
#include "statistics/ChartPanel.h"

#include "widgets/StatusPalette.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace sms::ui {

ChartPanel::ChartPanel(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_view(new QChartView(this))
    , m_empty(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setObjectName(QStringLiteral("title"));
    m_view->setObjectName(QStringLiteral("chart"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    // Tall enough for a legend and an axis at any scale factor.
    m_view->setMinimumHeight(fontMetrics().height() * 14);
    m_empty->setObjectName(QStringLiteral("empty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(fontMetrics().height());
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_stack, 1);
    refreshColours();
}

void ChartPanel::setTitle(const QString &title)
{
    m_title->setText(title);
}

QString ChartPanel::title() const
{
    return m_title->text();
}

void ChartPanel::setChart(QChart *chart)
{
    // The view releases its old chart without deleting it.
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;
    m_view->setBackgroundBrush(chart->backgroundBrush());
    m_stack->setCurrentWidget(m_view);
}

void ChartPanel::showEmpty(const QString &text)
{
    QChart *old = m_view->chart();
    m_view->setChart(new QChart());
    delete old;
    m_empty->setText(text);
    m_stack->setCurrentWidget(m_empty);
}

bool ChartPanel::isShowingChart() const
{
    return m_stack->currentWidget() == m_view;
}

QString ChartPanel::emptyText() const
{
    return isShowingChart() ? QString() : m_empty->text();
}

QChart *ChartPanel::chart() const
{
    return isShowingChart() ? m_view->chart() : nullptr;
}

void ChartPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        refreshColours();
    QFrame::changeEvent(event);
}

void ChartPanel::refreshColours()
{
    QPalette quiet = m_empty->palette();
    quiet.setColor(QPalette::WindowText, StatusPalette::secondaryText(palette()));
    m_empty->setPalette(quiet);
}

} // namespace sms::ui
