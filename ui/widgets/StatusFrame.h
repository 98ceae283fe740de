// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/StatusPalette.h"

#include <QFrame>

namespace sms::ui {

// A frame tinted in a status tone (information, success, warning, error):
// it paints the StatusPalette's background and border itself, and sets its
// window text colour so that the labels inside read on the tint. The
// colours follow the palette of the widget it sits in, so the frame turns
// dark with a dark palette; buttons inside keep the palette's own look.
class StatusFrame : public QFrame
{
    Q_OBJECT

public:
    using Tone = StatusPalette::Tone;

    explicit StatusFrame(QWidget *parent = nullptr);

    void setTone(Tone tone);
    Tone tone() const { return m_tone; }
    // The colours painted now.
    const StatusPalette::Colours &colours() const { return m_colours; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    // Called after the colours changed (a new tone or palette).
    virtual void coloursChanged() { }

private:
    void applyColours();

    Tone m_tone = Tone::Information;
    StatusPalette::Colours m_colours;
};

} // namespace sms::ui
