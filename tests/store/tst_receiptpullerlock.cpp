// SPDX-License-Identifier: GPL-3.0-or-later
#include "PostgresServer.h"
#include "store/Database.h"
#include "store/ReceiptPullerLock.h"

#include <QTemporaryDir>
#include <QTest>

using sms::store::Database;
using sms::store::ReceiptPullerLock;
using sms::store::StoreLocation;

// One client of a store pulls the queue-style receipts: the others wait and
// take over when it stops, or (SQLite) when its lease runs out.
class tst_ReceiptPullerLock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sqliteLease()
    {
        QTemporaryDir dir;
        const StoreLocation location
            = StoreLocation::sqlite(dir.filePath(QStringLiteral("s.sqlite")));
        Database first;
        Database second;
        QVERIFY(first.open(location));
        QVERIFY(second.open(location));
        auto a = std::make_unique<ReceiptPullerLock>(first, QString(), QStringLiteral("host-a:1"));
        ReceiptPullerLock b(second, QString(), QStringLiteral("host b:2")); // an owner with a space

        const qint64 t0 = 1'000'000;
        QVERIFY(a->tryAcquire(t0, 60'000));
        QVERIFY(a->isHeld());
        QVERIFY(!b.tryAcquire(t0 + 1'000, 60'000));
        // The holder renews; the other still waits past the first lease's end.
        QVERIFY(a->tryAcquire(t0 + 50'000, 60'000));
        QVERIFY(!b.tryAcquire(t0 + 70'000, 60'000));
        QVERIFY(!b.isHeld());

        // A holder that stops hands over at the other's next try.
        a.reset();
        QVERIFY(b.tryAcquire(t0 + 71'000, 60'000));
        a = std::make_unique<ReceiptPullerLock>(first, QString(), QStringLiteral("host-a:1"));
        QVERIFY(!a->tryAcquire(t0 + 72'000, 60'000));

        // A holder that died (no release, no renewal) loses it when its lease ends.
        QVERIFY(!a->tryAcquire(t0 + 71'000 + 60'000, 60'000)); // exactly at the end: still b's
        QVERIFY(a->tryAcquire(t0 + 71'000 + 60'001, 60'000));
        QVERIFY(!b.tryAcquire(t0 + 71'000 + 60'002, 60'000));
        QVERIFY(!b.isHeld());
        // b's release must not free a's lock.
        b.release();
        QVERIFY(!b.tryAcquire(t0 + 71'000 + 60'003, 60'000));

        // Another application's queue is another lock; two locks of one
        // process are two clients.
        ReceiptPullerLock other(second, QStringLiteral("1400000002"));
        QVERIFY(other.tryAcquire(t0, 60'000));
        ReceiptPullerLock again(first, QStringLiteral("1400000002"));
        QVERIFY(again.owner() != other.owner());
        QVERIFY(!again.tryAcquire(t0, 60'000));
    }

    void postgresAdvisoryLock()
    {
        PostgresServer server;
        if (!server.start())
            QSKIP(qPrintable(server.problem()));
        const StoreLocation location = server.createDatabase(QStringLiteral("puller"));
        auto first = std::make_unique<Database>();
        QString error;
        QVERIFY2(first->open(location, &error), qPrintable(error));
        Database second;
        QVERIFY2(second.open(location, &error), qPrintable(error));

        auto a = std::make_unique<ReceiptPullerLock>(*first, QStringLiteral("1400000001"));
        ReceiptPullerLock b(second, QStringLiteral("1400000001"));
        ReceiptPullerLock elsewhere(second, QStringLiteral("1400000002"));
        QVERIFY(a->tryAcquire(0));
        QVERIFY(a->tryAcquire(1)); // kept, not taken twice
        QVERIFY(!b.tryAcquire(2));
        QVERIFY(elsewhere.tryAcquire(2)); // another application's queue
        a->release();
        QVERIFY(b.tryAcquire(3));
        QVERIFY(!a->tryAcquire(4));
        b.release();
        QVERIFY(a->tryAcquire(5));
        // The server frees the lock of a connection that went away, whatever
        // happened to its client.
        a.reset(); // releases; the connection closing would too
        QVERIFY(b.tryAcquire(6));
        ReceiptPullerLock c(*first, QStringLiteral("1400000001"));
        QVERIFY(!c.tryAcquire(7));
        second.close();
        QVERIFY(!b.tryAcquire(8));
        QVERIFY(c.tryAcquire(9));
    }
};

QTEST_GUILESS_MAIN(tst_ReceiptPullerLock)
#include "tst_receiptpullerlock.moc"
