// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/WindowGeometry.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace sms::ui {

QRect WindowGeometry::availableGeometry(const QWidget *widget)
{
    const QScreen *screen = nullptr;
    if (widget)
        screen = widget->screen();
    if (!screen && widget && widget->parentWidget())
        screen = widget->parentWidget()->screen();
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    return screen ? screen->availableGeometry() : QRect(0, 0, 1024, 768);
}

QSize WindowGeometry::bounded(const QWidget *widget, const QSize &size, double share)
{
    const QSize available = availableGeometry(widget).size();
    return size.boundedTo(QSize(int(available.width() * share), int(available.height() * share)));
}

void WindowGeometry::fit(QWidget *window, const QSize &preferred, double share)
{
    // The content's minimum may use the whole screen; the comfortable size
    // only a share of it. A minimum beyond the screen is capped explicitly;
    // one within it is left to the layout, which may still grow it as the
    // content changes.
    const QSize screen = availableGeometry(window).size();
    const QSize content = window->minimumSize().expandedTo(window->minimumSizeHint());
    if (content.width() > screen.width() || content.height() > screen.height())
        window->setMinimumSize(content.boundedTo(screen));
    window->resize(bounded(window, preferred, share).expandedTo(content.boundedTo(screen)));
}

} // namespace sms::ui
