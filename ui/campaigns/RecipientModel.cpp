// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaigns/RecipientModel.h"

#include "campaign/CampaignStore.h"

namespace sms::ui {

RecipientModel::RecipientModel(campaign::CampaignStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(&store)
{
    // Another profile's journal: its rows must not stay on screen.
    connect(&store, &campaign::CampaignStore::opened, this, [this] { setCampaign(0); });
}

void RecipientModel::setCampaign(qint64 campaignId)
{
    m_campaignId = campaignId;
    reload();
}

void RecipientModel::setProblemsOnly(bool problemsOnly)
{
    if (m_problemsOnly == problemsOnly)
        return;
    m_problemsOnly = problemsOnly;
    reload();
}

void RecipientModel::setNumbers(const QStringList &numbers)
{
    m_numbers = numbers;
    reload();
}

void RecipientModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_atEnd = m_campaignId == 0 || !m_store;
    // The first page at once, so a view shows rows without scrolling.
    if (!m_atEnd)
        m_rows = nextPage();
    endResetModel();
}

QList<store::JournalRecipient> RecipientModel::nextPage()
{
    const qint64 after = m_rows.isEmpty() ? 0 : m_rows.constLast().id;
    const QList<store::JournalRecipient> page
        = m_store->recipients(m_campaignId, after, m_pageSize, m_problemsOnly, m_numbers);
    m_atEnd = page.size() < m_pageSize;
    return page;
}

int RecipientModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecipientModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool RecipientModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void RecipientModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || !m_store)
        return;
    const QList<store::JournalRecipient> page = nextPage();
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(page);
    endInsertRows();
}

QString RecipientModel::stateText(store::RecipientState state)
{
    switch (state) {
    case store::RecipientState::Queued:
        return tr("To send");
    case store::RecipientState::InFlight:
        return tr("Sending");
    case store::RecipientState::Accepted:
        return tr("Accepted");
    case store::RecipientState::Refused:
        return tr("Refused");
    case store::RecipientState::Uncertain:
        return tr("Uncertain");
    }
    return {};
}

QVariant RecipientModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::JournalRecipient &r = m_rows.at(index.row());
    if (role == RecipientRole)
        return QVariant::fromValue(r.id);
    if (role == Qt::ToolTipRole && index.column() == Code)
        return r.message;
    if (role == Qt::TextAlignmentRole && index.column() == SourceRow)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case SourceRow:
        return r.sourceRow;
    case Number:
        return r.phone.isEmpty() ? r.input : r.phone;
    case Parameters:
        return r.parameters.join(QStringLiteral(" | "));
    case Status:
        return stateText(r.state);
    case Code:
        return r.code == QLatin1String("Ok") ? QString() : r.code;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RecipientModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case SourceRow:
        return tr("Row");
    case Number:
        return tr("Number");
    case Parameters:
        return tr("Parameters");
    case Status:
        return tr("Status");
    case Code:
        return tr("Problem");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace sms::ui
