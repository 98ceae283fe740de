// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ReviewStatus.h"

#include <QList>
#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

namespace sms::ui {

// The filters and the sort of a review page, over a ReviewTableModel (or
// any model answering its IdRole, StatusRole, TypeRole and SortRole):
//
//   status   all, or one domain::ReviewStatus
//   type     all, or one type code (SignType, SmsType); a record of unknown
//            type matches only "all"
//   search   text matched, ignoring case, against the chosen columns
//
// It also marks rows whose review has just finished: bold, with a small
// dot before the first column, until unmarked (when the operator selects
// the row).
class ReviewFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ReviewFilterProxy(QObject *parent = nullptr);

    void setStatusFilter(std::optional<domain::ReviewStatus> status);
    std::optional<domain::ReviewStatus> statusFilter() const { return m_status; }
    void setTypeFilter(std::optional<qint64> type);
    std::optional<qint64> typeFilter() const { return m_type; }
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    // The source columns the search looks at; all when empty.
    void setSearchColumns(const QList<int> &columns);
    // Any of the three filters is set.
    bool isFiltering() const;
    void clearFilters();

    void setMarked(qint64 id, bool marked);
    bool isMarked(qint64 id) const { return m_marked.contains(id); }
    QSet<qint64> marked() const { return m_marked; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // A filter changed (not the source's rows): the page's empty state.
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();
    void markRowsOf(qint64 id);

    std::optional<domain::ReviewStatus> m_status;
    std::optional<qint64> m_type;
    QString m_search;
    QList<int> m_searchColumns;
    QSet<qint64> m_marked;
};

} // namespace sms::ui
