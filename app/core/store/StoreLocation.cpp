// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/StoreLocation.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace sms::store {

StoreLocation StoreLocation::sqlite(const QString &path)
{
    StoreLocation location;
    location.engine = Engine::Sqlite;
    location.path = path;
    return location;
}

std::optional<StoreLocation> StoreLocation::fromUrl(const QString &text, QString *error)
{
    auto refuse = [&](const QString &why) -> std::optional<StoreLocation> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    // libpq accepts a socket folder as a percent-encoded host
    // (postgresql://%2Frun%2Fpostgresql/db), which QUrl refuses as a host
    // name: it is taken out first and put back after parsing.
    QString trimmed = text.trimmed();
    QString socketHost;
    static const QRegularExpression encodedSocket(
        QStringLiteral("^(postgres(?:ql)?://(?:[^@/?]*@)?)(%2[Ff][^:/?]*)"),
        QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch match = encodedSocket.match(trimmed); match.hasMatch()) {
        socketHost = QUrl::fromPercentEncoding(match.captured(2).toLatin1());
        trimmed.replace(match.capturedStart(2), match.capturedLength(2), QStringLiteral("socket"));
    }
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return refuse(tr("not a URL: %1").arg(url.errorString()));
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres"))
        return refuse(tr("the URL must start with postgresql://"));
    // A password in a URL ends up in shell histories, process lists and
    // settings files; it belongs in the keychain.
    if (!url.password().isEmpty())
        return refuse(tr("the URL holds a password; leave it out, it is kept in the keychain"));
    StoreLocation location;
    location.engine = Engine::Postgres;
    location.host = socketHost.isEmpty() ? url.host(QUrl::FullyDecoded) : socketHost;
    location.user = url.userName(QUrl::FullyDecoded);
    location.database = url.path(QUrl::FullyDecoded).mid(1);
    if (url.port() != -1)
        location.port = url.port();
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host")) {
            location.host = value;
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            const int port = value.toInt(&ok);
            if (!ok || port <= 0 || port > 65535)
                return refuse(tr("the port %1 is not a port number").arg(value));
            location.port = port;
        } else if (key == QLatin1String("user")) {
            location.user = value;
        } else if (key == QLatin1String("dbname")) {
            location.database = value;
        } else if (key == QLatin1String("sslmode")) {
            static const QStringList modes = {
                QStringLiteral("disable"),   QStringLiteral("allow"),
                QStringLiteral("prefer"),    QStringLiteral("require"),
                QStringLiteral("verify-ca"), QStringLiteral("verify-full"),
            };
            if (!modes.contains(value))
                return refuse(tr("unknown sslmode %1 (one of %2)")
                                  .arg(value, modes.join(QStringLiteral(", "))));
            location.sslMode = value;
        } else if (key == QLatin1String("password")) {
            return refuse(tr("the URL holds a password; leave it out, it is kept in the keychain"));
        } else {
            return refuse(tr("unknown URL parameter %1").arg(key));
        }
    }
    if (location.database.isEmpty() || location.database.contains(u'/'))
        return refuse(tr("the URL names no database (postgresql://user@host/DATABASE)"));
    if (location.host.isEmpty())
        location.host = QStringLiteral("localhost");
    return location;
}

QString StoreLocation::url() const
{
    if (engine == Engine::Sqlite)
        return path;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    QUrlQuery query;
    if (host.startsWith(u'/'))
        query.addQueryItem(QStringLiteral("host"), host);
    else
        url.setHost(host);
    url.setPort(port == 5432 ? -1 : port);
    url.setPath(u'/' + database);
    if (!sslMode.isEmpty())
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    url.setQuery(query);
    return url.toString();
}

QString StoreLocation::displayName() const
{
    if (engine == Engine::Sqlite)
        return path;
    QString where = host.startsWith(u'/') ? tr("local socket") : host;
    if (port != 5432)
        where += u':' + QString::number(port);
    return user.isEmpty() ? QStringLiteral("%1/%2").arg(where, database)
                          : QStringLiteral("%1@%2/%3").arg(user, where, database);
}

} // namespace sms::store
