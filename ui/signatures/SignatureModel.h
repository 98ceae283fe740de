// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/RecordTableModel.h"
#include "review/SignatureRecord.h"
#include "review/SignatureStore.h"

Q_DECLARE_METATYPE(sms::review::SignatureRecord)

namespace sms::ui {

// The signatures page's table over a SignatureStore: name, status (a chip,
// next to the name so that a narrow window still shows it), type, purpose,
// market, the reviewer's reply and the created time. Type
// and purpose are known only for signatures applied for from this console;
// the others show a dash that says why in its tooltip. RecordRole gives
// the review::SignatureRecord.
class SignatureModel : public RecordTableModel<review::SignatureStore, review::SignatureRecord>
{
    Q_OBJECT

public:
    enum Column { Name, Status, Type, Purpose, Market, Reply, Created, ColumnCount };
    Q_ENUM(Column)

    explicit SignatureModel(review::SignatureStore &store, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    RowFacts facts(int row) const override;
    QVariant cell(int row, int column, int role) const override;
};

} // namespace sms::ui
