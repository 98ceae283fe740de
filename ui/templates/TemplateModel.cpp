// SPDX-License-Identifier: GPL-3.0-or-later
#include "templates/TemplateModel.h"

#include "review/ReviewTexts.h"
#include "review/TemplateStore.h"
#include "widgets/StatusChipDelegate.h"

#include <QLocale>

namespace sms::ui {

using review::ReviewTexts;

TemplateModel::TemplateModel(review::TemplateStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(&store, &review::ReviewStore::changed, this, &TemplateModel::reload);
    connect(&store, &review::ReviewStore::recordChanged, this, &TemplateModel::recordChanged);
    m_records = store.records();
}

int TemplateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int TemplateModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int TemplateModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_records.size(); ++row) {
        if (m_records.at(row).id() == id)
            return row;
    }
    return -1;
}

StatusPalette::Tone TemplateModel::toneOf(domain::ReviewStatus status)
{
    using domain::ReviewStatus;
    switch (status) {
    case ReviewStatus::Approved:
        return StatusPalette::Tone::Positive;
    case ReviewStatus::Rejected:
        return StatusPalette::Tone::Error;
    case ReviewStatus::UnderReview:
    case ReviewStatus::ApprovedPending:
        return StatusPalette::Tone::Information;
    case ReviewStatus::Unknown:
        break;
    }
    return StatusPalette::Tone::Warning;
}

QVariant TemplateModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const review::TemplateRecord &r = m_records.at(index.row());
    switch (role) {
    case RecordRole:
        return QVariant::fromValue(r);
    case IdRole:
        return r.id();
    case StatusChipDelegate::ToneRole:
        return index.column() == StatusColumn ? QVariant(int(toneOf(r.status()))) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == IdColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                          : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == ReplyColumn && !r.reviewReply().isEmpty())
            return r.reviewReply();
        if (index.column() == ContentColumn)
            return r.content();
        if (index.column() == StatusColumn && r.status() == domain::ReviewStatus::Unknown)
            return tr("Status code %1").arg(r.statusCode());
        return {};
    case SortRole:
        switch (index.column()) {
        case IdColumn:
            return r.id();
        case CreatedColumn:
            return r.listed.createTime;
        case StatusColumn:
            return int(r.status());
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case IdColumn:
            return r.id();
        case NameColumn:
            return r.name();
        case TypeColumn:
            return ReviewTexts::smsTypeText(r.smsType());
        case MarketColumn:
            return ReviewTexts::marketText(r.market());
        case StatusColumn:
            return ReviewTexts::statusText(r.status());
        case ReplyColumn:
            return r.reviewReply().simplified();
        case ContentColumn:
            // One line in the table; the detail pane shows the lines.
            return QString(r.content()).replace(QLatin1Char('\n'), QLatin1Char(' '));
        case CreatedColumn:
            return r.listed.createTime > 0 ? QLocale().toString(r.createdAt(), QLocale::ShortFormat)
                                           : QString();
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant TemplateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case IdColumn:
        return tr("ID");
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case MarketColumn:
        return tr("Market");
    case StatusColumn:
        return tr("Status");
    case ReplyColumn:
        return tr("Reviewer's Reply");
    case ContentColumn:
        return tr("Text");
    case CreatedColumn:
        return tr("Created");
    case ColumnCount:
        break;
    }
    return {};
}

void TemplateModel::reload()
{
    beginResetModel();
    m_records = m_store.records();
    endResetModel();
}

void TemplateModel::recordChanged(qint64 id)
{
    const int row = rowOf(id);
    const auto record = m_store.record(id);
    if (row < 0 || !record) {
        reload();
        return;
    }
    m_records[row] = *record;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace sms::ui
