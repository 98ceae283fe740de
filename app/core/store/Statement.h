// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>

struct sqlite3_stmt;
class QSqlQuery;

namespace sms::store {

class Database;

// One prepared statement, the same interface on both engines. The SQL uses
// SQLite's placeholders (? and ?N); parameters are 1-based, columns 0-based.
//
// SQLite: bound and stepped through SQLite's own interface. The journal's hot
// paths (a campaign writes each of a million recipients three times) use it:
// QSqlQuery's binding costs more than SQLite's whole work there.
// PostgreSQL: a QSqlQuery prepared once on the connection, its placeholders
// written as $N. The server infers each parameter's type from where it is
// used; where nothing says (a VALUES list) the SQL casts it ($1::bigint).
class Statement
{
public:
    Statement(Database &database, const char *sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const;

    Statement &bind(int index, qint64 value);
    // A null QString is bound as SQL NULL.
    Statement &bind(int index, const QString &text);
    Statement &bindNull(int index);

    // The next row: true while there is one; false at the end or on an
    // error (ok() says which). The statement is reset once it is done.
    bool next();
    // Runs a statement that returns no rows and resets it. False on error,
    // which the database then reports (Database::lastError()).
    bool exec();
    // Runs an INSERT ... RETURNING id (or any statement whose first row's
    // first column is wanted) to its end and resets it. *id is that value,
    // or 0 when the statement returned no row (an ON CONFLICT DO NOTHING
    // that found the row there). False on error.
    bool execReturning(qint64 *id);
    bool ok() const { return m_ok; }
    // Rows changed by the latest exec().
    int changes() const { return m_changes; }

    qint64 int64(int column) const;
    QString text(int column) const;

    // SQL written with SQLite's placeholders (? and ?N, outside quotes) in
    // PostgreSQL's ($N).
    static QString postgresPlaceholders(const QString &sql);

private:
    void fail();
    void restart();

    Database &m_db;
    sqlite3_stmt *m_stmt = nullptr;
    std::unique_ptr<QSqlQuery> m_query; // PostgreSQL
    bool m_active = false; // PostgreSQL: executed, rows being read
    bool m_ok = true;
    int m_changes = 0;
};

} // namespace sms::store
