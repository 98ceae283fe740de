// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/StatusChipDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace sms::ui {

namespace {
// Padding inside the chip, and the space kept between the chip and the
// cell's edges, in device-independent pixels.
constexpr int horizontalPadding = 8;
constexpr int verticalPadding = 2;
constexpr int cellMargin = 3;

std::optional<StatusPalette::Tone> toneOf(const QModelIndex &index)
{
    const QVariant tone = index.data(StatusChipDelegate::ToneRole);
    if (!tone.isValid())
        return std::nullopt;
    return static_cast<StatusPalette::Tone>(tone.toInt());
}
} // namespace

StatusChipDelegate::StatusChipDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

QRect StatusChipDelegate::chipRect(const QRect &cell, int textWidth, const QFontMetrics &metrics)
{
    const int height = metrics.height() + 2 * verticalPadding;
    const int width = std::min(textWidth + 2 * horizontalPadding, cell.width() - 2 * cellMargin);
    return QRect(cell.left() + cellMargin, cell.top() + (cell.height() - height) / 2, width,
                 height);
}

void StatusChipDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    const std::optional<StatusPalette::Tone> tone = toneOf(index);
    if (!tone) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }

    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    // The selection and focus backdrop as the style draws it, without text.
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QFontMetrics metrics(opt.font);
    const QRect chip = chipRect(option.rect, metrics.horizontalAdvance(text), metrics);
    const StatusPalette::Colours colours = StatusPalette::colours(*tone, option.palette);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    const qreal radius = chip.height() / 2.0;
    path.addRoundedRect(QRectF(chip).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
    painter->fillPath(path, colours.background);
    painter->setPen(colours.border);
    painter->drawPath(path);
    painter->setPen(colours.text);
    painter->setFont(opt.font);
    const QRect textRect = chip.adjusted(horizontalPadding, 0, -horizontalPadding, 0);
    // Elided only when it does not fit: elidedText() measures in fractions
    // of a pixel and would cut a text exactly as wide as the rounded width.
    painter->drawText(textRect, Qt::AlignCenter,
                      metrics.horizontalAdvance(text) <= textRect.width()
                          ? text
                          : metrics.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

QSize StatusChipDelegate::sizeHint(const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (!toneOf(index))
        return size;
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QFontMetrics metrics(opt.font);
    size.setWidth(std::max(
        size.width(), metrics.horizontalAdvance(opt.text) + 2 * (horizontalPadding + cellMargin)));
    size.setHeight(std::max(size.height(), metrics.height() + 2 * (verticalPadding + cellMargin)));
    return size;
}

} // namespace sms::ui
