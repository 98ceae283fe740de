// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/SandboxLauncher.h"

#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxStore.h"

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
    SandboxSettings &settings = server->service().settings();
    if (options.reviewDelaySeconds >= 0)
        settings.reviewDelaySeconds = options.reviewDelaySeconds;
    if (options.idleTimeoutSeconds >= 0)
        settings.idleTimeoutMs = options.idleTimeoutSeconds * 1000;
    if (options.headerTimeoutSeconds >= 0)
        settings.headerTimeoutMs = options.headerTimeoutSeconds * 1000;
    if (options.maxConnectionsPerPeer >= 0)
        settings.maxConnectionsPerPeer = options.maxConnectionsPerPeer;

    // Listening first: a sandbox that cannot serve leaves no state behind.
    if (!server->listenLocal(options.port)) {
        result.error = QStringLiteral("cannot listen on 127.0.0.1:%1").arg(options.port);
        return result;
    }

    SandboxService &service = server->service();
    // A fresh account, with the keys given or generated ones.
    const auto seed = [&] {
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
    };
    if (options.statePath.isEmpty()) {
        seed();
    } else {
        auto store = std::make_unique<SandboxStore>();
        if (!store->open(options.statePath, options.importStatePath, &result.error))
            return result;
        if (store->hasAccount()) {
            if (!store->load(service.state(), &result.error))
                return result;
            // Keys given on the command line win over the saved ones.
            if (!options.secretId.isEmpty())
                service.state().secretId = options.secretId;
            if (!options.secretKey.isEmpty())
                service.state().secretKey = options.secretKey;
        } else {
            seed();
        }
        // A new account, or new keys, are on disk before the first request.
        if (!store->commit(service.state(), &result.error))
            return result;
        server->setStore(std::move(store));
    }

    result.server = std::move(server);
    return result;
}

} // namespace sms::sandbox
