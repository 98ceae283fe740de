// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Statement.h"

#include "Logging.h"
#include "store/Database.h"

#include <QStringEncoder>

#include <sqlite3.h>

namespace sms::store {

Statement::Statement(Database &database, const char *sql)
    : m_db(database)
{
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

Statement &Statement::bind(int index, qint64 value)
{
    if (m_stmt)
        sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, const QString &text)
{
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
    return *this;
}

void Statement::fail()
{
    m_ok = false;
    m_db.setLastError(QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_stmt))));
    qCWarning(lcStore) << "statement failed:" << m_db.lastError();
    sqlite3_reset(m_stmt);
}

bool Statement::next()
{
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

qint64 Statement::lastInsertId() const
{
    return m_stmt ? sqlite3_last_insert_rowid(sqlite3_db_handle(m_stmt)) : 0;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QString Statement::text(int column) const
{
    // Read as stored (UTF-8), converted once by Qt.
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

} // namespace sms::store
