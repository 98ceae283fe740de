// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaigns/RecipientEditDelegate.h"

#include "campaigns/RecipientModel.h"
#include "widgets/StatusPalette.h"

#include <QLineEdit>
#include <QPersistentModelIndex>

namespace sms::ui {

QWidget *RecipientEditDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                             const QModelIndex &index) const
{
    auto *model = qobject_cast<const RecipientModel *>(index.model());
    auto *editor = new QLineEdit(parent);
    editor->setObjectName(QStringLiteral("recipientEditor"));
    editor->setFrame(false);
    if (!model)
        return editor;
    const QPalette normal = option.palette;
    const QPersistentModelIndex at(index);
    auto recheck = [this, editor, model, at, normal](const QString &text) {
        const QString problem = at.isValid() ? model->problemWith(at, text) : QString();
        QPalette palette = normal;
        if (!problem.isEmpty()) {
            const StatusPalette::Colours colours
                = StatusPalette::colours(StatusPalette::Tone::Error, normal);
            palette.setColor(QPalette::Base, colours.background);
            palette.setColor(QPalette::Text, colours.text);
        }
        editor->setPalette(palette);
        editor->setToolTip(problem);
        Q_EMIT problemChanged(problem);
    };
    connect(editor, &QLineEdit::textEdited, editor, recheck);
    recheck(index.data(Qt::EditRole).toString());
    return editor;
}

} // namespace sms::ui
