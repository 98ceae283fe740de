// SPDX-License-Identifier: GPL-3.0-or-later
// The campaign journal's write path on each engine, as a campaign uses it.
// Not a test: run it by hand, in a Release build.
//
//   bench_journal [recipients] [sqlite|postgres|both]   (defaults: 100000, both)
//
// For each engine: a campaign's recipients imported in chunks of 2,000 (as
// the import's sink writes them), then batches of 200 taken from the queue,
// started (durably, before their request would leave) and settled with an
// answer for every number, as the runner does. PostgreSQL runs on a server
// this program starts in a temporary folder (a Unix socket on this machine:
// no network in the figures).
//
// Printed per phase: wall time, this process's CPU time, and on PostgreSQL
// the server process's CPU time for this connection; the rest of the wall
// time is waiting (for the disk's sync on a commit, for the other side).

#include "PostgresServer.h"
#include "store/CampaignJournal.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>
#include <unistd.h>

using namespace sms;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// A process's CPU time (user + system) from /proc; -1 when unreadable.
double processCpuSeconds(qint64 pid)
{
    if (pid <= 0)
        return -1;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    // Fields after the command's closing parenthesis; utime and stime are
    // the 14th and 15th of the line.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    return double(fields.at(11).toLongLong() + fields.at(12).toLongLong())
        / double(sysconf(_SC_CLK_TCK));
}

struct Phase
{
    double wall = 0;
    double cpu = 0;
    double server = 0;
};

class Meter
{
public:
    explicit Meter(qint64 serverPid)
        : m_serverPid(serverPid)
    { }

    void start()
    {
        m_clock.start();
        m_cpu = cpuSeconds();
        m_server = processCpuSeconds(m_serverPid);
    }
    Phase stop() const
    {
        Phase p;
        p.wall = double(m_clock.nsecsElapsed()) / 1e9;
        p.cpu = cpuSeconds() - m_cpu;
        p.server = m_serverPid > 0 ? processCpuSeconds(m_serverPid) - m_server : -1;
        return p;
    }

private:
    qint64 m_serverPid;
    QElapsedTimer m_clock;
    double m_cpu = 0;
    double m_server = 0;
};

void print(const QString &engine, const QString &phase, const Phase &p, qint64 rows)
{
    out() << QStringLiteral("%1\t%2\t%3 s wall\t%4 s cpu\t%5\t%6 rows/s")
                 .arg(engine, -8)
                 .arg(phase, -8)
                 .arg(p.wall, 7, 'f', 2)
                 .arg(p.cpu, 6, 'f', 2)
                 .arg(p.server >= 0 ? QStringLiteral("%1 s server cpu").arg(p.server, 6, 'f', 2)
                                    : QStringLiteral("-"))
                 .arg(qint64(double(rows) / p.wall))
          << Qt::endl;
}

bool run(const QString &engine, const store::StoreLocation &location, int recipients)
{
    store::Database db;
    QString error;
    if (!db.open(location, &error)) {
        out() << engine << ": " << error << Qt::endl;
        return false;
    }
    qint64 serverPid = 0;
    if (db.engine() == store::Engine::Postgres) {
        QSqlQuery q(db.connection());
        if (q.exec(QStringLiteral("SELECT pg_backend_pid()")) && q.next())
            serverPid = q.value(0).toLongLong();
    }
    store::CampaignJournal journal(db);
    store::CampaignRecord record;
    record.name = QStringLiteral("bench");
    record.signName = QStringLiteral("沙盒科技");
    record.templateId = QStringLiteral("200001");
    record.appId = QStringLiteral("1400000001");
    const qint64 campaignId = journal.createCampaign(record);
    Meter meter(serverPid);

    meter.start();
    constexpr int kChunk = 2000;
    for (int first = 0; first < recipients; first += kChunk) {
        QList<campaign::Recipient> chunk;
        for (int i = first; i < std::min(recipients, first + kChunk); ++i) {
            campaign::Recipient r;
            r.sourceRow = i + 2;
            r.phone = QStringLiteral("+86138%1").arg(i, 8, 10, QLatin1Char('0'));
            r.input = r.phone.mid(3);
            r.parameters = {QStringLiteral("%1").arg(i % 1000000, 6, 10, QLatin1Char('0'))};
            chunk.append(r);
        }
        if (!journal.addRecipients(campaignId, chunk)) {
            out() << engine << ": import failed: " << journal.lastError() << Qt::endl;
            return false;
        }
    }
    print(engine, QStringLiteral("import"), meter.stop(), recipients);

    meter.start();
    qint64 after = 0;
    qint64 sent = 0;
    int batches = 0;
    for (;;) {
        const QList<store::JournalRecipient> queue = journal.queuedToSend(campaignId, after, 200);
        if (queue.isEmpty())
            break;
        QList<qint64> ids;
        domain::SendStatusList statuses;
        for (const store::JournalRecipient &r : queue) {
            ids.append(r.id);
            domain::SendStatus s;
            s.phoneNumber = r.phone;
            s.code = QStringLiteral("Ok");
            s.message = QStringLiteral("send success");
            s.serialNo = QStringLiteral("2019:%1").arg(r.id);
            s.fee = 1;
            s.isoCode = QStringLiteral("CN");
            statuses.append(s);
        }
        after = ids.constLast();
        const qint64 batchId = journal.beginBatch(campaignId, QStringLiteral("SendSms"), ids,
                                                  QDateTime::currentDateTimeUtc());
        if (batchId == 0
            || !journal.finishBatch(batchId, QStringLiteral("req-%1").arg(batchId), statuses)) {
            out() << engine << ": batch failed: " << journal.lastError() << Qt::endl;
            return false;
        }
        sent += ids.size();
        ++batches;
    }
    print(engine, QStringLiteral("send"), meter.stop(), sent);
    const store::CampaignCounts counts = journal.counts(campaignId);
    out() << engine << "\t" << batches << " batches, " << counts.accepted << " accepted"
          << Qt::endl;
    return counts.accepted == recipients;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int recipients = args.size() > 1 ? args.at(1).toInt() : 100000;
    const QString which = args.size() > 2 ? args.at(2) : QStringLiteral("both");
    bool ok = true;
    if (which == QLatin1String("sqlite") || which == QLatin1String("both")) {
        QTemporaryDir dir;
        ok = run(QStringLiteral("sqlite"),
                 store::StoreLocation::sqlite(dir.filePath(QStringLiteral("bench.sqlite"))),
                 recipients)
            && ok;
    }
    if (which == QLatin1String("postgres") || which == QLatin1String("both")) {
        PostgresServer server;
        if (!server.start()) {
            out() << "postgres: " << server.problem() << Qt::endl;
            return 1;
        }
        ok = run(QStringLiteral("postgres"), server.createDatabase(QStringLiteral("bench")),
                 recipients)
            && ok;
    }
    return ok ? 0 : 1;
}
