// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace sms::store {

// The database engines the store runs on.
enum class Engine {
    Sqlite, // one file per profile on this computer: the zero-setup default
    Postgres, // a server database a team shares
};

// Where a profile's store lives: an SQLite file, or a PostgreSQL database
// named by a libpq-style URL such as
//   postgresql://operator@db.example.com:5432/sms?sslmode=verify-full
//   postgresql://postgres@/sms?host=/run/postgresql   (a Unix socket folder)
// The password never appears in the URL a profile stores: it is kept in the
// keychain like the API keys and handed in as password at open time.
struct StoreLocation
{
    Q_DECLARE_TR_FUNCTIONS(sms::store::StoreLocation)

public:
    Engine engine = Engine::Sqlite;
    QString path; // SQLite: the file
    // PostgreSQL:
    QString host; // a name, an address, or a folder holding the server's socket
    int port = 5432;
    QString user;
    QString database;
    // libpq's sslmode: disable, allow, prefer (libpq's default), require,
    // verify-ca, verify-full. Empty: libpq's default.
    QString sslMode;
    QString password; // never stored with the URL

    static StoreLocation sqlite(const QString &path);
    // A postgresql:// (or postgres://) URL. Nothing with *error set when the
    // text is not one: an unknown scheme, a password written into it, no
    // database name, an unknown sslmode, a port out of range. The reason is
    // translated, a lower-case clause without a full stop: the profile
    // dialog and smsctl put it into a sentence of their own.
    static std::optional<StoreLocation> fromUrl(const QString &url, QString *error = nullptr);

    bool isShared() const { return engine == Engine::Postgres; }
    // The URL again (never with a password), or the file's path for SQLite.
    QString url() const;
    // Short, for the status bar and logs: user@host/database or the path.
    QString displayName() const;
};

} // namespace sms::store
