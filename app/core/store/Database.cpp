// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Database.h"

#include "Logging.h"
#include "store/Statement.h"

#include <QAtomicInteger>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStringList>

namespace sms::store {

namespace {
// One step of the schema, in each engine's words. SQLite's and
// PostgreSQL's forms sit side by side so that a change is made to both at
// once; they create the same tables, columns and indexes.
struct Migration
{
    QStringList sqlite;
    QStringList postgres;
};

// Each entry takes the schema from the version before it to its own number
// (entry i makes version i + 1). Released entries are never edited: a change
// is a new entry.
const QList<Migration> &migrations()
{
    static const QList<Migration> steps = {
        // 1: the campaign journal.
        {{
             QStringLiteral("CREATE TABLE campaigns ("
                            " id INTEGER PRIMARY KEY,"
                            " name TEXT NOT NULL DEFAULT '',"
                            " created INTEGER NOT NULL,"
                            " sign_name TEXT NOT NULL DEFAULT '',"
                            " template_id TEXT NOT NULL,"
                            " app_id TEXT NOT NULL,"
                            " market INTEGER NOT NULL DEFAULT 0,"
                            " marketing INTEGER NOT NULL DEFAULT 0,"
                            " start_at INTEGER,"
                            " state INTEGER NOT NULL DEFAULT 0)"),
             QStringLiteral("CREATE TABLE batches ("
                            " id INTEGER PRIMARY KEY,"
                            " campaign_id INTEGER NOT NULL REFERENCES campaigns(id),"
                            " action TEXT NOT NULL,"
                            " state INTEGER NOT NULL,"
                            " size INTEGER NOT NULL,"
                            " request_id TEXT,"
                            " started INTEGER NOT NULL,"
                            " finished INTEGER,"
                            " code TEXT,"
                            " message TEXT)"),
             QStringLiteral("CREATE TABLE recipients ("
                            " id INTEGER PRIMARY KEY,"
                            " campaign_id INTEGER NOT NULL REFERENCES campaigns(id),"
                            " source_row INTEGER NOT NULL,"
                            " input TEXT NOT NULL,"
                            " phone TEXT NOT NULL,"
                            " params TEXT,"
                            " market INTEGER NOT NULL,"
                            " state INTEGER NOT NULL,"
                            " batch_id INTEGER,"
                            " serial_no TEXT,"
                            " fee INTEGER,"
                            " code TEXT,"
                            " message TEXT)"),
             // Not by state: a recipient changes state two or three times on
             // its way, and an index on it would be rewritten each time. The
             // queue is read in id order from a cursor, which this index
             // (campaign, then rowid) serves as well.
             QStringLiteral("CREATE INDEX recipients_by_campaign ON recipients(campaign_id)"),
             QStringLiteral("CREATE INDEX recipients_by_batch ON recipients(batch_id)"),
             QStringLiteral("CREATE INDEX batches_by_state ON batches(campaign_id, state)"),
         },
         {}},
        // 2: the send history. Every send is a recipient row: a campaign's,
        // a single message's (a campaign of kind 1 with one recipient) or one
        // found at the service that this console did not send (kind 2), so
        // one table answers "what happened to this number" whatever sent it.
        // Receipts and replies are kept whole in their own tables, and a
        // recipient carries its receipt's outcome so that the history's
        // filters need no join.
        {{
             QStringLiteral("ALTER TABLE campaigns ADD COLUMN kind INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE campaigns ADD COLUMN session_context TEXT"),
             // When the number's request left (ms since the epoch); NULL for
             // a number that was never sent (queued, refused by pre-flight).
             QStringLiteral("ALTER TABLE recipients ADD COLUMN sent_at INTEGER"),
             // NULL: no receipt yet; 1 delivered, 2 failed (ReceiptState).
             QStringLiteral("ALTER TABLE recipients ADD COLUMN receipt_state INTEGER"),
             // When the handset received it, or the failure was reported (ms).
             QStringLiteral("ALTER TABLE recipients ADD COLUMN receipt_at INTEGER"),
             QStringLiteral("UPDATE recipients SET sent_at = (SELECT started FROM batches "
                            "WHERE batches.id = recipients.batch_id) WHERE batch_id IS NOT NULL"),
             // A receipt is handed out once by the service: the unique key
             // makes a second copy of the same receipt a no-op.
             QStringLiteral("CREATE TABLE receipts ("
                            " id INTEGER PRIMARY KEY,"
                            " serial_no TEXT NOT NULL,"
                            " phone TEXT NOT NULL,"
                            " app_id TEXT NOT NULL DEFAULT '',"
                            " status TEXT NOT NULL,"
                            " description TEXT,"
                            " user_receive_time INTEGER,"
                            " received_at INTEGER NOT NULL,"
                            " session_context TEXT,"
                            " recipient_id INTEGER REFERENCES recipients(id),"
                            " UNIQUE (serial_no, phone))"),
             QStringLiteral("CREATE TABLE replies ("
                            " id INTEGER PRIMARY KEY,"
                            " phone TEXT NOT NULL,"
                            " app_id TEXT NOT NULL DEFAULT '',"
                            " sign_name TEXT,"
                            " extend_code TEXT,"
                            " content TEXT NOT NULL,"
                            " reply_time INTEGER NOT NULL,"
                            " received_at INTEGER NOT NULL,"
                            " UNIQUE (phone, reply_time, content))"),
             // Numbers that asked not to get marketing messages again; the
             // campaign pre-flight refuses them.
             QStringLiteral("CREATE TABLE opt_out ("
                            " phone TEXT PRIMARY KEY,"
                            " since INTEGER NOT NULL,"
                            " reply_id INTEGER REFERENCES replies(id),"
                            " note TEXT) WITHOUT ROWID"),
             // Small facts a background job keeps between runs (when the
             // receipts were last pulled, ...).
             QStringLiteral("CREATE TABLE store_state ("
                            " key TEXT PRIMARY KEY,"
                            " value TEXT) WITHOUT ROWID"),
             QStringLiteral("CREATE INDEX recipients_by_sent ON recipients(sent_at) "
                            "WHERE sent_at IS NOT NULL"),
             QStringLiteral("CREATE INDEX recipients_by_phone ON recipients(phone, sent_at)"),
             QStringLiteral("CREATE INDEX recipients_by_code ON recipients(code, sent_at) "
                            "WHERE code IS NOT NULL"),
             QStringLiteral("CREATE INDEX recipients_by_serial ON recipients(serial_no) "
                            "WHERE serial_no IS NOT NULL"),
             QStringLiteral("CREATE INDEX recipients_by_receipt ON recipients(receipt_state, "
                            "sent_at) WHERE receipt_state IS NOT NULL"),
             QStringLiteral("CREATE INDEX receipts_by_recipient ON receipts(recipient_id)"),
             QStringLiteral("CREATE INDEX replies_by_phone ON replies(phone, reply_time)"),
         },
         {}},
        // 3: what the receipt puller and the lookup by number write. A
        // number taken off the opt-out list keeps its row, with when and the
        // operator's note, so that the list can say why a number that once
        // asked for no more messages gets them again; a reply asking again
        // puts it back. A send found at the service that this console did
        // not make keeps the text the service recorded (its variables
        // masked): its template and parameters are not known.
        {{
             QStringLiteral("ALTER TABLE opt_out ADD COLUMN removed_at INTEGER"),
             QStringLiteral("ALTER TABLE opt_out ADD COLUMN removal_note TEXT"),
             QStringLiteral("ALTER TABLE recipients ADD COLUMN content TEXT"),
         },
         {}},
        // 4: a campaign's refused rows without reading the rest. They are
        // few and scattered, so "problems only" walked most of a large
        // campaign to fill one page. Partial: only a refused row has an entry,
        // and a recipient moving between the other states (three times on
        // its way) never writes to it.
        {{
             QStringLiteral("CREATE INDEX recipients_refused ON recipients(campaign_id, id) "
                            "WHERE state = 3"),
         },
         {}},
        // 5: who sends a campaign. Several clients (two smsctl, a console and
        // an smsctl, a team's computers on one shared database) may work the
        // same campaign; each registers a run with a lease it keeps renewing
        // while it is alive, and each batch names the run that sent it. A
        // batch left in flight by a run whose lease has passed belongs to a
        // client that died: it turns uncertain and is reconciled. A batch in
        // flight under a live lease is another client's business.
        {{
             QStringLiteral("CREATE TABLE runs ("
                            " id INTEGER PRIMARY KEY,"
                            " campaign_id INTEGER NOT NULL REFERENCES campaigns(id),"
                            " host TEXT NOT NULL,"
                            " user_name TEXT NOT NULL,"
                            " pid INTEGER NOT NULL,"
                            " program TEXT NOT NULL,"
                            " started_at INTEGER NOT NULL,"
                            " lease_until INTEGER NOT NULL,"
                            " ended_at INTEGER)"),
             QStringLiteral("CREATE INDEX runs_by_campaign ON runs(campaign_id, ended_at)"),
             QStringLiteral("ALTER TABLE batches ADD COLUMN run_id INTEGER REFERENCES runs(id)"),
         },
         {
             QStringLiteral("CREATE TABLE runs ("
                            " id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                            " campaign_id BIGINT NOT NULL REFERENCES campaigns(id),"
                            " host TEXT NOT NULL,"
                            " user_name TEXT NOT NULL,"
                            " pid BIGINT NOT NULL,"
                            " program TEXT NOT NULL,"
                            " started_at BIGINT NOT NULL,"
                            " lease_until BIGINT NOT NULL,"
                            " ended_at BIGINT)"),
             QStringLiteral("CREATE INDEX runs_by_campaign ON runs(campaign_id, ended_at)"),
             QStringLiteral("ALTER TABLE batches ADD COLUMN run_id BIGINT REFERENCES runs(id)"),
         }},
    };
    return steps;
}

QAtomicInteger<quint64> connectionCounter;
} // namespace

Database::Database()
    : m_connectionName(QStringLiteral("sms.store.%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
{ }

Database::~Database()
{
    close();
}

QString Database::defaultPath(const QString &profileName, const QString &directory)
{
    // SMS Console's AppDataLocation spelled out, so that smsctl (an
    // application of another name) finds the console's files.
    const QByteArray hash
        = QCryptographicHash::hash(profileName.toUtf8(), QCryptographicHash::Sha256)
              .toHex()
              .left(16);
    const QString name = QStringLiteral("%1.sqlite").arg(QString::fromLatin1(hash));
    if (!directory.isEmpty())
        return directory + u'/' + name;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/SmsConsole/SMS Console/store/") + name;
}

bool Database::open(const StoreLocation &location, QString *error)
{
    if (location.engine == Engine::Sqlite)
        return open(location.path, error);
    close();
    m_lastError = QStringLiteral("this build cannot open a PostgreSQL store yet");
    if (error)
        *error = m_lastError;
    return false;
}

bool Database::open(const QString &path, QString *error)
{
    close();
    m_location = StoreLocation::sqlite(path);
    auto failWith = [&](const QString &message) {
        m_lastError = message;
        qCWarning(lcStore) << "cannot open" << path << ":" << message;
        if (error)
            *error = message;
        close();
        return false;
    };
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return failWith(QStringLiteral("cannot create the folder %1").arg(info.absolutePath()));

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(path);
        // Another process (the console and smsctl) may hold a write lock for
        // a moment; wait for it rather than fail.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open())
            return failWith(db.lastError().text());
    }
    m_path = path;
    // WAL: readers (a status command) never block the sending process.
    {
        QSqlQuery mode(connection());
        if (!mode.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !mode.next()
            || mode.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            return failWith(QStringLiteral("the file cannot be put in WAL mode"));
    }
    if (!exec(QStringLiteral("PRAGMA synchronous=NORMAL"))
        || !exec(QStringLiteral("PRAGMA foreign_keys=ON")))
        return failWith(m_lastError);
    QString migrationError;
    if (!migrate(&migrationError))
        return failWith(migrationError);
    qCDebug(lcStore) << "opened" << path << "schema" << schemaVersion();
    return true;
}

void Database::close()
{
    // SQLite refuses to close a connection with a statement still prepared.
    m_prepared.clear();
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_path.clear();
    m_location = {};
    m_depth = 0;
    m_connectionLost = false;
}

Statement &Database::prepared(const char *sql)
{
    std::unique_ptr<Statement> &statement = m_prepared[QByteArray(sql)];
    // One that failed to prepare (the database was closed) is tried again.
    if (!statement || !statement->isValid())
        statement = std::make_unique<Statement>(*this, sql);
    return *statement;
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName)
        && QSqlDatabase::database(m_connectionName, false).isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

sqlite3 *Database::handle() const
{
    if (!isOpen())
        return nullptr;
    const QVariant handle = connection().driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

int Database::latestVersion()
{
    return int(migrations().size());
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool Database::exec(const QString &sql)
{
    QSqlQuery query(connection());
    if (!query.exec(sql))
        return fail(query);
    return true;
}

bool Database::reopen(QString *error)
{
    const StoreLocation location = m_location;
    return open(location, error);
}

bool Database::fail(const QSqlQuery &query)
{
    m_lastError = query.lastError().text();
    m_connectionLost = query.lastError().type() == QSqlError::ConnectionError
        || (m_location.engine == Engine::Postgres && !connection().isOpen());
    qCWarning(lcStore) << "query failed:" << m_lastError;
    return false;
}

bool Database::migrate(QString *error)
{
    const int current = schemaVersion();
    if (current < 0) {
        *error = QStringLiteral("the file is not an SQLite database: %1").arg(m_lastError);
        return false;
    }
    if (current > latestVersion()) {
        *error = QStringLiteral("the file was written by a newer SMS Console (schema %1, this "
                                "one knows up to %2)")
                     .arg(current)
                     .arg(latestVersion());
        return false;
    }
    for (int version = current; version < latestVersion(); ++version) {
        const bool ok = transaction([&] {
            for (const QString &statement : migrations().at(version).sqlite) {
                if (!exec(statement))
                    return false;
            }
            return exec(QStringLiteral("PRAGMA user_version=%1").arg(version + 1));
        });
        if (!ok) {
            *error = QStringLiteral("migration to schema %1 failed: %2")
                         .arg(version + 1)
                         .arg(m_lastError);
            return false;
        }
        qCInfo(lcStore) << "migrated" << m_path << "to schema" << version + 1;
    }
    return true;
}

bool Database::transaction(const std::function<bool()> &work)
{
    return runTransaction(work, false);
}

bool Database::durableTransaction(const std::function<bool()> &work)
{
    return runTransaction(work, true);
}

bool Database::runTransaction(const std::function<bool()> &work, bool durable)
{
    if (m_depth > 0) {
        ++m_depth;
        const bool ok = work();
        --m_depth;
        return ok;
    }
    // FULL syncs the log at this commit; the mode cannot change inside a
    // transaction, so it is set around it.
    if (durable && !exec(QStringLiteral("PRAGMA synchronous=FULL")))
        return false;
    QSqlDatabase db = connection();
    // On SQLite the write lock is taken at the start (waiting for another
    // process's commit as long as the busy timeout allows): a transaction
    // that reads first and writes later would otherwise fail at once when
    // another process (a console and smsctl on one file) wrote in between.
    bool ok = engine() == Engine::Sqlite ? exec(QStringLiteral("BEGIN IMMEDIATE"))
                                         : db.transaction();
    if (!ok) {
        if (engine() != Engine::Sqlite)
            m_lastError = db.lastError().text();
    } else {
        ++m_depth;
        ok = work();
        --m_depth;
        if (ok && !db.commit()) {
            m_lastError = db.lastError().text();
            ok = false;
        }
        if (!ok) {
            qCWarning(lcStore) << "transaction rolled back:" << m_lastError;
            db.rollback();
        }
    }
    if (durable)
        exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    return ok;
}

} // namespace sms::store
