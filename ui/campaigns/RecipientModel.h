// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/JournalRecipient.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>
#include <QStringList>

namespace sms::campaign {
class CampaignStore;
}

namespace sms::ui {

// A campaign's recipients as the journal holds them, one row each in source
// order, fetched a page at a time as the view scrolls (canFetchMore /
// fetchMore): a million rows never sit in memory, only what was scrolled
// past. Filters (problems only, some numbers) are applied by the journal's
// query, not by a proxy, for the same reason.
class RecipientModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SourceRow, Number, Parameters, Status, Code, ColumnCount };
    Q_ENUM(Column)
    enum Role { RecipientRole = Qt::UserRole + 1 };

    explicit RecipientModel(campaign::CampaignStore &store, QObject *parent = nullptr);

    // Shows a campaign (0: none), from its first row again.
    void setCampaign(qint64 campaignId);
    qint64 campaignId() const { return m_campaignId; }
    void setProblemsOnly(bool problemsOnly);
    bool problemsOnly() const { return m_problemsOnly; }
    // Only these numbers (a refusal group's); empty: every number.
    void setNumbers(const QStringList &numbers);
    QStringList numbers() const { return m_numbers; }
    // Reads the journal again from the first row (after a run moved rows on).
    void reload();

    // Rows per fetch.
    void setPageSize(int rows) { m_pageSize = std::max(rows, 1); }

    store::JournalRecipient recipient(int row) const { return m_rows.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    static QString stateText(store::RecipientState state);

private:
    // The rows after those held; sets m_atEnd.
    QList<store::JournalRecipient> nextPage();

    QPointer<campaign::CampaignStore> m_store;
    qint64 m_campaignId = 0;
    bool m_problemsOnly = false;
    QStringList m_numbers;
    QList<store::JournalRecipient> m_rows;
    bool m_atEnd = true;
    int m_pageSize = 500;
};

} // namespace sms::ui
