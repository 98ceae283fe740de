// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace sms::ui {

// Edits a recipient's number or parameter (RecipientModel) in a line edit
// that is re-checked by pre-flight's rules as the operator types: a value
// the service would refuse turns the editor to the Error tone, with the
// code and the sentence as its tooltip and in problemChanged(), so the
// problem is seen before the edit is committed.
class RecipientEditDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;

Q_SIGNALS:
    // "code: sentence" of the value being typed, empty when it would pass.
    void problemChanged(const QString &problem) const;
};

} // namespace sms::ui
