// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/StatusFrame.h"

#include <QApplication>
#include <QEvent>
#include <QPainter>

namespace sms::ui {

StatusFrame::StatusFrame(QWidget *parent)
    : QFrame(parent)
{
    setFrameShape(QFrame::NoFrame);
    applyColours();
}

void StatusFrame::setTone(Tone tone)
{
    if (tone == m_tone)
        return;
    m_tone = tone;
    applyColours();
}

void StatusFrame::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(m_colours.border, 1));
    painter.setBrush(m_colours.background);
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
}

void StatusFrame::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ParentChange)
        applyColours();
    QFrame::changeEvent(event);
}

void StatusFrame::applyColours()
{
    // From the surroundings, not from this frame's own palette: that one
    // carries the text colour set below.
    const QPalette surroundings
        = parentWidget() ? parentWidget()->palette() : QApplication::palette(this);
    const StatusPalette::Colours colours = StatusPalette::colours(m_tone, surroundings);
    const bool changed = colours.background != m_colours.background
        || colours.border != m_colours.border || colours.text != m_colours.text;
    m_colours = colours;
    if (palette().color(QPalette::WindowText) != colours.text) {
        QPalette own = palette();
        own.setColor(QPalette::WindowText, colours.text);
        setPalette(own);
    }
    if (changed) {
        update();
        coloursChanged();
    }
}

} // namespace sms::ui
