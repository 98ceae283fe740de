// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/StoreLocation.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <map>
#include <memory>

struct sqlite3;
struct pg_conn;

namespace sms::store {

class Statement;

// The profile's store: the campaign journal, the send history, delivery
// receipts, replies and the opt-out list. Every table is reached through this
// class family, never with SQL elsewhere. It lives in one SQLite file per
// profile (the default), or in a PostgreSQL database a team shares.
//
// SQLite: the file is opened in WAL mode with synchronous=NORMAL: a commit
// survives the process being killed, and only the last commits before a power
// cut may be lost. What must survive a power cut too (a send's in-flight
// record, written before its request leaves) is committed with
// durableTransaction(), which syncs the log before it returns. PostgreSQL:
// every commit is durable.
//
// The schema carries a version (PRAGMA user_version on SQLite, the one-row
// table schema_version on PostgreSQL); open() brings an older store up to
// date with the migrations in order, each in its own transaction and once
// even when several clients open it at the same moment, and refuses a store
// written by a newer version rather than guess at it.
//
// One object is one connection, and lives in the thread that opened it (Qt
// Sql connections are per thread): a worker thread opens its own.
class Database
{
public:
    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // The profile's database under SMS Console's data directory, which the
    // console and smsctl share, or in directory when one is given (a
    // console with a data directory of its own). The name is hashed: a
    // profile name may hold any character.
    static QString defaultPath(const QString &profileName, const QString &directory = {});

    // Opens (creating it and its folder if needed) and migrates. False with
    // *error set when the file cannot be used.
    bool open(const QString &path, QString *error = nullptr);
    // Opens the store wherever it lives: an SQLite file as above, or a
    // shared PostgreSQL database (whose schema it creates or brings up to
    // date, once, even when several clients start at the same moment).
    bool open(const StoreLocation &location, QString *error = nullptr);
    void close();
    Engine engine() const { return m_location.engine; }
    const StoreLocation &location() const { return m_location; }
    bool isOpen() const;
    QString path() const { return m_path; }
    QSqlDatabase connection() const;

    // The layout this build writes, and the one the open file has.
    static int latestVersion();
    // The statements that take the schema from version - 1 to version
    // (1 to latestVersion()) in engine's words; for tests that build an old
    // store.
    static QStringList migrationStatements(int version, Engine engine);
    int schemaVersion() const;

    // Runs work inside one transaction; commits when it returns true, rolls
    // back otherwise (or when the commit fails). Nested calls join the outer
    // transaction.
    bool transaction(const std::function<bool()> &work);
    // The same, with the log synced to disk before it returns.
    bool durableTransaction(const std::function<bool()> &work);

    // The last SQL error, for messages and logs.
    QString lastError() const { return m_lastError; }
    // Records a failed query's error (logged under sms.store) and returns false.
    bool fail(const class QSqlQuery &query);
    // Records an error the engine's own interface reported, and whether the
    // connection went with it; returns false.
    bool failWith(const QString &error);
    void setLastError(const QString &error) { m_lastError = error; }
    // The last failure was the connection itself (a shared store's server
    // went away or the network dropped), not the statement: nothing more
    // can be recorded until reopen() succeeds.
    bool connectionLost() const { return m_connectionLost; }
    // Opens the same store again after a lost connection (location() stays
    // the store last opened, or tried, after a close or a failed open).
    bool reopen(QString *error = nullptr);

    // SQLite's own handle of the connection, for Statement; null when closed
    // or on PostgreSQL.
    sqlite3 *handle() const;
    // libpq's connection (PGconn) on PostgreSQL; null when closed or on SQLite.
    pg_conn *postgresHandle() const;
    // A statement prepared once and kept while the connection is open, for
    // SQL that runs again and again (a campaign writes every batch with the
    // same statements; preparing a large one costs more than running it).
    // Finalized before the connection closes. One use at a time: a caller
    // runs it to its end before anyone else takes it again.
    Statement &prepared(const char *sql);

    // PostgreSQL: runs statement (a COPY ... FROM STDIN in text format) with
    // rows as its input. False with the error recorded.
    bool copyIn(const QByteArray &statement, const QByteArray &rows);

    // Runs one statement as it is, unprepared (a SET, a PRAGMA, DDL).
    // False with the error recorded as fail() does.
    bool exec(const QString &sql);

private:
    void noteFailure(const class QSqlError &error);
    bool connectionAlive() const;
    bool migrate(QString *error);
    bool runTransaction(const std::function<bool()> &work, bool durable);

    QString m_connectionName;
    StoreLocation m_location;
    QString m_path;
    QString m_lastError;
    int m_depth = 0;
    bool m_connectionLost = false;
    std::map<QByteArray, std::unique_ptr<Statement>> m_prepared;
};

} // namespace sms::store
