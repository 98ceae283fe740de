// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/RecordTableModel.h"
#include "review/TemplateRecord.h"
#include "review/TemplateStore.h"

Q_DECLARE_METATYPE(sms::review::TemplateRecord)

namespace sms::ui {

// The templates page's table over a TemplateStore: id, name, status (a
// chip), the text (on one line; whole in the tooltip), type, market, the
// reviewer's reply and the created time: what tells templates apart first,
// so that it stays in view in a narrow window. The type is known only for
// templates applied for from this console; the others show a dash that
// says why in its tooltip.
// RecordRole gives the review::TemplateRecord.
class TemplateModel : public RecordTableModel<review::TemplateStore, review::TemplateRecord>
{
    Q_OBJECT

public:
    enum Column { Id, Name, Status, Content, Type, Market, Reply, Created, ColumnCount };
    Q_ENUM(Column)

    explicit TemplateModel(review::TemplateStore &store, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    RowFacts facts(int row) const override;
    QVariant cell(int row, int column, int role) const override;
};

} // namespace sms::ui
