// SPDX-License-Identifier: GPL-3.0-or-later
// How fast a campaign list is imported and pre-flighted, next to a bare
// parse of the same file. Not a test: run it by hand, in a Release build.
//
//   bench_import [rows] [file]      (defaults: 1000000, a generated CSV in a temp dir)
//
// Each phase runs in a child process of its own, so that its peak RSS is
// its own:
//   bare     libcsv over the file, counting fields and rows (no decoding)
//   rows     the reader's rows: fields decoded to text, blank rows counted
//   reuse    the same, each row's cells handed back to be refilled (as the
//            import does with a chunk it has checked): the cheapest way to
//            have every field as text
//   import   ImportJob: reader, column mapping and pre-flight on a worker
//            thread into a counting sink, the main thread running its event
//            loop, whose longest stall is reported (what a GUI would feel);
//            the file read on a thread of its own, ahead of pre-flight
//   import1  the same with reading and pre-flight on one worker thread
// and prints wall time, CPU time (user + sys) and peak RSS for each, then
// the imports' ratios to each bare parse. The first line says which
// allocator the phases ran with (smsctl and smsconsole link the same).

#include "campaign/CsvRowSource.h"
#include "campaign/ImportJob.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <csv.h>
#include <sys/resource.h>

#include <cstdio>

using namespace sms::campaign;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// tcmalloc when the executable was linked with it (or it was preloaded).
QString allocatorName()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (maps.open(QIODevice::ReadOnly) && maps.readAll().contains("libtcmalloc"))
        return QStringLiteral("tcmalloc");
    return QStringLiteral("glibc malloc");
}

double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// A customer list as exports have it: mostly mainland mobiles in the
// service's spellings, a name and a 6-digit code; some duplicates, some
// foreign numbers, some junk.
void generate(const QString &path, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QByteArray block = "手机号码,姓名,验证码\n";
    for (int i = 1; i <= rows; ++i) {
        const QByteArray digits
            = QByteArray::number(i % 100 == 50 ? i - 40 : i).rightJustified(8, '0');
        QByteArray phone;
        switch (i % 10) {
        case 0:
            phone = "+86 139 " + digits.left(4) + ' ' + digits.mid(4);
            break;
        case 1:
            phone = "86139" + digits;
            break;
        case 7:
            phone = i % 70 == 7 ? "+852 5" + digits.mid(1) : "150" + digits;
            break;
        case 9:
            phone = i % 1000 == 9 ? "1390" + digits.left(3) : "180" + digits;
            break;
        default:
            phone = "13" + QByteArray::number(i % 10) + digits;
        }
        block += phone + ",\"客户" + QByteArray::number(i % 9973) + "\","
            + QByteArray::number(i % 1000000).rightJustified(6, '0') + '\n';
        if (block.size() > (1 << 20)) {
            file.write(block);
            block.clear();
        }
    }
    file.write(block);
}

class CountingSink : public RecipientSink
{
public:
    bool accept(const QList<Recipient> &chunk) override
    {
        rows += chunk.size();
        return true;
    }
    qint64 rows = 0;
};

void report(const char *phase, qint64 rows, double wall, const QString &extra = {})
{
    out() << phase << '\t' << rows << " rows\twall " << QString::number(wall, 'f', 3) << " s\tcpu "
          << QString::number(cpuSeconds(), 'f', 3) << " s\tpeak RSS " << peakRssKb() / 1024 << " MB"
          << extra << '\n';
    out().flush();
}

void bare(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    struct Counts
    {
        qint64 fields = 0;
        qint64 rows = 0;
    } counts;
    csv_parser parser {};
    csv_init(&parser, 0);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QByteArray block(1 << 20, Qt::Uninitialized);
    auto field = [](void *, size_t, void *data) {
        ++static_cast<Counts *>(data)->fields;
    };
    auto row = [](int, void *data) {
        ++static_cast<Counts *>(data)->rows;
    };
    qint64 count = 0;
    while ((count = file.read(block.data(), block.size())) > 0)
        csv_parse(&parser, block.constData(), size_t(count), field, row, &counts);
    csv_fini(&parser, field, row, &counts);
    csv_free(&parser);
    report("bare", counts.rows, double(timer.nsecsElapsed()) / 1e9);
}

void rows(const QString &path, bool reuse)
{
    QElapsedTimer timer;
    timer.start();
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    CsvRowSource source(std::move(file), ImportOptions::Encoding::Utf8, ',');
    SourceRow row;
    qint64 count = 0;
    while (source.next(row)) {
        ++count;
        if (reuse)
            source.recycle(std::move(row.cells));
    }
    report(reuse ? "reuse" : "rows", count, double(timer.nsecsElapsed()) / 1e9);
}

int import(const QString &path, bool readAhead)
{
    QElapsedTimer timer;
    timer.start();
    CountingSink sink;
    Preflight::Options options;
    options.templateContent = QStringLiteral("{1}您好，您的取件码是{2}，请于今日18点前取件。");
    options.smsType = sms::domain::SmsType::Notification;
    options.templateMarket = sms::domain::Market::Both;
    options.signName = QStringLiteral("沙盒科技");
    ImportJob *job = ImportJob::fromFile(path, {}, options, &sink);
    job->setReadAhead(readAhead);
    // A GUI's event loop in miniature: how long did it go without a turn?
    QElapsedTimer sinceTick;
    qint64 longestStall = 0;
    QTimer tick;
    tick.setInterval(5);
    QObject::connect(&tick, &QTimer::timeout,
                     [&] { longestStall = std::max(longestStall, sinceTick.restart()); });
    QObject::connect(job, &ImportJob::finished, qApp, &QCoreApplication::quit);
    sinceTick.start();
    tick.start();
    job->start();
    QCoreApplication::exec();
    const PreflightSummary summary = job->summary();
    report(readAhead ? "import" : "import1", summary.rows, double(timer.nsecsElapsed()) / 1e9,
           QStringLiteral("\tlongest event-loop stall %1 ms\tsendable %2, duplicates %3, "
                          "segments %4, problem rows %5")
               .arg(longestStall)
               .arg(summary.sendable)
               .arg(summary.duplicates)
               .arg(summary.segments())
               .arg(summary.problemRows()));
    delete job;
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 4 && args.at(1) == QLatin1String("--phase")) {
        const QString &phase = args.at(2);
        if (phase == QLatin1String("bare"))
            bare(args.at(3));
        else if (phase == QLatin1String("rows") || phase == QLatin1String("reuse"))
            rows(args.at(3), phase == QLatin1String("reuse"));
        else
            return import(args.at(3), phase == QLatin1String("import"));
        return 0;
    }
    const int count = args.size() > 1 ? args.at(1).toInt() : 1000000;
    QTemporaryDir dir;
    QString path = args.size() > 2 ? args.at(2) : dir.filePath(QStringLiteral("list.csv"));
    if (!QFile::exists(path)) {
        QElapsedTimer timer;
        timer.start();
        generate(path, count);
        out() << "generated " << path << " (" << QFile(path).size() / (1024 * 1024) << " MB) in "
              << timer.elapsed() << " ms\n";
        out().flush();
    }
    out() << "allocator: " << allocatorName() << '\n';
    // Wall and CPU seconds of each phase, as its child printed them.
    QList<std::pair<double, double>> times;
    static const QRegularExpression timesOf(QStringLiteral("wall ([0-9.]+) s\tcpu ([0-9.]+) s"));
    for (const char *phase : {"bare", "rows", "reuse", "import", "import1"}) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--phase"), QString::fromLatin1(phase), path});
        if (!child.waitForFinished(-1) || child.exitCode() != 0)
            return 1;
        const QString printed = QString::fromUtf8(child.readAllStandardOutput());
        out() << printed;
        const QRegularExpressionMatch match = timesOf.match(printed);
        times.append({match.captured(1).toDouble(), match.captured(2).toDouble()});
    }
    // An import and pre-flight is held to twice a bare parse of the same
    // file: here against libcsv's tokens alone, and against tokens decoded
    // to text (what any import has to produce before checking a row), with
    // fresh strings and with refilled ones.
    const auto ratio = [&](qsizetype of, qsizetype to) {
        const auto share = [](double a, double b) {
            return QString::number(b > 0 ? a / b : 0, 'f', 2);
        };
        return QStringLiteral("wall %1x\tcpu %2x")
            .arg(share(times.at(of).first, times.at(to).first),
                 share(times.at(of).second, times.at(to).second));
    };
    for (const auto &[name, index] : {std::pair {"import", 3}, std::pair {"import1", 4}}) {
        out() << name << "/bare\t" << ratio(index, 0) << '\n'
              << name << "/rows\t" << ratio(index, 1) << '\n'
              << name << "/reuse\t" << ratio(index, 2) << '\n';
    }
    out().flush();
    return 0;
}
