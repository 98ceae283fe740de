// SPDX-License-Identifier: GPL-3.0-or-later
#include "Localization.h"
#include "PostgresServer.h"
#include "store/StoreLocation.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using sms::store::Engine;
using sms::store::StoreLocation;

// What a profile's "shared store" URL may say, and the throwaway PostgreSQL
// server the shared store's tests run against.
class tst_StoreLocation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { sms::Localization::install(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void readsAUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("sslMode");
        QTest::newRow("full") << "postgresql://ops@db.example.com:6432/sms?sslmode=verify-full"
                              << "db.example.com" << 6432 << "ops"
                              << "sms"
                              << "verify-full";
        QTest::newRow("defaults") << "postgres://db/sms"
                                  << "db" << 5432 << ""
                                  << "sms"
                                  << "";
        QTest::newRow("socket") << "postgresql://postgres@/team?host=/run/postgresql"
                                << "/run/postgresql" << 5432 << "postgres"
                                << "team"
                                << "";
        QTest::newRow("encoded socket") << "postgresql://%2Fvar%2Frun%2Fpg:5433/x"
                                        << "/var/run/pg" << 5433 << ""
                                        << "x"
                                        << "";
        QTest::newRow("no host") << "postgresql:///sms"
                                 << "localhost" << 5432 << ""
                                 << "sms"
                                 << "";
    }

    void readsAUrl()
    {
        QFETCH(QString, url);
        QString error;
        const auto location = StoreLocation::fromUrl(url, &error);
        QVERIFY2(location, qPrintable(error));
        QCOMPARE(location->engine, Engine::Postgres);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, user);
        QFETCH(QString, database);
        QFETCH(QString, sslMode);
        QCOMPARE(location->host, host);
        QCOMPARE(location->port, port);
        QCOMPARE(location->user, user);
        QCOMPARE(location->database, database);
        QCOMPARE(location->sslMode, sslMode);
        // What a profile stores reads back the same.
        const auto again = StoreLocation::fromUrl(location->url(), &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->host, host);
        QCOMPARE(again->port, port);
        QCOMPARE(again->database, database);
        QCOMPARE(again->sslMode, sslMode);
    }

    void refusesWhatIsNotAStore_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("password") << "postgresql://ops:hunter2@db/sms";
        QTest::newRow("password parameter") << "postgresql://db/sms?password=hunter2";
        QTest::newRow("other scheme") << "mysql://db/sms";
        QTest::newRow("no database") << "postgresql://db";
        QTest::newRow("bad sslmode") << "postgresql://db/sms?sslmode=always";
        QTest::newRow("unknown parameter") << "postgresql://db/sms?ssl=true";
        QTest::newRow("not a url") << "just words";
    }

    void refusesWhatIsNotAStore()
    {
        QFETCH(QString, url);
        QString error;
        QVERIFY(!StoreLocation::fromUrl(url, &error));
        QVERIFY(!error.isEmpty());
        // The refusal never repeats a password it was given.
        QVERIFY(!error.contains(QLatin1String("hunter2")));

        // The profile dialog and smsctl show the reason inside a sentence
        // of their own: it comes in the interface's language.
        QCOMPARE(sms::Localization::install(QLocale(QLocale::Chinese, QLocale::China)),
                 QStringLiteral("zh_CN"));
        QString chinese;
        QVERIFY(!StoreLocation::fromUrl(url, &chinese));
        QVERIFY2(chinese != error
                     && chinese.contains(QRegularExpression(QStringLiteral("\\p{Han}"))),
                 qPrintable(chinese));
        QVERIFY(!chinese.contains(QLatin1String("hunter2")));
    }

    void theTestServerStartsStopsAndKeepsItsData()
    {
        PostgresServer server;
        if (!server.start())
            QSKIP(qPrintable(server.problem()));
        const StoreLocation location = server.createDatabase(QStringLiteral("kept"));
        QVERIFY2(server.problem().isEmpty(), qPrintable(server.problem()));
        auto write = [&](const QString &sql) {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("t"));
            db.setHostName(location.host);
            db.setPort(location.port);
            db.setUserName(location.user);
            db.setDatabaseName(location.database);
            bool ok = db.open();
            QSqlQuery q(db);
            ok = ok && q.exec(sql);
            QString value = ok && q.next() ? q.value(0).toString() : QString();
            q = QSqlQuery();
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("t"));
            return ok ? value : QStringLiteral("failed");
        };
        QCOMPARE(write(QStringLiteral("CREATE TABLE t (v TEXT)")), QString());
        QCOMPARE(write(QStringLiteral("INSERT INTO t VALUES ('still here') RETURNING v")),
                 QStringLiteral("still here"));
        QVERIFY2(server.stop(), qPrintable(server.problem()));
        QCOMPARE(write(QStringLiteral("SELECT v FROM t")), QStringLiteral("failed"));
        QVERIFY2(server.start(), qPrintable(server.problem()));
        QCOMPARE(write(QStringLiteral("SELECT v FROM t")), QStringLiteral("still here"));
    }
};

QTEST_GUILESS_MAIN(tst_StoreLocation)
#include "tst_storelocation.moc"
