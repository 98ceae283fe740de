// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ReceiptPullerLock.h"

#include "Logging.h"
#include "store/Database.h"
#include "store/RunRegistry.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlQuery>
#include <QVariant>
#include <QtEndian>

namespace sms::store {

ReceiptPullerLock::ReceiptPullerLock(Database &database, const QString &scope, const QString &owner)
    : m_db(database)
    , m_scope(scope)
    , m_owner(owner)
{
    static QAtomicInteger<int> instances;
    if (m_owner.isEmpty())
        m_owner = QStringLiteral("%1:%2:%3")
                      .arg(RunRegistry::hostName())
                      .arg(QCoreApplication::applicationPid())
                      .arg(instances.fetchAndAddRelaxed(1) + 1);
}

ReceiptPullerLock::~ReceiptPullerLock()
{
    release();
}

QString ReceiptPullerLock::stateKey(const QString &scope)
{
    const QString key = QStringLiteral("receipt_puller");
    return scope.isEmpty() ? key : key + u':' + scope;
}

qint64 ReceiptPullerLock::key(const QString &scope)
{
    const QByteArray hash
        = QCryptographicHash::hash(scope.toUtf8(), QCryptographicHash::Sha256).left(4);
    const quint32 low = qFromBigEndian<quint32>(hash.constData());
    return (qint64(0x534d5352) << 32) | qint64(low);
}

bool ReceiptPullerLock::tryAcquire(qint64 nowMs, qint64 leaseMs)
{
    if (!m_db.isOpen()) {
        m_held = false;
        return false;
    }
    QSqlQuery q(m_db.connection());
    const bool wasHeld = m_held;
    if (m_db.engine() == Engine::Postgres) {
        if (m_held) {
            // A session lock lasts as long as the connection: check that it
            // is still the one that took it.
            q.prepare(QStringLiteral("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
                                     " AND pid = pg_backend_pid() AND granted"
                                     " AND ((classid::bigint << 32) | objid::bigint) = ?"));
            q.addBindValue(key(m_scope));
            m_held = q.exec() && q.next() && q.value(0).toInt() > 0;
        }
        if (!m_held) {
            q.prepare(QStringLiteral("SELECT pg_try_advisory_lock(?)"));
            q.addBindValue(key(m_scope));
            m_held = q.exec() && q.next() && q.value(0).toBool();
            if (!q.isActive())
                m_db.fail(q);
        }
    } else {
        // value is "<until> <owner>": the row is taken when it is missing,
        // its lease has passed, or it is this owner's already.
        q.prepare(QStringLiteral(
            "INSERT INTO store_state (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value "
            "WHERE CAST(substr(store_state.value, 1, instr(store_state.value, ' ') - 1)"
            " AS INTEGER) < ? "
            "OR substr(store_state.value, instr(store_state.value, ' ') + 1) = ?"));
        q.addBindValue(stateKey(m_scope));
        q.addBindValue(QStringLiteral("%1 %2").arg(nowMs + leaseMs).arg(m_owner));
        q.addBindValue(nowMs);
        q.addBindValue(m_owner);
        if (!q.exec()) {
            m_db.fail(q);
            m_held = false;
        } else {
            m_held = q.numRowsAffected() > 0;
        }
    }
    if (m_held != wasHeld)
        qCInfo(lcStore) << (m_held ? "this client pulls the receipts"
                                   : "another client pulls the receipts")
                        << "as" << m_owner;
    return m_held;
}

void ReceiptPullerLock::release()
{
    if (!m_held)
        return;
    m_held = false;
    if (!m_db.isOpen())
        return;
    QSqlQuery q(m_db.connection());
    if (m_db.engine() == Engine::Postgres) {
        q.prepare(QStringLiteral("SELECT pg_advisory_unlock(?)"));
        q.addBindValue(key(m_scope));
    } else {
        q.prepare(QStringLiteral("DELETE FROM store_state WHERE key = ?"
                                 " AND substr(value, instr(value, ' ') + 1) = ?"));
        q.addBindValue(stateKey(m_scope));
        q.addBindValue(m_owner);
    }
    if (!q.exec())
        m_db.fail(q);
    qCInfo(lcStore) << "receipt puller lock released by" << m_owner;
}

} // namespace sms::store
