// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/RunRegistry.h"

#include "Logging.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>
#include <QSysInfo>
#include <QVariant>

#include <optional>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <pwd.h>
#include <unistd.h>
#endif

namespace sms::store {

namespace {
constexpr auto runColumns = "id, campaign_id, host, user_name, pid, program, started_at, "
                            "lease_until, ended_at";

QDateTime timeOf(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong());
}

RunRecord recordOf(const QSqlQuery &q)
{
    RunRecord run;
    run.id = q.value(0).toLongLong();
    run.campaignId = q.value(1).toLongLong();
    run.host = q.value(2).toString();
    run.user = q.value(3).toString();
    run.pid = q.value(4).toLongLong();
    run.program = q.value(5).toString();
    run.startedAt = timeOf(q.value(6));
    run.leaseUntil = timeOf(q.value(7));
    run.endedAt = timeOf(q.value(8));
    return run;
}
} // namespace

RunRegistry::RunRegistry(Database &database)
    : m_db(database)
{ }

QString RunRegistry::hostName()
{
    const QString host = QSysInfo::machineHostName();
    return host.isEmpty() ? QStringLiteral("localhost") : host;
}

QString RunRegistry::userName()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
#ifdef Q_OS_UNIX
    // A service or a cron job may run without USER: the account database
    // still knows who this process is, and the team sees a name.
    if (user.isEmpty()) {
        if (const passwd *entry = ::getpwuid(::geteuid()))
            user = QString::fromLocal8Bit(entry->pw_name);
    }
#endif
    // Unknown: an empty name, never NULL.
    return user.isNull() ? QString(QLatin1String("")) : user;
}

qint64 RunRegistry::start(qint64 campaignId, const QString &program, qint64 leaseMs)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO runs (campaign_id, host, user_name, pid, program, "
                             "started_at, lease_until) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(campaignId);
    q.addBindValue(hostName());
    q.addBindValue(userName());
    q.addBindValue(QCoreApplication::applicationPid());
    q.addBindValue(program);
    q.addBindValue(now);
    q.addBindValue(now + leaseMs);
    if (!q.exec() || !q.next()) {
        m_db.fail(q);
        return 0;
    }
    return q.value(0).toLongLong();
}

bool RunRegistry::renew(qint64 runId, qint64 leaseMs)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE runs SET lease_until = ? WHERE id = ? AND ended_at IS NULL"));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch() + leaseMs);
    q.addBindValue(runId);
    if (!q.exec())
        return m_db.fail(q);
    return q.numRowsAffected() == 1;
}

bool RunRegistry::end(qint64 runId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE runs SET ended_at = ? WHERE id = ? AND ended_at IS NULL"));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(runId);
    return q.exec() || m_db.fail(q);
}

bool RunRegistry::isGone(const RunRecord &run)
{
#ifdef Q_OS_UNIX
    // Only a process of this computer can be asked; one that no longer
    // exists is certainly dead. A process id used again since is taken for
    // alive, and the lease decides.
    return run.host == hostName() && run.pid > 0 && run.pid != QCoreApplication::applicationPid()
        && ::kill(pid_t(run.pid), 0) != 0 && errno == ESRCH;
#else
    Q_UNUSED(run);
    return false;
#endif
}

int RunRegistry::endExpired(qint64 campaignId)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    int ended = 0;
    for (const RunRecord &run : liveRuns(campaignId)) {
        if (isGone(run) && end(run.id)) {
            qCInfo(lcStore) << "run" << run.id << "of process" << run.pid << "on" << run.host
                            << "ended: the process is gone";
            ++ended;
        }
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE runs SET ended_at = ? WHERE campaign_id = ? "
                             "AND ended_at IS NULL AND lease_until <= ?"));
    q.addBindValue(now);
    q.addBindValue(campaignId);
    q.addBindValue(now);
    if (!q.exec()) {
        m_db.fail(q);
        return -1;
    }
    return ended + q.numRowsAffected();
}

QList<RunRecord> RunRegistry::liveRuns(qint64 campaignId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const QString where = campaignId > 0 ? QStringLiteral(" AND campaign_id = ?") : QString();
    q.prepare(QStringLiteral("SELECT %1 FROM runs WHERE ended_at IS NULL AND lease_until > ?%2 "
                             "ORDER BY id")
                  .arg(QLatin1String(runColumns), where));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (campaignId > 0)
        q.addBindValue(campaignId);
    QList<RunRecord> runs;
    if (!q.exec()) {
        m_db.fail(q);
        return runs;
    }
    while (q.next())
        runs.append(recordOf(q));
    return runs;
}

std::optional<RunRecord> RunRegistry::run(qint64 runId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM runs WHERE id = ?").arg(QLatin1String(runColumns)));
    q.addBindValue(runId);
    if (!q.exec()) {
        m_db.fail(q);
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return recordOf(q);
}

} // namespace sms::store
