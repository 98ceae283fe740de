// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/StoreLocation.h"

#include <QObject>
#include <QSqlDriver>
#include <QStringList>

#include <memory>

class QTimer;

namespace sms::store {

class Database;

// Tells a client that something was written to its store, by this process
// or another one, so that the views (history, statistics, the campaign
// list) load again instead of waiting for the operator.
//
// PostgreSQL: the feed's own connection LISTENs on channel(); writers send
// notify(database, topic) after the commits that matter (receipts stored, a
// batch finished, the opt-out list changed), and the server hands the topic
// to every listener once the writer's transaction commits.
// SQLite: no messages between processes; the feed's own connection reads
// PRAGMA data_version every pollInterval, which changes when another
// connection committed to the file. Those changes come without a topic.
//
// What arrives within coalesceMs of the first change is reported once
// (changed() with the topics seen, empty ones left out): a team's busy
// store does not make every client reload several times a second.
//
// Lives in the thread that made it.
class ChangeFeed : public QObject
{
    Q_OBJECT

public:
    // What writers name in notify(); listeners may ignore them.
    static constexpr auto ReceiptsTopic = "receipts";
    static constexpr auto BatchTopic = "batch";
    static constexpr auto OptOutTopic = "opt_out";
    static constexpr auto CampaignTopic = "campaign";

    explicit ChangeFeed(const StoreLocation &location, QObject *parent = nullptr);
    ~ChangeFeed() override;

    // Opens the feed's connection and starts listening (PostgreSQL) or
    // polling (SQLite). False with *error set when the store cannot be
    // opened; the feed then reports nothing.
    bool start(QString *error = nullptr);
    void stop();
    bool isRunning() const;
    StoreLocation location() const { return m_location; }

    void setPollInterval(int ms);
    int pollInterval() const { return m_pollMs; }
    void setCoalesceInterval(int ms);

    // Says "topic was written" to every feed on the store: pg_notify on
    // PostgreSQL (delivered when the surrounding transaction commits, at
    // once outside one); nothing on SQLite, where the readers poll. A
    // failure is logged and otherwise ignored: the write itself stands.
    static void notify(Database &database, const QString &topic);
    // The PostgreSQL channel.
    static QString channel();

Q_SIGNALS:
    // At most once per coalescing interval.
    void changed(const QStringList &topics);

private:
    void poll();
    void onNotification(const QString &name, QSqlDriver::NotificationSource source,
                        const QVariant &payload);
    void note(const QString &topic);

    StoreLocation m_location;
    std::unique_ptr<Database> m_db;
    QTimer *m_pollTimer = nullptr;
    QTimer *m_coalesceTimer = nullptr;
    QStringList m_pending;
    bool m_changePending = false;
    qint64 m_dataVersion = -1;
    int m_pollMs = 2000;
};

} // namespace sms::store
