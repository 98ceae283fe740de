// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/TemplateRecord.h"
#include "widgets/StatusPalette.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

#include <optional>

namespace sms::review {
class TemplateStore;
}

namespace sms::ui {

// The templates of a TemplateStore, one row each, in the store's order:
// id, name, type, market, status (a chip: StatusChipDelegate::ToneRole),
// the reviewer's reply, the text and when it was created. RecordRole gives
// the whole record; SortRole what a column sorts by (numbers and times as
// numbers, not as their text). Long replies and texts are whole in
// Qt::ToolTipRole.
class TemplateModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        NameColumn,
        TypeColumn,
        MarketColumn,
        StatusColumn,
        ReplyColumn,
        ContentColumn,
        CreatedColumn,
        ColumnCount
    };
    enum Role {
        RecordRole = Qt::UserRole + 1, // review::TemplateRecord
        SortRole,
        IdRole, // qint64, on every column
    };

    explicit TemplateModel(review::TemplateStore &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const review::TemplateRecord &recordAt(int row) const { return m_records.at(row); }
    // The row of a template; -1 when it is not listed.
    int rowOf(qint64 id) const;

    // How a status reads at a glance: usable is good news, rejected an
    // error, waiting (under review, not yet in effect) information.
    static StatusPalette::Tone toneOf(domain::ReviewStatus status);

private:
    void reload();
    void recordChanged(qint64 id);

    review::TemplateStore &m_store;
    // A copy of the store's records, so that the rows a view asks about are
    // always those it was told of.
    QList<review::TemplateRecord> m_records;
};

} // namespace sms::ui

Q_DECLARE_METATYPE(sms::review::TemplateRecord)
