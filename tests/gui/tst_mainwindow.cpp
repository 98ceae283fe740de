// The main window as a new user meets it: first run in the sandbox with an
// empty configuration, every page reachable by mouse and keyboard, the window
// remembering itself, the language switching at runtime, and profiles
// switching without a restart.

#include "AppController.h"
#include "ConnectionStatusBar.h"
#include "GuiTestSupport.h"
#include "Localization.h"
#include "MainWindow.h"
#include "MessageBar.h"
#include "PlaceholderPage.h"
#include "ProfilesDialog.h"
#include "api/ApiClient.h"
#include "api/SmsApi.h"
#include "credentials/ProfileStore.h"
#include "credentials/SecretStore.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>

using sms::ui::AppController;
using sms::ui::MainWindow;
using State = sms::ui::AppController::State;

namespace {
constexpr int kStartTimeoutMs = 20000;

QString menuTitle(const MainWindow &window, const char *name)
{
    const auto *menu = guitest::child<QMenu>(&window, name);
    return menu ? menu->title() : QString();
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void firstRunWithEmptyConfigStartsInSandbox();
    void reachesEveryPageBySidebarAndShortcut();
    void restoresGeometryPageAndSplitter();
    void languageSwitchRetranslatesOpenWindows();
    void serverLanguageFollowsUnlessPinned();
    void commandLineChoosesProfileForThisSession();
    void switchesProfileFromMenuWithoutRestart();
    void aboutNamesVersionAndLicences();
    void accessibleNamesAndMnemonics();

private:
    guitest::MarkingTranslator m_marker;
};

void TestMainWindow::initTestCase()
{
    QCoreApplication::installTranslator(&m_marker);
}

void TestMainWindow::init()
{
    m_marker.active = false;
    sms::Localization::install(QLocale(QLocale::English, QLocale::UnitedStates));
    QCoreApplication::processEvents();
}

void TestMainWindow::cleanupTestCase()
{
    QCoreApplication::removeTranslator(&m_marker);
}

void TestMainWindow::firstRunWithEmptyConfigStartsInSandbox()
{
    // The real defaults: the settings file under XDG_CONFIG_HOME and the
    // sandbox state under XDG_DATA_HOME, both empty temporary directories
    // (main() below points them there).
    const QString configFile = QDir(qEnvironmentVariable("XDG_CONFIG_HOME"))
                                   .filePath(QStringLiteral("SmsConsole/SMS Console.ini"));
    QVERIFY2(!QFile::exists(configFile), qPrintable(configFile));

    sms::ui::AppOptions options;
    options.language = QStringLiteral("en");
    options.keychainService = QStringLiteral("SMS Console first-run test");
    AppController controller(options);
    controller.start();
    QVERIFY(controller.isFirstRun());
    QVERIFY(controller.isSandboxActive());

    MainWindow window(&controller);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), State::Ready, kStartTimeoutMs);

    // Said plainly, twice: the badge and the bar with a way out.
    auto *status = window.connectionStatusBar();
    QVERIFY(status->sandboxBadge()->isVisible());
    QCOMPARE(status->sandboxBadge()->text(), QStringLiteral("SANDBOX"));
    QVERIFY(window.sandboxBar()->isVisible());
    QVERIFY(window.sandboxBar()->text().contains(QStringLiteral("nothing is really sent")));
    auto *addAccount = guitest::child<QPushButton>(window.sandboxBar(), "addAccountButton");
    QVERIFY(addAccount && addAccount->isVisible());
    QVERIFY(status->profileLabel()->text().contains(QStringLiteral("Sandbox")));
    QVERIFY(status->profileLabel()->text().contains(QStringLiteral("127.0.0.1")));
    QCOMPARE(status->stateLabel()->text(), QStringLiteral("Connected"));
    QVERIFY(!status->errorLabel()->isVisible());
    QVERIFY(window.windowTitle().contains(QStringLiteral("Sandbox")));
    QVERIFY(window.windowTitle().contains(QStringLiteral("nothing is really sent")));

    // The sandbox is a normal, stored profile, and the active one.
    const auto stored = controller.profiles().profile(AppController::sandboxProfileName());
    QVERIFY(stored);
    QVERIFY(stored->sandbox);
    QCOMPARE(controller.profiles().activeName(), AppController::sandboxProfileName());
    QVERIFY(QFile::exists(configFile));

    // The demo account answers through the session's client.
    sms::domain::DescribeSmsSignListRequest request;
    request.international = 0;
    auto *reply = controller.api().describeSmsSignList(request);
    QSignalSpy finished(reply, &sms::api::ApiCall::finished);
    QVERIFY(finished.wait(10000));
    QVERIFY(reply->succeeded());
    QVERIFY(!reply->result().describeSignListStatusSet.isEmpty());
    reply->deleteLater();

    // Network activity shows while calls run, and goes when they are done.
    QVERIFY(!status->activityLabel()->isVisible());
    emit controller.client().activeCallsChanged(2);
    QVERIFY(status->activityLabel()->isVisible());
    QCOMPARE(status->activityLabel()->text(), QStringLiteral("Requests running: 2"));
    emit controller.client().activeCallsChanged(0);
    QVERIFY(!status->activityLabel()->isVisible());

    // "Add a real account" opens the profiles dialog on a new profile.
    QTest::mouseClick(addAccount, Qt::LeftButton);
    QVERIFY(window.profilesDialog());
    QTRY_VERIFY(window.profilesDialog()->isVisible());
    QVERIFY(window.profilesDialog()->isNewProfile());
    window.profilesDialog()->close();
    window.close();

    // The sandbox's state is kept for the next run.
    const QString state = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/sandbox-state.json");
    QVERIFY(!controller.options().sandbox.statePath.isEmpty());
    QCOMPARE(controller.options().sandbox.statePath, state);
}

void TestMainWindow::reachesEveryPageBySidebarAndShortcut()
{
    guitest::Environment env;
    AppController controller(env.options());
    controller.start();
    MainWindow window(&controller);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);

    QListWidget *nav = window.navigation();
    QCOMPARE(nav->count(), int(MainWindow::PageCount));
    const char *pages[] = {"campaignsPage", "signaturesPage", "templatesPage", "historyPage",
                           "statisticsPage"};
    const QStringList titles = {QStringLiteral("Campaigns"), QStringLiteral("Signatures"),
                                QStringLiteral("Templates"), QStringLiteral("History"),
                                QStringLiteral("Statistics")};
    auto *stack = guitest::child<QStackedWidget>(&window, "pages");
    QVERIFY(stack);

    // By mouse, in reverse so every click changes something.
    for (int page = MainWindow::PageCount - 1; page >= 0; --page) {
        const QRect rect = nav->visualItemRect(nav->item(page));
        QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(window.currentPage(), page);
        QCOMPARE(stack->currentWidget()->objectName(), QString::fromLatin1(pages[page]));
        QCOMPARE(nav->item(page)->text(), titles.at(page));
        // Not built yet, and honest about it.
        auto *placeholder = qobject_cast<sms::ui::PlaceholderPage *>(stack->currentWidget());
        QVERIFY(placeholder);
        QCOMPARE(placeholder->title(), titles.at(page));
        QVERIFY(placeholder->noteText().contains(QStringLiteral("later version")));
    }

    // By keyboard: Ctrl+1..5 from anywhere in the window.
    window.activateWindow();
    for (int page = 0; page < MainWindow::PageCount; ++page) {
        QTest::keyClick(&window, Qt::Key(Qt::Key_1 + page), Qt::ControlModifier);
        QCOMPARE(window.currentPage(), page);
        QCOMPARE(nav->currentRow(), page);
        QCOMPARE(stack->currentWidget()->objectName(), QString::fromLatin1(pages[page]));
        auto *action = guitest::child<QAction>(&window, QByteArray("pageAction")
                                                            .append(QByteArray::number(page + 1))
                                                            .constData());
        QVERIFY(action && action->isChecked());
    }

    // Arrow keys in the sidebar move between pages too.
    nav->setFocus();
    window.setCurrentPage(0);
    QTest::keyClick(nav, Qt::Key_Down);
    QCOMPARE(window.currentPage(), 1);

    // A real page replaces its placeholder and keeps its place.
    auto *real = new QWidget;
    window.setPageWidget(MainWindow::Templates, real);
    QCOMPARE(window.pageWidget(MainWindow::Templates), real);
    QCOMPARE(real->objectName(), QStringLiteral("templatesPage"));
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(stack->currentWidget(), real);
}

void TestMainWindow::restoresGeometryPageAndSplitter()
{
    guitest::Environment env;
    QByteArray splitterState;
    {
        AppController controller(env.options());
        controller.start();
        MainWindow window(&controller);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(900, 610);
        window.setCurrentPage(MainWindow::History);
        auto *splitter = guitest::child<QSplitter>(&window, "mainSplitter");
        splitter->setSizes({260, 600});
        QCoreApplication::processEvents();
        splitterState = splitter->saveState();
        window.close();
    }
    QSettings settings(env.settingsPath(), QSettings::IniFormat);
    QCOMPARE(settings.value(QStringLiteral("ui/lastPage")).toInt(), int(MainWindow::History));
    QVERIFY(!settings.value(QStringLiteral("ui/geometry")).toByteArray().isEmpty());

    AppController controller(env.options());
    controller.start();
    MainWindow window(&controller);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.currentPage(), int(MainWindow::History));
    QCOMPARE(window.size(), QSize(900, 610));
    auto *splitter = guitest::child<QSplitter>(&window, "mainSplitter");
    QCOMPARE(splitter->saveState(), splitterState);
    QCOMPARE(splitter->sizes().first(), 260);
}

void TestMainWindow::languageSwitchRetranslatesOpenWindows()
{
    guitest::Environment env;
    AppController controller(env.options());
    controller.start();
    MainWindow window(&controller);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), State::Ready, kStartTimeoutMs);
    sms::ui::ProfilesDialog *profiles = window.openProfiles(false);
    QVERIFY(QTest::qWaitForWindowExposed(profiles));
    auto *placeholder = qobject_cast<sms::ui::PlaceholderPage *>(window.pageWidget(0));

    // English, the source language.
    QCOMPARE(menuTitle(window, "fileMenu"), QStringLiteral("&File"));
    QCOMPARE(menuTitle(window, "viewMenu"), QStringLiteral("&View"));
    QCOMPARE(window.navigation()->item(0)->text(), QStringLiteral("Campaigns"));
    QCOMPARE(profiles->windowTitle(), QStringLiteral("Profiles"));
    QCOMPARE(profiles->saveButton()->text(), QStringLiteral("&Save"));
    const QString englishNote = placeholder->noteText();
    const QString englishBar = window.sandboxBar()->text();
    const QString englishState = window.connectionStatusBar()->stateLabel()->text();
    auto *chinese = guitest::child<QAction>(&window, "chineseAction");
    auto *english = guitest::child<QAction>(&window, "englishAction");
    QVERIFY(english->isChecked());
    QCOMPARE(chinese->text(), QStringLiteral("简体中文"));

    // View > Language > 简体中文.
    m_marker.active = true;
    chinese->trigger();
    QCoreApplication::processEvents();
    QCOMPARE(sms::Localization::current(), QStringLiteral("zh_CN"));
    QCOMPARE(controller.language(), QStringLiteral("zh_CN"));
    QVERIFY(chinese->isChecked());
    QCOMPARE(controller.client().config().language, QStringLiteral("zh-CN"));
    QTRY_VERIFY(menuTitle(window, "fileMenu") != QStringLiteral("&File"));
    QVERIFY(menuTitle(window, "viewMenu") != QStringLiteral("&View"));
    QVERIFY(window.navigation()->item(0)->text() != QStringLiteral("Campaigns"));
    QVERIFY(placeholder->noteText() != englishNote);
    QVERIFY(window.sandboxBar()->text() != englishBar);
    QVERIFY(window.connectionStatusBar()->stateLabel()->text() != englishState);
    QVERIFY(profiles->windowTitle() != QStringLiteral("Profiles"));
    QVERIFY(profiles->saveButton()->text() != QStringLiteral("&Save"));
    // Language names stay in their own language.
    QCOMPARE(chinese->text(), QStringLiteral("简体中文"));
    QCOMPARE(english->text(), QStringLiteral("English"));
    // Remembered for the next start.
    QCOMPARE(QSettings(env.settingsPath(), QSettings::IniFormat)
                 .value(QStringLiteral("ui/language"))
                 .toString(),
             QStringLiteral("zh_CN"));

    // And back.
    m_marker.active = false;
    english->trigger();
    QCoreApplication::processEvents();
    QCOMPARE(sms::Localization::current(), QStringLiteral("en"));
    QTRY_COMPARE(menuTitle(window, "fileMenu"), QStringLiteral("&File"));
    QCOMPARE(window.navigation()->item(0)->text(), QStringLiteral("Campaigns"));
    QCOMPARE(placeholder->noteText(), englishNote);
    QCOMPARE(window.sandboxBar()->text(), englishBar);
    QCOMPARE(profiles->windowTitle(), QStringLiteral("Profiles"));
    QCOMPARE(controller.client().config().language, QStringLiteral("en-US"));
    profiles->close();
}

void TestMainWindow::serverLanguageFollowsUnlessPinned()
{
    guitest::Environment env;
    AppController controller(env.options());
    controller.start();
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), State::Ready, kStartTimeoutMs);
    QCOMPARE(controller.client().config().language, QStringLiteral("en-US"));

    auto profile = *controller.profiles().profile(AppController::sandboxProfileName());
    profile.serverLanguage = QStringLiteral("en-US");
    QVERIFY(controller.profiles().save(profile));
    controller.reloadActiveProfile();
    controller.setLanguage(QStringLiteral("zh_CN"));
    QCOMPARE(controller.language(), QStringLiteral("zh_CN"));
    QCOMPARE(controller.client().config().language, QStringLiteral("en-US"));

    profile.serverLanguage.clear();
    QVERIFY(controller.profiles().save(profile));
    controller.reloadActiveProfile();
    QCOMPARE(controller.client().config().language, QStringLiteral("zh-CN"));
    controller.setLanguage(QStringLiteral("en"));
    QCOMPARE(controller.client().config().language, QStringLiteral("en-US"));
}

void TestMainWindow::commandLineChoosesProfileForThisSession()
{
    guitest::Environment env;
    {
        AppController controller(env.options());
        controller.start();
        sms::credentials::Profile other;
        other.name = QStringLiteral("Staging");
        other.endpoint = QUrl(QStringLiteral("http://127.0.0.1:9"));
        QVERIFY(controller.profiles().save(other));
        controller.profiles().setActiveName(QStringLiteral("Staging"));
    }
    // --sandbox wins over the stored active profile, for this session only.
    {
        auto options = env.options();
        options.forceSandbox = true;
        options.checkOnActivate = false;
        AppController controller(options);
        controller.start();
        QVERIFY(controller.isSandboxActive());
        QVERIFY(!controller.isFirstRun());
        QCOMPARE(controller.profiles().activeName(), QStringLiteral("Staging"));
    }
    // --profile NAME likewise; an unknown name falls back to the active one.
    {
        auto options = env.options();
        options.profileName = AppController::sandboxProfileName();
        options.checkOnActivate = false;
        AppController controller(options);
        controller.start();
        QCOMPARE(controller.activeName(), AppController::sandboxProfileName());
        QCOMPARE(controller.profiles().activeName(), QStringLiteral("Staging"));
    }
    {
        auto options = env.options();
        options.profileName = QStringLiteral("No such profile");
        options.checkOnActivate = false;
        AppController controller(options);
        controller.start();
        QCOMPARE(controller.activeName(), QStringLiteral("Staging"));
        QVERIFY(!controller.isSandboxActive());
    }
}

void TestMainWindow::switchesProfileFromMenuWithoutRestart()
{
    guitest::Environment env;
    AppController controller(env.options());
    controller.start();
    MainWindow window(&controller);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), State::Ready, kStartTimeoutMs);

    // A second profile pointing at the same sandbox, with its keys for this
    // session (the keychain is not what this test is about).
    sms::credentials::Profile second;
    second.name = QStringLiteral("Second");
    second.endpoint = controller.sandboxEndpoint();
    QVERIFY(controller.profiles().save(second));
    controller.secrets().setSessionCredential(second.name, controller.sandboxCredential());

    auto *menu = guitest::child<QMenu>(&window, "switchProfileMenu");
    QVERIFY(menu);
    QTRY_COMPARE(menu->actions().size(), 2);
    QAction *target = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->data().toString() == second.name)
            target = action;
    }
    QVERIFY(target);
    target->trigger();
    QCOMPARE(controller.activeName(), second.name);
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), State::Ready, kStartTimeoutMs);
    QVERIFY(controller.isSessionOnlyCredential());
    QVERIFY(!window.connectionStatusBar()->sandboxBadge()->isVisible());
    QVERIFY(!window.sandboxBar()->isVisible());
    QVERIFY(window.connectionStatusBar()->profileLabel()->text().contains(second.name));
    QVERIFY(window.connectionStatusBar()->stateLabel()->text().contains(QStringLiteral("session")));
    // The menu was rebuilt: the new active profile is the checked one.
    QTRY_COMPARE(menu->actions().size(), 2);
    for (QAction *action : menu->actions())
        QCOMPARE(action->isChecked(), action->data().toString() == second.name);
    QCOMPARE(controller.profiles().activeName(), second.name);

    // And back to the sandbox.
    for (QAction *action : menu->actions()) {
        if (action->data().toString() == AppController::sandboxProfileName())
            action->trigger();
    }
    QVERIFY(controller.isSandboxActive());
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), State::Ready, kStartTimeoutMs);
    QVERIFY(window.connectionStatusBar()->sandboxBadge()->isVisible());
}

void TestMainWindow::aboutNamesVersionAndLicences()
{
    guitest::Environment env;
    auto options = env.options();
    options.checkOnActivate = false;
    AppController controller(options);
    controller.start();
    MainWindow window(&controller);
    window.show();
    auto *about = guitest::child<QAction>(&window, "aboutAction");
    QVERIFY(about);
    about->trigger();
    auto *dialog = window.findChild<QDialog *>(QStringLiteral("AboutDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isModal());
    const QString version = guitest::child<QLabel>(dialog, "aboutVersion")->text();
    QVERIFY(version.contains(QStringLiteral(SMS_VERSION)));
    QVERIFY(version.contains(QString::fromLatin1(qVersion())));
    const QString licences = dialog->findChild<QWidget *>(QStringLiteral("aboutLicences"))
                                 ->property("plainText")
                                 .toString();
    for (const char *needle : {"LGPL", "QtKeychain", "BSD", "libphonenumber", "Apache",
                               "Noto Sans CJK", "Open Font License", "Qt HTTP Server", "GPL-3.0"})
        QVERIFY2(licences.contains(QLatin1String(needle)), needle);
    dialog->close();
}

void TestMainWindow::accessibleNamesAndMnemonics()
{
    guitest::Environment env;
    auto options = env.options();
    options.checkOnActivate = false;
    AppController controller(options);
    controller.start();
    MainWindow window(&controller);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.navigation()->accessibleName().isEmpty());
    QVERIFY(!window.connectionStatusBar()->sandboxBadge()->accessibleName().isEmpty());
    for (const char *menu : {"fileMenu", "viewMenu", "helpMenu", "languageMenu"})
        QVERIFY2(menuTitle(window, menu).contains(QLatin1Char('&')), menu);

    sms::ui::ProfilesDialog *dialog = window.openProfiles(true);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    // Every input and button has a name a screen reader can say.
    const auto widgets = dialog->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisible() || widget->focusPolicy() == Qt::NoFocus)
            continue;
        if (qobject_cast<QAbstractButton *>(widget)) {
            auto *button = static_cast<QAbstractButton *>(widget);
            QVERIFY2(!button->text().isEmpty() || !button->accessibleName().isEmpty(),
                     qPrintable(widget->objectName()));
        } else if (widget->inherits("QLineEdit") || widget->inherits("QComboBox")
                   || widget->inherits("QAbstractItemView")) {
            if (widget->parentWidget() && widget->parentWidget()->inherits("QComboBox"))
                continue; // the combo box's own line edit
            if (widget->inherits("QAbstractItemView") && widget->objectName().isEmpty())
                continue; // popups of combo boxes
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
        }
    }
    // Tab walks the form in reading order.
    dialog->nameEdit()->setFocus();
    QCOMPARE(dialog->nameEdit()->nextInFocusChain(), static_cast<QWidget *>(dialog->secretIdEdit()));
    dialog->close();
}

int main(int argc, char *argv[])
{
    // An empty configuration, as on a new computer.
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("SMS Console"));
    QApplication::setOrganizationName(QStringLiteral("SmsConsole"));
    TestMainWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mainwindow.moc"
