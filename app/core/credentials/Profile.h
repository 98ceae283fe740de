// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace sms::credentials {

// One SmsSdkAppId of an account, with the operator's own label for it.
struct AppIdEntry
{
    QString appId;
    QString label;

    friend bool operator==(const AppIdEntry &, const AppIdEntry &) = default;
};

// An account the console can work with. Holds no secret: the SecretId and
// SecretKey live in the OS keychain (SecretStore), keyed by the profile name.
struct Profile
{
    QString name;
    QUrl endpoint{QStringLiteral("https://sms.tencentcloudapi.com")};
    QString region = QStringLiteral("ap-guangzhou");
    // Language of the service's messages: "zh-CN", "en-US", or empty to
    // follow the interface language.
    QString serverLanguage;
    QList<AppIdEntry> appIds;
    // The built-in sandbox: no keychain entry, credentials come from the
    // sandbox when it starts.
    bool sandbox = false;
    // A clock correction the operator chose to remember (seconds added to
    // the signing clock); 0 when none.
    qint64 clockOffsetSeconds = 0;
    // The shared store a team works in: a postgresql:// URL without a
    // password (StoreLocation::fromUrl reads it; the password is in the
    // keychain, SecretStore::readStorePassword). Empty: the profile's own
    // SQLite file on this computer.
    QString storeUrl;

    QString defaultAppId() const { return appIds.isEmpty() ? QString() : appIds.first().appId; }

    friend bool operator==(const Profile &, const Profile &) = default;
};

} // namespace sms::credentials
