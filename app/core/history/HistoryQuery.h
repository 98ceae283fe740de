// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/FailureSummary.h"
#include "history/HistoryFilter.h"
#include "history/HistoryRow.h"
#include "history/Lifecycle.h"
#include "history/SendDetail.h"
#include "store/HistoryReader.h"
#include "store/StoreLocation.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QThread>

#include <memory>

namespace sms::history {

// The history's queries on a thread of their own, with a connection of
// their own: a scan of a million rows never holds up the GUI thread, and a
// long write elsewhere (a campaign) never holds up the queries (WAL).
//
// Each request returns a ticket that its answer carries; answers arrive on
// the thread that owns this object, in the order asked. cancelPages()
// drops every page asked for so far: one still queued never runs, and one
// running is interrupted within a millisecond or so, so typing in a filter
// costs nothing for the filters it passed through.
//
// The thread also keeps a store::ChangeFeed and says when another
// connection (the receipt puller, a campaign, smsctl, another client of a
// shared store) committed something.
class HistoryQuery : public QObject
{
    Q_OBJECT

public:
    using Campaigns = QList<QPair<qint64, QString>>;

    HistoryQuery(const store::StoreLocation &location, const Lifecycle &lifecycle,
                 QObject *parent = nullptr);
    // Stops the thread (an interrupted query first).
    ~HistoryQuery() override;

    const store::StoreLocation &location() const { return m_location; }
    const Lifecycle &lifecycle() const { return m_lifecycle; }

    quint64 fetchPage(const HistoryFilter &filter, const store::HistoryReader::Cursor &after,
                      int limit, qint64 nowMs);
    void cancelPages();
    quint64 fetchDetail(qint64 recipientId);
    quint64 fetchFailures(const QDateTime &from, const QDateTime &until);
    quint64 fetchCampaigns();
    // How often an SQLite store is looked at for changes made by others
    // (a shared store says so itself); 0: never.
    void setPollInterval(int ms);

Q_SIGNALS:
    void pageReady(quint64 ticket, const QList<sms::history::HistoryRow> &rows);
    // detail.found is false for a row that is not (or no longer) there.
    void detailReady(quint64 ticket, const sms::history::SendDetail &detail);
    void failuresReady(quint64 ticket, const sms::history::FailureSummary &summary);
    void campaignsReady(quint64 ticket, const sms::history::HistoryQuery::Campaigns &campaigns);
    // The database cannot be opened, or a query failed (not when cancelled).
    void failed(quint64 ticket, const QString &error);
    void databaseChanged();

private:
    struct Worker;
    template<typename Work> quint64 post(Work work);

    store::StoreLocation m_location;
    Lifecycle m_lifecycle;
    QThread m_thread;
    QObject *m_context = nullptr; // lives on m_thread
    std::shared_ptr<Worker> m_worker;
    quint64 m_nextTicket = 1;
};

} // namespace sms::history
