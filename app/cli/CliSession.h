// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/SmsApi.h"
#include "session/Session.h"

#include <optional>

namespace sms::api {
class ApiClient;
}

namespace sms::cli {

// smsctl's session::Session: the stores of `smsctl sign` and `smsctl
// template` see the command's own client, ready at once (the keys are
// known before the command starts), under a name that scopes what is
// remembered of the profile's applications. Errors are smsctl's to print,
// so reportError() keeps nothing.
class CliSession : public session::Session
{
    Q_OBJECT

public:
    CliSession(api::ApiClient &client, const QString &profileName, QObject *parent = nullptr);

    // The name that stands for keys taken from the environment: one per
    // endpoint host and SecretId (hashed; the SecretId itself is kept
    // nowhere).
    static QString environmentName(const QUrl &endpoint, const QString &secretId);

    api::SmsApi &api() override { return m_api; }
    QString profileName() const override { return m_profileName; }
    QString appId() const override { return {}; }
    bool isSandbox() const override { return false; }
    bool isReady() const override { return true; }
    void reportError(const api::ApiError &) override { }
    // The store chosen by the command line (smsctl --store, the profile's).
    store::StoreLocation storeLocation() const override
    {
        return m_store ? *m_store : Session::storeLocation();
    }
    void setStoreLocation(const store::StoreLocation &location) { m_store = location; }

private:
    api::SmsApi m_api;
    QString m_profileName;
    std::optional<store::StoreLocation> m_store;
};

} // namespace sms::cli
