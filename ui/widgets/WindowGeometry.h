// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRect>
#include <QSize>

class QWidget;

namespace sms::ui {

// Sizes windows from what the screen has to offer. A size that suits a
// 1920-pixel screen at 100 % does not fit a laptop at 200 % (a 1440-pixel
// panel offers 720 device-independent pixels), so every window asks here
// before it resizes itself.
class WindowGeometry
{
public:
    // The screen's area without panels and docks: the screen the widget is
    // on, else the screen its parent is on, else the primary screen.
    static QRect availableGeometry(const QWidget *widget);
    // size, shrunk to share of the available geometry where it is larger.
    static QSize bounded(const QWidget *widget, const QSize &size, double share = 0.9);
    // Resizes the window to preferred, bounded as above but never below
    // what its content needs; a content minimum larger than the screen is
    // capped, so that the window never opens past the edges.
    static void fit(QWidget *window, const QSize &preferred, double share = 0.9);
};

} // namespace sms::ui
