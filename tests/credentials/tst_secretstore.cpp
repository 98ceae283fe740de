// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/KeychainErrors.h"
#include "credentials/ProfileStore.h"
#include "credentials/SecretStore.h"
#include "errors/ErrorCatalog.h"

#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>

using sms::api::Credential;
using sms::credentials::KeychainCode::AccessDenied;
using sms::credentials::KeychainCode::EntryNotFound;
using sms::credentials::KeychainCode::Error;
using sms::credentials::KeychainCode::Unavailable;
using sms::credentials::ProfileStore;
using sms::credentials::SecretJob;
using sms::credentials::SecretStore;

namespace {
// A service of its own, so that running the test on a desktop never touches
// the real "SMS Console" entries.
const QString testService = QStringLiteral("SMS Console (tst_secretstore)");

const QString childArgument = QStringLiteral("--keychain-unavailable-child");
const QString childSecretId = QStringLiteral("AKIDchildNoBusSecretId00000000000000");
const QString childSecretKey = QStringLiteral("child-no-bus-secret-key-must-never-be-stored");

Credential credential(const QString &id, const QString &key, const QString &token = QString())
{
    Credential c;
    c.secretId = id;
    c.secretKey = key;
    c.token = token;
    return c;
}

bool sameCredential(const Credential &a, const Credential &b)
{
    return a.secretId == b.secretId && a.secretKey == b.secretKey && a.token == b.token;
}

struct Outcome
{
    bool finished = false;      // finished() came, within the time limit
    int emitted = 0;            // how often finished() came
    bool finishedEarly = false; // finished before the event loop ran
    QString code;
    QString message;
    sms::api::ApiError error;
    Credential credential;
    QString storePassword;
    bool fromSession = false;
};

// Waits for one job; deletes it as its documentation asks.
Outcome await(SecretJob *job, int timeoutMs = 20000)
{
    Outcome o;
    o.finishedEarly = job->isFinished();
    QEventLoop loop;
    QObject::connect(job, &SecretJob::finished, &loop, [&o, &loop] {
        ++o.emitted;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!o.finishedEarly)
        loop.exec();
    // Anything that would emit a second time has had its chance.
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    o.finished = o.emitted == 1 && job->isFinished();
    o.code = job->errorCode();
    o.message = job->errorString();
    o.error = job->error();
    o.credential = job->credential();
    o.storePassword = job->storePassword();
    o.fromSession = job->fromSession();
    job->deleteLater();
    return o;
}

QString describe(const Outcome &o)
{
    return QStringLiteral("finished=%1 emitted=%2 code=%3 message=%4")
        .arg(o.finished)
        .arg(o.emitted)
        .arg(o.code, o.message);
}

// Every form a secret could take in a file: UTF-8, UTF-16, Base64.
QList<QByteArray> forms(const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2);
    return {utf8, utf16, utf8.toBase64(), utf8.toPercentEncoding()};
}

// Paths of the files under root that hold any form of any secret.
QStringList filesHolding(const QString &root, const QStringList &secrets, int *filesSearched)
{
    QStringList hits;
    int count = 0;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            hits.append(path + QStringLiteral(" (unreadable)"));
            continue;
        }
        ++count;
        const QByteArray contents = file.readAll();
        for (const QString &secret : secrets) {
            for (const QByteArray &form : forms(secret)) {
                if (contents.contains(form))
                    hits.append(path);
            }
        }
    }
    if (filesSearched)
        *filesSearched = count;
    return hits;
}

// The child: no D-Bus at all. Everything it tries with the keychain must fail
// with KeychainUnavailable, and nothing may fall back to a file.
int runUnavailableChild()
{
    QTextStream out(stdout);
    ProfileStore profiles; // the shared location, under the child's XDG_CONFIG_HOME
    sms::credentials::Profile profile;
    profile.name = QStringLiteral("Production");
    profile.appIds = {{QStringLiteral("1400000001"), QStringLiteral("Shop")}};
    if (!profiles.save(profile)) {
        out << "settings-not-written\n";
        return 1;
    }
    out << "settings " << profiles.settingsPath() << '\n';

    SecretStore store; // the application's own service name
    const Credential secret = credential(childSecretId, childSecretKey);
    const Outcome write = await(store.write(profile.name, secret));
    out << "write " << write.finished << ' ' << write.code << '\n';
    const Outcome read = await(store.read(profile.name));
    out << "read " << read.finished << ' ' << read.code << '\n';
    const Outcome rename = await(store.rename(profile.name, QStringLiteral("Renamed")));
    out << "rename " << rename.finished << ' ' << rename.code << '\n';
    const Outcome remove = await(store.remove(QStringLiteral("Renamed")));
    out << "remove " << remove.finished << ' ' << remove.code << '\n';
    // What the UI offers next: keep the keys for this session, in memory.
    store.setSessionCredential(profile.name, secret);
    const Outcome session = await(store.read(profile.name));
    out << "session " << session.finished << ' ' << session.code.isEmpty() << ' '
        << session.fromSession << ' ' << sameCredential(session.credential, secret) << '\n';
    // The guidance the operator sees for it.
    const auto guidance = sms::errors::ErrorCatalog::guidanceFor(write.code);
    out << "guidance " << guidance.title << '\n';
    out.flush();
    return 0;
}
} // namespace

// SecretStore against a real Secret Service: the gnome-keyring that
// scripts/test starts in a private D-Bus session. Without such a session the
// test fails at once and says why.
class tst_SecretStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_xdg;
    std::unique_ptr<SecretStore> m_store;
    QStringList m_secretsUsed;

    Outcome write(const QString &profile, const Credential &c)
    {
        m_secretsUsed << c.secretKey;
        if (!c.token.isEmpty())
            m_secretsUsed << c.token;
        return await(m_store->write(profile, c));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_xdg.isValid());
        // Settings of this process (and any plaintext a keychain library might
        // write) land here, where the last test searches for the secrets.
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_xdg.filePath(QStringLiteral("config"))));
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_xdg.filePath(QStringLiteral("data"))));
        qputenv("XDG_CACHE_HOME", QFile::encodeName(m_xdg.filePath(QStringLiteral("cache"))));

        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "No D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set). This test needs a "
                 "real Secret Service: run it through scripts/test, which starts dbus-run-session "
                 "with an unlocked gnome-keyring.");
        QVERIFY2(sms::credentials::detail::secretServiceReachable(),
                 "The D-Bus session has no Secret Service (org.freedesktop.secrets). Run the test "
                 "through scripts/test, or start 'gnome-keyring-daemon --unlock --components=secrets'.");
        m_store = std::make_unique<SecretStore>(testService);

        const Outcome probe = write(QStringLiteral("probe"), credential(QStringLiteral("AKIDprobe"), QStringLiteral("probe-key")));
        QVERIFY2(probe.finished && probe.code.isEmpty(),
                 qPrintable(QStringLiteral("The keychain does not accept an entry (%1). Is the "
                                           "keyring unlocked? scripts/test unlocks it.")
                                .arg(describe(probe))));
        QVERIFY(await(m_store->remove(QStringLiteral("probe"))).code.isEmpty());
    }

    void cleanupTestCase()
    {
        if (!m_store)
            return;
        for (const QString &name :
             {QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("long"),
              QStringLiteral("生产账号"), QStringLiteral("old"), QStringLiteral("new"),
              QStringLiteral("async"), QStringLiteral("session"), QStringLiteral("early"),
              QStringLiteral("team"), QStringLiteral("team2")})
            await(m_store->remove(name));
    }

    void serviceAndKeys()
    {
        QCOMPARE(SecretStore().service(), QStringLiteral("SMS Console"));
        QCOMPARE(SecretStore::keyFor(QStringLiteral("My account")), QStringLiteral("profile/My account"));
    }

    void codesAreInTheCatalog_data()
    {
        QTest::addColumn<QString>("code");
        for (const char *code : {Unavailable, EntryNotFound, AccessDenied, Error})
            QTest::newRow(code) << QString::fromLatin1(code);
    }

    void codesAreInTheCatalog()
    {
        QFETCH(QString, code);
        QVERIFY(sms::errors::ErrorCatalog::isKnown(code));
        const auto guidance = sms::errors::ErrorCatalog::guidanceFor(code);
        QVERIFY(!guidance.title.isEmpty());
        QVERIFY(guidance.steps.size() >= 2);
    }

    void errorMapping_data()
    {
        QTest::addColumn<int>("error");
        QTest::addColumn<bool>("reachable");
        QTest::addColumn<QString>("code");
        QTest::newRow("no error") << int(QKeychain::NoError) << true << QString();
        QTest::newRow("entry not found") << int(QKeychain::EntryNotFound) << true << QString::fromLatin1(EntryNotFound);
        QTest::newRow("access denied") << int(QKeychain::AccessDenied) << true << QString::fromLatin1(AccessDenied);
        QTest::newRow("denied by user") << int(QKeychain::AccessDeniedByUser) << true << QString::fromLatin1(AccessDenied);
        QTest::newRow("no backend") << int(QKeychain::NoBackendAvailable) << true << QString::fromLatin1(Unavailable);
        QTest::newRow("no backend, no bus") << int(QKeychain::NoBackendAvailable) << false << QString::fromLatin1(Unavailable);
        QTest::newRow("other, no bus") << int(QKeychain::OtherError) << false << QString::fromLatin1(Unavailable);
        QTest::newRow("other, bus") << int(QKeychain::OtherError) << true << QString::fromLatin1(Error);
        QTest::newRow("could not delete") << int(QKeychain::CouldNotDeleteEntry) << true << QString::fromLatin1(Error);
        QTest::newRow("not implemented") << int(QKeychain::NotImplemented) << true << QString::fromLatin1(Error);
    }

    void errorMapping()
    {
        QFETCH(int, error);
        QFETCH(bool, reachable);
        QFETCH(QString, code);
        QCOMPARE(sms::credentials::detail::keychainErrorCode(QKeychain::Error(error), reachable), code);
    }

    void roundTrip()
    {
        const Credential c = credential(QStringLiteral("AKIDalpha0000000000000000000000000001"),
                                        QStringLiteral("alpha-secret-key-000000000000001"));
        const Outcome w = write(QStringLiteral("alpha"), c);
        QVERIFY2(w.finished && w.code.isEmpty(), qPrintable(describe(w)));
        const Outcome r = await(m_store->read(QStringLiteral("alpha")));
        QVERIFY2(r.finished && r.code.isEmpty(), qPrintable(describe(r)));
        QVERIFY(sameCredential(r.credential, c));
        QVERIFY(!r.fromSession);
        QVERIFY(r.message.isEmpty());
        // Another store (another process: smsctl) reads the same entry.
        SecretStore other(testService);
        const Outcome r2 = await(other.read(QStringLiteral("alpha")));
        QVERIFY2(r2.code.isEmpty(), qPrintable(describe(r2)));
        QVERIFY(sameCredential(r2.credential, c));
    }

    void overwrite()
    {
        const Credential first = credential(QStringLiteral("AKIDbeta1"), QStringLiteral("beta-secret-key-first"));
        const Credential second = credential(QStringLiteral("AKIDbeta2"), QStringLiteral("beta-secret-key-second"),
                                             QStringLiteral("beta-session-token"));
        QVERIFY(write(QStringLiteral("beta"), first).code.isEmpty());
        QVERIFY(write(QStringLiteral("beta"), second).code.isEmpty());
        const Outcome r = await(m_store->read(QStringLiteral("beta")));
        QVERIFY2(r.code.isEmpty(), qPrintable(describe(r)));
        QVERIFY(sameCredential(r.credential, second));
        QCOMPARE(r.credential.token, QStringLiteral("beta-session-token"));
    }

    void removeThenReadIsNotFound()
    {
        QVERIFY(write(QStringLiteral("beta"), credential(QStringLiteral("AKIDbeta3"), QStringLiteral("beta-secret-key-third"))).code.isEmpty());
        const Outcome removed = await(m_store->remove(QStringLiteral("beta")));
        QVERIFY2(removed.finished && removed.code.isEmpty(), qPrintable(describe(removed)));
        const Outcome r = await(m_store->read(QStringLiteral("beta")));
        QVERIFY(r.finished);
        QCOMPARE(r.code, QString::fromLatin1(EntryNotFound));
        QVERIFY(r.credential.secretId.isEmpty() && r.credential.secretKey.isEmpty());
        // Removing what is not there is not an error.
        const Outcome again = await(m_store->remove(QStringLiteral("beta")));
        QVERIFY2(again.finished && again.code.isEmpty(), qPrintable(describe(again)));
    }

    void readMissing()
    {
        const Outcome r = await(m_store->read(QStringLiteral("never-saved")));
        QVERIFY(r.finished);
        QCOMPARE(r.code, QString::fromLatin1(EntryNotFound));
        QVERIFY2(r.message.contains(QLatin1String("never-saved")), qPrintable(r.message));
        QVERIFY(!r.fromSession);
        // The same failure as every other: explained by the error catalog,
        // named as the keychain's.
        QCOMPARE(r.error.kind(), sms::api::ApiError::Kind::Configuration);
        QCOMPARE(r.error.code(), QString::fromLatin1(EntryNotFound));
        QCOMPARE(r.error.message(), r.message);
        QCOMPARE(r.error.action(), QStringLiteral("Keychain"));
    }

    void longKeys()
    {
        // Printable ASCII including what JSON and INI files escape.
        QString key;
        const QString alphabet = QStringLiteral("abcXYZ0123456789+/=\"\\{}[]:,;#%& !'~`-_.");
        for (int i = 0; key.size() < 2048; ++i)
            key.append(alphabet.at((i * 7) % alphabet.size()));
        const Credential c = credential(QStringLiteral("AKID") + QString(124, QLatin1Char('L')), key,
                                        QString(4096, QLatin1Char('t')));
        const Outcome w = write(QStringLiteral("long"), c);
        QVERIFY2(w.code.isEmpty(), qPrintable(describe(w)));
        const Outcome r = await(m_store->read(QStringLiteral("long")));
        QVERIFY2(r.code.isEmpty(), qPrintable(describe(r)));
        QCOMPARE(r.credential.secretId, c.secretId);
        QCOMPARE(r.credential.secretKey, key);
        QCOMPARE(r.credential.token.size(), 4096);
    }

    void profilesAreIndependent()
    {
        const Credential a = credential(QStringLiteral("AKIDalpha"), QStringLiteral("independent-alpha-key"));
        const Credential b = credential(QStringLiteral("AKIDbeta"), QStringLiteral("independent-beta-key"));
        const Credential zh = credential(QStringLiteral("AKIDzh"), QStringLiteral("independent-chinese-name-key"));
        QVERIFY(write(QStringLiteral("alpha"), a).code.isEmpty());
        QVERIFY(write(QStringLiteral("beta"), b).code.isEmpty());
        QVERIFY(write(QStringLiteral("生产账号"), zh).code.isEmpty());
        QVERIFY(sameCredential(await(m_store->read(QStringLiteral("alpha"))).credential, a));
        QVERIFY(sameCredential(await(m_store->read(QStringLiteral("beta"))).credential, b));
        QVERIFY(sameCredential(await(m_store->read(QStringLiteral("生产账号"))).credential, zh));

        QVERIFY(await(m_store->remove(QStringLiteral("alpha"))).code.isEmpty());
        QCOMPARE(await(m_store->read(QStringLiteral("alpha"))).code, QString::fromLatin1(EntryNotFound));
        QVERIFY(sameCredential(await(m_store->read(QStringLiteral("beta"))).credential, b));
        QVERIFY(sameCredential(await(m_store->read(QStringLiteral("生产账号"))).credential, zh));

        // Same profile name, another service: another entry.
        SecretStore otherService(testService + QStringLiteral(" other"));
        QCOMPARE(await(otherService.read(QStringLiteral("beta"))).code, QString::fromLatin1(EntryNotFound));
    }

    void finishesOnceFromTheEventLoop()
    {
        const Credential c = credential(QStringLiteral("AKIDasync"), QStringLiteral("async-secret-key"));
        m_secretsUsed << c.secretKey;
        SecretJob *w = m_store->write(QStringLiteral("async"), c);
        QVERIFY(!w->isFinished());
        QCOMPARE(w->kind(), SecretJob::Kind::Write);
        QCOMPARE(w->profileName(), QStringLiteral("async"));
        Outcome o = await(w);
        QVERIFY2(!o.finishedEarly && o.finished && o.emitted == 1, qPrintable(describe(o)));

        SecretJob *r = m_store->read(QStringLiteral("async"));
        QVERIFY(!r->isFinished());
        QCOMPARE(r->kind(), SecretJob::Kind::Read);
        o = await(r);
        QVERIFY2(!o.finishedEarly && o.finished && o.emitted == 1, qPrintable(describe(o)));

        // Answers that need no keychain come from the event loop as well.
        m_store->setSessionCredential(QStringLiteral("session"), c);
        SecretJob *s = m_store->read(QStringLiteral("session"));
        QVERIFY(!s->isFinished());
        o = await(s);
        QVERIFY2(!o.finishedEarly && o.finished && o.emitted == 1 && o.fromSession, qPrintable(describe(o)));
        m_store->clearSessionCredential(QStringLiteral("session"));

        SecretJob *incomplete = m_store->write(QStringLiteral("async"), credential(QStringLiteral("AKIDonly"), QString()));
        QVERIFY(!incomplete->isFinished());
        o = await(incomplete);
        QVERIFY2(!o.finishedEarly && o.finished && o.emitted == 1, qPrintable(describe(o)));
        QCOMPARE(o.code, QStringLiteral("ClientError.MissingCredentials"));
        // The incomplete write left the entry alone.
        QVERIFY(sameCredential(await(m_store->read(QStringLiteral("async"))).credential, c));

        SecretJob *d = m_store->remove(QStringLiteral("async"));
        QVERIFY(!d->isFinished());
        QCOMPARE(d->kind(), SecretJob::Kind::Remove);
        o = await(d);
        QVERIFY2(!o.finishedEarly && o.finished && o.emitted == 1, qPrintable(describe(o)));
    }

    void sessionCredential()
    {
        const Credential memory = credential(QStringLiteral("AKIDsession"), QStringLiteral("session-only-key"));
        m_secretsUsed << memory.secretKey;
        QVERIFY(!m_store->hasSessionCredential(QStringLiteral("session")));
        m_store->setSessionCredential(QStringLiteral("session"), memory);
        QVERIFY(m_store->hasSessionCredential(QStringLiteral("session")));
        Outcome r = await(m_store->read(QStringLiteral("session")));
        QVERIFY(r.code.isEmpty());
        QVERIFY(r.fromSession);
        QVERIFY(sameCredential(r.credential, memory));
        // Only in memory: a second store (another process) has nothing.
        QCOMPARE(await(SecretStore(testService).read(QStringLiteral("session"))).code, QString::fromLatin1(EntryNotFound));

        m_store->clearSessionCredential(QStringLiteral("session"));
        QVERIFY(!m_store->hasSessionCredential(QStringLiteral("session")));
        QCOMPARE(await(m_store->read(QStringLiteral("session"))).code, QString::fromLatin1(EntryNotFound));

        // Saving to the keychain replaces the session copy.
        const Credential saved = credential(QStringLiteral("AKIDsaved"), QStringLiteral("session-then-saved-key"));
        m_store->setSessionCredential(QStringLiteral("session"), memory);
        QVERIFY(write(QStringLiteral("session"), saved).code.isEmpty());
        QVERIFY(!m_store->hasSessionCredential(QStringLiteral("session")));
        r = await(m_store->read(QStringLiteral("session")));
        QVERIFY(!r.fromSession);
        QVERIFY(sameCredential(r.credential, saved));

        // Removing forgets both.
        m_store->setSessionCredential(QStringLiteral("session"), memory);
        QVERIFY(await(m_store->remove(QStringLiteral("session"))).code.isEmpty());
        QVERIFY(!m_store->hasSessionCredential(QStringLiteral("session")));
        QCOMPARE(await(m_store->read(QStringLiteral("session"))).code, QString::fromLatin1(EntryNotFound));
    }

    void renameMovesTheKeys()
    {
        const Credential c = credential(QStringLiteral("AKIDold"), QStringLiteral("renamed-profile-key"));
        QVERIFY(write(QStringLiteral("old"), c).code.isEmpty());
        SecretJob *job = m_store->rename(QStringLiteral("old"), QStringLiteral("new"));
        QCOMPARE(job->kind(), SecretJob::Kind::Rename);
        const Outcome moved = await(job);
        QVERIFY2(moved.finished && moved.code.isEmpty(), qPrintable(describe(moved)));
        QVERIFY(sameCredential(await(m_store->read(QStringLiteral("new"))).credential, c));
        QCOMPARE(await(m_store->read(QStringLiteral("old"))).code, QString::fromLatin1(EntryNotFound));

        // Nothing to move.
        const Outcome missing = await(m_store->rename(QStringLiteral("old"), QStringLiteral("other")));
        QCOMPARE(missing.code, QString::fromLatin1(EntryNotFound));

        // Session keys move with the name, even without a keychain entry.
        m_store->setSessionCredential(QStringLiteral("old"), c);
        const Outcome session = await(m_store->rename(QStringLiteral("old"), QStringLiteral("other")));
        QVERIFY2(session.code.isEmpty(), qPrintable(describe(session)));
        QVERIFY(!m_store->hasSessionCredential(QStringLiteral("old")));
        QVERIFY(m_store->hasSessionCredential(QStringLiteral("other")));
        m_store->clearSessionCredential(QStringLiteral("other"));
        QVERIFY(await(m_store->remove(QStringLiteral("new"))).code.isEmpty());
    }

    void storePasswordHasItsOwnEntry()
    {
        QCOMPARE(SecretStore::storeKeyFor(QStringLiteral("team")), QStringLiteral("store/team"));
        const QString password = QStringLiteral("team-store-password-must-stay-in-the-keychain");
        m_secretsUsed << password;
        const Credential keys
            = credential(QStringLiteral("AKIDteam"), QStringLiteral("team-api-secret-key-0001"));
        QVERIFY(write(QStringLiteral("team"), keys).code.isEmpty());
        QCOMPARE(await(m_store->readStorePassword(QStringLiteral("team"))).code,
                 QString::fromLatin1(EntryNotFound));
        const Outcome w = await(m_store->writeStorePassword(QStringLiteral("team"), password));
        QVERIFY2(w.code.isEmpty(), qPrintable(describe(w)));
        // Another store (smsctl) reads it; the API keys are untouched.
        SecretStore other(testService);
        const Outcome r = await(other.readStorePassword(QStringLiteral("team")));
        QVERIFY2(r.code.isEmpty(), qPrintable(describe(r)));
        QCOMPARE(r.storePassword, password);
        QVERIFY(sameCredential(await(other.read(QStringLiteral("team"))).credential, keys));

        // It moves with a renamed profile...
        const Outcome moved
            = await(m_store->rename(QStringLiteral("team"), QStringLiteral("team2")));
        QVERIFY2(moved.code.isEmpty(), qPrintable(describe(moved)));
        QCOMPARE(await(m_store->readStorePassword(QStringLiteral("team2"))).storePassword,
                 password);
        QCOMPARE(await(m_store->readStorePassword(QStringLiteral("team"))).code,
                 QString::fromLatin1(EntryNotFound));
        // ...and goes with a removed one.
        QVERIFY(await(m_store->remove(QStringLiteral("team2"))).code.isEmpty());
        QCOMPARE(await(m_store->readStorePassword(QStringLiteral("team2"))).code,
                 QString::fromLatin1(EntryNotFound));
        QCOMPARE(await(m_store->read(QStringLiteral("team2"))).code,
                 QString::fromLatin1(EntryNotFound));

        // An empty password clears the entry.
        QVERIFY(
            await(m_store->writeStorePassword(QStringLiteral("team"), password)).code.isEmpty());
        QVERIFY(
            await(m_store->writeStorePassword(QStringLiteral("team"), QString())).code.isEmpty());
        QCOMPARE(await(m_store->readStorePassword(QStringLiteral("team"))).code,
                 QString::fromLatin1(EntryNotFound));
    }

    void deletingAJobEarlyIsSafe()
    {
        const Credential c = credential(QStringLiteral("AKIDearly"), QStringLiteral("early-deleted-job-key"));
        m_secretsUsed << c.secretKey;
        delete m_store->write(QStringLiteral("early"), c);
        delete m_store->read(QStringLiteral("early"));
        QTest::qWait(500);
        // The store still works, and the keychain finished the write.
        const Outcome r = await(m_store->read(QStringLiteral("early")));
        QVERIFY2(r.code.isEmpty(), qPrintable(describe(r)));
        QVERIFY(sameCredential(r.credential, c));
    }

    // No D-Bus: a child process of this test, with its own HOME, runs the
    // store against an address where no bus listens.
    void keychainUnavailableWithoutDBus()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/dbus-session"));
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral(".config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral(".local/share")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral(".cache")));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("sms.*.debug=true"));
        // Whatever desktop the test runs on: no KWallet detour, no X11
        // autolaunch of a bus.
        for (const QString &name : {QStringLiteral("XDG_CURRENT_DESKTOP"), QStringLiteral("DESKTOP_SESSION"),
                                    QStringLiteral("KDE_FULL_SESSION"), QStringLiteral("KDE_SESSION_VERSION"),
                                    QStringLiteral("GNOME_DESKTOP_SESSION_ID"), QStringLiteral("DISPLAY"),
                                    QStringLiteral("XDG_RUNTIME_DIR")})
            env.remove(name);

        QProcess child;
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {childArgument});
        QVERIFY(child.waitForStarted(10000));
        QVERIFY2(child.waitForFinished(120000), "the child did not finish");
        const QString out = QString::fromUtf8(child.readAllStandardOutput());
        const QString err = QString::fromUtf8(child.readAllStandardError());
        const QString both = out + QStringLiteral("\n--- stderr ---\n") + err;
        QCOMPARE(child.exitStatus(), QProcess::NormalExit);
        QVERIFY2(child.exitCode() == 0, qPrintable(both));

        const QString unavailable = QString::fromLatin1(Unavailable);
        QVERIFY2(out.contains(QStringLiteral("write 1 ") + unavailable), qPrintable(both));
        QVERIFY2(out.contains(QStringLiteral("read 1 ") + unavailable), qPrintable(both));
        QVERIFY2(out.contains(QStringLiteral("rename 1 ") + unavailable), qPrintable(both));
        QVERIFY2(out.contains(QStringLiteral("remove 1 ") + unavailable), qPrintable(both));
        // Keys for this session only still work.
        QVERIFY2(out.contains(QStringLiteral("session 1 1 1 1")), qPrintable(both));
        // The guidance entry for it.
        QVERIFY2(out.contains(QStringLiteral("guidance System keychain not available")), qPrintable(both));
        // Nothing secret in what the child printed or logged.
        QVERIFY(!both.contains(childSecretKey));
        QVERIFY(!both.contains(childSecretId));

        // The profile went to the child's config directory...
        const QString settings = home.filePath(QStringLiteral(".config/SmsConsole/SMS Console.ini"));
        QVERIFY2(out.contains(QStringLiteral("settings ") + settings), qPrintable(both));
        QFile settingsFile(settings);
        QVERIFY(settingsFile.open(QIODevice::ReadOnly));
        QVERIFY(settingsFile.readAll().contains("Production"));
        // ...and the keys went nowhere: no file anywhere under its HOME
        // holds them in any form.
        int searched = 0;
        const QStringList hits = filesHolding(home.path(), {childSecretKey, childSecretId}, &searched);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
        QVERIFY(searched >= 1);
    }

    // Last: everything this process wrote to the keychain, searched for in
    // its own config, data and cache directories.
    void noPlaintextCopyInThisProcessDirectories()
    {
        QVERIFY(!m_secretsUsed.isEmpty());
        const QStringList hits = filesHolding(m_xdg.path(), m_secretsUsed, nullptr);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc > 1 && QString::fromLocal8Bit(argv[1]) == childArgument)
        return runUnavailableChild();
    tst_SecretStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretstore.moc"
