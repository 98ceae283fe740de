// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/StatusPalette.h"

#include <QStyledItemDelegate>

namespace sms::ui {

// Paints a cell as a status chip: the cell's text in a rounded label whose
// tint and border come from StatusPalette, so "rejected" reads as an error
// and "usable" as good news at a glance, in light and dark palettes alike.
// The tone is the model's ToneRole (a StatusPalette::Tone as int); a cell
// without one is painted as usual. The text stays the accessible and
// sortable value: colour never carries the meaning alone.
class StatusChipDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // The role a model answers with a StatusPalette::Tone (as int).
    static constexpr int ToneRole = Qt::UserRole + 0x5c;

    explicit StatusChipDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The chip's rectangle inside a cell of the given rectangle, for text of
    // the given width: also what a test checks the text fits in.
    static QRect chipRect(const QRect &cell, int textWidth, const QFontMetrics &metrics);
};

} // namespace sms::ui
