// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "history/FailureSummary.h"
#include "history/HistoryFilter.h"
#include "history/HistoryQuery.h"
#include "history/HistoryRow.h"
#include "history/Lifecycle.h"
#include "history/SendDetail.h"
#include "store/StoreLocation.h"

#include <QList>
#include <QObject>

#include <functional>
#include <memory>

namespace sms::session {
class Session;
}

namespace sms::history {

class HistoryExport;

// The History page's store: the active profile's sends, a page at a time,
// under one filter. Every query runs on HistoryQuery's thread; this object
// only holds what came back. It opens the profile's database once the
// session is ready and lets it go when the profile changes.
//
// Rows arrive in time order, newest first, pageSize at a time (fetchMore()).
// A new filter drops what was loaded and cancels what was asked for under
// the old one. When someone else writes to the database (receipts pulled,
// a campaign running), the rows loaded so far are read again.
//
// Signals come in pairs around a change of rows(), for an item model:
// aboutToReset()/reset() when the rows are replaced, and
// aboutToAppend(first, last)/appended() when a page is added.
class HistoryStore : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        // The store; none (an SQLite location without a path): the
        // session's (Session::storeFor), in databaseDirectory when that is
        // set and the profile has no shared store.
        store::StoreLocation store;
        QString databaseDirectory;
        Lifecycle::Waits waits;
        int pageSize = 200;
        // How often an SQLite store is looked at for writes by others (a
        // shared store says so itself: store::ChangeFeed); 0: never.
        int pollIntervalMs = 3000;
        // Now, in ms since the epoch; empty: this computer's clock. Tests
        // move it to see receipts become overdue.
        std::function<qint64()> clock;
    };

    // The same code as the campaign journal's: one file holds both.
    static constexpr auto journalUnavailableCode = "ClientError.JournalUnavailable";
    // The most rows read again when the database changes.
    static constexpr int maxRefreshRows = 2000;

    HistoryStore(session::Session &session, const Options &options, QObject *parent = nullptr);
    ~HistoryStore() override;

    bool isOpen() const { return m_query != nullptr; }
    // Where the history is read; the file's path on SQLite.
    store::StoreLocation storeLocation() const;
    QString databasePath() const { return storeLocation().path; }
    const Lifecycle &lifecycle() const { return m_lifecycle; }
    qint64 nowMs() const;

    // A number as an operator types it, as the filter wants it: a whole
    // number in E.164 (a bare mainland number gets +86), or the start of
    // one with its country code (digits without "+" are taken as +86...).
    static QString filterNumber(const QString &typed, bool prefix);

    HistoryFilter filter() const { return m_filter; }
    void setFilter(const HistoryFilter &filter);

    const QList<HistoryRow> &rows() const { return m_rows; }
    // The row with this recipient id among those loaded, or -1.
    int indexOf(qint64 recipientId) const;
    bool isLoading() const { return m_pageTicket != 0; }
    bool atEnd() const { return m_atEnd; }
    bool canFetchMore() const { return isOpen() && !m_atEnd && !isLoading(); }
    void fetchMore();
    // Reads the rows loaded so far again (also done on its own when the
    // database changes).
    void refresh();

    // detailLoaded() answers.
    void loadDetail(qint64 recipientId);
    // failuresLoaded() answers; failures() keeps the latest answer.
    void loadFailures(const QDateTime &from, const QDateTime &until);
    FailureSummary failures() const { return m_failures; }
    // From 00:00 today (local time) to now, by the store's clock.
    void loadFailuresToday();
    QDateTime startOfToday() const;
    // campaignsLoaded() answers: the campaigns that sent something.
    void loadCampaigns();
    HistoryQuery::Campaigns campaigns() const { return m_campaigns; }

    // Writes the rows of the current filter to path as CSV on a worker
    // thread; the caller watches the job (sms::onFinished) and may cancel it.
    // Null when no database is open.
    HistoryExport *exportCsv(const QString &path);

Q_SIGNALS:
    void aboutToReset();
    void reset();
    void aboutToAppend(int first, int last);
    void appended();
    void loadingChanged(bool loading);
    void detailLoaded(const sms::history::SendDetail &detail);
    void failuresLoaded(const sms::history::FailureSummary &summary);
    void campaignsLoaded();
    // Someone else wrote to the database; the rows are being read again.
    void databaseChanged();
    void opened();
    void failed(const sms::api::ApiError &error);

private:
    void open();
    void close();
    void restart(int limit);
    void onPage(quint64 ticket, const QList<HistoryRow> &rows);
    void onFailed(quint64 ticket, const QString &error);
    void setLoading(quint64 ticket);
    void replaceRows(const QList<HistoryRow> &rows);

    session::Session &m_session;
    Options m_options;
    Lifecycle m_lifecycle;
    std::unique_ptr<HistoryQuery> m_query;
    HistoryFilter m_filter;
    QList<HistoryRow> m_rows;
    bool m_atEnd = false;
    quint64 m_pageTicket = 0;
    bool m_pageReplaces = false; // the page in flight replaces the rows
    int m_pageLimit = 0;
    quint64 m_detailTicket = 0;
    quint64 m_failuresTicket = 0;
    bool m_failuresLoaded = false;
    FailureSummary m_failures;
    HistoryQuery::Campaigns m_campaigns;
    bool m_changedWhileLoading = false;
};

} // namespace sms::history
