// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/StoreProbe.h"

#include "store/Database.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace sms::store {

namespace {
StoreProbe::Result examine(QSqlDatabase &db, bool postgres)
{
    StoreProbe::Result result;
    QSqlQuery q(db);
    if (postgres) {
        if (q.exec(QStringLiteral("SHOW server_version")) && q.next())
            result.serverVersion = q.value(0).toString();
        // The store keeps its version in a table of its own; without it
        // (and without the first step's tables) the database is empty.
        if (!q.exec(QStringLiteral("SELECT to_regclass('schema_version') IS NOT NULL, "
                                   "to_regclass('campaigns') IS NOT NULL"))
            || !q.next()) {
            result.error = q.lastError().text();
            return result;
        }
        const bool versioned = q.value(0).toBool();
        if (!versioned && !q.value(1).toBool()) {
            result.outcome = StoreProbe::Outcome::Empty;
            return result;
        }
        result.outcome = StoreProbe::Outcome::Found;
        if (versioned && q.exec(QStringLiteral("SELECT max(version) FROM schema_version"))
            && q.next())
            result.schemaVersion = q.value(0).toInt();
    } else {
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
            result.error = q.lastError().text();
            return result;
        }
        result.schemaVersion = q.value(0).toInt();
        result.outcome
            = result.schemaVersion == 0 ? StoreProbe::Outcome::Empty : StoreProbe::Outcome::Found;
    }
    if (result.schemaVersion > Database::latestVersion())
        result.outcome = StoreProbe::Outcome::Newer;
    return result;
}
} // namespace

StoreProbe::Result StoreProbe::probe(const StoreLocation &location)
{
    static QAtomicInteger<int> probes;
    const QString name = QStringLiteral("sms.store.probe.%1").arg(probes.fetchAndAddRelaxed(1));
    Result result;
    if (!location.isShared() && !QFileInfo::exists(location.path)) {
        result.outcome = Outcome::Empty;
        return result;
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(
            location.isShared() ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), name);
        if (location.isShared()) {
            db.setHostName(location.host);
            db.setPort(location.port);
            db.setUserName(location.user);
            db.setDatabaseName(location.database);
            db.setPassword(location.password);
            QStringList options {QStringLiteral("connect_timeout=10")};
            if (!location.sslMode.isEmpty())
                options.append(QStringLiteral("sslmode=") + location.sslMode);
            db.setConnectOptions(options.join(u';'));
        } else {
            db.setDatabaseName(location.path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        }
        if (!db.open())
            result.error = db.lastError().text();
        else
            result = examine(db, location.isShared());
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace sms::store
