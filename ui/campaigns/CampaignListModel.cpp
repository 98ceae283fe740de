// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaigns/CampaignListModel.h"

#include "campaign/CampaignStore.h"

#include <QLocale>

namespace sms::ui {

CampaignListModel::CampaignListModel(campaign::CampaignStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(&store, &campaign::CampaignStore::changed, this, &CampaignListModel::reload);
    connect(&store, &campaign::CampaignStore::runsChanged, this, [this] {
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, SentBy), index(int(m_rows.size()) - 1, SentBy));
    });
    reload();
}

QString CampaignListModel::sentByText(const QList<store::RunRecord> &runs)
{
    QStringList who;
    for (const store::RunRecord &run : runs) {
        const QString text = campaign::CampaignStore::isOwnRun(run)
            ? tr("this computer")
            : (run.user.isEmpty() ? run.host : tr("%1@%2").arg(run.user, run.host));
        if (!who.contains(text))
            who.append(text);
    }
    return who.join(QStringLiteral(", "));
}

void CampaignListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    for (const store::CampaignRecord &record : m_store.campaigns())
        m_rows.append({record, m_store.counts(record.id)});
    endResetModel();
}

int CampaignListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CampaignListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CampaignListModel::stateText(store::CampaignState state)
{
    switch (state) {
    case store::CampaignState::Importing:
        return tr("Importing");
    case store::CampaignState::Ready:
        return tr("Ready to send");
    case store::CampaignState::Running:
        return tr("Sending");
    case store::CampaignState::Paused:
        return tr("Paused");
    case store::CampaignState::Cancelled:
        return tr("Stopped");
    case store::CampaignState::Finished:
        return tr("Finished");
    }
    return {};
}

QVariant CampaignListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == CampaignIdRole)
        return row.record.id;
    if (role == Qt::TextAlignmentRole && index.column() >= Total)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (Column(index.column())) {
    case Id:
        return row.record.id;
    case Name:
        return row.record.name;
    case Created:
        return locale.toString(row.record.created.toLocalTime(), QLocale::ShortFormat);
    case Template:
        return row.record.signName.isEmpty()
            ? row.record.templateId
            : QStringLiteral("【%1】 %2").arg(row.record.signName, row.record.templateId);
    case State:
        return stateText(row.record.state);
    case SentBy:
        return sentByText(m_store.liveRuns(row.record.id));
    case Total:
        return locale.toString(row.counts.total());
    case Accepted:
        return locale.toString(row.counts.accepted);
    case Refused:
        return locale.toString(row.counts.refused);
    case Left:
        return locale.toString(row.counts.queued + row.counts.inFlight + row.counts.uncertain);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CampaignListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Id:
        return tr("ID");
    case Name:
        return tr("Recipients");
    case Created:
        return tr("Created");
    case Template:
        return tr("Signature and template");
    case State:
        return tr("State");
    case SentBy:
        return tr("Sending from");
    case Total:
        return tr("Rows");
    case Accepted:
        return tr("Accepted");
    case Refused:
        return tr("Refused");
    case Left:
        return tr("Not settled");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace sms::ui
