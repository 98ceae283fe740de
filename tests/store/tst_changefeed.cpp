// SPDX-License-Identifier: GPL-3.0-or-later
#include "PostgresServer.h"
#include "store/ChangeFeed.h"
#include "store/Database.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using sms::store::ChangeFeed;
using sms::store::Database;
using sms::store::StoreLocation;

namespace {
bool write(Database &db, const QString &key)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO store_state (key, value) VALUES (?, 'x')"));
    q.addBindValue(key);
    return q.exec();
}
} // namespace

// A store's clients learn that another one wrote: PRAGMA data_version on an
// SQLite file, LISTEN/NOTIFY on PostgreSQL, at most one report per interval.
class tst_ChangeFeed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sqliteSeesAnotherConnectionsCommit()
    {
        QTemporaryDir dir;
        const StoreLocation location
            = StoreLocation::sqlite(dir.filePath(QStringLiteral("s.sqlite")));
        Database writer;
        QVERIFY(writer.open(location));
        ChangeFeed feed(location);
        feed.setPollInterval(20);
        feed.setCoalesceInterval(200);
        QString error;
        QVERIFY2(feed.start(&error), qPrintable(error));
        QVERIFY(feed.isRunning());
        QSignalSpy changed(&feed, &ChangeFeed::changed);

        // Three commits in a row: one report.
        QVERIFY(write(writer, QStringLiteral("a")));
        QVERIFY(write(writer, QStringLiteral("b")));
        QVERIFY(write(writer, QStringLiteral("c")));
        QVERIFY(changed.wait(10000));
        QCOMPARE(changed.size(), 1);
        QVERIFY(changed.first().first().toStringList().isEmpty()); // SQLite has no topics

        // Nothing written, nothing reported, however many polls pass.
        QVERIFY(!changed.wait(400));
        QCOMPARE(changed.size(), 1);

        // A second writer (another process would be the same) is seen too.
        Database other;
        QVERIFY(other.open(location));
        QVERIFY(write(other, QStringLiteral("d")));
        QVERIFY(changed.wait(10000));
        QCOMPARE(changed.size(), 2);

        // Stopped: silent.
        feed.stop();
        QVERIFY(!feed.isRunning());
        QVERIFY(write(writer, QStringLiteral("e")));
        QVERIFY(!changed.wait(300));
        QCOMPARE(changed.size(), 2);
        // notify() is a no-op on SQLite: the readers poll.
        ChangeFeed::notify(writer, QString::fromLatin1(ChangeFeed::ReceiptsTopic));
    }

    void aStoreThatCannotBeOpenedDoesNotStart()
    {
        QTemporaryDir dir;
        // A folder where the file should be.
        ChangeFeed feed(StoreLocation::sqlite(dir.path()));
        QString error;
        QVERIFY(!feed.start(&error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!feed.isRunning());
    }

    void postgresListensForTopics()
    {
        PostgresServer server;
        if (!server.start())
            QSKIP(qPrintable(server.problem()));
        const StoreLocation location = server.createDatabase(QStringLiteral("feed"));
        Database writer;
        QString error;
        QVERIFY2(writer.open(location, &error), qPrintable(error));

        ChangeFeed feed(location);
        feed.setCoalesceInterval(200);
        QVERIFY2(feed.start(&error), qPrintable(error));
        QSignalSpy changed(&feed, &ChangeFeed::changed);

        // Inside a transaction the message waits for the commit.
        QVERIFY(writer.transaction([&] {
            ChangeFeed::notify(writer, QString::fromLatin1(ChangeFeed::ReceiptsTopic));
            ChangeFeed::notify(writer, QString::fromLatin1(ChangeFeed::BatchTopic));
            ChangeFeed::notify(writer, QString::fromLatin1(ChangeFeed::ReceiptsTopic));
            return true;
        }));
        QVERIFY(changed.wait(10000));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toStringList(),
                 (QStringList {QStringLiteral("receipts"), QStringLiteral("batch")}));

        // A rolled-back transaction says nothing.
        QVERIFY(!writer.transaction([&] {
            ChangeFeed::notify(writer, QString::fromLatin1(ChangeFeed::OptOutTopic));
            return false;
        }));
        QVERIFY(!changed.wait(500));
        QCOMPARE(changed.size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_ChangeFeed)
#include "tst_changefeed.moc"
