// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ChangeFeed.h"

#include "Logging.h"
#include "store/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QVariant>

#include <utility>

namespace sms::store {

ChangeFeed::ChangeFeed(const StoreLocation &location, QObject *parent)
    : QObject(parent)
    , m_location(location)
    , m_pollTimer(new QTimer(this))
    , m_coalesceTimer(new QTimer(this))
{
    m_pollTimer->setInterval(m_pollMs);
    connect(m_pollTimer, &QTimer::timeout, this, &ChangeFeed::poll);
    m_coalesceTimer->setSingleShot(true);
    m_coalesceTimer->setInterval(1000);
    connect(m_coalesceTimer, &QTimer::timeout, this, [this] {
        if (!m_changePending)
            return;
        m_changePending = false;
        const QStringList topics = std::exchange(m_pending, {});
        Q_EMIT changed(topics);
    });
}

ChangeFeed::~ChangeFeed()
{
    stop();
}

QString ChangeFeed::channel()
{
    return QStringLiteral("sms_store_changes");
}

bool ChangeFeed::start(QString *error)
{
    stop();
    m_db = std::make_unique<Database>();
    QString problem;
    if (!m_db->open(m_location, &problem)) {
        qCInfo(lcStore) << "change feed on" << m_location.displayName()
                        << "cannot start:" << problem;
        m_db.reset();
        if (error)
            *error = problem;
        return false;
    }
    if (m_db->engine() == Engine::Postgres) {
        QSqlDriver *driver = m_db->connection().driver();
        if (!driver->subscribeToNotification(channel())) {
            problem = m_db->connection().lastError().text();
            m_db.reset();
            if (error)
                *error = problem;
            return false;
        }
        connect(driver, &QSqlDriver::notification, this, &ChangeFeed::onNotification);
    } else {
        m_dataVersion = -1;
        poll(); // the version to compare with
        m_pollTimer->start();
    }
    return true;
}

void ChangeFeed::stop()
{
    m_pollTimer->stop();
    m_coalesceTimer->stop();
    m_pending.clear();
    m_changePending = false;
    if (m_db && m_db->isOpen() && m_db->engine() == Engine::Postgres) {
        QSqlDriver *driver = m_db->connection().driver();
        disconnect(driver, nullptr, this, nullptr);
        driver->unsubscribeFromNotification(channel());
    }
    m_db.reset();
}

bool ChangeFeed::isRunning() const
{
    return m_db != nullptr;
}

void ChangeFeed::setPollInterval(int ms)
{
    m_pollMs = ms;
    m_pollTimer->setInterval(ms);
}

void ChangeFeed::setCoalesceInterval(int ms)
{
    m_coalesceTimer->setInterval(ms);
}

void ChangeFeed::poll()
{
    if (!m_db)
        return;
    // data_version is this connection's view: it moves when any other
    // connection (of this process or another) committed to the file.
    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return;
    const qint64 version = q.value(0).toLongLong();
    const bool moved = m_dataVersion >= 0 && version != m_dataVersion;
    m_dataVersion = version;
    if (moved)
        note({});
}

void ChangeFeed::onNotification(const QString &name, QSqlDriver::NotificationSource,
                                const QVariant &payload)
{
    if (name == channel())
        note(payload.toString());
}

void ChangeFeed::note(const QString &topic)
{
    if (!topic.isEmpty() && !m_pending.contains(topic))
        m_pending.append(topic);
    m_changePending = true;
    if (!m_coalesceTimer->isActive())
        m_coalesceTimer->start();
}

void ChangeFeed::notify(Database &database, const QString &topic)
{
    if (database.engine() != Engine::Postgres || !database.isOpen())
        return;
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT pg_notify(?, ?)"));
    q.addBindValue(channel());
    q.addBindValue(topic);
    if (!q.exec())
        qCInfo(lcStore) << "could not announce a change of" << topic << "on"
                        << database.location().displayName();
}

} // namespace sms::store
