// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Statement.h"

#include "Logging.h"
#include "store/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringEncoder>

#include <sqlite3.h>

namespace sms::store {

Statement::Statement(Database &database, const char *sql)
    : m_db(database)
{
    if (database.engine() == Engine::Postgres) {
        // Not forward-only: the driver would then read rows one at a time
        // from the server, and another statement could not run on the
        // connection before this one's rows were all read.
        m_query = std::make_unique<QSqlQuery>(database.connection());
        if (!database.isOpen() || !m_query->prepare(postgresPlaceholders(QString::fromUtf8(sql)))) {
            m_ok = false;
            if (database.isOpen())
                m_db.fail(*m_query);
            else
                m_db.setLastError(QStringLiteral("the database is not open"));
            m_query.reset();
            qCWarning(lcStore) << "cannot prepare a statement:" << m_db.lastError();
        }
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
}

QString Statement::postgresPlaceholders(const QString &sql)
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
    return out;
}

bool Statement::isValid() const
{
    return m_stmt != nullptr || m_query != nullptr;
}

void Statement::restart()
{
    // A new binding starts a new run, as SQLite's reset does.
    if (m_active) {
        m_active = false;
        m_query->finish();
    }
}

Statement &Statement::bind(int index, qint64 value)
{
    if (m_stmt) {
        sqlite3_bind_int64(m_stmt, index, value);
    } else if (m_query) {
        restart();
        m_query->bindValue(index - 1, QVariant(qlonglong(value)));
    }
    return *this;
}

Statement &Statement::bind(int index, const QString &text)
{
    if (m_query) {
        restart();
        m_query->bindValue(
            index - 1, text.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text));
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
    if (m_stmt) {
        sqlite3_bind_null(m_stmt, index);
    } else if (m_query) {
        restart();
        m_query->bindValue(index - 1, QVariant());
    }
    return *this;
}

void Statement::fail()
{
    m_ok = false;
    if (m_query) {
        m_active = false;
        // Sets the database's error and whether the connection was lost.
        m_db.fail(*m_query);
        m_query->finish();
        return;
    }
    m_db.setLastError(QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_stmt))));
    qCWarning(lcStore) << "statement failed:" << m_db.lastError();
    sqlite3_reset(m_stmt);
}

bool Statement::next()
{
    if (m_query) {
        if (!m_active) {
            if (!m_query->exec()) {
                fail();
                return false;
            }
            m_active = true;
        }
        if (m_query->next())
            return true;
        m_active = false;
        const bool failed = m_query->lastError().isValid();
        m_query->finish();
        if (failed) {
            fail();
            return false;
        }
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
    if (m_query) {
        m_active = false;
        if (!m_query->exec()) {
            fail();
            return false;
        }
        m_changes = m_query->numRowsAffected();
        m_query->finish();
        m_ok = true;
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
    if (m_query)
        return m_query->value(column).toLongLong();
    return sqlite3_column_int64(m_stmt, column);
}

QString Statement::text(int column) const
{
    if (m_query)
        return m_query->value(column).toString();
    // Read as stored (UTF-8), converted once by Qt.
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

} // namespace sms::store
