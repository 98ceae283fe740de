// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

struct sqlite3_stmt;

namespace sms::store {

class Database;

// One prepared SQLite statement, bound and stepped through SQLite's own
// interface. The journal's hot paths (a campaign writes each of a million
// recipients three times) use it: QSqlQuery's binding costs more than
// SQLite's whole work there. Parameters are 1-based, columns 0-based, as in
// SQLite.
class Statement
{
public:
    Statement(Database &database, const char *sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }

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
    bool ok() const { return m_ok; }
    // Rows changed by the latest exec().
    int changes() const { return m_changes; }
    // The rowid of the latest row this connection inserted.
    qint64 lastInsertId() const;

    qint64 int64(int column) const;
    QString text(int column) const;

private:
    void fail();

    Database &m_db;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_ok = true;
    int m_changes = 0;
};

} // namespace sms::store
