// SPDX-License-Identifier: GPL-3.0-or-later
#include "PostgresServer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTcpServer>
#include <QThread>
#include <QUuid>

#include <pwd.h>
#include <sys/types.h>
#include <unistd.h>

PostgresServer::PostgresServer() = default;

PostgresServer::~PostgresServer()
{
    if (m_running)
        stop();
}

QString PostgresServer::findBinDirectory(QString *why)
{
    QStringList candidates;
    const QString fromEnvironment = qEnvironmentVariable("SMS_TEST_PG_BIN");
    if (!fromEnvironment.isEmpty())
        candidates << fromEnvironment;
    QDir lib(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = lib.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    // Newest first: "15" before "13".
    std::sort(versions.begin(), versions.end(),
              [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &version : versions)
        candidates << lib.filePath(version + QStringLiteral("/bin"));
    for (const QString &candidate : candidates) {
        if (QFileInfo(candidate + QStringLiteral("/initdb")).isExecutable()
            && QFileInfo(candidate + QStringLiteral("/pg_ctl")).isExecutable())
            return candidate;
    }
    if (why)
        *why = QStringLiteral("no PostgreSQL server binaries (initdb, pg_ctl) in "
                              "/usr/lib/postgresql/*/bin or $SMS_TEST_PG_BIN; install Debian's "
                              "postgresql package (scripts/install-deps does)");
    return {};
}

bool PostgresServer::run(const QString &program, const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    const QString path = m_bin + u'/' + program;
    if (m_asPostgresUser)
        process.start(QStringLiteral("runuser"),
                      QStringList {QStringLiteral("-u"), QStringLiteral("postgres"),
                                   QStringLiteral("--"), path}
                          + arguments);
    else
        process.start(path, arguments);
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        m_problem = QStringLiteral("%1 failed: %2")
                        .arg(program, QString::fromLocal8Bit(process.readAll()).trimmed());
        return false;
    }
    return true;
}

bool PostgresServer::start()
{
    m_problem.clear();
    if (!m_initialized) {
        m_bin = findBinDirectory(&m_problem);
        if (m_bin.isEmpty())
            return false;
        m_dir
            = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/sms-pg-XXXXXX"));
        if (!m_dir->isValid()) {
            m_problem = QStringLiteral("cannot create a temporary folder");
            return false;
        }
        m_asPostgresUser = ::geteuid() == 0;
        if (m_asPostgresUser) {
            const passwd *user = ::getpwnam("postgres");
            if (!user) {
                m_problem = QStringLiteral("running as root and there is no postgres user to run "
                                           "the server as");
                return false;
            }
            if (::chown(QFile::encodeName(m_dir->path()).constData(), user->pw_uid, user->pw_gid)
                != 0) {
                m_problem
                    = QStringLiteral("cannot hand %1 to the postgres user").arg(m_dir->path());
                return false;
            }
            m_user = QStringLiteral("postgres");
        } else {
            const passwd *user = ::getpwuid(::geteuid());
            m_user = user ? QString::fromLocal8Bit(user->pw_name) : qEnvironmentVariable("USER");
        }
        if (!run(QStringLiteral("initdb"),
                 {QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data")),
                  QStringLiteral("-U"), m_user, QStringLiteral("-A"), QStringLiteral("trust"),
                  QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--no-locale"),
                  QStringLiteral("--no-sync")}))
            return false;
        // A port number is part of the socket's name even with no TCP
        // listener; one free on 127.0.0.1 is as good as any.
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        m_port = probe.serverPort();
        probe.close();
        m_initialized = true;
    }
    const QString options = QStringLiteral("-k %1 -p %2 -c listen_addresses='' "
                                           "-c max_connections=100 -c fsync=on")
                                .arg(m_dir->path())
                                .arg(m_port);
    if (!run(QStringLiteral("pg_ctl"),
             {QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data")), QStringLiteral("-l"),
              m_dir->filePath(QStringLiteral("server.log")), QStringLiteral("-o"), options,
              QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
              QStringLiteral("start")}))
        return false;
    m_running = true;
    return true;
}

bool PostgresServer::stop()
{
    if (!m_running)
        return true;
    m_running = false;
    return run(QStringLiteral("pg_ctl"),
               {QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data")), QStringLiteral("-m"),
                QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")});
}

QString PostgresServer::socketDirectory() const
{
    return m_dir ? m_dir->path() : QString();
}

sms::store::StoreLocation PostgresServer::location(const QString &name) const
{
    sms::store::StoreLocation location;
    location.engine = sms::store::Engine::Postgres;
    location.host = socketDirectory();
    location.port = m_port;
    location.user = m_user;
    location.database = name;
    return location;
}

sms::store::StoreLocation PostgresServer::createDatabase(const QString &name)
{
    const QString connection
        = QStringLiteral("pgserver-admin-%1").arg(QUuid::createUuid().toString());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(socketDirectory());
        db.setPort(m_port);
        db.setUserName(m_user);
        db.setDatabaseName(QStringLiteral("postgres"));
        if (!db.open()) {
            m_problem = db.lastError().text();
        } else {
            QSqlQuery query(db);
            // Names come from tests; quoting keeps any of them legal.
            QString quoted = name;
            quoted.replace(u'"', QStringLiteral("\"\""));
            if (!query.exec(QStringLiteral("CREATE DATABASE \"%1\"").arg(quoted)))
                m_problem = query.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return location(name);
}
