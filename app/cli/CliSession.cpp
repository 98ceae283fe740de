// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliSession.h"

#include <QCryptographicHash>
#include <QUrl>

namespace sms::cli {

CliSession::CliSession(api::ApiClient &client, const QString &profileName, QObject *parent)
    : Session(parent)
    , m_api(&client)
    , m_profileName(profileName)
{ }

QString CliSession::environmentName(const QUrl &endpoint, const QString &secretId)
{
    const QByteArray hash
        = QCryptographicHash::hash(secretId.toUtf8(), QCryptographicHash::Sha256).toHex().left(12);
    // The host without its port: a sandbox comes back on another port.
    return QStringLiteral("environment %1 %2").arg(endpoint.host(), QString::fromLatin1(hash));
}

} // namespace sms::cli
