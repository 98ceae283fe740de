// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/StatusPalette.h"

#include <algorithm>
#include <cmath>

namespace sms::ui {

namespace {
// share 0: a; share 1: b. Opaque result.
QColor mix(const QColor &a, const QColor &b, double share)
{
    const auto channel = [share](int x, int y) {
        return int(std::lround(x + (y - x) * share));
    };
    return QColor(channel(a.red(), b.red()), channel(a.green(), b.green()),
                  channel(a.blue(), b.blue()));
}

QColor accentFor(StatusPalette::Tone tone)
{
    switch (tone) {
    case StatusPalette::Tone::Positive:
        return QColor(0x3d, 0x9a, 0x5b);
    case StatusPalette::Tone::Warning:
        return QColor(0xc9, 0x8a, 0x00);
    case StatusPalette::Tone::Error:
        return QColor(0xc4, 0x31, 0x4b);
    case StatusPalette::Tone::Information:
        break;
    }
    return QColor(0x3a, 0x7f, 0xc1);
}

double linear(int channel)
{
    const double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

// A translucent colour as it shows over an opaque one.
QColor over(const QColor &colour, const QColor &background)
{
    return mix(background, colour, colour.alphaF());
}
} // namespace

StatusPalette::Colours StatusPalette::colours(Tone tone, const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    const QColor accent = accentFor(tone);
    // A dark window needs more of the accent before the tint is seen; a
    // light one less, or the tint turns loud.
    const bool dark = isDark(palette);
    Colours colours;
    colours.background = mix(window, accent, dark ? 0.30 : 0.16);
    colours.border = mix(window, accent, dark ? 0.75 : 0.85);
    colours.text = readableOn(over(palette.color(QPalette::WindowText), colours.background),
                              colours.background);
    return colours;
}

QColor StatusPalette::secondaryText(const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    const QColor text = over(palette.color(QPalette::WindowText), window);
    return readableOn(mix(text, window, 0.3), window);
}

double StatusPalette::relativeLuminance(const QColor &colour)
{
    const QColor rgb = colour.toRgb();
    return 0.2126 * linear(rgb.red()) + 0.7152 * linear(rgb.green()) + 0.0722 * linear(rgb.blue());
}

double StatusPalette::contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor StatusPalette::readableOn(const QColor &text, const QColor &background, double ratio)
{
    const QColor opaque = over(text, background);
    if (contrastRatio(opaque, background) >= ratio)
        return opaque;
    const QColor target
        = contrastRatio(Qt::black, background) >= contrastRatio(Qt::white, background)
        ? QColor(Qt::black)
        : QColor(Qt::white);
    for (int step = 1; step <= 20; ++step) {
        const QColor candidate = mix(opaque, target, step / 20.0);
        if (contrastRatio(candidate, background) >= ratio)
            return candidate;
    }
    return target;
}

bool StatusPalette::isDark(const QPalette &palette)
{
    return relativeLuminance(palette.color(QPalette::Window))
        < relativeLuminance(palette.color(QPalette::WindowText));
}

} // namespace sms::ui
