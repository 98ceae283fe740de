// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/ReviewTableModel.h"
#include "review/TemplateRecord.h"

#include <QList>

namespace sms::review {
class TemplateStore;
}

namespace sms::ui {

// The templates page's table over a TemplateStore: id, name, status (a
// chip), the text (on one line; whole in the tooltip), type, market, the
// reviewer's reply and the created time: what tells templates apart first,
// so that it stays in view in a narrow window. The type is known only for templates
// applied for from this console; the others say "Unknown". RecordRole
// gives the review::TemplateRecord.
class TemplateModel : public ReviewTableModel
{
    Q_OBJECT

public:
    enum Column { Id, Name, Status, Content, Type, Market, Reply, Created, ColumnCount };
    Q_ENUM(Column)

    explicit TemplateModel(review::TemplateStore &store, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const review::TemplateRecord &recordAt(int row) const { return m_records.at(row); }

protected:
    void snapshot() override;
    int updateRecord(qint64 id) override;
    int recordCount() const override { return int(m_records.size()); }
    RowFacts facts(int row) const override;
    QVariant recordData(int row) const override;
    QVariant cell(int row, int column, int role) const override;

private:
    review::TemplateStore &m_templates;
    QList<review::TemplateRecord> m_records;
};

} // namespace sms::ui

Q_DECLARE_METATYPE(sms::review::TemplateRecord)
