// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/StoreLocation.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

// A throwaway PostgreSQL server for tests and benchmarks: a cluster made with
// initdb in a temporary folder, started with pg_ctl on a Unix socket in that
// folder (no TCP port is opened), stopped and removed with the object.
// Debian's server binaries are looked for in /usr/lib/postgresql/<n>/bin, or
// in $SMS_TEST_PG_BIN. initdb refuses to run as root, so a root test runs the
// server as the postgres user.
//
// Authentication is "trust" on the socket: only this machine's processes
// reach it, for as long as the test runs.
class PostgresServer
{
public:
    PostgresServer();
    ~PostgresServer();
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;

    // Creates and starts the cluster. False with problem() set when the
    // binaries are missing or the server does not come up.
    bool start();
    // Stops the server (fast shutdown: open connections are cut), keeping
    // the cluster, so that start() brings the same data back: the database
    // going away mid-work.
    bool stop();
    bool isRunning() const { return m_running; }
    QString problem() const { return m_problem; }

    // Creates an empty database and returns where it is.
    sms::store::StoreLocation createDatabase(const QString &name);
    // A database by name on this server (need not exist).
    sms::store::StoreLocation location(const QString &name) const;

    QString socketDirectory() const;
    int port() const { return m_port; }
    QString superUser() const { return m_user; }
    QString binDirectory() const { return m_bin; }

    // Where the binaries are, or an empty string (and why) when not found.
    static QString findBinDirectory(QString *why = nullptr);

private:
    bool run(const QString &program, const QStringList &arguments, int timeoutMs = 60000);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_bin;
    QString m_user;
    QString m_problem;
    int m_port = 0;
    bool m_asPostgresUser = false;
    bool m_initialized = false;
    bool m_running = false;
};
