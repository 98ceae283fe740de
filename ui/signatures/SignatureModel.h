// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/ReviewTableModel.h"
#include "review/SignatureRecord.h"

#include <QList>

namespace sms::review {
class SignatureStore;
}

namespace sms::ui {

// The signatures page's table over a SignatureStore: name, type, purpose,
// market, status (a chip), the reviewer's reply and the created time. Type
// and purpose are known only for signatures applied for from this console;
// the others say "Unknown". RecordRole gives the review::SignatureRecord.
class SignatureModel : public ReviewTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Type, Purpose, Market, Status, Reply, Created, ColumnCount };
    Q_ENUM(Column)

    explicit SignatureModel(review::SignatureStore &store, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const review::SignatureRecord &recordAt(int row) const { return m_records.at(row); }

protected:
    void snapshot() override;
    int updateRecord(qint64 id) override;
    int recordCount() const override { return int(m_records.size()); }
    RowFacts facts(int row) const override;
    QVariant recordData(int row) const override;
    QVariant cell(int row, int column, int role) const override;

private:
    review::SignatureStore &m_signatures;
    QList<review::SignatureRecord> m_records;
};

} // namespace sms::ui

Q_DECLARE_METATYPE(sms::review::SignatureRecord)
