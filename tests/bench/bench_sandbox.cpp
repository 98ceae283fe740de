// SPDX-License-Identifier: GPL-3.0-or-later
// How many signed SendSms(200 numbers) requests per second the sandbox
// sustains on this machine. Target: >= 500/s, so that the sandbox is never
// the bottleneck of a campaign benchmark. With a state file, also how long
// saving that history (at stop) and loading it (at the next start) take.

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "sandbox/SandboxThread.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTimer>

#include <cstdio>

using namespace sms;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("sms.*.info=false"));
    const QStringList args = app.arguments();
    const int total = args.size() > 1 ? args.at(1).toInt() : 2000;
    const int inFlight = args.size() > 2 ? args.at(2).toInt() : 12;
    const QString statePath = args.value(3);

    sandbox::SandboxThread sandbox;
    sandbox::SandboxOptions options;
    options.demo = true;
    options.secretKey = QStringLiteral("bench-key");
    options.statePath = statePath;
    sandbox.start(options);

    api::ApiClient client;
    int sent = 0, done = 0, failed = 0;
    qint64 numberCounter = 0;
    QElapsedTimer timer;

    std::function<void()> next = [&] {
        if (sent >= total)
            return;
        ++sent;
        QJsonArray numbers;
        for (int i = 0; i < 200; ++i)
            numbers.append(
                QStringLiteral("+86138%1").arg(numberCounter++, 8, 10, QLatin1Char('0')));
        const QJsonObject body {{QStringLiteral("PhoneNumberSet"), numbers},
                                {QStringLiteral("SmsSdkAppId"), sandbox.appId()},
                                {QStringLiteral("SignName"), QStringLiteral("沙盒科技")},
                                {QStringLiteral("TemplateId"), QStringLiteral("200001")},
                                {QStringLiteral("TemplateParamSet"),
                                 QJsonArray {QStringLiteral("123456"), QStringLiteral("5")}}};
        api::ApiCall *call = client.call(QStringLiteral("SendSms"), body);
        QObject::connect(call, &api::ApiCall::finished, call, [&, call] {
            if (!call->succeeded()) {
                if (++failed <= 3)
                    std::fprintf(stderr, "failed: %s\n", qPrintable(call->error().summary()));
            }
            call->deleteLater();
            if (++done == total) {
                const double seconds = timer.elapsed() / 1000.0;
                std::printf("%d SendSms requests (%d numbers) in %.2f s: %.0f requests/s, "
                            "%.0f numbers/s, %d failed\n",
                            total, total * 200, seconds, total / seconds, total * 200 / seconds,
                            failed);
                QCoreApplication::exit(failed ? 1 : 0);
                return;
            }
            next();
        });
    };

    QObject::connect(&sandbox, &sandbox::SandboxThread::started, &app, [&] {
        api::ClientConfig config;
        config.endpoint = sandbox.endpoint();
        config.timeoutMs = 60000;
        client.setConfig(config);
        client.setCredential({sandbox.secretId(), sandbox.secretKey(), {}});
        timer.start();
        for (int i = 0; i < inFlight; ++i)
            next();
    });
    QObject::connect(&sandbox, &sandbox::SandboxThread::failed, &app, [](const QString &e) {
        std::fprintf(stderr, "sandbox failed: %s\n", qPrintable(e));
        QCoreApplication::exit(2);
    });
    const int code = app.exec();
    QElapsedTimer stopping;
    stopping.start();
    sandbox.stop();
    if (statePath.isEmpty() || code != 0)
        return code;
    std::printf("state of %d numbers saved at stop in %lld ms\n", total * 200, stopping.elapsed());

    QElapsedTimer loading;
    QObject::disconnect(&sandbox, nullptr, &app, nullptr);
    QObject::connect(&sandbox, &sandbox::SandboxThread::started, &app, [&] {
        std::printf("state loaded at start in %lld ms\n", loading.elapsed());
        QCoreApplication::exit(0);
    });
    QObject::connect(&sandbox, &sandbox::SandboxThread::failed, &app, [](const QString &e) {
        std::fprintf(stderr, "sandbox failed to load its state: %s\n", qPrintable(e));
        QCoreApplication::exit(2);
    });
    loading.start();
    sandbox.start(options);
    return app.exec();
}
