// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/KeychainErrors.h"

#include "credentials/SecretStore.h"

#if defined(SMS_KEYCHAIN_USES_DBUS)
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusReply>
#endif

namespace sms::credentials::detail {

QString keychainErrorCode(QKeychain::Error error, bool secretServiceReachable)
{
    switch (error) {
    case QKeychain::NoError:
        return QString();
    case QKeychain::EntryNotFound:
        return QString::fromLatin1(KeychainCode::EntryNotFound);
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return QString::fromLatin1(KeychainCode::AccessDenied);
    case QKeychain::NoBackendAvailable:
        return QString::fromLatin1(KeychainCode::Unavailable);
    case QKeychain::OtherError:
        if (!secretServiceReachable)
            return QString::fromLatin1(KeychainCode::Unavailable);
        break;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NotImplemented:
        break;
    }
    return QString::fromLatin1(KeychainCode::Error);
}

bool secretServiceReachable()
{
#if defined(SMS_KEYCHAIN_USES_DBUS)
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return false;
    QDBusConnectionInterface *daemon = bus.interface();
    if (!daemon)
        return false;
    const QStringList services = {QStringLiteral("org.freedesktop.secrets"),
                                  QStringLiteral("org.kde.kwalletd6"),
                                  QStringLiteral("org.kde.kwalletd5")};
    const QDBusReply<QStringList> activatable = daemon->activatableServiceNames();
    for (const QString &service : services) {
        const QDBusReply<bool> registered = daemon->isServiceRegistered(service);
        if (registered.isValid() && registered.value())
            return true;
        if (activatable.isValid() && activatable.value().contains(service))
            return true;
    }
    return false;
#else
    return true;
#endif
}

} // namespace sms::credentials::detail
