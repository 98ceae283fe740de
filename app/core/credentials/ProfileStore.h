// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentials/Profile.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

class QSettings;

namespace sms::credentials {

// Profiles in QSettings (never a secret in there): names, endpoints,
// regions, application ids, the active profile. The GUI and smsctl read the
// same store (organization "SmsConsole", application "SMS Console", INI
// format). Every read looks at the file again, so a change made by another
// process or another ProfileStore is seen at once. Renaming or removing a
// profile does not touch its keychain entry: see SecretStore::rename/remove.
class ProfileStore : public QObject
{
    Q_OBJECT

public:
    // settingsPath empty: the platform's normal location for the app.
    explicit ProfileStore(const QString &settingsPath = QString(), QObject *parent = nullptr);
    ~ProfileStore() override;

    // In the order they were created.
    QStringList names() const;
    QList<Profile> profiles() const;
    std::optional<Profile> profile(const QString &name) const;
    bool contains(const QString &name) const;
    // Adds or replaces (by name). Returns false for an invalid name
    // (empty, or with '/' or '\'), a storeUrl StoreLocation::fromUrl refuses
    // (one holding a password among them), or when the file could not be
    // written.
    bool save(const Profile &profile);
    // False when "from" does not exist, "to" is invalid or taken. The active
    // profile follows the rename.
    bool rename(const QString &from, const QString &to);
    // Removing the active profile leaves no profile active.
    void remove(const QString &name);

    // Empty when none is active (or the one named in the file is gone).
    QString activeName() const;
    // Empty clears; an unknown name is ignored.
    void setActiveName(const QString &name);

    // The file in use, for display ("where are my settings?").
    QString settingsPath() const;

    // Not empty, not only whitespace, at most 100 characters, no '/' or '\',
    // no control or invisible format characters.
    static bool isValidName(const QString &name);

Q_SIGNALS:
    // After any change made through this object.
    void changed();

private:
    QList<Profile> load() const;
    bool store(const QList<Profile> &profiles);
    bool commit();

    std::unique_ptr<QSettings> m_settings;
};

} // namespace sms::credentials
