// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace sms::ui {

// Paints a template's text on one line with its {n} variables on a tint,
// as the editor marks them, so a glance down the column shows what each
// template fills in. Elided at the cell's end; the text itself stays the
// model's display value (for search, copy and accessibility).
class TemplateContentDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit TemplateContentDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};

} // namespace sms::ui
