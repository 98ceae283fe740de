// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ClientConfig.h"
#include "credentials/Profile.h"

#include <QString>
#include <QUrl>

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

} // namespace sms::credentials
