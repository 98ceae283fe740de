// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/ProfileConfig.h"

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

} // namespace sms::credentials
