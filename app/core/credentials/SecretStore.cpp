// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/SecretStore.h"

#include "Logging.h"
#include "api/ApiError.h"
#include "credentials/KeychainErrors.h"

#include <qt6keychain/keychain.h>

#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace sms::credentials {

namespace {
const QString idField = QStringLiteral("SecretId");
const QString keyField = QStringLiteral("SecretKey");
const QString tokenField = QStringLiteral("Token");

QByteArray encode(const api::Credential &credential)
{
    QJsonObject entry{{idField, credential.secretId}, {keyField, credential.secretKey}};
    if (!credential.token.isEmpty())
        entry.insert(tokenField, credential.token);
    return QJsonDocument(entry).toJson(QJsonDocument::Compact);
}

std::optional<api::Credential> decode(const QByteArray &data)
{
    const QJsonDocument document = QJsonDocument::fromJson(data);
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject entry = document.object();
    api::Credential credential;
    credential.secretId = entry.value(idField).toString();
    credential.secretKey = entry.value(keyField).toString();
    credential.token = entry.value(tokenField).toString();
    if (!credential.isComplete())
        return std::nullopt;
    return credential;
}

const char *operationName(int operation)
{
    static const char *const names[] = {"read", "write", "delete"};
    return names[operation];
}
} // namespace

struct SecretStore::KeychainResult
{
    QKeychain::Error error = QKeychain::NoError;
    QString detail; // QtKeychain's message: never holds the secret
    QByteArray data;
};

// --- SecretJob -----------------------------------------------------------

SecretJob::SecretJob(Kind kind, const QString &profileName, QObject *parent)
    : QObject(parent)
    , m_kind(kind)
    , m_profileName(profileName)
{
}

api::ApiError SecretJob::error() const
{
    if (succeeded())
        return {};
    api::ApiError error(api::ApiError::Kind::Configuration, m_errorCode, m_errorString);
    // Shown where an API error names its action: say it was the keychain.
    error.setAction(QStringLiteral("Keychain"));
    return error;
}

void SecretJob::finish(const QString &errorCode, const QString &errorString)
{
    if (m_finished)
        return;
    m_finished = true;
    m_errorCode = errorCode;
    m_errorString = errorString;
    if (!errorCode.isEmpty())
        m_credential = {};
    if (!errorCode.isEmpty())
        m_storePassword.clear();
    Q_EMIT finished();
}

void SecretJob::finishLater(const QString &errorCode, const QString &errorString)
{
    // Callers connect to finished() after read()/write() return: the signal
    // must never come before that, whatever the backend does.
    if (m_finishScheduled)
        return;
    m_finishScheduled = true;
    QMetaObject::invokeMethod(
        this, [this, errorCode, errorString] { finish(errorCode, errorString); },
        Qt::QueuedConnection);
}

// --- SecretStore ---------------------------------------------------------

SecretStore::SecretStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
}

QString SecretStore::keyFor(const QString &profileName)
{
    return QStringLiteral("profile/") + profileName;
}

QString SecretStore::storeKeyFor(const QString &profileName)
{
    return QStringLiteral("store/") + profileName;
}

void SecretStore::runKeychain(Operation operation, SecretJob *job, const QString &key,
                              const QByteArray &data, Done done)
{
    QKeychain::Job *keychainJob = nullptr;
    switch (operation) {
    case Operation::Read:
        keychainJob = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service);
        write->setTextData(QString::fromUtf8(data));
        keychainJob = write;
        break;
    }
    case Operation::Delete:
        keychainJob = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    // No parent: QtKeychain's backends call back into the job when the
    // keychain answers, so it must live until then; it deletes itself.
    keychainJob->setAutoDelete(true);
    // Never a plaintext copy in QSettings, whatever the platform.
    keychainJob->setInsecureFallback(false);
    keychainJob->setKey(key);

    // The context is the SecretJob: if its owner deletes it early, the answer
    // is simply dropped.
    connect(keychainJob, &QKeychain::Job::finished, job,
            [operation, done = std::move(done)](QKeychain::Job *finishedJob) {
                KeychainResult result;
                result.error = finishedJob->error();
                if (result.error != QKeychain::NoError)
                    result.detail = finishedJob->errorString();
                else if (operation == Operation::Read)
                    result.data = static_cast<QKeychain::ReadPasswordJob *>(finishedJob)
                                      ->textData()
                                      .toUtf8();
                done(result);
            });
    qCDebug(lcCredentials) << "keychain" << operationName(int(operation)) << "of" << key
                           << "started";
    keychainJob->start();
}

void SecretStore::finishFromKeychain(SecretJob *job, const KeychainResult &result)
{
    const QString code = detail::keychainErrorCode(
        result.error,
        result.error == QKeychain::OtherError ? detail::secretServiceReachable() : true);
    QString message;
    if (code == QLatin1String(KeychainCode::Unavailable))
        message = tr("The system keychain is not available (%1).").arg(result.detail);
    else if (code == QLatin1String(KeychainCode::EntryNotFound))
        message = tr("The system keychain holds no keys for the profile \"%1\".")
                      .arg(job->profileName());
    else if (code == QLatin1String(KeychainCode::AccessDenied))
        message = tr("The system keychain refused access; it may be locked (%1).")
                      .arg(result.detail);
    else
        message = tr("The system keychain reported an error (%1).").arg(result.detail);

    if (code == QLatin1String(KeychainCode::EntryNotFound))
        qCDebug(lcCredentials) << "keychain: no entry for profile" << job->profileName();
    else
        qCInfo(lcCredentials).noquote() << "keychain: profile" << job->profileName() << code
                                        << result.detail;
    job->finishLater(code, message);
}

SecretJob *SecretStore::read(const QString &profileName)
{
    auto *job = new SecretJob(SecretJob::Kind::Read, profileName, this);
    const auto session = m_session.constFind(profileName);
    if (session != m_session.cend()) {
        job->m_credential = *session;
        job->m_fromSession = true;
        qCDebug(lcCredentials) << "read of profile" << profileName << "answered from the session";
        job->finishLater(QString(), QString());
        return job;
    }
    runKeychain(
        Operation::Read, job, keyFor(profileName), {}, [this, job](const KeychainResult &result) {
            if (result.error != QKeychain::NoError) {
                finishFromKeychain(job, result);
                return;
            }
            const std::optional<api::Credential> credential = decode(result.data);
            if (!credential) {
                qCInfo(lcCredentials) << "keychain entry of profile" << job->profileName()
                                      << "is not in SMS Console's format";
                job->finishLater(QString::fromLatin1(KeychainCode::Error),
                                 tr("The keychain entry of the profile \"%1\" is not in the "
                                    "expected format. Enter the keys again.")
                                     .arg(job->profileName()));
                return;
            }
            job->m_credential = *credential;
            qCDebug(lcCredentials) << "read of profile" << job->profileName() << "succeeded";
            job->finishLater(QString(), QString());
        });
    return job;
}

SecretJob *SecretStore::write(const QString &profileName, const api::Credential &credential)
{
    auto *job = new SecretJob(SecretJob::Kind::Write, profileName, this);
    if (!credential.isComplete()) {
        job->finishLater(QString::fromLatin1(api::ClientCode::MissingCredentials),
                         tr("Both a SecretId and a SecretKey are needed."));
        return job;
    }
    runKeychain(Operation::Write, job, keyFor(profileName), encode(credential),
                [this, job](const KeychainResult &result) {
                    if (result.error != QKeychain::NoError) {
                        finishFromKeychain(job, result);
                        return;
                    }
                    m_session.remove(job->profileName());
                    qCDebug(lcCredentials) << "write of profile" << job->profileName()
                                           << "succeeded";
                    job->finishLater(QString(), QString());
                });
    return job;
}

SecretJob *SecretStore::remove(const QString &profileName)
{
    auto *job = new SecretJob(SecretJob::Kind::Remove, profileName, this);
    m_session.remove(profileName);
    // The API keys, then the shared store's password: a removed profile
    // leaves nothing behind in the keychain.
    // Gone is gone, whether or not there was an entry.
    const Done removedStore = ifSucceeded(job, Missing::IsDone, [job] {
        qCDebug(lcCredentials) << "removal of profile" << job->profileName() << "succeeded";
        job->finishLater(QString(), QString());
    });
    runKeychain(Operation::Delete, job, keyFor(profileName), {},
                ifSucceeded(job, Missing::IsDone, [this, job, removedStore] {
                    runKeychain(Operation::Delete, job, storeKeyFor(job->profileName()), {},
                                removedStore);
                }));
    return job;
}

SecretStore::Done SecretStore::ifSucceeded(SecretJob *job, Missing missing,
                                           std::function<void()> next)
{
    return [this, job, missing, next = std::move(next)](const KeychainResult &result) {
        const bool done = result.error == QKeychain::NoError
            || (missing == Missing::IsDone && result.error == QKeychain::EntryNotFound);
        if (!done) {
            finishFromKeychain(job, result);
            return;
        }
        next();
    };
}

SecretJob *SecretStore::readStorePassword(const QString &profileName)
{
    auto *job = new SecretJob(SecretJob::Kind::Read, profileName, this);
    runKeychain(Operation::Read, job, storeKeyFor(profileName), {},
                [this, job](const KeychainResult &result) {
                    if (result.error != QKeychain::NoError) {
                        finishFromKeychain(job, result);
                        return;
                    }
                    job->m_storePassword = QString::fromUtf8(result.data);
                    job->finishLater(QString(), QString());
                });
    return job;
}

SecretJob *SecretStore::writeStorePassword(const QString &profileName, const QString &password)
{
    if (password.isEmpty())
        return removeStorePassword(profileName);
    auto *job = new SecretJob(SecretJob::Kind::Write, profileName, this);
    runKeychain(Operation::Write, job, storeKeyFor(profileName), password.toUtf8(),
                ifSucceeded(job, Missing::IsFailure,
                            [job] { job->finishLater(QString(), QString()); }));
    return job;
}

SecretJob *SecretStore::removeStorePassword(const QString &profileName)
{
    auto *job = new SecretJob(SecretJob::Kind::Remove, profileName, this);
    runKeychain(Operation::Delete, job, storeKeyFor(profileName), {},
                ifSucceeded(job, Missing::IsDone, [job] { job->finishLater(QString(), QString()); }));
    return job;
}

SecretJob *SecretStore::rename(const QString &from, const QString &to)
{
    auto *job = new SecretJob(SecretJob::Kind::Rename, from, this);
    if (from == to) {
        job->finishLater(QString(), QString());
        return job;
    }
    const bool hadSession = m_session.contains(from);
    if (hadSession)
        m_session.insert(to, m_session.take(from));
    // read "from" -> write "to" -> delete "from"; the first failure ends it.
    // Then the shared store's password, when the profile has one:
    // read store/from -> write store/to -> delete store/from.
    const Done storeMoved = ifSucceeded(job, Missing::IsDone, [job, from, to] {
        qCDebug(lcCredentials) << "keys of profile" << from << "moved to" << to;
        job->finishLater(QString(), QString());
    });
    const Done storeWritten = ifSucceeded(job, Missing::IsFailure, [this, job, from, storeMoved] {
        runKeychain(Operation::Delete, job, storeKeyFor(from), {}, storeMoved);
    });
    Done storeRead = [this, job, to, storeMoved, storeWritten](const KeychainResult &result) {
        if (result.error != QKeychain::NoError) {
            storeMoved(result); // none to move (EntryNotFound), or the failure
            return;
        }
        runKeychain(Operation::Write, job, storeKeyFor(to), result.data, storeWritten);
    };
    const Done removedOld = ifSucceeded(job, Missing::IsDone, [this, job, from, storeRead] {
        runKeychain(Operation::Read, job, storeKeyFor(from), {}, storeRead);
    });
    const Done wroteNew = ifSucceeded(job, Missing::IsFailure, [this, job, from, removedOld] {
        runKeychain(Operation::Delete, job, keyFor(from), {}, removedOld);
    });
    Done readOld = [this, job, to, hadSession, wroteNew](const KeychainResult &read) {
        if (read.error == QKeychain::EntryNotFound && hadSession) {
            job->finishLater(QString(), QString());
            return;
        }
        if (read.error != QKeychain::NoError) {
            finishFromKeychain(job, read);
            return;
        }
        runKeychain(Operation::Write, job, keyFor(to), read.data, wroteNew);
    };
    runKeychain(Operation::Read, job, keyFor(from), {}, readOld);
    return job;
}

void SecretStore::setSessionCredential(const QString &profileName,
                                       const api::Credential &credential)
{
    m_session.insert(profileName, credential);
    qCInfo(lcCredentials) << "profile" << profileName << "uses keys kept for this session only";
}

bool SecretStore::hasSessionCredential(const QString &profileName) const
{
    return m_session.contains(profileName);
}

void SecretStore::clearSessionCredential(const QString &profileName)
{
    m_session.remove(profileName);
}

} // namespace sms::credentials
