#include "WindowGeometry.h"

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
    const QSize limit = bounded(window, QSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX), share);
    // Set explicitly, so the layout's own minimum cannot grow past it.
    const QSize minimum = window->minimumSize().expandedTo(window->minimumSizeHint());
    window->setMinimumSize(minimum.boundedTo(limit).expandedTo(QSize(1, 1)));
    window->resize(bounded(window, preferred, share));
}

} // namespace sms::ui
