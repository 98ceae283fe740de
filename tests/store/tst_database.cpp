// SPDX-License-Identifier: GPL-3.0-or-later
// The store's database on its engine (an SQLite file, or PostgreSQL as
// tst_database_pg): the schema made on an empty store, an old PostgreSQL
// database brought up to date with its data kept, two clients opening an
// empty store at the same moment (the migration runs once), a server that
// goes away mid-work and comes back, and a long query cancelled on the server.

#include "PostgresServer.h"
#include "TestStore.h"
#include "store/CampaignJournal.h"
#include "store/Database.h"
#include "store/QueryCanceller.h"
#include "store/Statement.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <atomic>
#include <thread>

using namespace sms;

namespace {
store::CampaignRecord campaignRecord(const QString &name)
{
    store::CampaignRecord c;
    c.name = name;
    c.signName = QStringLiteral("沙盒科技");
    c.templateId = QStringLiteral("200001");
    c.appId = QStringLiteral("1400000001");
    return c;
}

QStringList tables(store::Database &db)
{
    const QString sql = db.engine() == store::Engine::Postgres
        ? QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                         "current_schema() ORDER BY 1")
        : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY 1");
    QSqlQuery q(db.connection());
    QStringList names;
    if (q.exec(sql)) {
        while (q.next())
            names.append(q.value(0).toString());
    }
    return names;
}
} // namespace

class tst_Database : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { SMS_REQUIRE_TEST_STORE(m_store); }

    void anEmptyStoreGetsTheWholeSchema()
    {
        store::Database db;
        QString error;
        QVERIFY2(db.open(m_store.location(QStringLiteral("empty.sqlite")), &error),
                 qPrintable(error));
        QCOMPARE(db.engine(), m_store.engine());
        QCOMPARE(db.schemaVersion(), store::Database::latestVersion());
        const QStringList names = tables(db);
        for (const char *table : {"campaigns", "batches", "recipients", "receipts", "replies",
                                  "opt_out", "store_state", "runs"})
            QVERIFY2(names.contains(QLatin1String(table)), table);
        // Both engines spell every step.
        for (int version = 1; version <= store::Database::latestVersion(); ++version) {
            QVERIFY(
                !store::Database::migrationStatements(version, store::Engine::Sqlite).isEmpty());
            QVERIFY(
                !store::Database::migrationStatements(version, store::Engine::Postgres).isEmpty());
        }
        // Times in milliseconds since the epoch need 64 bits.
        store::CampaignJournal journal(db);
        store::CampaignRecord record = campaignRecord(QStringLiteral("far"));
        record.startAt = QDateTime::fromMSecsSinceEpoch(4'102'444'800'000); // 2100
        const qint64 id = journal.createCampaign(record);
        QVERIFY(id > 0);
        QCOMPARE(journal.campaign(id)->startAt, record.startAt);
    }

    void anOldPostgresDatabaseIsBroughtUpToDate()
    {
        if (m_store.engine() != store::Engine::Postgres)
            QSKIP("PostgreSQL only (database_pg); an old SQLite file is tst_historyjournal's");
        const store::StoreLocation location = m_store.location(QStringLiteral("old"));
        {
            // Schema 2 as a build of that time left it, with a campaign sent.
            QSqlDatabase old
                = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("old"));
            old.setHostName(location.host);
            old.setPort(location.port);
            old.setUserName(location.user);
            old.setDatabaseName(location.database);
            QVERIFY(old.open());
            QSqlQuery q(old);
            QStringList statements
                = store::Database::migrationStatements(1, store::Engine::Postgres)
                + store::Database::migrationStatements(2, store::Engine::Postgres);
            statements += {
                QStringLiteral("CREATE TABLE schema_version (version BIGINT NOT NULL)"),
                QStringLiteral("INSERT INTO schema_version VALUES (2)"),
                QStringLiteral("INSERT INTO campaigns (name, created, sign_name, template_id, "
                               "app_id, state) VALUES ('old', 1700000000000, '沙盒科技', '1001', "
                               "'1400000001', 5)"),
                QStringLiteral("INSERT INTO batches (campaign_id, action, state, size, "
                               "request_id, started, finished, code) VALUES (1, 'SendSms', 2, "
                               "1, 'req-1', 1700000100000, 1700000100500, 'Ok')"),
                QStringLiteral("INSERT INTO recipients (campaign_id, source_row, input, phone, "
                               "market, state, batch_id, serial_no, fee, code, sent_at) VALUES "
                               "(1, 2, '13800000001', '+8613800000001', 0, 2, 1, 'S-1', 1, "
                               "'Ok', 1700000100000)"),
                QStringLiteral("INSERT INTO recipients (campaign_id, source_row, input, phone, "
                               "market, state) VALUES (1, 3, '13800000002', '+8613800000002', "
                               "0, 0)"),
                QStringLiteral("INSERT INTO opt_out (phone, since) VALUES ('+8613800000009', 1)"),
            };
            for (const QString &statement : std::as_const(statements))
                QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
            q = QSqlQuery();
            old.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));

        store::Database db;
        QString error;
        QVERIFY2(db.open(location, &error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), store::Database::latestVersion());
        store::CampaignJournal journal(db);
        const auto campaign = journal.campaign(1);
        QVERIFY(campaign);
        QCOMPARE(campaign->name, QStringLiteral("old"));
        QCOMPARE(journal.counts(1).accepted, 1);
        QCOMPARE(journal.counts(1).queued, 1);
        // Later steps' columns and tables are there, and new rows get new ids.
        QVERIFY(tables(db).contains(QLatin1String("runs")));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT removed_at, removal_note FROM opt_out")) && q.next());
        QVERIFY(q.value(0).isNull());
        QCOMPARE(journal.createCampaign(campaignRecord(QStringLiteral("new"))), 2);
    }

    // Two clients on an empty store at the same moment: one migrates, the
    // other waits for it and finds the schema made; neither fails (a step
    // run twice would: its tables would be there already).
    void twoClientsOpenAnEmptyStoreAtOnce()
    {
        for (int round = 0; round < 5; ++round) {
            const store::StoreLocation location
                = m_store.location(QStringLiteral("both-%1.sqlite").arg(round));
            std::atomic<int> ready = 0;
            QString errors[2];
            int versions[2] = {-1, -1};
            auto client = [&](int i) {
                store::Database db;
                ++ready;
                while (ready.load() < 2) { } // the same moment, as far as can be
                if (db.open(location, &errors[i]))
                    versions[i] = db.schemaVersion();
            };
            std::thread first(client, 0);
            std::thread second(client, 1);
            first.join();
            second.join();
            for (int i = 0; i < 2; ++i) {
                QVERIFY2(errors[i].isEmpty(), qPrintable(errors[i]));
                QCOMPARE(versions[i], store::Database::latestVersion());
            }
        }
    }

    // The server stopped mid-work: the next statement fails and says the
    // connection is lost; once the server is back, reopen() carries on with
    // everything committed before.
    void aLostConnectionIsSaidAndReopened()
    {
        if (m_store.engine() != store::Engine::Postgres)
            QSKIP("PostgreSQL only (database_pg): an SQLite file has no connection to lose");
        PostgresServer server;
        QVERIFY2(server.start(), qPrintable(server.problem()));
        const store::StoreLocation location = server.createDatabase(QStringLiteral("lost"));
        store::Database db;
        QString error;
        QVERIFY2(db.open(location, &error), qPrintable(error));
        store::CampaignJournal journal(db);
        const qint64 id = journal.createCampaign(campaignRecord(QStringLiteral("kept")));
        QVERIFY(id > 0);
        QVERIFY(!db.connectionLost());

        QVERIFY2(server.stop(), qPrintable(server.problem()));
        QCOMPARE(journal.createCampaign(campaignRecord(QStringLiteral("lost"))), 0);
        QVERIFY2(db.connectionLost(), qPrintable(db.lastError()));
        // A prepared statement and a transaction say so too.
        QVERIFY(!db.transaction([&] { return journal.addRecipients(id, {}); }));
        QVERIFY(db.connectionLost());
        QVERIFY(!db.reopen());

        QVERIFY2(server.start(), qPrintable(server.problem()));
        QVERIFY2(db.reopen(&error), qPrintable(error));
        QVERIFY(!db.connectionLost());
        QCOMPARE(journal.campaigns().size(), 1);
        QCOMPARE(journal.campaigns().first().name, QStringLiteral("kept"));
        QVERIFY(journal.createCampaign(campaignRecord(QStringLiteral("after"))) > id);
    }

    // A query asked to stop stops on the server, not after it finished.
    void aLongQueryIsCancelled()
    {
        store::Database db;
        QVERIFY(db.open(m_store.location(QStringLiteral("cancel.sqlite"))));
        // Long on either engine: a minute's sleep, or a count to a billion.
        store::Statement slow(db,
                              db.engine() == store::Engine::Postgres
                                  ? "SELECT pg_sleep(60)"
                                  : "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM "
                                    "n WHERE i < 1000000000) SELECT count(*) FROM n");
        QVERIFY(slow.isValid());
        std::atomic<int> asked = 0;
        {
            // Says "stop" from its second question on, once the query runs.
            const store::QueryCanceller canceller(db, [&] { return ++asked > 1; });
            QVERIFY(!slow.next());
        }
        QVERIFY(!slow.ok());
        QVERIFY(asked > 1);
        QVERIFY2(!db.connectionLost(), qPrintable(db.lastError()));
        // The connection works on.
        store::Statement one(db, "SELECT 1");
        QVERIFY(one.next());
        QCOMPARE(one.int64(0), 1);
    }

private:
    TestStore m_store;
};

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"
