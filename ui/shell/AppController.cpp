// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/AppController.h"

#include "Localization.h"
#include "Logging.h"
#include "OnFinished.h"
#include "api/ApiClient.h"
#include "api/SmsApi.h"
#include "credentials/ProfileConfig.h"
#include "credentials/ProfileStore.h"
#include "credentials/SecretStore.h"
#include "history/ReceiptPuller.h"
#include "sandbox/SandboxSession.h"
#include "session/ClockCorrection.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QSettings>
#include <QStandardPaths>

#include <cstdlib>

Q_LOGGING_CATEGORY(lcSession, "sms.ui.session")

namespace sms::ui {

using credentials::Profile;

namespace {
constexpr auto kLanguageKey = "ui/language";

std::unique_ptr<QSettings> openSettings(const QString &path)
{
    if (path.isEmpty())
        return std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                           QStringLiteral("SmsConsole"),
                                           QStringLiteral("SMS Console"));
    return std::make_unique<QSettings>(path, QSettings::IniFormat);
}
} // namespace

AppController::AppController(const AppOptions &options, QObject *parent)
    : session::Session(parent)
    , m_options(options)
    , m_settings(openSettings(options.settingsPath))
    , m_profiles(std::make_unique<credentials::ProfileStore>(options.settingsPath))
    , m_secrets(options.keychainService.isEmpty()
                    ? std::make_unique<credentials::SecretStore>()
                    : std::make_unique<credentials::SecretStore>(options.keychainService))
    , m_client(std::make_unique<api::ApiClient>())
    , m_api(std::make_unique<api::SmsApi>(m_client.get()))
    , m_clock(std::make_unique<session::ClockCorrection>(m_client.get()))
{
    if (m_options.dataDir.isEmpty())
        m_options.dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (m_options.sandbox.statePath.isEmpty() && !m_options.dataDir.isEmpty()) {
        m_options.sandbox.statePath = m_options.dataDir + QStringLiteral("/sandbox-state.sqlite");
        // Earlier versions kept the sandbox's account in a JSON file there.
        m_options.sandbox.importStatePath
            = m_options.dataDir + QStringLiteral("/sandbox-state.json");
    }
    m_options.sandbox.demo = m_options.sandboxDemo;
    m_sandbox = std::make_unique<sandbox::SandboxSession>(m_options.sandbox);
    connect(m_sandbox.get(), &sandbox::SandboxSession::started, this,
            &AppController::onSandboxStarted);
    connect(m_sandbox.get(), &sandbox::SandboxSession::failed, this,
            &AppController::onSandboxFailed);
    connect(m_clock.get(), &session::ClockCorrection::changed, this, &AppController::clockChanged);
    connect(this, &session::Session::readyChanged, this, &AppController::updateReceiptPuller);
    connect(this, &session::Session::profileChanged, this, &AppController::updateReceiptPuller);
}

AppController::~AppController()
{
    m_puller.reset();
    m_history.reset();
    // Saves the sandbox's state before the client it served goes away.
    m_sandbox->stop();
}

QString AppController::sandboxProfileName()
{
    return QStringLiteral("Sandbox");
}

QString AppController::displayName(const Profile &profile)
{
    return profile.sandbox ? tr("Sandbox") : profile.name;
}

void AppController::start()
{
    // A --lang SMS Console does not offer is reported below; the saved
    // choice, then the system's language, apply instead.
    std::optional<QLocale> locale = sms::Localization::localeFor(m_options.language);
    if (!locale)
        locale = sms::Localization::localeFor(m_settings->value(QLatin1String(kLanguageKey)).toString());
    sms::Localization::install(locale.value_or(QLocale::system()));
    if (!m_options.language.isEmpty() && !sms::Localization::localeFor(m_options.language))
        m_startupProblems.append(tr("SMS Console has no language \"%1\"; it uses %2 instead. "
                                    "Languages: %3.")
                                     .arg(m_options.language,
                                          QLocale(sms::Localization::current()).nativeLanguageName(),
                                          sms::Localization::acceptedLanguagesText()));

    m_firstRun = m_profiles->names().isEmpty();

    QString name;
    if (m_options.forceSandbox) {
        name = ensureSandboxProfile();
    } else if (!m_options.profileName.isEmpty() && m_profiles->profile(m_options.profileName)) {
        name = m_options.profileName;
    } else {
        if (!m_options.profileName.isEmpty()) {
            const QStringList names = m_profiles->names();
            m_startupProblems.append(
                names.isEmpty()
                    ? tr("There is no profile named \"%1\": no profiles are saved yet.")
                          .arg(m_options.profileName)
                    : tr("There is no profile named \"%1\" (saved profiles: %2); the last "
                         "profile used is active instead.")
                          .arg(m_options.profileName,
                               QLocale().createSeparatedList(names)));
        }
        name = m_profiles->activeName();
        if (name.isEmpty() || !m_profiles->profile(name)) {
            const QStringList names = m_profiles->names();
            if (names.isEmpty()) {
                name = ensureSandboxProfile();
            } else {
                name = names.first();
            }
        }
    }
    // A command-line choice is for this session; the stored active profile
    // changes only when the operator switches in the window.
    const bool fromCommandLine = m_options.forceSandbox || !m_options.profileName.isEmpty();
    const QString storedActive = m_profiles->activeName();
    activateProfile(name);
    if (fromCommandLine && !storedActive.isEmpty() && m_profiles->profile(storedActive))
        m_profiles->setActiveName(storedActive);
}

QString AppController::ensureSandboxProfile()
{
    for (const Profile &profile : m_profiles->profiles()) {
        if (profile.sandbox)
            return profile.name;
    }
    Profile sandbox;
    sandbox.name = sandboxProfileName();
    sandbox.sandbox = true;
    sandbox.endpoint = QUrl(QStringLiteral("http://127.0.0.1"));
    sandbox.appIds = {{m_options.sandbox.appId, QString()}};
    m_profiles->save(sandbox);
    return sandbox.name;
}

void AppController::activateSandboxProfile()
{
    activateProfile(ensureSandboxProfile());
}

std::optional<Profile> AppController::activeProfile() const
{
    if (m_activeName.isEmpty())
        return std::nullopt;
    return m_profiles->profile(m_activeName);
}

bool AppController::isSandboxRunning() const
{
    return m_sandbox->isRunning();
}

QUrl AppController::sandboxEndpoint() const
{
    return m_sandbox->endpoint();
}

api::Credential AppController::sandboxCredential() const
{
    return m_sandbox->credential();
}

QString AppController::sandboxAppId() const
{
    return m_sandbox->appId();
}

QString AppController::sandboxProblem() const
{
    return m_sandbox->problem();
}

void AppController::ensureSandbox()
{
    m_sandbox->ensureStarted();
}

QString AppController::appId() const
{
    const auto profile = activeProfile();
    return profile ? profile->defaultAppId() : QString();
}

void AppController::onSandboxStarted()
{
    // The state file may carry an application id of its own.
    for (Profile profile : m_profiles->profiles()) {
        if (profile.sandbox && profile.defaultAppId() != m_sandbox->appId()) {
            profile.appIds = {{m_sandbox->appId(), QString()}};
            m_profiles->save(profile);
        }
    }
    emit sandboxStarted();
    if (m_activeIsSandbox && m_state == State::StartingSandbox)
        activateSandbox(m_generation);
}

void AppController::onSandboxFailed(const QString &problem)
{
    emit sandboxFailed(problem);
    if (m_activeIsSandbox) {
        setLastError(api::ApiError::client(api::ApiError::Kind::Network,
                                           api::ClientCode::ConnectionRefused, problem));
        setState(State::Failed);
    }
}

void AppController::activateProfile(const QString &name)
{
    const auto profile = m_profiles->profile(name);
    if (!profile) {
        qCWarning(lcSession) << "cannot activate a profile that does not exist:" << name;
        return;
    }
    const quint64 generation = ++m_generation;
    if (m_check)
        m_check->cancel();
    m_check = nullptr;

    m_activeName = profile->name;
    m_activeIsSandbox = profile->sandbox;
    m_sessionOnly = false;
    m_storePassword.clear();
    m_profiles->setActiveName(profile->name);
    m_client->setCredential({});
    m_clock->setOffset(profile->clockOffsetSeconds);
    m_lastError = {};
    m_lastErrorTime = {};
    // Before anything else hears of the new profile: stores drop what
    // belongs to the old one.
    emit profileChanged();

    if (profile->sandbox) {
        configureClient(*profile, sandboxEndpoint());
        emit activeProfileChanged();
        emit lastErrorChanged();
        emit clockChanged();
        if (isSandboxRunning()) {
            activateSandbox(generation);
        } else {
            setState(State::StartingSandbox);
            ensureSandbox();
        }
        return;
    }

    configureClient(*profile, profile->endpoint);
    emit activeProfileChanged();
    emit lastErrorChanged();
    emit clockChanged();

    if (const api::ApiError problem = api::ApiClient::checkEndpoint(profile->endpoint);
        problem.isError()) {
        setLastError(problem);
        setState(State::Failed);
        return;
    }

    setState(State::ReadingKeys);
    onFinished(m_secrets->read(profile->name), this, [this, generation](auto *job) {
        if (generation != m_generation)
            return;
        if (!job->succeeded()) {
            setLastError(job->error());
            setState(State::NoKeys);
            return;
        }
        m_client->setCredential(job->credential());
        m_sessionOnly = job->fromSession();
        readStorePassword(generation);
    });
}

void AppController::readStorePassword(quint64 generation)
{
    const auto profile = activeProfile();
    if (!profile || profile->storeUrl.isEmpty())
        return keysRead(generation);
    // The stores open once the session is ready: the shared store's
    // password must be known by then. Without an entry libpq looks in its
    // own password file; a keychain failure is said, and the same applies.
    onFinished(m_secrets->readStorePassword(profile->name), this, [this, generation](auto *job) {
        if (generation != m_generation)
            return;
        m_storePassword = job->storePassword();
        if (!job->succeeded()
            && job->errorCode() != QLatin1String(credentials::KeychainCode::EntryNotFound))
            setLastError(job->error());
        keysRead(generation);
    });
}

void AppController::keysRead(quint64 generation)
{
    if (generation != m_generation)
        return;
    emit activeProfileChanged();
    if (m_options.checkOnActivate)
        checkConnection();
    else
        setState(State::Ready);
}

void AppController::activateSandbox(quint64 generation)
{
    if (generation != m_generation || !isSandboxRunning())
        return;
    const auto profile = activeProfile();
    if (!profile)
        return;
    configureClient(*profile, m_sandbox->endpoint());
    m_client->setCredential(sandboxCredential());
    emit activeProfileChanged();
    if (m_options.checkOnActivate)
        checkConnection();
    else
        setState(State::Ready);
}

void AppController::reloadActiveProfile()
{
    if (!m_activeName.isEmpty())
        activateProfile(m_activeName);
}

void AppController::configureClient(const Profile &profile, const QUrl &endpoint)
{
    // The sandbox profile has no usable endpoint of its own until the
    // sandbox runs; an empty URL then stays empty rather than falling back.
    api::ClientConfig config
        = credentials::clientConfigFor(profile, sms::Localization::apiLanguage(), endpoint);
    if (endpoint.isEmpty())
        config.endpoint = endpoint;
    m_client->setConfig(config);
}

void AppController::checkConnection()
{
    if (m_activeName.isEmpty())
        return;
    if (!m_client->hasCredential()) {
        // Nothing to sign with yet: after a failure, asking again means
        // reading the keys (or starting the sandbox) again.
        if (m_state == State::NoKeys || m_state == State::Failed)
            reloadActiveProfile();
        return;
    }
    if (m_check)
        m_check->cancel();
    domain::DescribeSmsSignListRequest request;
    request.international = 0;
    request.limit = 1;
    request.offset = 0;
    const quint64 generation = m_generation;
    m_check = m_api->send(request, this, [this, generation](api::ApiCall *reply) {
        if (generation != m_generation || m_check != reply)
            return;
        m_check = nullptr;
        if (reply->succeeded()) {
            clearLastError();
            setState(State::Ready);
        } else {
            setLastError(reply->error());
            setState(State::Failed);
        }
    });
    setState(State::Checking);
}

QString AppController::language() const
{
    return sms::Localization::current();
}

QString AppController::serverLanguageFor(const Profile &profile) const
{
    return profile.serverLanguage.isEmpty() ? sms::Localization::apiLanguage()
                                            : profile.serverLanguage;
}

void AppController::setLanguage(const QString &language)
{
    const auto locale = sms::Localization::localeFor(language);
    if (!locale) {
        qCWarning(lcSession) << "not a language SMS Console offers:" << language;
        return;
    }
    sms::Localization::install(*locale);
    m_settings->setValue(QLatin1String(kLanguageKey), sms::Localization::current());
    if (const auto profile = activeProfile()) {
        api::ClientConfig config = m_client->config();
        config.language = serverLanguageFor(*profile);
        m_client->setConfig(config);
    }
    emit languageChanged();
}

qint64 AppController::clockOffset() const
{
    return m_clock->offset();
}

std::optional<qint64> AppController::pendingClockSkew() const
{
    return m_clock->pendingSkew();
}

bool AppController::isClockOffsetRemembered() const
{
    const auto profile = activeProfile();
    return profile && profile->clockOffsetSeconds != 0
        && profile->clockOffsetSeconds == clockOffset();
}

void AppController::correctClock(qint64 relativeSeconds)
{
    if (!m_clock->correct(relativeSeconds))
        return;
    // The check that failed on the clock can now succeed: show it does.
    const QString code = m_lastError.code();
    if (m_state == State::Failed
        && (code == QLatin1String("AuthFailure.SignatureExpire")
            || code == QLatin1String("InternalError.RequestTimeException")))
        checkConnection();
}

void AppController::correctPendingClock()
{
    if (const auto pending = m_clock->pendingSkew())
        correctClock(*pending);
}

void AppController::rememberClockOffset()
{
    auto profile = activeProfile();
    if (!profile)
        return;
    profile->clockOffsetSeconds = clockOffset();
    m_profiles->save(*profile);
    emit clockChanged();
}

void AppController::resetClock()
{
    if (auto profile = activeProfile(); profile && profile->clockOffsetSeconds != 0) {
        profile->clockOffsetSeconds = 0;
        m_profiles->save(*profile);
    }
    m_clock->setOffset(0);
}

void AppController::dismissClockSkew()
{
    m_clock->dismiss();
}

void AppController::reportError(const api::ApiError &error)
{
    if (error.isError())
        setLastError(error, false);
}

void AppController::clearLastError()
{
    if (!m_lastError.isError())
        return;
    m_lastError = {};
    m_lastErrorTime = {};
    emit lastErrorChanged();
}

void AppController::setLastError(const api::ApiError &error, bool fromSession)
{
    m_lastError = error;
    m_lastErrorTime = QDateTime::currentDateTimeUtc();
    m_lastErrorFromSession = fromSession;
    emit lastErrorChanged();
}

void AppController::setState(State state)
{
    if (m_state == state)
        return;
    const bool wasReady = isReady();
    m_state = state;
    emit stateChanged();
    if (wasReady != isReady())
        emit readyChanged();
}

QString AppController::databaseDirectory() const
{
    const QString standard = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (QDir(m_options.dataDir) == QDir(standard))
        return {};
    return m_options.dataDir + QStringLiteral("/store");
}

store::StoreLocation AppController::storeLocation() const
{
    const auto profile = activeProfile();
    if (!profile)
        return {};
    QString problem;
    if (auto location
        = credentials::storeLocationFor(*profile, m_storePassword, databaseDirectory(), &problem))
        return *location;
    // A settings file edited by hand: never the SQLite file in its place
    // (the team's history would silently split); opening it fails and says so.
    qCWarning(lcSession) << "the shared store of profile" << profile->name
                         << "is not usable:" << problem;
    store::StoreLocation unusable;
    unusable.engine = store::Engine::Postgres;
    return unusable;
}

QString AppController::databasePath() const
{
    return storeLocation().path;
}

void AppController::updateReceiptPuller()
{
    const bool wanted = m_options.pullReceipts && isReady() && !appId().isEmpty();
    const store::StoreLocation location = wanted ? storeLocation() : store::StoreLocation();
    if (m_puller && wanted && m_puller->appId() == appId()
        && m_history->location().url() == location.url())
        return;
    const bool had = m_puller != nullptr;
    m_puller.reset();
    m_history.reset();
    m_pullFailureShown = false;
    if (wanted) {
        auto database = std::make_unique<store::Database>();
        QString problem;
        if (database->open(location, &problem)) {
            m_history = std::move(database);
            history::ReceiptPuller::Options options;
            options.intervalMs = m_options.receiptIntervalMs;
            m_puller
                = std::make_unique<history::ReceiptPuller>(*m_api, *m_history, appId(), options);
            // Receipts arrive all day long: no window, and a failure that
            // repeats every pull is reported once.
            connect(m_puller.get(), &history::ReceiptPuller::failed, this,
                    [this](const api::ApiError &error) {
                        if (!m_pullFailureShown)
                            setLastError(error, false);
                        m_pullFailureShown = true;
                    });
            connect(m_puller.get(), &history::ReceiptPuller::cycleFinished, this, [this] {
                if (m_puller && !m_puller->lastError().isError())
                    m_pullFailureShown = false;
            });
            m_puller->start();
        } else {
            qCWarning(lcUi) << "receipts are not pulled:" << problem;
        }
    }
    if (had || m_puller)
        Q_EMIT receiptPullerChanged();
}

} // namespace sms::ui
