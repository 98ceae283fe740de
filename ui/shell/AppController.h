// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiCall.h"
#include "api/ApiError.h"
#include "api/Credential.h"
#include "credentials/Profile.h"
#include "session/Session.h"
#include "shell/AppOptions.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>
#include <optional>

class QSettings;

namespace sms::api {
class ApiClient;
class SmsApi;
} // namespace sms::api

namespace sms::credentials {
class ProfileStore;
class SecretStore;
} // namespace sms::credentials

namespace sms::sandbox {
class SandboxSession;
}

namespace sms::history {
class ReceiptPuller;
}

namespace sms::session {
class ClockCorrection;
}

namespace sms::store {
class Database;
}

namespace sms::ui {

// The session behind the main window: which profile is active, and the one
// ApiClient (with its SmsApi) every page talks through. It owns the profile
// store, the secret store, the client and, when needed, the in-process
// sandbox, so app/main.cpp only parses the command line.
//
// Activating a profile:
//
//   activateProfile(name)
//      |-- sandbox profile --> StartingSandbox --(sandbox started)--+
//      |                                                           |
//      +-- real profile -----> ReadingKeys --(keychain answered)---+--> Checking --> Ready
//                                   |                                     |
//                                   +--> NoKeys (no entry, keychain down)  +--> Failed
//
// Each activation carries a generation number; answers that arrive for an
// older activation (a slow keychain, a sandbox that starts late) are ignored.
//
// Clock: ClockCorrection keeps the signing clock in step; the controller
// adds what belongs to profiles (remembering a correction in one).
//
// Pages see it only as a session::Session: the API, the application id, and
// when to forget what they loaded.
class AppController : public session::Session
{
    Q_OBJECT

public:
    enum class State {
        Idle,            // nothing active yet
        StartingSandbox, // waiting for the in-process sandbox
        ReadingKeys,     // waiting for the keychain
        Checking,        // the connection check is running
        Ready,           // the last check succeeded
        NoKeys,          // the profile has no usable keys
        Failed,          // the last check (or the sandbox) failed
    };
    Q_ENUM(State)

    explicit AppController(const AppOptions &options = {}, QObject *parent = nullptr);
    ~AppController() override;

    // Installs the language and activates the profile the options and the
    // settings ask for (the sandbox when there is none). Call once.
    void start();

    credentials::ProfileStore &profiles() { return *m_profiles; }
    credentials::SecretStore &secrets() { return *m_secrets; }
    api::ApiClient &client() { return *m_client; }
    sandbox::SandboxSession &sandbox() { return *m_sandbox; }
    session::ClockCorrection &clock() { return *m_clock; }

    // session::Session
    api::SmsApi &api() override { return *m_api; }
    QString profileName() const override { return m_activeName; }
    QString appId() const override;
    bool isSandbox() const override { return m_activeIsSandbox; }
    bool isReady() const override { return m_state == State::Ready; }
    // The settings file shared with ProfileStore; the UI keeps its own keys
    // under "ui/".
    QSettings &settings() { return *m_settings; }
    const AppOptions &options() const { return m_options; }

    // The name of the built-in sandbox profile, as stored.
    static QString sandboxProfileName();
    // How a profile is shown: the sandbox's name is translated.
    static QString displayName(const credentials::Profile &profile);

    // True when no profile existed when start() ran.
    bool isFirstRun() const { return m_firstRun; }
    // What the command line asked for that start() could not do (a profile
    // that does not exist, a language SMS Console does not offer), as
    // translated sentences for standard error and the window.
    QStringList startupProblems() const { return m_startupProblems; }

    QString activeName() const { return m_activeName; }
    std::optional<credentials::Profile> activeProfile() const;
    bool isSandboxActive() const { return m_activeIsSandbox; }
    State state() const { return m_state; }
    // Set while a real profile works with keys kept in memory only.
    bool isSessionOnlyCredential() const { return m_sessionOnly; }

    // The in-process sandbox, once started.
    bool isSandboxRunning() const;
    QUrl sandboxEndpoint() const;
    api::Credential sandboxCredential() const;
    QString sandboxAppId() const;
    QString sandboxProblem() const;
    // Starts the sandbox if it is not running yet (started or failed follow).
    void ensureSandbox();

    // The most recent failure of the session's client (connection check,
    // keychain, or what a page reported), for the status bar.
    bool hasLastError() const { return m_lastError.isError(); }
    api::ApiError lastError() const { return m_lastError; }
    QDateTime lastErrorTime() const { return m_lastErrorTime; }
    // The last error came from the session itself (activating the profile,
    // its keys, the sandbox, the connection check), not from a page: checking
    // the connection again is what retries it.
    bool isLastErrorFromSession() const { return m_lastErrorFromSession; }

    // Clock. offset: what is added to the computer's clock when signing.
    qint64 clockOffset() const;
    // A measured skew not corrected yet (server minus signing clock), if any.
    std::optional<qint64> pendingClockSkew() const;
    // The offset in use is the one saved in the active profile.
    bool isClockOffsetRemembered() const;

    // Where the profiles' databases (campaign journal and history) are
    // kept: empty for the standard place shared with smsctl, or the
    // console's own data directory when it was given one.
    QString databaseDirectory() const;
    // Where the active profile's store is: its shared PostgreSQL database
    // (with the keychain's password) or its SQLite file; none with no
    // active profile.
    store::StoreLocation storeLocation() const override;
    // The SQLite file of the active profile; empty for a shared store or
    // with no active profile.
    QString databasePath() const;
    // Pulls the active profile's delivery receipts and replies into its
    // history while the session is ready and the profile has an
    // SmsSdkAppId; null otherwise. Quiet: a failure reaches the status bar
    // once, not again until a pull has succeeded.
    history::ReceiptPuller *receiptPuller() const { return m_puller.get(); }

    // "zh_CN" or "en".
    QString language() const;
    // X-TC-Language for the active profile: its own choice, else the UI's.
    QString serverLanguageFor(const credentials::Profile &profile) const;

public Q_SLOTS:
    // Makes the profile active (and remembers the choice) without a restart.
    void activateProfile(const QString &name);
    // The built-in sandbox profile (created if it was removed).
    void activateSandboxProfile();
    // After the active profile was edited: reloads its settings and keys.
    void reloadActiveProfile();
    // Runs DescribeSmsSignList with the session's client.
    void checkConnection();
    // "zh_CN" or "en": retranslates every window, remembers the choice, and
    // makes X-TC-Language follow unless the profile pins it.
    void setLanguage(const QString &language);

    // Signs with the corrected time from now on (this session). relative is
    // what the error measured (server minus the signing clock then); when a
    // skew is pending, that measurement is used, so two buttons for the same
    // skew never correct twice.
    void correctClock(qint64 relativeSeconds);
    void correctPendingClock();
    // Saves the offset in use into the active profile.
    void rememberClockOffset();
    // Back to the computer's own clock, and forgets a saved correction.
    void resetClock();
    void dismissClockSkew();

    // Pages report their failures here, so the status bar shows them.
    void reportError(const sms::api::ApiError &error) override;
    void clearLastError();

Q_SIGNALS:
    void activeProfileChanged();
    void stateChanged();
    void lastErrorChanged();
    void clockChanged();
    void sandboxStarted();
    void sandboxFailed(const QString &problem);
    void languageChanged();
    // receiptPuller() started or stopped.
    void receiptPullerChanged();

private:
    void setState(State state);
    void configureClient(const credentials::Profile &profile, const QUrl &endpoint);
    void activateSandbox(quint64 generation);
    void readStorePassword(quint64 generation);
    void keysRead(quint64 generation);
    void onSandboxStarted();
    void onSandboxFailed(const QString &problem);
    // Returns the sandbox profile's name, creating the profile if needed.
    QString ensureSandboxProfile();
    void setLastError(const api::ApiError &error, bool fromSession = true);
    // Starts or stops the receipt puller to match the session.
    void updateReceiptPuller();

    AppOptions m_options;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<credentials::ProfileStore> m_profiles;
    std::unique_ptr<credentials::SecretStore> m_secrets;
    std::unique_ptr<api::ApiClient> m_client;
    std::unique_ptr<api::SmsApi> m_api;
    std::unique_ptr<session::ClockCorrection> m_clock;
    std::unique_ptr<sandbox::SandboxSession> m_sandbox;

    bool m_firstRun = false;
    QStringList m_startupProblems;
    QString m_activeName;
    bool m_activeIsSandbox = false;
    bool m_sessionOnly = false;
    // The active profile's shared-store password, from the keychain.
    QString m_storePassword;
    quint64 m_generation = 0;
    State m_state = State::Idle;
    QPointer<api::ApiCall> m_check;

    api::ApiError m_lastError;
    QDateTime m_lastErrorTime;
    bool m_lastErrorFromSession = false;

    // The puller goes before the database it writes to.
    std::unique_ptr<store::Database> m_history;
    std::unique_ptr<history::ReceiptPuller> m_puller;
    bool m_pullFailureShown = false;
};

} // namespace sms::ui
