// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>

namespace sms::store {

class Database;

// Stops a long query on the database's connection as soon as shouldStop()
// says so, for as long as the object lives (a filter changed while a scan of
// a million rows runs: the query fails at once with an "interrupted" error).
//
// SQLite: SQLite calls shouldStop() every couple of thousand steps of the
// query, on the querying thread. PostgreSQL: the query runs on the server, so
// a watcher thread calls shouldStop() every few milliseconds and asks the
// server to cancel the statement (libpq's cancel request, as psql's Ctrl+C):
// shouldStop must then be safe to call from another thread (an atomic read).
class QueryCanceller
{
public:
    QueryCanceller(Database &database, const std::function<bool()> &shouldStop);
    ~QueryCanceller();
    QueryCanceller(const QueryCanceller &) = delete;
    QueryCanceller &operator=(const QueryCanceller &) = delete;

private:
    struct Watcher;
    Database &m_db;
    std::function<bool()> m_shouldStop;
    std::unique_ptr<Watcher> m_watcher;
    bool m_progressHandler = false;
};

} // namespace sms::store
