// SPDX-License-Identifier: GPL-3.0-or-later
// A campaign rehearsal against sms-sandbox as operators run it, a process of
// its own with --state: NUMBERS unique numbers in signed SendSms requests of
// 200, CONCURRENCY at a time. Prints numbers per second, the longest request
// and the longest time without any answer (a stall: the sandbox busy with
// something other than answering), the sandbox's peak memory, the time from
// SIGTERM to exit (what is left to save at stop), the database's size, and
// the time a restart takes to load the rehearsal and listen again, checking
// that it finds every number. Targets: no stall over 100 ms, a stop within a
// second.
//
// Run by hand: bench_rehearsal [NUMBERS=1000000] [CONCURRENCY=16] [STATE-FILE]
// (a temporary file when none is given; an existing one is added to).

#include "api/ApiCall.h"
#include "api/ApiClient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <functional>
#include <vector>

using namespace sms;

namespace {
const QString kKey = QStringLiteral("bench-rehearsal-key");

// Blocks (spinning the event loop) until done() or timeoutMs.
bool spin(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    return done();
}

struct Sandbox
{
    QProcess process;
    api::ApiClient client;
    QString appId;

    // Starts sms-sandbox on statePath; the milliseconds until it listens,
    // -1 on failure.
    qint64 start(const QString &statePath)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("SMS_SANDBOX_SECRET_KEY"), kKey);
        process.setProcessEnvironment(environment);
        // The sandbox's warnings show with the figures.
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QElapsedTimer timer;
        timer.start();
        process.start(QStringLiteral(SMS_SANDBOX_PATH),
                      {QStringLiteral("--demo"), QStringLiteral("--state"), statePath});
        if (!spin(
                [this] { return process.canReadLine() || process.state() == QProcess::NotRunning; },
                600000)
            || !process.canReadLine()) {
            std::fprintf(stderr, "sms-sandbox did not start\n");
            return -1;
        }
        const qint64 elapsed = timer.elapsed();
        const QJsonObject line = QJsonDocument::fromJson(process.readLine()).object();
        appId = line.value(QLatin1String("appId")).toString();
        api::ClientConfig config;
        config.endpoint = QUrl(line.value(QLatin1String("endpoint")).toString());
        config.timeoutMs = 120000;
        client.setConfig(config);
        client.setCredential({line.value(QLatin1String("secretId")).toString(), kKey, {}});
        return elapsed;
    }

    // The peak resident memory of the sandbox, in MiB.
    double peakMemoryMiB() const
    {
        QFile status(QStringLiteral("/proc/%1/status").arg(process.processId()));
        if (!status.open(QIODevice::ReadOnly))
            return -1;
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024;
        }
        return -1;
    }

    // SIGTERM; the milliseconds until the process ended, -1 if it did not.
    qint64 stop()
    {
        QElapsedTimer timer;
        timer.start();
        ::kill(pid_t(process.processId()), SIGTERM);
        if (!process.waitForFinished(600000) || process.exitCode() != 0)
            return -1;
        return timer.elapsed();
    }

    // Numbers the account sent in the last three days (SendStatusStatistics).
    qint64 numbersSent()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc().toOffsetFromUtc(8 * 3600);
        const QString format = QStringLiteral("yyyyMMddHH");
        api::ApiCall *call
            = client.call(QStringLiteral("SendStatusStatistics"),
                          {{QStringLiteral("BeginTime"), now.addDays(-3).toString(format)},
                           {QStringLiteral("EndTime"), now.addDays(1).toString(format)},
                           {QStringLiteral("SmsSdkAppId"), appId},
                           {QStringLiteral("Limit"), 0},
                           {QStringLiteral("Offset"), 0}});
        spin([call] { return call->isFinished(); }, 600000);
        const qint64 count = call->response()
                                 .value(QLatin1String("SendStatusStatistics"))
                                 .toObject()
                                 .value(QLatin1String("RequestCount"))
                                 .toInteger(-1);
        call->deleteLater();
        return count;
    }
};

qint64 fileSize(const QString &path)
{
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("sms.*.info=false"));
    const QStringList args = app.arguments();
    const int total = args.size() > 1 ? args.at(1).toInt() : 1000000;
    const int inFlight = args.size() > 2 ? args.at(2).toInt() : 16;
    QTemporaryDir dir;
    const QString statePath
        = args.size() > 3 ? args.at(3) : dir.filePath(QStringLiteral("rehearsal.sqlite"));

    Sandbox sandbox;
    const qint64 firstStart = sandbox.start(statePath);
    if (firstStart < 0)
        return 2;
    const qint64 before = sandbox.numbersSent();

    const int requests = (total + 199) / 200;
    int sent = 0, done = 0, failed = 0;
    qint64 numberCounter = 0;
    std::vector<qint64> latencies;
    latencies.reserve(size_t(requests));
    qint64 lastAnswer = 0, longestGap = 0;
    QElapsedTimer clock;

    std::function<void()> next = [&] {
        if (sent >= requests)
            return;
        ++sent;
        QJsonArray numbers;
        for (int i = 0; i < 200 && numberCounter < total; ++i)
            numbers.append(
                QStringLiteral("+86138%1").arg(numberCounter++, 8, 10, QLatin1Char('0')));
        const QJsonObject body {{QStringLiteral("PhoneNumberSet"), numbers},
                                {QStringLiteral("SmsSdkAppId"), sandbox.appId},
                                {QStringLiteral("SignName"), QStringLiteral("沙盒科技")},
                                {QStringLiteral("TemplateId"), QStringLiteral("200001")},
                                {QStringLiteral("TemplateParamSet"),
                                 QJsonArray {QStringLiteral("123456"), QStringLiteral("5")}}};
        const qint64 started = clock.nsecsElapsed();
        api::ApiCall *call = sandbox.client.call(QStringLiteral("SendSms"), body);
        QObject::connect(call, &api::ApiCall::finished, call, [&, call, started] {
            const qint64 now = clock.nsecsElapsed();
            latencies.push_back(now - started);
            longestGap = std::max(longestGap, now - lastAnswer);
            lastAnswer = now;
            if (!call->succeeded() && ++failed <= 3)
                std::fprintf(stderr, "failed: %s\n", qPrintable(call->error().summary()));
            call->deleteLater();
            ++done;
            next();
        });
    };

    clock.start();
    for (int i = 0; i < inFlight; ++i)
        next();
    QElapsedTimer progress;
    progress.start();
    spin(
        [&] {
            if (progress.elapsed() > 10000) {
                std::fprintf(stderr, "%d of %d requests...\n", done, requests);
                progress.restart();
            }
            return done == requests;
        },
        24 * 3600 * 1000);
    const double seconds = clock.nsecsElapsed() / 1e9;
    std::sort(latencies.begin(), latencies.end());
    const auto percentile = [&](double p) {
        return latencies.empty() ? 0.0 : latencies[size_t(p * double(latencies.size() - 1))] / 1e6;
    };
    std::printf("%lld numbers in %d SendSms requests, %d at a time, in %.1f s: %.0f numbers/s, "
                "%d failed\n",
                numberCounter, requests, inFlight, seconds, double(numberCounter) / seconds,
                failed);
    std::printf("request time: median %.1f ms, 99th percentile %.1f ms, longest %.1f ms\n",
                percentile(0.5), percentile(0.99), percentile(1.0));
    std::printf("longest time without any answer (stall): %.1f ms\n", longestGap / 1e6);
    const qint64 counted = sandbox.numbersSent();
    std::printf("sandbox peak memory: %.0f MiB\n", sandbox.peakMemoryMiB());
    const qint64 stopping = sandbox.stop();
    std::printf("SIGTERM to exit: %lld ms\n", stopping);
    std::printf("state database: %.1f MB (%s)\n", fileSize(statePath) / 1e6, qPrintable(statePath));

    Sandbox again;
    const qint64 loading = again.start(statePath);
    const qint64 found = again.numbersSent();
    std::printf("restart with %lld numbers on record: listening after %lld ms (first start: %lld "
                "ms); %s\n",
                counted, loading, firstStart,
                found == counted && counted == before + numberCounter ? "every number found"
                                                                      : "NUMBERS MISSING");
    std::printf("second SIGTERM to exit: %lld ms\n", again.stop());
    return failed == 0 && stopping >= 0 && found == counted && counted == before + numberCounter
        ? 0
        : 1;
}
