// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <vector>

struct sqlite3_stmt;
struct pg_result;

namespace sms::store {

class Database;

// One prepared statement, the same interface on both engines. The SQL uses
// SQLite's placeholders (? and ?N); parameters are 1-based, columns 0-based.
//
// SQLite: bound and stepped through SQLite's own interface. The journal's hot
// paths (a campaign writes each of a million recipients three times) use it:
// QSqlQuery's binding costs more than SQLite's whole work there.
// PostgreSQL: prepared once on the server through libpq, its placeholders
// written as $N, and run with its parameters sent apart from the SQL. Qt's
// driver would send each run as an EXECUTE whose parameters are spelled out
// as quoted literals, which the server parses again every time: for the
// journal's statements of a few hundred rows that parsing cost as much as
// the work itself. The server infers each parameter's type from where it is
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
    // *count is the number of parameters it uses.
    static QString postgresPlaceholders(const QString &sql, int *count = nullptr);

private:
    struct PgResultFree
    {
        void operator()(pg_result *result) const;
    };

    void fail();
    void restart();
    bool runPostgres();
    void setPostgresParameter(int index, QByteArray value, bool null);

    Database &m_db;
    sqlite3_stmt *m_stmt = nullptr;
    // PostgreSQL: the server-side name, the parameters as text (UTF-8), and
    // the latest run's rows, read from memory.
    QByteArray m_pgName;
    std::vector<QByteArray> m_pgValues;
    std::vector<bool> m_pgNull;
    std::unique_ptr<pg_result, PgResultFree> m_pgResult;
    int m_pgRow = -1;
    bool m_active = false; // PostgreSQL: executed, rows being read
    bool m_ok = true;
    int m_changes = 0;
};

} // namespace sms::store
