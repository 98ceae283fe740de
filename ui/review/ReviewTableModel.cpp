// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/ReviewTableModel.h"

#include "review/ReviewStore.h"
#include "review/ReviewTexts.h"
#include "widgets/StatusChipDelegate.h"

#include <QLocale>

namespace sms::ui {

namespace {
StatusPalette::Tone toneOf(domain::ReviewStatus status)
{
    switch (status) {
    case domain::ReviewStatus::Approved:
        return StatusPalette::Tone::Positive;
    case domain::ReviewStatus::UnderReview:
        return StatusPalette::Tone::Information;
    case domain::ReviewStatus::Rejected:
        return StatusPalette::Tone::Error;
    case domain::ReviewStatus::ApprovedPending:
    case domain::ReviewStatus::Unknown:
        break;
    }
    // Passed but not usable yet, or not known: worth a second look.
    return StatusPalette::Tone::Warning;
}

// Sorting by status puts what needs the operator (rejected) first, then
// what is waiting, then what is usable.
int statusOrder(domain::ReviewStatus status)
{
    switch (status) {
    case domain::ReviewStatus::Rejected:
        return 0;
    case domain::ReviewStatus::UnderReview:
        return 1;
    case domain::ReviewStatus::ApprovedPending:
        return 2;
    case domain::ReviewStatus::Approved:
        return 3;
    case domain::ReviewStatus::Unknown:
        break;
    }
    return 4;
}

// A reply shown in a cell on one line; the tooltip has all of it.
QString oneLine(const QString &text)
{
    return text.simplified();
}
} // namespace

ReviewTableModel::ReviewTableModel(review::ReviewStore &store, const SharedColumns &columns,
                                   QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_columns(columns)
{
    connect(&m_store, &review::ReviewStore::changed, this, &ReviewTableModel::reload);
    connect(&m_store, &review::ReviewStore::recordChanged, this,
            &ReviewTableModel::onRecordChanged);
}

int ReviewTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : recordCount();
}

QVariant ReviewTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    if (QVariant own = cell(row, column, role); own.isValid())
        return own;
    if (role == RecordRole)
        return recordData(row);
    const RowFacts f = facts(row);
    switch (role) {
    case IdRole:
        return f.id;
    case StatusRole:
        return int(f.status);
    case TypeRole:
        return f.type ? QVariant(*f.type) : QVariant();
    default:
        break;
    }
    if (column == m_columns.status) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return statusText(f.status, f.statusCode);
        case StatusChipDelegate::ToneRole:
            return int(toneOf(f.status));
        case SortRole:
            return statusOrder(f.status);
        default:
            return {};
        }
    }
    if (column == m_columns.reply) {
        switch (role) {
        case Qt::DisplayRole:
        case SortRole:
            return oneLine(f.reply);
        case Qt::ToolTipRole:
            // Long replies are cut in the cell; the whole text, wrapped.
            return f.reply.isEmpty()
                ? QVariant()
                : QVariant(QStringLiteral("<p>%1</p>").arg(f.reply.toHtmlEscaped()));
        default:
            return {};
        }
    }
    if (column == m_columns.created) {
        switch (role) {
        case Qt::DisplayRole:
            return f.created.isValid()
                ? QLocale().toString(f.created.toLocalTime(), QLocale::ShortFormat)
                : QString();
        case SortRole:
            return f.created.isValid() ? f.created.toSecsSinceEpoch() : 0;
        default:
            return {};
        }
    }
    if (role == SortRole)
        return data(index, Qt::DisplayRole);
    return {};
}

int ReviewTableModel::rowOf(qint64 id) const
{
    for (int row = 0; row < recordCount(); ++row) {
        if (facts(row).id == id)
            return row;
    }
    return -1;
}

qint64 ReviewTableModel::idAt(int row) const
{
    return row >= 0 && row < recordCount() ? facts(row).id : 0;
}

QString ReviewTableModel::statusText(domain::ReviewStatus status, qint64 statusCode)
{
    if (status == domain::ReviewStatus::Unknown)
        return tr("%1 (code %2)").arg(review::ReviewTexts::statusText(status)).arg(statusCode);
    return review::ReviewTexts::statusText(status);
}

QVariant ReviewTableModel::listedFact(const std::optional<qint64> &value, const QString &text,
                                      int role)
{
    if (role == Qt::DisplayRole)
        return value ? text : QStringLiteral("\u2014");
    if (role == Qt::ToolTipRole && !value)
        return tr("Not in the service's list: known only for what was applied for from this "
                  "console.");
    return {};
}

void ReviewTableModel::reload()
{
    beginResetModel();
    snapshot();
    endResetModel();
}

void ReviewTableModel::onRecordChanged(qint64 id)
{
    const int row = updateRecord(id);
    if (row >= 0)
        emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}

} // namespace sms::ui
