// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestStore.h"

#include "PostgresServer.h"

#include <QCoreApplication>
#include <QTest>

#include <memory>

namespace {
// One server per test process: starting a cluster takes seconds, a database
// on it milliseconds.
std::unique_ptr<PostgresServer> &server()
{
    static std::unique_ptr<PostgresServer> instance;
    return instance;
}

PostgresServer *runningServer(QString *problem)
{
    std::unique_ptr<PostgresServer> &s = server();
    if (!s) {
        s = std::make_unique<PostgresServer>();
        s->start();
        // Stopped while the application still exists (it runs pg_ctl).
        qAddPostRoutine([] { server().reset(); });
    }
    if (!s->isRunning()) {
        *problem = s->problem().isEmpty() ? QStringLiteral("the PostgreSQL server is not running")
                                          : s->problem();
        return nullptr;
    }
    return s.get();
}
} // namespace

TestStore::TestStore() = default;

bool TestStore::postgresRequested()
{
    return qEnvironmentVariable("SMS_TEST_STORE")
               .compare(QLatin1String("postgres"), Qt::CaseInsensitive)
        == 0;
}

sms::store::Engine TestStore::engine() const
{
    return postgresRequested() ? sms::store::Engine::Postgres : sms::store::Engine::Sqlite;
}

bool TestStore::isAvailable()
{
    if (!m_dir.isValid()) {
        m_problem = QStringLiteral("no temporary folder");
        return false;
    }
    return !postgresRequested() || runningServer(&m_problem) != nullptr;
}

sms::store::StoreLocation TestStore::location(const QString &name)
{
    const QString key = QString::fromLatin1(QTest::currentTestFunction()) + u'/'
        + QString::fromUtf8(QTest::currentDataTag()) + u'/' + name;
    if (const auto it = m_locations.constFind(key); it != m_locations.cend())
        return *it;
    sms::store::StoreLocation location;
    if (!postgresRequested()) {
        location = sms::store::StoreLocation::sqlite(
            m_dir.filePath(QStringLiteral("%1-%2").arg(m_locations.size()).arg(name)));
    } else if (PostgresServer *s = runningServer(&m_problem)) {
        static int databases = 0;
        location = s->createDatabase(QStringLiteral("store%1").arg(++databases));
        if (!s->problem().isEmpty())
            m_problem = s->problem();
    }
    m_locations.insert(key, location);
    return location;
}
