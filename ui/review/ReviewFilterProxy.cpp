// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/ReviewFilterProxy.h"

#include "review/ReviewTableModel.h"

#include <QFont>
#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

namespace sms::ui {

namespace {
// The marker of a row whose review just finished: a dot in the highlight
// colour, as mail clients mark what is new.
QPixmap marker()
{
    const qreal ratio = qApp->devicePixelRatio();
    const int size = 10;
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QGuiApplication::palette().color(QPalette::Highlight));
    painter.drawEllipse(QRectF(1, 1, size - 2, size - 2));
    return pixmap;
}
} // namespace

ReviewFilterProxy::ReviewFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ReviewTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void ReviewFilterProxy::setStatusFilter(std::optional<domain::ReviewStatus> status)
{
    if (m_status == status)
        return;
    m_status = status;
    refilter();
}

void ReviewFilterProxy::setTypeFilter(std::optional<qint64> type)
{
    if (m_type == type)
        return;
    m_type = type;
    refilter();
}

void ReviewFilterProxy::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (m_search == trimmed)
        return;
    m_search = trimmed;
    refilter();
}

void ReviewFilterProxy::setSearchColumns(const QList<int> &columns)
{
    m_searchColumns = columns;
    refilter();
}

bool ReviewFilterProxy::isFiltering() const
{
    return m_status || m_type || !m_search.isEmpty();
}

void ReviewFilterProxy::clearFilters()
{
    m_status.reset();
    m_type.reset();
    m_search.clear();
    refilter();
}

void ReviewFilterProxy::setMarked(qint64 id, bool marked)
{
    if (marked == m_marked.contains(id))
        return;
    if (marked)
        m_marked.insert(id);
    else
        m_marked.remove(id);
    markRowsOf(id);
}

QVariant ReviewFilterProxy::data(const QModelIndex &index, int role) const
{
    if ((role == Qt::FontRole || role == Qt::DecorationRole) && index.isValid()
        && !m_marked.isEmpty()
        && m_marked.contains(
            QSortFilterProxyModel::data(index, ReviewTableModel::IdRole).toLongLong())) {
        if (role == Qt::FontRole) {
            QFont font = QSortFilterProxyModel::data(index, role).value<QFont>();
            font.setBold(true);
            return font;
        }
        if (index.column() == 0)
            return marker();
    }
    return QSortFilterProxyModel::data(index, role);
}

bool ReviewFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    const QModelIndex first = source->index(sourceRow, 0, sourceParent);
    if (m_status && source->data(first, ReviewTableModel::StatusRole).toInt() != int(*m_status))
        return false;
    if (m_type) {
        const QVariant type = source->data(first, ReviewTableModel::TypeRole);
        if (!type.isValid() || type.toLongLong() != *m_type)
            return false;
    }
    if (m_search.isEmpty())
        return true;
    const auto matches = [&](int column) {
        return source->data(source->index(sourceRow, column, sourceParent))
            .toString()
            .contains(m_search, Qt::CaseInsensitive);
    };
    if (m_searchColumns.isEmpty()) {
        for (int column = 0; column < source->columnCount(sourceParent); ++column) {
            if (matches(column))
                return true;
        }
        return false;
    }
    return std::any_of(m_searchColumns.cbegin(), m_searchColumns.cend(), matches);
}

void ReviewFilterProxy::refilter()
{
    invalidateRowsFilter();
    emit filterChanged();
}

void ReviewFilterProxy::markRowsOf(qint64 id)
{
    for (int row = 0; row < rowCount(); ++row) {
        const QModelIndex first = index(row, 0);
        if (first.data(ReviewTableModel::IdRole).toLongLong() == id)
            emit dataChanged(first, index(row, columnCount() - 1),
                             {Qt::FontRole, Qt::DecorationRole});
    }
}

} // namespace sms::ui
