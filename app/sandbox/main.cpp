// SPDX-License-Identifier: GPL-3.0-or-later
// sms-sandbox: the simulated SMS service as a standalone program.

#include "sandbox/SandboxLauncher.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace {
int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    // Only async-signal-safe work here; the event loop does the rest.
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sms-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SMS_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A local SMS service (API 2021-01-11) for rehearsals and tests. Listens on 127.0.0.1 only.\n"
        "Prints one JSON line with the endpoint and keys, then serves until SIGINT or SIGTERM."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(QStringLiteral("listen"), QStringLiteral("127.0.0.1:PORT (0 = any free port)."),
                                    QStringLiteral("ADDRESS"), QStringLiteral("127.0.0.1:0"));
    const QCommandLineOption secretId(QStringLiteral("secret-id"), QStringLiteral("SecretId clients must use."), QStringLiteral("ID"));
    const QCommandLineOption secretKey(QStringLiteral("secret-key"),
                                       QStringLiteral("SecretKey clients must use (generated when absent). "
                                                      "Prefer SMS_SANDBOX_SECRET_KEY: arguments are visible to other users."),
                                       QStringLiteral("KEY"));
    const QCommandLineOption appId(QStringLiteral("app-id"), QStringLiteral("SmsSdkAppId of the account."), QStringLiteral("SDKAPPID"),
                                   QStringLiteral("1400000001"));
    const QCommandLineOption state(
        QStringLiteral("state"),
        QStringLiteral(
            "Keep the account in the SQLite database FILE: loaded at start if it exists, "
            "written as each request changes it. A JSON state file of an earlier "
            "version is imported (and kept as FILE.imported)."),
        QStringLiteral("FILE"));
    const QCommandLineOption demo(QStringLiteral("demo"), QStringLiteral("Seed a realistic demo account."));
    const QCommandLineOption clock(QStringLiteral("clock"), QStringLiteral("ISO 8601 time (append ! to freeze) or +/-OFFSET[s|m|h|d]."),
                                   QStringLiteral("TIME"));
    const QCommandLineOption reviewDelay(QStringLiteral("review-delay"), QStringLiteral("Seconds until a review finishes (0 = at once)."),
                                         QStringLiteral("S"));
    const QCommandLineOption faults(QStringLiteral("faults"), QStringLiteral("Faults to inject, e.g. \"SendSms:drop=0.1;*:latency=50\"."),
                                    QStringLiteral("SPEC"));
    const QCommandLineOption idleTimeout(
        QStringLiteral("idle-timeout"),
        QStringLiteral("Close a connection idle for S seconds between requests, or whose "
                       "request body takes longer (default 30)."),
        QStringLiteral("S"));
    const QCommandLineOption headerTimeout(
        QStringLiteral("header-timeout"),
        QStringLiteral("Close a connection whose request line and headers take longer "
                       "than S seconds (default 10)."),
        QStringLiteral("S"));
    const QCommandLineOption maxConnections(
        QStringLiteral("max-connections"),
        QStringLiteral("Connections one address may hold open at once (default 64)."),
        QStringLiteral("N"));
    parser.addOptions({listen, secretId, secretKey, appId, state, demo, clock, reviewDelay, faults,
                       idleTimeout, headerTimeout, maxConnections});
    parser.process(app);

    sms::sandbox::SandboxOptions options;
    const QString address = parser.value(listen);
    const QString host = address.section(QLatin1Char(':'), 0, 0);
    bool portOk = false;
    options.port = quint16(address.section(QLatin1Char(':'), 1).toUInt(&portOk));
    if (host != QLatin1String("127.0.0.1") || !portOk) {
        std::fprintf(stderr, "sms-sandbox: --listen takes 127.0.0.1:PORT (loopback only)\n");
        return 2;
    }
    options.secretId = parser.value(secretId);
    options.secretKey = parser.isSet(secretKey) ? parser.value(secretKey)
                                                : qEnvironmentVariable("SMS_SANDBOX_SECRET_KEY");
    options.appId = parser.value(appId);
    options.statePath = parser.value(state);
    options.demo = parser.isSet(demo);
    options.clock = parser.value(clock);
    options.faults = parser.value(faults);
    // An integer option of at least minimum, when given.
    const auto number = [&parser](const QCommandLineOption &option, int minimum, int *value) {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        *value = parser.value(option).toInt(&ok);
        if (ok && *value >= minimum)
            return true;
        std::fprintf(stderr, "sms-sandbox: --%s takes a whole number >= %d\n",
                     qPrintable(option.names().constFirst()), minimum);
        return false;
    };
    if (!number(reviewDelay, 0, &options.reviewDelaySeconds)
        || !number(idleTimeout, 1, &options.idleTimeoutSeconds)
        || !number(headerTimeout, 1, &options.headerTimeoutSeconds)
        || !number(maxConnections, 1, &options.maxConnectionsPerPeer))
        return 2;

    auto started = sms::sandbox::SandboxLauncher::launch(options);
    if (!started.server) {
        std::fprintf(stderr, "sms-sandbox: %s\n", qPrintable(started.error));
        return 1;
    }
    sms::sandbox::SandboxServer &server = *started.server;

    QJsonObject line{{QStringLiteral("endpoint"), server.endpoint().toString()},
                     {QStringLiteral("secretId"), server.service().state().secretId},
                     {QStringLiteral("appId"), server.service().state().defaultAppId}};
    // The key is printed only when this process invented it: otherwise the
    // caller already has it, and it should not end up in logs.
    if (started.generatedKey)
        line.insert(QStringLiteral("secretKey"), server.service().state().secretKey);
    std::fprintf(stdout, "%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);

    if (::pipe(g_signalPipe) != 0)
        return 1;
    QSocketNotifier notifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [] { QCoreApplication::quit(); });
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);

    const int code = app.exec();
    // Each request was written as it was answered: this only writes what a
    // failed write left behind, and closing the database folds its journal
    // back into the file and releases the lock.
    QString error;
    if (!server.saveState(&error)) {
        std::fprintf(stderr, "sms-sandbox: could not save state: %s\n", qPrintable(error));
        return 1;
    }
    server.setStore(nullptr);
    // Everything is on disk: freeing a million send records one by one
    // would only hold the exit up (half a second at a million numbers), so
    // the process ends with them still in memory.
    [[maybe_unused]] auto *const leftInMemory = started.server.release();
    return code;
}
