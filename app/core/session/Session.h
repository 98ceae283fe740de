// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "store/Database.h"
#include "store/StoreLocation.h"

#include <QObject>
#include <QString>

namespace sms::api {
class SmsApi;
}

namespace sms::session {

// What a page's store needs of the running session, and nothing more: the
// typed API of the active profile, which application it works with, and
// when to forget what it loaded. The GUI's AppController implements it;
// tests and smsctl can implement it over a client of their own.
//
// A store clears its records on profileChanged() (another account's data
// must never show under this one) and loads once isReady() is true.
class Session : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // The API of the active profile. Valid for the session's whole life;
    // the client behind it is reconfigured when the profile changes.
    virtual api::SmsApi &api() = 0;
    // The active profile's name; empty when none is active.
    virtual QString profileName() const = 0;
    // The SmsSdkAppId requests go to: the profile's first one.
    virtual QString appId() const = 0;
    // The active profile is the built-in sandbox (nothing is really sent).
    virtual bool isSandbox() const = 0;
    // Keys are loaded and requests can be signed.
    virtual bool isReady() const = 0;
    // A page's failure, for the status bar's "last error".
    virtual void reportError(const api::ApiError &error) = 0;
    // Where the active profile's store lives: the shared PostgreSQL
    // database its URL names (with the keychain's password), or its SQLite
    // file. This default is the profile's file in SMS Console's data folder.
    virtual store::StoreLocation storeLocation() const
    {
        return store::StoreLocation::sqlite(store::Database::defaultPath(profileName()));
    }

    // The store a page's store opens: given, when it names one (a test's
    // file, a journal picked by hand), else storeLocation(); a profile on
    // SQLite has its file in directory when one is given.
    store::StoreLocation storeFor(const store::StoreLocation &given,
                                  const QString &directory = {}) const
    {
        if (given.isShared() || !given.path.isEmpty())
            return given;
        store::StoreLocation location = storeLocation();
        if (!location.isShared() && !directory.isEmpty())
            location.path = store::Database::defaultPath(profileName(), directory);
        return location;
    }

Q_SIGNALS:
    // Another profile became active (or the active one was reloaded with
    // new settings or keys): everything loaded so far belongs to the old one.
    void profileChanged();
    // isReady() changed.
    void readyChanged();
};

} // namespace sms::session
