// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/HistoryRow.h"
#include "history/Lifecycle.h"
#include "widgets/StatusPalette.h"

#include <QAbstractTableModel>

class QTimer;

namespace sms::history {
class HistoryStore;
}

namespace sms::ui {

// The History page's table: a thin model over HistoryStore::rows(), which
// fetches a page at a time (canFetchMore()/fetchMore(): never every row).
// The lifecycle column is a status chip (StatusChipDelegate::ToneRole), and
// since "accepted" turns into "no receipt yet" as time passes, that column
// is read again every half minute.
class HistoryTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Number, State, Code, Template, Signature, SerialNo, Campaign, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        RecipientIdRole = Qt::UserRole + 1, // qint64
        FailureCodeRole, // QString: what to look up in the error catalog
        LifecycleRole, // int(history::LifecycleState)
    };

    explicit HistoryTableModel(history::HistoryStore &store, QObject *parent = nullptr);

    qint64 recipientId(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    static StatusPalette::Tone toneOf(history::LifecycleState lifecycle);
    // A failure code's title from the error catalog; for a carrier's code
    // the catalog does not know, the receipt's own words after the code.
    static QString codeTitle(const history::HistoryRow &row);

private:
    history::HistoryStore &m_store;
    QTimer *m_ageTimer;
};

} // namespace sms::ui
