// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/SandboxState.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <map>
#include <memory>

class QLockFile;

namespace sms::sandbox {

// A sandbox account on disk: an SQLite database (Qt Sql) that follows a
// SandboxState request by request. commit() writes what changed since the
// last commit in one transaction, in time proportional to the change: the
// sends and replies added since, the ones pulled since, and whichever of the
// small tables (keys, applications, signatures, templates, packages,
// counters, opt-outs) differ from what it last wrote. The database is in WAL
// mode with synchronous=NORMAL: a commit is one write to the journal and no
// flush, and what it wrote survives a killed process.
//
// The database holds the account's SecretKey: it is created readable by its
// owner only, and SQLite gives the journal files next to it (-wal, -shm) the
// same mode. A lock file next to it (PATH.lock, a QLockFile) keeps a second
// sandbox off the same state, where each would overwrite the other's records.
//
// A JSON state file of an earlier version is imported once into a new
// database; the JSON is kept as FILE.imported, readable by its owner only.
//
// Used in one thread, the one that opened it (a Qt Sql connection must be).
class SandboxStore
{
public:
    SandboxStore();
    ~SandboxStore();
    SandboxStore(const SandboxStore &) = delete;
    SandboxStore &operator=(const SandboxStore &) = delete;

    // Takes the lock next to path, then opens the database at path, creating
    // it when there is none. A JSON state file at path, or at importPath when
    // there is nothing at path, is imported first. On failure the lock is
    // released and *error says why (another sandbox's process and host when
    // the lock is taken).
    bool open(const QString &path, const QString &importPath, QString *error);
    bool isOpen() const;
    QString path() const { return m_path; }
    // Whether the database holds an account; false when it was just created.
    bool hasAccount() const;

    // Reads the whole account into state; the next commit() writes only
    // what changes after this.
    bool load(SandboxState &state, QString *error);
    // Writes what changed in state since load() or the last commit(): all of
    // it, the first time, for a new database. On failure nothing is marked
    // written, and the next commit() tries again.
    bool commit(SandboxState &state, QString *error);
    // Closes the database (SQLite folds its journal back into the file) and
    // releases the lock.
    void close();

private:
    bool openDatabase(const QString &path, QString *error);
    bool importJson(const QString &jsonPath, const QString &path, QString *error);
    // Whether the open database is a sandbox's of this version (*fresh: an
    // empty one, still to be set up).
    bool checkSchema(bool *fresh, QString *error);
    bool createSchema(QString *error);
    // Reads a history table into records, handing each to adopt first.
    template<typename Records, typename Adopt>
    bool loadHistory(const char *table, Records &records, QString *error, Adopt adopt);
    // Inserts records[written...] into a history table, and rewrites the
    // changed ones written before.
    template<typename Records>
    bool writeHistory(const char *table, const Records &records, size_t written,
                      const std::vector<int> &changed, std::map<int, QSqlQuery> &inserts,
                      QSqlQuery &update, QString *error);
    bool writeSmallTables(const SandboxState &state, QString *error);
    bool unchanged(const SandboxState &state) const;
    QString failure(const QSqlQuery &query) const;

    QString m_path;
    QString m_connection;
    std::unique_ptr<QLockFile> m_lock;
    QSqlDatabase m_db;
    // Prepared INSERTs by the number of rows they take, and UPDATEs.
    std::map<int, QSqlQuery> m_insertSends;
    std::map<int, QSqlQuery> m_insertReplies;
    QSqlQuery m_updateSend;
    QSqlQuery m_updateReply;
    // What the database holds: the keys and scalars, the small tables as
    // last written (copies of Qt's implicitly shared containers, so keeping
    // them costs nothing until the state changes), and how many sends and
    // replies.
    QHash<QString, QVariant> m_writtenMeta;
    SandboxState m_written;
    size_t m_writtenSends = 0;
    size_t m_writtenReplies = 0;
};

} // namespace sms::sandbox
