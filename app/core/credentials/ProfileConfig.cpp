// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/ProfileConfig.h"

#include "store/Database.h"

namespace sms::credentials {

api::ClientConfig clientConfigFor(const Profile &profile, const QString &interfaceApiLanguage,
                                  const QUrl &endpoint)
{
    api::ClientConfig config;
    config.endpoint = endpoint.isEmpty() ? profile.endpoint : endpoint;
    if (!profile.region.isEmpty())
        config.region = profile.region;
    config.language = profile.serverLanguage.isEmpty() ? interfaceApiLanguage
                                                       : profile.serverLanguage;
    return config;
}

std::optional<store::StoreLocation> storeLocationFor(const Profile &profile,
                                                     const QString &storePassword,
                                                     const QString &directory, QString *error)
{
    if (profile.storeUrl.isEmpty())
        return store::StoreLocation::sqlite(store::Database::defaultPath(profile.name, directory));
    std::optional<store::StoreLocation> location
        = store::StoreLocation::fromUrl(profile.storeUrl, error);
    if (location)
        location->password = storePassword;
    return location;
}

} // namespace sms::credentials
