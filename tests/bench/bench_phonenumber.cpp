// SPDX-License-Identifier: GPL-3.0-or-later
// How fast PhoneNumber::parse() cleans a bulk import. Not a test: run it by
// hand, in a Release build, and compare numbers per second.
//
//   bench_phonenumber [rows] [threads]      (defaults: 1000000, all cores)

#include "domain/PhoneNumber.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QStringList>
#include <QTextStream>

#include <algorithm>
#include <thread>
#include <vector>

using sms::domain::PhoneNumber;

namespace {

QString digits(QRandomGenerator &random, int count)
{
    QString text;
    text.reserve(count);
    for (int i = 0; i < count; ++i)
        text.append(QChar(u'0' + char16_t(random.bounded(10))));
    return text;
}

QString mainlandMobile(QRandomGenerator &random)
{
    static const char *const prefixes[] = {"138", "139", "150", "186", "177", "199", "135"};
    return QLatin1String(prefixes[random.bounded(int(std::size(prefixes)))]) + digits(random, 8);
}

// Roughly what an exported customer list looks like: mostly mainland mobiles
// in the service's spellings, some formatted by hand, some foreign, some junk.
QString row(QRandomGenerator &random)
{
    const int kind = random.bounded(100);
    const QString mobile = mainlandMobile(random);
    if (kind < 55)
        return mobile;
    if (kind < 65)
        return QStringLiteral("+86") + mobile;
    if (kind < 70)
        return QStringLiteral("0086") + mobile;
    if (kind < 75)
        return QStringLiteral("86") + mobile;
    if (kind < 82)
        return QStringLiteral("%1 %2 %3").arg(mobile.left(3), mobile.mid(3, 4), mobile.mid(7));
    if (kind < 85)
        return QStringLiteral("+852 5") + digits(random, 7);
    if (kind < 88)
        return QStringLiteral("+1 (201) 555-") + digits(random, 4);
    if (kind < 91)
        return QStringLiteral("+44 7400 ") + digits(random, 6);
    if (kind < 94)
        return mobile.left(8); // truncated in the spreadsheet
    if (kind < 97)
        return QStringLiteral("12") + digits(random, 9); // no such mainland range
    return QStringLiteral("n/a");
}

struct Run
{
    double seconds = 0;
    qsizetype valid = 0;
};

Run parseAll(const QStringList &rows, int threadCount)
{
    std::vector<qsizetype> valid(threadCount, 0);
    QElapsedTimer timer;
    timer.start();
    std::vector<std::thread> threads;
    const qsizetype chunk = (rows.size() + threadCount - 1) / threadCount;
    for (int t = 0; t < threadCount; ++t) {
        threads.emplace_back([&rows, &valid, t, chunk] {
            const qsizetype end = std::min(rows.size(), (t + 1) * chunk);
            for (qsizetype i = t * chunk; i < end; ++i)
                valid[t] += PhoneNumber::parse(rows.at(i)).isValid() ? 1 : 0;
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    Run run;
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    for (qsizetype v : valid)
        run.valid += v;
    return run;
}

void report(QTextStream &out, const QString &label, qsizetype rows, const Run &run)
{
    out << QStringLiteral("%1  %2 rows in %3 s  = %4 numbers/s  (%5 valid)\n")
               .arg(label.leftJustified(34))
               .arg(rows)
               .arg(run.seconds, 0, 'f', 3)
               .arg(qint64(double(rows) / run.seconds))
               .arg(run.valid);
    out.flush();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype rowCount = args.size() > 1 ? args.at(1).toLongLong() : 1000000;
    const int cores = int(std::max(1u, std::thread::hardware_concurrency()));
    const int threads = args.size() > 2 ? args.at(2).toInt() : cores;

    QTextStream out(stdout);
    QRandomGenerator random(20240101); // the same rows on every run

    QStringList mixed;
    mixed.reserve(rowCount);
    for (qsizetype i = 0; i < rowCount; ++i)
        mixed.append(row(random));

    // One kind of row at a time shows which path costs what.
    const qsizetype sampleCount = std::min<qsizetype>(rowCount, 200000);
    auto sample = [&](auto make) {
        QStringList rows;
        rows.reserve(sampleCount);
        for (qsizetype i = 0; i < sampleCount; ++i)
            rows.append(make());
        return rows;
    };
    const QStringList bare = sample([&] { return mainlandMobile(random); });
    const QStringList e164 = sample([&] { return QStringLiteral("+86") + mainlandMobile(random); });
    const QStringList formatted = sample([&] {
        const QString m = mainlandMobile(random);
        return QStringLiteral("(+86) %1-%2-%3").arg(m.left(3), m.mid(3, 4), m.mid(7));
    });
    const QStringList foreign
        = sample([&] { return QStringLiteral("+44 7400 ") + digits(random, 6); });
    const QStringList invalid = sample([&] { return QStringLiteral("12") + digits(random, 9); });

    parseAll(bare, 1); // warm up libphonenumber's metadata and regular expression cache

    report(out, QStringLiteral("bare mainland mobile, 1 thread"), bare.size(), parseAll(bare, 1));
    report(out, QStringLiteral("+86 mainland mobile, 1 thread"), e164.size(), parseAll(e164, 1));
    report(out, QStringLiteral("(+86) 138-xxxx-xxxx, 1 thread"), formatted.size(),
           parseAll(formatted, 1));
    report(out, QStringLiteral("+44 mobile, 1 thread"), foreign.size(), parseAll(foreign, 1));
    report(out, QStringLiteral("invalid mainland range, 1 thread"), invalid.size(),
           parseAll(invalid, 1));
    report(out, QStringLiteral("mixed import, 1 thread"), mixed.size(), parseAll(mixed, 1));
    if (threads > 1) {
        report(out, QStringLiteral("mixed import, %1 threads").arg(threads), mixed.size(),
               parseAll(mixed, threads));
    }
    return 0;
}
