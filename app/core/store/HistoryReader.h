// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/FailureSummary.h"
#include "history/HistoryFilter.h"
#include "history/HistoryRow.h"
#include "history/Lifecycle.h"
#include "history/SendDetail.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <functional>
#include <optional>

class QIODevice;

namespace sms::store {

class Database;

// The reading side of the send history: every filter of the History page,
// one send's detail, failures by code, and CSV export, as SQL on the
// profile's database. Sends only: rows with a sent_at.
//
// Pages are keyset-paged in time order (sent_at DESC, id DESC): the next
// page starts after the last row of the previous one, so a page costs the
// same at row 200 and at row 900,000, and rows that arrive meanwhile do not
// shift it. Not thread-safe: one reader per connection, on that
// connection's thread (HistoryQuery runs one on its own thread).
class HistoryReader
{
public:
    // Where a page ends: the last row's time and id. Null: the newest.
    struct Cursor
    {
        qint64 sentAtMs = 0;
        qint64 id = 0;
        bool isNull() const { return id == 0; }
        static Cursor after(const history::HistoryRow &row) { return {row.sentAtMs, row.id}; }
    };
    // A statement and its values, in order (qint64 or QString).
    struct Sql
    {
        QString text;
        QVariantList values;
        // The text with the values written in, for the sqlite3 tool.
        QString literal() const;
    };

    explicit HistoryReader(Database &database, const history::Lifecycle &lifecycle = {});

    const history::Lifecycle &lifecycle() const { return m_lifecycle; }
    QString lastError() const { return m_lastError; }

    // Asked while a long query runs (every thousand or so steps on SQLite,
    // every few milliseconds from another thread on PostgreSQL: see
    // QueryCanceller); returning true interrupts it (the call then fails
    // with an "interrupted" error).
    void setInterrupt(std::function<bool()> shouldStop);
    bool wasInterrupted() const { return m_interrupted; }

    // How a filter's page is best found, decided from the data (a couple of
    // index probes) once per filter.
    struct Plan
    {
        // The code is a refusal's (on the row, indexed with the time);
        // otherwise a failed receipt's (in its description).
        bool refusalCode = true;
        // The campaigns selected are small: read them through their index
        // and sort, rather than walk every send in time order.
        bool campaignsByIndex = false;
    };
    // Below this many sends (20,000 unless set), a campaign filter reads the
    // campaigns' rows and sorts them; above, it walks the time index until
    // the page is full.
    void setSmallCampaignRows(qint64 rows) { m_smallCampaignRows = rows; }
    Plan planFor(const history::HistoryFilter &filter);

    // Up to limit sends matching filter after the cursor, newest first. The
    // lifecycle filter is evaluated at nowMs. Empty with *ok false on an
    // error.
    QList<history::HistoryRow> page(const history::HistoryFilter &filter, const Cursor &after,
                                    int limit, qint64 nowMs, bool *ok = nullptr);
    Sql pageSql(const history::HistoryFilter &filter, const Cursor &after, int limit, qint64 nowMs,
                const Plan &plan) const;

    std::optional<history::SendDetail> detail(qint64 recipientId);

    // Failures of the sends made in [from, until), grouped by code.
    history::FailureSummary failures(const QDateTime &from, const QDateTime &until,
                                     bool *ok = nullptr);

    // Every matching row as CSV with a header line, newest first. progress
    // gets the rows written so far now and then; returning false stops the
    // export. Returns the rows written, -1 on an error or when stopped.
    qint64 exportCsv(const history::HistoryFilter &filter, qint64 nowMs, QIODevice &out,
                     const std::function<bool(qint64 rows)> &progress = {});

    // Changes when another connection commits (PRAGMA data_version on
    // SQLite; on PostgreSQL, when any transaction that writes starts): cheap
    // enough to poll every few seconds.
    qint64 dataVersion();

    // The campaigns that sent something, newest first (id, name), for a
    // filter's choices.
    QList<QPair<qint64, QString>> campaigns();

private:
    bool run(const Sql &sql, const std::function<void(const class Statement &)> &row);
    void attachReceipts(QList<history::HistoryRow> &rows);

    QLatin1String recipientsFirstJoin() const;

    Database &m_db;
    history::Lifecycle m_lifecycle;
    history::HistoryFilter m_plannedFilter;
    std::optional<Plan> m_plan;
    qint64 m_smallCampaignRows = 20000;
    std::function<bool()> m_shouldStop;
    bool m_interrupted = false;
    QString m_lastError;
};

} // namespace sms::store
