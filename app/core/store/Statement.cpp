// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Statement.h"

#include "Logging.h"
#include "store/Database.h"

#include <QAtomicInteger>
#include <QStringEncoder>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <cmath>
#include <cstdlib>

namespace sms::store {

namespace {
// Names of the statements prepared on a PostgreSQL connection; unique in
// the process, so that a name is never reused on a connection that still
// holds it.
QAtomicInteger<quint64> postgresStatementCounter;
} // namespace

void Statement::PgResultFree::operator()(pg_result *result) const
{
    PQclear(result);
}

Statement::Statement(Database &database, const char *sql)
    : m_db(database)
{
    if (database.engine() == Engine::Postgres) {
        PGconn *conn = database.postgresHandle();
        if (!conn) {
            m_ok = false;
            m_db.setLastError(QStringLiteral("the database is not open"));
            qCWarning(lcStore) << "cannot prepare a statement:" << m_db.lastError();
            return;
        }
        int parameters = 0;
        const QByteArray text = postgresPlaceholders(QString::fromUtf8(sql), &parameters).toUtf8();
        const QByteArray name
            = "sms_" + QByteArray::number(postgresStatementCounter.fetchAndAddRelaxed(1));
        std::unique_ptr<pg_result, PgResultFree> prepared(
            PQprepare(conn, name.constData(), text.constData(), 0, nullptr));
        if (PQresultStatus(prepared.get()) != PGRES_COMMAND_OK) {
            m_ok = false;
            m_db.failWith(QString::fromUtf8(prepared ? PQresultErrorMessage(prepared.get())
                                                     : PQerrorMessage(conn))
                              .trimmed());
            qCWarning(lcStore) << "cannot prepare a statement:" << m_db.lastError();
            return;
        }
        m_pgName = name;
        m_pgValues.resize(size_t(parameters));
        m_pgNull.assign(size_t(parameters), true);
        return;
    }
    sqlite3 *handle = database.handle();
    if (!handle
        || sqlite3_prepare_v3(handle, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr)
            != SQLITE_OK) {
        m_stmt = nullptr;
        m_ok = false;
        m_db.setLastError(handle ? QString::fromUtf8(sqlite3_errmsg(handle))
                                 : QStringLiteral("the database is not open"));
        qCWarning(lcStore) << "cannot prepare a statement:" << m_db.lastError();
    }
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
    if (m_pgName.isEmpty())
        return;
    // The server keeps a prepared statement until the session ends. Inside
    // a failed transaction it refuses every command but the rollback: the
    // statement then stays until the connection closes.
    PGconn *conn = m_db.postgresHandle();
    if (conn && PQstatus(conn) == CONNECTION_OK && PQtransactionStatus(conn) != PQTRANS_INERROR)
        PQclear(PQexec(conn, ("DEALLOCATE " + m_pgName).constData()));
}

QString Statement::postgresPlaceholders(const QString &sql, int *count)
{
    // SQLite numbers a bare ? one above the largest number used before it.
    QString out;
    out.reserve(sql.size() + sql.size() / 4);
    int largest = 0;
    QChar quote;
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            out += c;
            continue;
        }
        if (c == u'\'' || c == u'"') {
            quote = c;
            out += c;
            continue;
        }
        if (c != u'?') {
            out += c;
            continue;
        }
        qsizetype end = i + 1;
        while (end < sql.size() && sql.at(end).isDigit())
            ++end;
        const int number = end > i + 1 ? sql.mid(i + 1, end - i - 1).toInt() : largest + 1;
        largest = std::max(largest, number);
        out += u'$' + QString::number(number);
        i = end - 1;
    }
    if (count)
        *count = largest;
    return out;
}

bool Statement::isValid() const
{
    return m_stmt != nullptr || !m_pgName.isEmpty();
}

void Statement::restart()
{
    // A new binding starts a new run, as SQLite's reset does.
    if (m_active) {
        m_active = false;
        m_pgResult.reset();
    }
}

void Statement::setPostgresParameter(int index, QByteArray value, bool null)
{
    restart();
    if (index < 1 || size_t(index) > m_pgValues.size())
        return;
    m_pgValues[size_t(index - 1)] = std::move(value);
    m_pgNull[size_t(index - 1)] = null;
}

Statement &Statement::bind(int index, qint64 value)
{
    if (m_stmt)
        sqlite3_bind_int64(m_stmt, index, value);
    else if (!m_pgName.isEmpty())
        setPostgresParameter(index, QByteArray::number(value), false);
    return *this;
}

Statement &Statement::bind(int index, const QString &text)
{
    if (!m_pgName.isEmpty()) {
        setPostgresParameter(index, text.toUtf8(), text.isNull());
        return *this;
    }
    if (!m_stmt)
        return *this;
    if (text.isNull())
        return bindNull(index);
    // The database stores UTF-8: Qt's conversion is several times faster
    // than SQLite's own from UTF-16. SQLite copies the bytes, so a short
    // text (a number, a code, a SerialNo: most of what a campaign writes) is
    // converted on the stack rather than into a QByteArray of its own.
    constexpr qsizetype kStackChars = 64;
    if (text.size() <= kStackChars) {
        char utf8[kStackChars * 3];
        QStringEncoder encoder(QStringEncoder::Utf8);
        const char *end = encoder.appendToBuffer(utf8, text);
        sqlite3_bind_text64(m_stmt, index, utf8, sqlite3_uint64(end - utf8), SQLITE_TRANSIENT,
                            SQLITE_UTF8);
        return *this;
    }
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text64(m_stmt, index, utf8.constData(), sqlite3_uint64(utf8.size()),
                        SQLITE_TRANSIENT, SQLITE_UTF8);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    if (m_stmt)
        sqlite3_bind_null(m_stmt, index);
    else if (!m_pgName.isEmpty())
        setPostgresParameter(index, {}, true);
    return *this;
}

void Statement::fail()
{
    m_ok = false;
    if (!m_pgName.isEmpty()) {
        m_active = false;
        // Sets the database's error and whether the connection was lost.
        PGconn *conn = m_db.postgresHandle();
        const char *message = m_pgResult ? PQresultErrorMessage(m_pgResult.get())
                                         : (conn ? PQerrorMessage(conn) : "");
        m_db.failWith(QString::fromUtf8(message).trimmed());
        qCWarning(lcStore) << "statement failed:" << m_db.lastError();
        m_pgResult.reset();
        return;
    }
    m_db.setLastError(QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_stmt))));
    qCWarning(lcStore) << "statement failed:" << m_db.lastError();
    sqlite3_reset(m_stmt);
}

bool Statement::runPostgres()
{
    m_active = false;
    m_pgResult.reset();
    PGconn *conn = m_db.postgresHandle();
    if (!conn) {
        fail();
        return false;
    }
    // Text parameters, each NUL-terminated (QByteArray always is); libpq
    // takes their lengths from that.
    std::vector<const char *> values(m_pgValues.size());
    for (size_t i = 0; i < m_pgValues.size(); ++i)
        values[i] = m_pgNull[i] ? nullptr : m_pgValues[i].constData();
    m_pgResult.reset(PQexecPrepared(conn, m_pgName.constData(), int(values.size()), values.data(),
                                    nullptr, nullptr, 0));
    const ExecStatusType status = PQresultStatus(m_pgResult.get());
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        fail();
        return false;
    }
    m_changes = QByteArray(PQcmdTuples(m_pgResult.get())).toInt();
    m_pgRow = -1;
    m_ok = true;
    return true;
}

bool Statement::next()
{
    if (!m_pgName.isEmpty()) {
        if (!m_active) {
            if (!runPostgres())
                return false;
            m_active = true;
        }
        if (++m_pgRow < PQntuples(m_pgResult.get()))
            return true;
        m_active = false;
        m_pgResult.reset();
        m_ok = true;
        return false;
    }
    if (!m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE) {
        fail();
        return false;
    }
    m_ok = true;
    sqlite3_reset(m_stmt);
    return false;
}

bool Statement::exec()
{
    if (!m_pgName.isEmpty()) {
        if (!runPostgres())
            return false;
        m_pgResult.reset();
        return true;
    }
    if (!m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        fail();
        return false;
    }
    m_changes = sqlite3_changes(sqlite3_db_handle(m_stmt));
    sqlite3_reset(m_stmt);
    m_ok = true;
    return true;
}

bool Statement::execReturning(qint64 *id)
{
    *id = 0;
    if (!next())
        return ok() && isValid();
    *id = int64(0);
    // To the end: SQLite finishes the statement (and resets it) there.
    while (next()) { }
    return ok();
}

qint64 Statement::int64(int column) const
{
    if (!m_pgName.isEmpty()) {
        if (!m_pgResult || PQgetisnull(m_pgResult.get(), m_pgRow, column))
            return 0;
        const char *value = PQgetvalue(m_pgResult.get(), m_pgRow, column);
        // A boolean comes as t or f, an average or a sum of a numeric
        // column with a fraction.
        if (value[0] == 't' || value[0] == 'f')
            return value[0] == 't' ? 1 : 0;
        char *end = nullptr;
        const long long whole = std::strtoll(value, &end, 10);
        if (*end == '.' || *end == 'e' || *end == 'E')
            return qint64(std::llround(std::strtod(value, nullptr)));
        return whole;
    }
    return sqlite3_column_int64(m_stmt, column);
}

QString Statement::text(int column) const
{
    if (!m_pgName.isEmpty()) {
        if (!m_pgResult || PQgetisnull(m_pgResult.get(), m_pgRow, column))
            return {};
        const int length = PQgetlength(m_pgResult.get(), m_pgRow, column);
        if (length == 0)
            return QStringLiteral("");
        return QString::fromUtf8(PQgetvalue(m_pgResult.get(), m_pgRow, column), length);
    }
    // Read as stored (UTF-8), converted once by Qt.
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

} // namespace sms::store
