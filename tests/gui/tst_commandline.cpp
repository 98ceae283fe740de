// SPDX-License-Identifier: GPL-3.0-or-later
// smsconsole's command line: answered on a terminal without a display, and
// what cannot be done (a profile that does not exist, a language SMS Console
// does not offer) is said instead of being ignored.

#include "GuiTestSupport.h"
#include "Localization.h"
#include "credentials/ProfileStore.h"
#include "shell/AppController.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using sms::ui::AppController;

class tst_CommandLine : public QObject
{
    Q_OBJECT

private:
    struct Result
    {
        int exitCode = -1;
        QProcess::ExitStatus status = QProcess::CrashExit;
        QString out;
        QString err;
    };

    // The real binary, as a terminal without any display would start it:
    // no DISPLAY, no Wayland, and the platform Qt picks by default.
    static Result run(const QStringList &args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(SMSCONSOLE_PATH), args);
        Result r;
        if (!process.waitForFinished(30000)) {
            process.kill();
            process.waitForFinished();
            return r;
        }
        r.exitCode = process.exitCode();
        r.status = process.exitStatus();
        r.out = QString::fromUtf8(process.readAllStandardOutput());
        r.err = QString::fromUtf8(process.readAllStandardError());
        return r;
    }

private Q_SLOTS:
    void helpWithoutDisplay()
    {
        const Result r = run({QStringLiteral("--help")});
        QCOMPARE(r.status, QProcess::NormalExit);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("--profile")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("--sandbox")));
        QVERIFY(r.out.contains(QLatin1String("zh-CN")));
    }

    void helpFollowsLang()
    {
        const Result r = run({QStringLiteral("--lang"), QStringLiteral("zh-CN"), QStringLiteral("--help")});
        QCOMPARE(r.status, QProcess::NormalExit);
        QCOMPARE(r.exitCode, 0);
        // Qt's own "Usage:" and "Options:" are translated by its catalogue;
        // the option texts by ours.
        QVERIFY2(r.out.contains(QStringLiteral("选项")), qPrintable(r.out));
    }

    void versionWithoutDisplay()
    {
        const Result r = run({QStringLiteral("--version")});
        QCOMPARE(r.status, QProcess::NormalExit);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String(SMS_VERSION)), qPrintable(r.out));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--bogus")} << QStringLiteral("bogus");
        QTest::newRow("missing value") << QStringList{QStringLiteral("--profile")} << QStringLiteral("profile");
        QTest::newRow("stray argument") << QStringList{QStringLiteral("send")} << QStringLiteral("send");
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const Result r = run(args);
        QCOMPARE(r.status, QProcess::NormalExit);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("--help")));
    }

    void languageSpellings_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("current");
        for (const char *zh : {"zh_CN", "zh-CN", "zh", "ZH-cn"})
            QTest::newRow(zh) << QString::fromLatin1(zh) << QStringLiteral("zh_CN");
        for (const char *en : {"en", "en_US", "en-US"})
            QTest::newRow(en) << QString::fromLatin1(en) << QStringLiteral("en");
    }

    void languageSpellings()
    {
        QFETCH(QString, lang);
        QFETCH(QString, current);
        guitest::Environment env;
        sms::ui::AppOptions options = env.options();
        options.language = lang;
        options.checkOnActivate = false;
        AppController controller(options);
        controller.start();
        QCOMPARE(sms::Localization::current(), current);
        QVERIFY(controller.startupProblems().isEmpty());
    }

    void unknownLanguageIsReported()
    {
        guitest::Environment env;
        sms::ui::AppOptions options = env.options();
        options.language = QStringLiteral("fr");
        options.checkOnActivate = false;
        AppController controller(options);
        controller.start();
        QCOMPARE(controller.startupProblems().size(), 1);
        QVERIFY2(controller.startupProblems().first().contains(QLatin1String("\"fr\"")),
                 qPrintable(controller.startupProblems().first()));
    }

    void unknownProfileIsReported()
    {
        guitest::Environment env;
        {
            sms::credentials::ProfileStore store(env.settingsPath());
            sms::credentials::Profile profile;
            profile.name = QStringLiteral("Production");
            QVERIFY(store.save(profile));
        }
        sms::ui::AppOptions options = env.options();
        options.profileName = QStringLiteral("NoSuch");
        options.checkOnActivate = false;
        AppController controller(options);
        controller.start();
        QCOMPARE(controller.activeName(), QStringLiteral("Production"));
        QCOMPARE(controller.startupProblems().size(), 1);
        const QString problem = controller.startupProblems().first();
        QVERIFY2(problem.contains(QLatin1String("NoSuch")), qPrintable(problem));
        QVERIFY2(problem.contains(QLatin1String("Production")), qPrintable(problem));
    }
};

QTEST_MAIN(tst_CommandLine)
#include "tst_commandline.moc"
