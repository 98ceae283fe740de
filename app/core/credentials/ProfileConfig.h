// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ClientConfig.h"
#include "credentials/Profile.h"
#include "store/StoreLocation.h"

#include <QString>
#include <QUrl>

#include <optional>

namespace sms::credentials {

// The client settings a profile stands for: endpoint, region (the service's
// default when the profile leaves it empty) and the language of the
// service's messages. The session, the profiles dialog's connection test and
// smsctl --profile all configure their clients through this one function, so
// a profile means the same thing to each of them.
//
// endpoint: where to send; empty means the profile's own endpoint (the
// sandbox profile passes the running sandbox's address here).
// interfaceApiLanguage: the X-TC-Language that matches the interface
// ("zh-CN" or "en-US"), used unless the profile pins its own.
api::ClientConfig clientConfigFor(const Profile &profile, const QString &interfaceApiLanguage,
                                  const QUrl &endpoint = QUrl());

// Where a profile's store lives, for everything that opens it (the pages'
// stores, the history, statistics, smsctl): the shared PostgreSQL database
// its storeUrl names, with storePassword (from the keychain; empty lets
// libpq look in PGPASSFILE or ~/.pgpass), or else its own SQLite file,
// Database::defaultPath(profile.name, directory). Nothing, with *error set,
// when the storeUrl is not one StoreLocation::fromUrl accepts (a settings
// file edited by hand).
std::optional<store::StoreLocation> storeLocationFor(const Profile &profile,
                                                     const QString &storePassword = {},
                                                     const QString &directory = {},
                                                     QString *error = nullptr);

} // namespace sms::credentials
