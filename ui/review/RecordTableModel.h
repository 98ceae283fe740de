// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/ReviewTableModel.h"

#include <QList>
#include <QVariant>

namespace sms::ui {

// The record-typed half of a review table, written once for SignatureModel
// and TemplateModel: the copy of the store's records (so that the rows a
// view sees change only between the model's own signals), copying one
// again when it changed, and the record as RecordRole. Store is
// review::SignatureStore or TemplateStore; Record its record type, declared
// as a metatype. The derived constructor calls reload(), as
// ReviewTableModel asks.
template<typename Store, typename Record> class RecordTableModel : public ReviewTableModel
{
public:
    const Record &recordAt(int row) const { return m_records.at(row); }

protected:
    RecordTableModel(Store &store, const SharedColumns &columns, QObject *parent)
        : ReviewTableModel(store, columns, parent)
        , m_typedStore(store)
    { }

    void snapshot() override { m_records = m_typedStore.records(); }
    int updateRecord(qint64 id) override
    {
        const auto record = m_typedStore.record(id);
        for (int row = 0; record && row < m_records.size(); ++row) {
            if (m_records.at(row).id() == id) {
                m_records[row] = *record;
                return row;
            }
        }
        return -1;
    }
    int recordCount() const override { return int(m_records.size()); }
    QVariant recordData(int row) const override { return QVariant::fromValue(m_records.at(row)); }

private:
    QList<Record> m_records;
    Store &m_typedStore;
};

} // namespace sms::ui
