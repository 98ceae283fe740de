// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "api/Credential.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace sms::credentials {

class SecretJob;

// The error codes of a failed SecretJob; each has an entry in the error
// catalog (errors/ErrorCatalog.cpp).
namespace KeychainCode {
// No keychain to talk to: no D-Bus session, no Secret Service, no backend.
inline constexpr auto Unavailable = "ClientError.KeychainUnavailable";
// The profile has no entry (never saved, or removed).
inline constexpr auto EntryNotFound = "ClientError.KeychainEntryNotFound";
// The keychain is locked, or the user refused access.
inline constexpr auto AccessDenied = "ClientError.KeychainAccessDenied";
// Anything else the keychain reported, or an entry SMS Console cannot read.
inline constexpr auto Error = "ClientError.KeychainError";
} // namespace KeychainCode

// SecretId and SecretKey of each profile, in the OS keychain through
// QtKeychain (Secret Service on Linux), one entry per profile. Every call is
// asynchronous and returns a job that finishes once.
//
// There is no plaintext fallback. When the keychain is unavailable the job
// fails with code "ClientError.KeychainUnavailable"; the UI may then keep the
// credential for this session only, in memory (setSessionCredential).
//
// The entry: service service() ("SMS Console"), key keyFor(profile) =
// "profile/<name>", value a small JSON object {"SecretId":..,"SecretKey":..}
// (plus "Token" for temporary credentials). Keychain jobs run one after the
// other, in the order they were started.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    explicit SecretStore(const QString &service = QStringLiteral("SMS Console"),
                         QObject *parent = nullptr);

    // The jobs are children of this store; delete each with deleteLater()
    // after its finished().
    //
    // read: the session credential if there is one, else the keychain's.
    SecretJob *read(const QString &profileName);
    // An incomplete credential fails with "ClientError.MissingCredentials".
    // On success a session credential of the profile is dropped: the
    // keychain now holds the keys.
    SecretJob *write(const QString &profileName, const api::Credential &credential);
    // Drops the session credential at once, then the keychain entries (the
    // keys and the shared store's password). Removing an entry that does not
    // exist succeeds.
    SecretJob *remove(const QString &profileName);
    // Moves the keys along with a renamed profile (ProfileStore::rename):
    // read "from", write "to", remove "from", then the same for the shared
    // store's password when there is one. The session credential moves at
    // once. Fails with EntryNotFound when "from" has neither.
    SecretJob *rename(const QString &from, const QString &to);

    // The password of the profile's shared store (a PostgreSQL role's), in
    // an entry of its own: key storeKeyFor(profile) = "store/<name>", value
    // the password as it is. No session fallback and no plaintext copy:
    // without a keychain the store is reached with libpq's own password
    // file (~/.pgpass) or not at all.
    //
    // readStorePassword: the password in SecretJob::storePassword();
    // EntryNotFound when the profile has none.
    SecretJob *readStorePassword(const QString &profileName);
    // An empty password removes the entry.
    SecretJob *writeStorePassword(const QString &profileName, const QString &password);
    SecretJob *removeStorePassword(const QString &profileName);

    // Memory only, gone when the process ends. read() answers from here first.
    void setSessionCredential(const QString &profileName, const api::Credential &credential);
    bool hasSessionCredential(const QString &profileName) const;
    void clearSessionCredential(const QString &profileName);

    QString service() const { return m_service; }
    // The keychain key of a profile.
    static QString keyFor(const QString &profileName);
    // The keychain key of a profile's shared-store password.
    static QString storeKeyFor(const QString &profileName);

private:
    struct KeychainResult;
    enum class Operation { Read, Write, Delete };
    using Done = std::function<void(const KeychainResult &)>;
    void runKeychain(Operation operation, SecretJob *job, const QString &key,
                     const QByteArray &data, Done done);
    void finishFromKeychain(SecretJob *job, const KeychainResult &result);
    // What a missing entry means to a step: removed already, or a failure.
    enum class Missing { IsDone, IsFailure };
    // A step that goes on with next() when the keychain did it, and ends
    // the job with the keychain's failure otherwise.
    Done ifSucceeded(SecretJob *job, Missing missing, std::function<void()> next);

    QString m_service;
    QHash<QString, api::Credential> m_session;
};

// One keychain operation. Delete with deleteLater() after finished().
class SecretJob : public QObject
{
    Q_OBJECT

public:
    enum class Kind { Read, Write, Remove, Rename };

    explicit SecretJob(Kind kind, const QString &profileName, QObject *parent = nullptr);

    Kind kind() const { return m_kind; }
    // For Rename, the old name.
    QString profileName() const { return m_profileName; }
    bool succeeded() const { return m_errorCode.isEmpty(); }
    // "ClientError.KeychainUnavailable", "ClientError.KeychainEntryNotFound",
    // "ClientError.KeychainAccessDenied", "ClientError.KeychainError"; empty on success.
    QString errorCode() const { return m_errorCode; }
    // A translated sentence for the operator; holds no secret.
    QString errorString() const { return m_errorString; }
    // The failure as every other failure is reported: a Configuration
    // ApiError with the keychain's code, so the status bar, the guidance
    // dialog and smsctl explain it like any API error. No error on success.
    api::ApiError error() const;
    // For a successful read.
    api::Credential credential() const { return m_credential; }
    // For a successful readStorePassword().
    QString storePassword() const { return m_storePassword; }
    bool fromSession() const { return m_fromSession; }
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    // Exactly once, always from the event loop (never inside read(),
    // write(), remove() or rename()).
    void finished();

private:
    friend class SecretStore;
    void finish(const QString &errorCode, const QString &errorString);
    void finishLater(const QString &errorCode, const QString &errorString);

    Kind m_kind;
    QString m_profileName;
    QString m_errorCode;
    QString m_errorString;
    api::Credential m_credential;
    QString m_storePassword;
    bool m_fromSession = false;
    bool m_finished = false;
    bool m_finishScheduled = false;
};

} // namespace sms::credentials
