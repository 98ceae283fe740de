// SPDX-License-Identifier: GPL-3.0-or-later
#include "templates/TemplateContentDelegate.h"

#include "review/TemplateChecks.h"
#include "widgets/StatusPalette.h"

#include <QApplication>
#include <QPainter>

namespace sms::ui {

TemplateContentDelegate::TemplateContentDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

void TemplateContentDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect area = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget)
                           .adjusted(margin, 0, -margin, 0);
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled
        ? (opt.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive)
        : QPalette::Disabled;
    const QColor plain
        = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const auto tint = StatusPalette::colours(StatusPalette::Tone::Information, opt.palette);

    // The text cut into plain runs and variables.
    struct Run
    {
        QString text;
        bool variable;
    };
    QList<Run> runs;
    qsizetype at = 0;
    for (const auto &v : review::TemplateChecks::variables(text)) {
        if (v.start > at)
            runs.append({text.mid(at, v.start - at), false});
        runs.append({text.mid(v.start, v.length), v.number > 0});
        at = v.start + v.length;
    }
    if (at < text.size())
        runs.append({text.mid(at), false});

    painter->save();
    painter->setClipRect(area);
    painter->setFont(opt.font);
    const QFontMetrics metrics(opt.font);
    int x = area.left();
    for (const Run &run : std::as_const(runs)) {
        const int room = area.right() - x;
        if (room <= 0)
            break;
        // A variable's chip has a little room either side of its text.
        const int pad = run.variable ? 2 : 0;
        const int width = metrics.horizontalAdvance(run.text) + 2 * pad;
        const QString shown = width > room
            ? metrics.elidedText(run.text, Qt::ElideRight, room - 2 * pad)
            : run.text;
        const int shownWidth = metrics.horizontalAdvance(shown) + 2 * pad;
        const QRect box(x, area.top(), shownWidth, area.height());
        if (run.variable) {
            painter->setRenderHint(QPainter::Antialiasing);
            painter->setPen(tint.border);
            painter->setBrush(tint.background);
            painter->drawRoundedRect(
                QRectF(box.adjusted(0, 2, 0, -2)).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
            painter->setPen(tint.text);
        } else {
            painter->setPen(plain);
        }
        painter->drawText(box.adjusted(pad, 0, -pad, 0), Qt::AlignLeft | Qt::AlignVCenter, shown);
        x += shownWidth;
        if (width > room)
            break;
    }
    painter->restore();
}

} // namespace sms::ui
