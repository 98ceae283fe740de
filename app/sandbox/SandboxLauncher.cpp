// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/SandboxLauncher.h"

#include "sandbox/SandboxServer.h"

#include <QFileInfo>
#include <QRandomGenerator>

namespace sms::sandbox {

namespace {
QString randomText(int length)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString out;
    for (int i = 0; i < length; ++i)
        out.append(QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))]));
    return out;
}
} // namespace

SandboxLauncher::Started SandboxLauncher::launch(const SandboxOptions &options)
{
    Started result;
    auto server = std::make_unique<SandboxServer>();

    if (!options.clock.isEmpty() && !server->clock().configure(options.clock, &result.error))
        return result;
    if (!options.faults.isEmpty() && !server->faults().parse(options.faults, &result.error))
        return result;
    if (options.reviewDelaySeconds >= 0)
        server->service().settings().reviewDelaySeconds = options.reviewDelaySeconds;

    SandboxService &service = server->service();
    const bool haveState = !options.statePath.isEmpty() && QFileInfo::exists(options.statePath);
    if (haveState) {
        if (!service.state().load(options.statePath, &result.error))
            return result;
        // Keys given on the command line win over the saved ones.
        if (!options.secretId.isEmpty())
            service.state().secretId = options.secretId;
        if (!options.secretKey.isEmpty())
            service.state().secretKey = options.secretKey;
    } else {
        const QString id = options.secretId.isEmpty()
            ? QStringLiteral("AKIDsandbox") + randomText(25)
            : options.secretId;
        QString key = options.secretKey;
        if (key.isEmpty()) {
            key = randomText(32);
            result.generatedKey = true;
        }
        const qint64 now = server->clock().nowSecs();
        service.seedAccount(id, key, options.appId, now);
        if (options.demo)
            service.seedDemo(now);
    }

    if (!server->listenLocal(options.port)) {
        result.error = QStringLiteral("cannot listen on 127.0.0.1:%1").arg(options.port);
        return result;
    }
    result.server = std::move(server);
    return result;
}

bool SandboxLauncher::save(SandboxServer &server, const QString &path, QString *error)
{
    return server.service().state().save(path, error);
}

} // namespace sms::sandbox
