// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/CampaignCounts.h"
#include "store/CampaignRecord.h"
#include "store/RunRecord.h"

#include <QAbstractTableModel>
#include <QList>

namespace sms::campaign {
class CampaignStore;
}

namespace sms::ui {

// The journal's campaigns, newest first, with their state, the clients
// sending them (a shared store's team) and counts: a thin model over
// CampaignStore::campaigns() and liveRuns(), read again on changed() and
// runsChanged().
class CampaignListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Id,
        Name,
        Created,
        Template,
        State,
        SentBy,
        Total,
        Accepted,
        Refused,
        Left,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role { CampaignIdRole = Qt::UserRole + 1 };

    explicit CampaignListModel(campaign::CampaignStore &store, QObject *parent = nullptr);

    qint64 campaignId(int row) const { return m_rows.value(row).record.id; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString stateText(store::CampaignState state);
    // Who sends a campaign now: "user@host" per client of the store, this
    // one as "this computer"; empty when nobody does.
    static QString sentByText(const QList<store::RunRecord> &runs);

private:
    struct Row
    {
        store::CampaignRecord record;
        store::CampaignCounts counts;
    };
    void reload();

    campaign::CampaignStore &m_store;
    QList<Row> m_rows;
};

} // namespace sms::ui
