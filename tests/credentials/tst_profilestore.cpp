// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/ProfileConfig.h"
#include "credentials/ProfileStore.h"
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using sms::credentials::AppIdEntry;
using sms::credentials::Profile;
using sms::credentials::ProfileStore;

namespace {
Profile production()
{
    Profile p;
    p.name = QStringLiteral("Production");
    p.endpoint = QUrl(QStringLiteral("https://sms.tencentcloudapi.com"));
    p.region = QStringLiteral("ap-guangzhou");
    p.serverLanguage = QStringLiteral("zh-CN");
    p.appIds = {{QStringLiteral("1400000001"), QStringLiteral("商城")},
                {QStringLiteral("1400000002"), QStringLiteral("Marketing; \"quoted\" = yes")}};
    p.clockOffsetSeconds = -75;
    p.storeUrl
        = QStringLiteral("postgresql://operator@db.example.com:6432/sms?sslmode=verify-full");
    return p;
}

Profile sandbox()
{
    Profile p;
    p.name = QStringLiteral("Sandbox");
    p.endpoint = QUrl(QStringLiteral("http://127.0.0.1:18080"));
    p.sandbox = true;
    return p;
}
} // namespace

// Profiles in a settings file of their own per test (a temporary path), as
// the GUI and smsctl share the real one.
class tst_ProfileStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;

    QByteArray fileContents() const
    {
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return file.readAll();
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("SMS Console.ini"));
    }

    void cleanup() { m_dir.reset(); }

    // The one place a profile becomes client settings, shared by the
    // session, the connection test and smsctl --profile.
    void clientConfig()
    {
        Profile p = production();
        p.endpoint = QUrl(QStringLiteral("https://sms.ap-beijing.tencentcloudapi.com"));
        p.region = QStringLiteral("ap-beijing");
        sms::api::ClientConfig c = sms::credentials::clientConfigFor(p, QStringLiteral("en-US"));
        QCOMPARE(c.endpoint, p.endpoint);
        QCOMPARE(c.region, QStringLiteral("ap-beijing"));
        QCOMPARE(c.language, QStringLiteral("zh-CN")); // the profile pins it

        p.serverLanguage.clear();
        p.region.clear();
        c = sms::credentials::clientConfigFor(p, QStringLiteral("en-US"),
                                              QUrl(QStringLiteral("http://127.0.0.1:4000")));
        QCOMPARE(c.language, QStringLiteral("en-US")); // follows the interface
        QCOMPARE(c.region, sms::api::ClientConfig().region);
        QCOMPARE(c.endpoint, QUrl(QStringLiteral("http://127.0.0.1:4000")));
    }

    // The store a profile names: its shared database's URL, or its own
    // SQLite file. A URL holding a password is never written to the file.
    void sharedStore()
    {
        ProfileStore store(m_path);
        QVERIFY(store.save(production()));
        Profile p = *store.profile(QStringLiteral("Production"));
        QCOMPARE(p.storeUrl, production().storeUrl);

        std::optional<sms::store::StoreLocation> where
            = sms::credentials::storeLocationFor(p, QStringLiteral("from-the-keychain"));
        QVERIFY(where);
        QVERIFY(where->isShared());
        QCOMPARE(where->host, QStringLiteral("db.example.com"));
        QCOMPARE(where->port, 6432);
        QCOMPARE(where->user, QStringLiteral("operator"));
        QCOMPARE(where->database, QStringLiteral("sms"));
        QCOMPARE(where->sslMode, QStringLiteral("verify-full"));
        QCOMPARE(where->password, QStringLiteral("from-the-keychain"));

        p.storeUrl = QStringLiteral("postgresql://operator:hunter2@db.example.com/sms");
        QVERIFY(!store.save(p));
        QCOMPARE(store.profile(QStringLiteral("Production"))->storeUrl, production().storeUrl);
        QVERIFY(!fileContents().contains("hunter2"));
        QString why;
        QVERIFY(!sms::credentials::storeLocationFor(p, {}, {}, &why));
        QVERIFY(why.contains(QLatin1String("password")));

        // No URL: the profile's own file, as before.
        p.storeUrl.clear();
        QVERIFY(store.save(p));
        QVERIFY(!fileContents().contains("storeUrl"));
        where = sms::credentials::storeLocationFor(p, QStringLiteral("ignored"), m_dir->path());
        QVERIFY(where);
        QVERIFY(!where->isShared());
        QCOMPARE(where->path, sms::store::Database::defaultPath(p.name, m_dir->path()));
    }

    void emptyStore()
    {
        ProfileStore store(m_path);
        QVERIFY(store.names().isEmpty());
        QVERIFY(store.profiles().isEmpty());
        QCOMPARE(store.activeName(), QString());
        QVERIFY(!store.profile(QStringLiteral("Production")));
        QVERIFY(!store.contains(QStringLiteral("Production")));
        QCOMPARE(store.settingsPath(), m_path);
    }

    void createAndReadBack()
    {
        {
            ProfileStore store(m_path);
            QSignalSpy changed(&store, &ProfileStore::changed);
            QVERIFY(store.save(production()));
            QVERIFY(store.save(sandbox()));
            QCOMPARE(changed.size(), 2);
            QCOMPARE(store.names(), (QStringList{QStringLiteral("Production"), QStringLiteral("Sandbox")}));
        }
        // A fresh store (another process, a restart) reads the same.
        ProfileStore store(m_path);
        const std::optional<Profile> p = store.profile(QStringLiteral("Production"));
        QVERIFY(p);
        QCOMPARE(*p, production());
        QCOMPARE(p->appIds.size(), 2);
        QCOMPARE(p->appIds.at(0), (AppIdEntry{QStringLiteral("1400000001"), QStringLiteral("商城")}));
        QCOMPARE(p->appIds.at(1).label, QStringLiteral("Marketing; \"quoted\" = yes"));
        QCOMPARE(p->defaultAppId(), QStringLiteral("1400000001"));
        QCOMPARE(p->clockOffsetSeconds, qint64(-75));
        const std::optional<Profile> s = store.profile(QStringLiteral("Sandbox"));
        QVERIFY(s);
        QCOMPARE(*s, sandbox());
        QVERIFY(s->sandbox);
        QVERIFY(!p->sandbox);
        QCOMPARE(store.profiles().size(), 2);
    }

    void defaultsSurviveARoundTrip()
    {
        Profile plain;
        plain.name = QStringLiteral("Plain");
        ProfileStore store(m_path);
        QVERIFY(store.save(plain));
        const std::optional<Profile> back = ProfileStore(m_path).profile(QStringLiteral("Plain"));
        QVERIFY(back);
        QCOMPARE(*back, plain);
        QCOMPARE(back->endpoint, QUrl(QStringLiteral("https://sms.tencentcloudapi.com")));
        QCOMPARE(back->region, QStringLiteral("ap-guangzhou"));
        QVERIFY(back->appIds.isEmpty());
        QCOMPARE(back->defaultAppId(), QString());
    }

    void edit()
    {
        ProfileStore store(m_path);
        QVERIFY(store.save(production()));
        QVERIFY(store.save(sandbox()));
        QSignalSpy changed(&store, &ProfileStore::changed);

        Profile edited = production();
        edited.region = QStringLiteral("ap-beijing");
        edited.serverLanguage = QStringLiteral("en-US");
        edited.endpoint = QUrl(QStringLiteral("https://sms.ap-beijing.tencentcloudapi.com"));
        edited.appIds.removeFirst();
        edited.appIds.append({QStringLiteral("1400000003"), QString()});
        edited.clockOffsetSeconds = 3600;
        QVERIFY(store.save(edited));
        QCOMPARE(changed.size(), 1);
        // Replaced in place: same order, no second entry.
        QCOMPARE(store.names(), (QStringList{QStringLiteral("Production"), QStringLiteral("Sandbox")}));
        QCOMPARE(*ProfileStore(m_path).profile(QStringLiteral("Production")), edited);

        // Saving what is already there changes nothing.
        QVERIFY(store.save(edited));
        QCOMPARE(changed.size(), 1);
    }

    void rename()
    {
        ProfileStore store(m_path);
        QVERIFY(store.save(production()));
        QVERIFY(store.save(sandbox()));
        store.setActiveName(QStringLiteral("Production"));
        QSignalSpy changed(&store, &ProfileStore::changed);

        QVERIFY(store.rename(QStringLiteral("Production"), QStringLiteral("生产账号")));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(store.names(), (QStringList{QStringLiteral("生产账号"), QStringLiteral("Sandbox")}));
        QVERIFY(!store.contains(QStringLiteral("Production")));
        Profile expected = production();
        expected.name = QStringLiteral("生产账号");
        QCOMPARE(*store.profile(QStringLiteral("生产账号")), expected);
        // The active profile follows its name.
        QCOMPARE(store.activeName(), QStringLiteral("生产账号"));

        // Refused: unknown source, taken or invalid target.
        QVERIFY(!store.rename(QStringLiteral("Production"), QStringLiteral("Other")));
        QVERIFY(!store.rename(QStringLiteral("生产账号"), QStringLiteral("Sandbox")));
        QVERIFY(!store.rename(QStringLiteral("生产账号"), QStringLiteral("a/b")));
        QVERIFY(!store.rename(QStringLiteral("生产账号"), QString()));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(store.names().size(), 2);
        // Renaming to itself is a no-op that succeeds.
        QVERIFY(store.rename(QStringLiteral("Sandbox"), QStringLiteral("Sandbox")));
    }

    void remove()
    {
        ProfileStore store(m_path);
        QVERIFY(store.save(production()));
        QVERIFY(store.save(sandbox()));
        store.setActiveName(QStringLiteral("Sandbox"));
        QSignalSpy changed(&store, &ProfileStore::changed);

        store.remove(QStringLiteral("Production"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(store.names(), QStringList{QStringLiteral("Sandbox")});
        QCOMPARE(store.activeName(), QStringLiteral("Sandbox"));

        store.remove(QStringLiteral("Nonexistent"));
        QCOMPARE(changed.size(), 1);

        // Removing the active profile leaves none active.
        store.remove(QStringLiteral("Sandbox"));
        QCOMPARE(changed.size(), 2);
        QVERIFY(store.names().isEmpty());
        QCOMPARE(store.activeName(), QString());
        QVERIFY(!QSettings(m_path, QSettings::IniFormat).contains(QStringLiteral("activeProfile")));
    }

    void switchActive()
    {
        ProfileStore store(m_path);
        QVERIFY(store.save(production()));
        QVERIFY(store.save(sandbox()));
        QCOMPARE(store.activeName(), QString()); // saving does not activate
        QSignalSpy changed(&store, &ProfileStore::changed);

        store.setActiveName(QStringLiteral("Sandbox"));
        QCOMPARE(store.activeName(), QStringLiteral("Sandbox"));
        QCOMPARE(changed.size(), 1);
        store.setActiveName(QStringLiteral("Sandbox"));
        QCOMPARE(changed.size(), 1);
        store.setActiveName(QStringLiteral("Production"));
        QCOMPARE(store.activeName(), QStringLiteral("Production"));
        QCOMPARE(changed.size(), 2);
        // Another store on the same file (smsctl, a second window) sees it.
        QCOMPARE(ProfileStore(m_path).activeName(), QStringLiteral("Production"));

        store.setActiveName(QStringLiteral("Nonexistent"));
        QCOMPARE(store.activeName(), QStringLiteral("Production"));
        QCOMPARE(changed.size(), 2);

        store.setActiveName(QString());
        QCOMPARE(store.activeName(), QString());
        QCOMPARE(changed.size(), 3);
    }

    void activeNameOfAGoneProfileIsEmpty()
    {
        {
            QSettings raw(m_path, QSettings::IniFormat);
            raw.setValue(QStringLiteral("activeProfile"), QStringLiteral("Ghost"));
        }
        QCOMPARE(ProfileStore(m_path).activeName(), QString());
    }

    void changesByAnotherStoreAreSeen()
    {
        ProfileStore first(m_path);
        ProfileStore second(m_path);
        QVERIFY(first.save(production()));
        QCOMPARE(second.names(), QStringList{QStringLiteral("Production")});
        QVERIFY(second.save(sandbox()));
        QCOMPARE(first.names().size(), 2);
        second.remove(QStringLiteral("Production"));
        QCOMPARE(first.names(), QStringList{QStringLiteral("Sandbox")});
    }

    void otherKeysInTheFileAreKept()
    {
        {
            QSettings raw(m_path, QSettings::IniFormat);
            raw.setValue(QStringLiteral("MainWindow/geometry"), QByteArray("\x01\x02geometry"));
            raw.setValue(QStringLiteral("lastPage"), 3);
        }
        ProfileStore store(m_path);
        QVERIFY(store.save(production()));
        store.setActiveName(QStringLiteral("Production"));
        QVERIFY(store.rename(QStringLiteral("Production"), QStringLiteral("Prod")));
        store.remove(QStringLiteral("Prod"));
        QSettings raw(m_path, QSettings::IniFormat);
        QCOMPARE(raw.value(QStringLiteral("MainWindow/geometry")).toByteArray(), QByteArray("\x01\x02geometry"));
        QCOMPARE(raw.value(QStringLiteral("lastPage")).toInt(), 3);
    }

    void names_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << QStringLiteral("Production") << true;
        QTest::newRow("spaces inside") << QStringLiteral("My account 2") << true;
        QTest::newRow("chinese") << QStringLiteral("生产 账号") << true;
        QTest::newRow("ini specials") << QStringLiteral("a=b;c [d] #e %f") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("blank") << QStringLiteral("   ") << false;
        QTest::newRow("full-width blank") << QStringLiteral("\u3000") << false;
        QTest::newRow("slash") << QStringLiteral("a/b") << false;
        QTest::newRow("backslash") << QStringLiteral("a\\b") << false;
        QTest::newRow("newline") << QStringLiteral("a\nb") << false;
        QTest::newRow("zero-width space") << QStringLiteral("a\u200Bb") << false;
        QTest::newRow("too long") << QString(101, QLatin1Char('x')) << false;
        QTest::newRow("longest") << QString(100, QLatin1Char('x')) << true;
    }

    void names()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(ProfileStore::isValidName(name), valid);
        ProfileStore store(m_path);
        Profile p = production();
        p.name = name;
        QSignalSpy changed(&store, &ProfileStore::changed);
        QCOMPARE(store.save(p), valid);
        QCOMPARE(changed.size(), valid ? 1 : 0);
        QCOMPARE(ProfileStore(m_path).contains(name), valid);
        if (valid)
            QCOMPARE(*ProfileStore(m_path).profile(name), p);
    }

    // The settings file holds what Profile holds and nothing else: no key
    // name or value that looks like a credential.
    void nothingSecretInTheFile()
    {
        ProfileStore store(m_path);
        QVERIFY(store.save(production()));
        QVERIFY(store.save(sandbox()));
        store.setActiveName(QStringLiteral("Production"));

        const QByteArray contents = fileContents();
        QVERIFY(!contents.isEmpty());
        QVERIFY2(!contents.toLower().contains("secret"), contents.constData());
        QVERIFY2(!contents.contains("AKID"), contents.constData());
        QVERIFY2(!contents.toLower().contains("token"), contents.constData());
        QVERIFY2(!contents.toLower().contains("password"), contents.constData());

        static const QStringList allowed
            = {QStringLiteral("activeProfile"), QStringLiteral("size"),
               QStringLiteral("name"),          QStringLiteral("endpoint"),
               QStringLiteral("region"),        QStringLiteral("serverLanguage"),
               QStringLiteral("sandbox"),       QStringLiteral("clockOffsetSeconds"),
               QStringLiteral("appIds"),        QStringLiteral("appId"),
               QStringLiteral("label"),         QStringLiteral("storeUrl")};
        QSettings raw(m_path, QSettings::IniFormat);
        const QStringList keys = raw.allKeys();
        QVERIFY(!keys.isEmpty());
        for (const QString &key : keys) {
            const QStringList parts = key.split(QLatin1Char('/'));
            QCOMPARE(parts.first() == QLatin1String("profiles") || key == QLatin1String("activeProfile"), true);
            for (const QString &part : parts) {
                bool number = false;
                part.toInt(&number);
                QVERIFY2(number || part == QLatin1String("profiles") || allowed.contains(part),
                         qPrintable(key));
            }
        }
    }

    void unwritableFileFailsTheSave()
    {
        // A directory where the file should be: no user, not even root, can
        // write it.
        const QString path = m_dir->filePath(QStringLiteral("occupied.ini"));
        QVERIFY(QDir().mkpath(path));
        ProfileStore store(path);
        QVERIFY(!store.save(production()));
    }

    // Without a path: the location shared by the GUI and smsctl.
    void defaultLocationIsShared()
    {
        const ProfileStore store;
        const QSettings expected(QSettings::IniFormat, QSettings::UserScope,
                                 QStringLiteral("SmsConsole"), QStringLiteral("SMS Console"));
        QCOMPARE(store.settingsPath(), expected.fileName());
        QVERIFY2(store.settingsPath().endsWith(QLatin1String("/SmsConsole/SMS Console.ini")),
                 qPrintable(store.settingsPath()));
    }
};

QTEST_GUILESS_MAIN(tst_ProfileStore)
#include "tst_profilestore.moc"
