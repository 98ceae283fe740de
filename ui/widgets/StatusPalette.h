// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>

namespace sms::ui {

// The colours of status messages (information, success, warning, error):
// backgrounds, borders and text for MessageBar, the notes of the guidance
// dialog and of forms, and quiet caption text. They are derived from the
// palette of the widget that shows them, so they work in light and dark
// palettes alike: a tint of the tone's accent over the palette's window
// colour, a stronger border of the same accent, and the palette's own text,
// moved towards black or white until it reads at 4.5:1 (the WCAG AA
// contrast for normal text) on the tint.
class StatusPalette
{
public:
    enum class Tone { Information, Positive, Warning, Error };

    struct Colours
    {
        QColor background;
        QColor border;
        QColor text;
    };

    static Colours colours(Tone tone, const QPalette &palette);
    // Quieter than the window text (a category next to a code, a caption),
    // still 4.5:1 on the window colour.
    static QColor secondaryText(const QPalette &palette);

    // WCAG 2 relative luminance, 0 (black) to 1 (white).
    static double relativeLuminance(const QColor &colour);
    // WCAG 2 contrast ratio, 1 to 21, whichever colour is lighter.
    static double contrastRatio(const QColor &a, const QColor &b);
    // text, or text moved towards black or white as little as needed to
    // reach ratio on background.
    static QColor readableOn(const QColor &text, const QColor &background,
                             double ratio = minimumTextContrast);
    // True when the palette shows light text on a dark window.
    static bool isDark(const QPalette &palette);

    static constexpr double minimumTextContrast = 4.5;
};

} // namespace sms::ui
