// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "statistics/StatisticsRange.h"
#include "statistics/StatisticsReport.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace sms::store {

class Database;

// The statistics of the send history (the recipients of every campaign and
// single message, with their receipts), in the shape of the service's own:
// per hour or day the numbers sent, accepted and billed; what became of the
// accepted ones; the refusals by code.
//
// Three queries whatever the size of the history: the first and last id of
// the range's sends (from the index on sent_at), one sequential pass over
// the table between them, counted as it goes, and the failed receipts'
// descriptions through the index on (receipt_state, sent_at). Blocking: run
// it on a worker thread with a connection of its own (LocalStatisticsJob
// does).
class StatisticsReader
{
public:
    struct Query
    {
        statistics::StatisticsRange range;
        QString appId; // empty: every application
        // An accepted number sent before this with no receipt counts as
        // unknown rather than "no receipt yet"; invalid: never.
        QDateTime unknownBefore;
    };

    explicit StatisticsReader(Database &database);

    // Nothing when a query failed (lastError() says why).
    std::optional<statistics::StatisticsReport> read(const Query &query);
    // The applications the history has sent with, sorted.
    QStringList appIds();
    QString lastError() const;

private:
    bool readSends(const Query &query, statistics::StatisticsReport &report);
    bool readFailures(const Query &query, statistics::StatisticsReport &report);

    Database &m_db;
};

} // namespace sms::store
