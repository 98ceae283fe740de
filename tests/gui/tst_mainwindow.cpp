// SPDX-License-Identifier: GPL-3.0-or-later
// The main window as a new user meets it: first run in the sandbox with an
// empty configuration, every page reachable by mouse and keyboard, the window
// remembering itself, the language switching at runtime, profiles switching
// without a restart, a failed connection said on the page, the command
// line's problems said in the window, and the guidance's buttons leading to
// the pages they name.

#include "GuiTestSupport.h"
#include "Localization.h"
#include "api/ApiClient.h"
#include "api/SmsApi.h"
#include "campaigns/CampaignsPage.h"
#include "credentials/ProfileStore.h"
#include "credentials/SecretStore.h"
#include "errors/ErrorCatalog.h"
#include "guidance/ErrorGuidanceDialog.h"
#include "guidance/GuidanceRouter.h"
#include "history/HistoryPage.h"
#include "history/HistoryTableModel.h"
#include "history/SingleSendDialog.h"
#include "profiles/ProfilesDialog.h"
#include "review/ReviewPage.h"
#include "shell/AppController.h"
#include "shell/ConnectionStatusBar.h"
#include "shell/MainWindow.h"
#include "statistics/StatisticsPage.h"
#include "widgets/MessageBar.h"
#include "widgets/StatusPalette.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHash>
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
#include <QToolButton>

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

// The colour of one pixel of the widget as drawn now.
QColor pixelAt(QWidget *widget, const QPoint &point)
{
    return widget->grab().toImage().pixelColor(point);
}
} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void firstRunWithEmptyConfigStartsInSandbox();
    void reachesEveryPageBySidebarAndShortcut();
    void restoresGeometryPageAndSplitter();
    void languageSwitchRetranslatesOpenWindows();
    void historyOpensTheSingleMessageDialog();
    void historyLooksANumberUpAtTheService();
    void serverLanguageFollowsUnlessPinned();
    void commandLineChoosesProfileForThisSession();
    void switchesProfileFromMenuWithoutRestart();
    void aboutNamesVersionAndLicences();
    void accessibleNamesAndMnemonics();
    void menuMnemonicsAreUnique_data();
    void menuMnemonicsAreUnique();
    void sidebarShowsFocusRing();
    void tabReachesBarButtonBeforeClose();
    void failedConnectionShowsBarWithGuidance();
    void checkConnectionSaysSo();
    void startupProblemsShownInWindow();
    void guidanceButtonsReachTheirPages();
    void endpointProblemsKeepTheirCode_data();
    void endpointProblemsKeepTheirCode();

private:
    guitest::MarkingTranslator m_marker;
};

void tst_MainWindow::initTestCase()
{
    QCoreApplication::installTranslator(&m_marker);
}

void tst_MainWindow::init()
{
    m_marker.active = false;
    sms::Localization::install(QLocale(QLocale::English, QLocale::UnitedStates));
    QCoreApplication::processEvents();
}

void tst_MainWindow::cleanupTestCase()
{
    QCoreApplication::removeTranslator(&m_marker);
}

void tst_MainWindow::firstRunWithEmptyConfigStartsInSandbox()
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
        + QStringLiteral("/sandbox-state.sqlite");
    QVERIFY(!controller.options().sandbox.statePath.isEmpty());
    QCOMPARE(controller.options().sandbox.statePath, state);
}

void tst_MainWindow::reachesEveryPageBySidebarAndShortcut()
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
    const char *pages[]
        = {"campaignsPage", "signaturesPage", "templatesPage", "historyPage", "statisticsPage"};
    const QStringList titles
        = {QStringLiteral("Campaigns"), QStringLiteral("Signatures"), QStringLiteral("Templates"),
           QStringLiteral("History"), QStringLiteral("Statistics")};
    auto *stack = guitest::child<QStackedWidget>(&window, "pages");
    QVERIFY(stack);

    // By mouse, in reverse so every click changes something.
    for (int page = MainWindow::PageCount - 1; page >= 0; --page) {
        const QRect rect = nav->visualItemRect(nav->item(page));
        QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(window.currentPage(), page);
        QCOMPARE(stack->currentWidget()->objectName(), QString::fromLatin1(pages[page]));
        QCOMPARE(nav->item(page)->text(), titles.at(page));
        // Every page is built: none is a placeholder any more.
        if (qobject_cast<sms::ui::ReviewPage *>(stack->currentWidget())) {
            QVERIFY(page == MainWindow::Signatures || page == MainWindow::Templates);
            continue;
        }
        if (qobject_cast<sms::ui::CampaignsPage *>(stack->currentWidget())) {
            QCOMPARE(page, int(MainWindow::Campaigns));
            continue;
        }
        if (qobject_cast<sms::ui::StatisticsPage *>(stack->currentWidget())) {
            QCOMPARE(page, int(MainWindow::Statistics));
            continue;
        }
        if (qobject_cast<sms::ui::HistoryPage *>(stack->currentWidget())) {
            QCOMPARE(page, int(MainWindow::History));
            continue;
        }
        QFAIL(qPrintable(QStringLiteral("page %1 is not built").arg(titles.at(page))));
    }

    // By keyboard: Ctrl+1..5 from anywhere in the window.
    window.activateWindow();
    for (int page = 0; page < MainWindow::PageCount; ++page) {
        QTest::keyClick(&window, Qt::Key(Qt::Key_1 + page), Qt::ControlModifier);
        QCOMPARE(window.currentPage(), page);
        QCOMPARE(nav->currentRow(), page);
        QCOMPARE(stack->currentWidget()->objectName(), QString::fromLatin1(pages[page]));
        auto *action = guitest::child<QAction>(
            &window, QByteArray("pageAction").append(QByteArray::number(page + 1)).constData());
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

void tst_MainWindow::restoresGeometryPageAndSplitter()
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

void tst_MainWindow::historyOpensTheSingleMessageDialog()
{
    guitest::Environment env;
    AppController controller(env.options());
    controller.start();
    MainWindow window(&controller);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), State::Ready, kStartTimeoutMs);
    window.setCurrentPage(MainWindow::History);
    auto *page = qobject_cast<sms::ui::HistoryPage *>(window.pageWidget(MainWindow::History));
    QVERIFY(page);
    // The number the operator was looking at goes into the dialog.
    guitest::child<QLineEdit>(page, "numberFilter")->setText(QStringLiteral("13800138000"));
    QTest::mouseClick(guitest::child<QPushButton>(page, "sendMessageButton"), Qt::LeftButton);
    sms::ui::SingleSendDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<sms::ui::SingleSendDialog *>()) && dialog->isVisible());
    QVERIFY(guitest::child<QLineEdit>(dialog, "phoneEdit")
                ->text()
                .contains(QStringLiteral("13800138000")));
    dialog->reject();
}

void tst_MainWindow::historyLooksANumberUpAtTheService()
{
    guitest::Environment env;
    AppController controller(env.options());
    controller.start();
    MainWindow window(&controller);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), State::Ready, kStartTimeoutMs);
    window.setCurrentPage(MainWindow::History);
    auto *page = qobject_cast<sms::ui::HistoryPage *>(window.pageWidget(MainWindow::History));
    QVERIFY(page);
    auto *lookup = guitest::child<QPushButton>(page, "lookupButton");
    QVERIFY(!lookup->isEnabled());
    // A number the sandbox's demo account sent to before this console ran:
    // nothing of it is in this history until it is looked up.
    guitest::child<QLineEdit>(page, "numberFilter")->setText(QStringLiteral("+8613910000000"));
    QVERIFY(lookup->isEnabled());
    QTRY_VERIFY(!page->store().isLoading());
    QCOMPARE(page->model()->rowCount(), 0);
    QTest::mouseClick(lookup, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->messageBar()->isVisible()
                                 && page->messageBar()->type()
                                     == sms::ui::MessageBar::Type::Positive,
                             kStartTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() > 0, kStartTimeoutMs);
    QCOMPARE(page->store().rows().value(0).phone, QStringLiteral("+8613910000000"));
}

void tst_MainWindow::languageSwitchRetranslatesOpenWindows()
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
    auto *statistics
        = qobject_cast<sms::ui::StatisticsPage *>(window.pageWidget(MainWindow::Statistics));
    QVERIFY(statistics);
    const auto pageText = [statistics] {
        return statistics->sourceBox()->itemText(1);
    };

    // English, the source language.
    QCOMPARE(menuTitle(window, "fileMenu"), QStringLiteral("&File"));
    QCOMPARE(menuTitle(window, "viewMenu"), QStringLiteral("&View"));
    QCOMPARE(window.navigation()->item(0)->text(), QStringLiteral("Campaigns"));
    QCOMPARE(profiles->windowTitle(), QStringLiteral("Profiles"));
    QCOMPARE(profiles->saveButton()->text(), QStringLiteral("&Save"));
    const QString englishNote = pageText();
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
    QVERIFY(pageText() != englishNote);
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
    QCOMPARE(pageText(), englishNote);
    QCOMPARE(window.sandboxBar()->text(), englishBar);
    QCOMPARE(profiles->windowTitle(), QStringLiteral("Profiles"));
    QCOMPARE(controller.client().config().language, QStringLiteral("en-US"));
    profiles->close();
}

void tst_MainWindow::serverLanguageFollowsUnlessPinned()
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

void tst_MainWindow::commandLineChoosesProfileForThisSession()
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

void tst_MainWindow::switchesProfileFromMenuWithoutRestart()
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

void tst_MainWindow::aboutNamesVersionAndLicences()
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
                               "Noto Sans CJK", "Open Font License"})
        QVERIFY2(licences.contains(QLatin1String(needle)), needle);
    // SMS Console's own licence, said where it is seen first.
    const QString licence = guitest::child<QLabel>(dialog, "aboutLicence")->text();
    QVERIFY2(licence.contains(QLatin1String("GPL-3.0-or-later")), qPrintable(licence));
    dialog->close();
}

void tst_MainWindow::accessibleNamesAndMnemonics()
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
    QCOMPARE(dialog->nameEdit()->nextInFocusChain(),
             static_cast<QWidget *>(dialog->secretIdEdit()));
    dialog->close();
}

void tst_MainWindow::menuMnemonicsAreUnique_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

void tst_MainWindow::menuMnemonicsAreUnique()
{
    QFETCH(QString, language);
    guitest::Shell shell([&](sms::ui::AppOptions &options) { options.language = language; });
    QCOMPARE(shell.controller.language(), language);
    MainWindow &window = shell.window;
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // The menu bar, then each menu and submenu: Alt+letter, then a letter,
    // must each lead to one place.
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles.append(action->text());
    QVERIFY2(guitest::mnemonicClashes(titles).isEmpty(),
             qPrintable(guitest::mnemonicClashes(titles).join(QStringLiteral("; "))));
    const auto menus = window.findChildren<QMenu *>();
    QVERIFY(menus.size() >= 4);
    for (const QMenu *menu : menus) {
        QStringList texts;
        for (const QAction *action : menu->actions()) {
            if (!action->isSeparator())
                texts.append(action->text());
        }
        const QStringList clashes = guitest::mnemonicClashes(texts);
        QVERIFY2(clashes.isEmpty(),
                 qPrintable(menu->objectName() + QStringLiteral(": ")
                            + clashes.join(QStringLiteral("; "))));
    }
    // The actions a keyboard user reaches through View and Help have one.
    for (const char *name : {"checkConnectionAction", "lastErrorAction", "dictionaryAction",
                             "aboutAction", "profilesAction", "quitAction"}) {
        const auto *action = guitest::child<QAction>(&window, name);
        QVERIFY2(action && !QKeySequence::mnemonic(action->text()).isEmpty(), name);
    }
    QVERIFY(
        !QKeySequence::mnemonic(guitest::child<QMenu>(&window, "languageMenu")->title()).isEmpty());
}

void tst_MainWindow::sidebarShowsFocusRing()
{
    guitest::Shell shell;
    MainWindow &window = shell.window;
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);
    QTRY_VERIFY(window.isActiveWindow());

    QListWidget *nav = window.navigation();
    // Half-way down the left edge: the frame, away from any item.
    const QPoint edge(0, nav->height() / 2);
    nav->setFocus();
    QTRY_VERIFY(nav->hasFocus());
    const QColor focused = pixelAt(nav, edge);
    auto *other = guitest::child<QWidget>(&window, "pages");
    other->setFocusPolicy(Qt::StrongFocus);
    other->setFocus();
    QTRY_VERIFY(!nav->hasFocus());
    const QColor unfocused = pixelAt(nav, edge);
    QVERIFY2(focused != unfocused, qPrintable(QStringLiteral("%1 both ways").arg(focused.name())));
    // Seen against the window around it (3:1 for what is not text).
    QVERIFY2(
        sms::ui::StatusPalette::contrastRatio(focused, window.palette().color(QPalette::Window))
            >= 3.0,
        qPrintable(focused.name()));
}

void tst_MainWindow::tabReachesBarButtonBeforeClose()
{
    guitest::Shell shell;
    MainWindow &window = shell.window;
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    sms::ui::MessageBar *bar = window.sandboxBar();
    QVERIFY(bar->isVisible());
    auto *button = guitest::child<QPushButton>(bar, "addAccountButton");
    QWidget *close = bar->closeButton();
    // Whatever comes before the bar in the chain leads to its button first,
    // then to its close button.
    QWidget *before = button->previousInFocusChain();
    while (before
           && (before == bar || before->focusPolicy() == Qt::NoFocus || !before->isVisible()))
        before = before->previousInFocusChain();
    QVERIFY(before);
    QWidget *next = before->nextInFocusChain();
    while (next && (next->focusPolicy() == Qt::NoFocus || !next->isVisible()))
        next = next->nextInFocusChain();
    QCOMPARE(next, static_cast<QWidget *>(button));
    next = button->nextInFocusChain();
    while (next && (next->focusPolicy() == Qt::NoFocus || !next->isVisible()))
        next = next->nextInFocusChain();
    QCOMPARE(next, close);
}

void tst_MainWindow::failedConnectionShowsBarWithGuidance()
{
    guitest::Shell shell([](sms::ui::AppOptions &options) { options.checkOnActivate = true; });
    AppController &controller = shell.controller;
    MainWindow &window = shell.window;
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), State::Ready, kStartTimeoutMs);
    QVERIFY(!window.problemBar()->isVisible());

    // A profile whose key is wrong: the sandbox refuses its signature.
    sms::credentials::Profile wrong;
    wrong.name = QStringLiteral("Wrong key");
    wrong.endpoint = controller.sandboxEndpoint();
    QVERIFY(controller.profiles().save(wrong));
    sms::api::Credential credential = controller.sandboxCredential();
    credential.secretKey = QStringLiteral("not-the-key");
    controller.secrets().setSessionCredential(wrong.name, credential);
    controller.activateProfile(wrong.name);
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), State::Failed, kStartTimeoutMs);

    // Said on the page, in words and with the way to what to do.
    sms::ui::MessageBar *bar = window.problemBar();
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->type(), sms::ui::MessageBar::Type::Error);
    const QString title = sms::errors::ErrorCatalog::guidanceFor(controller.lastError()).title;
    QVERIFY2(bar->text().contains(title), qPrintable(bar->text()));
    QVERIFY(bar->text().contains(wrong.name));
    auto *explain = guitest::child<QPushButton>(bar, "explainProblemButton");
    QVERIFY(explain->isVisible());
    QTest::mouseClick(explain, Qt::LeftButton);
    sms::ui::ErrorGuidanceDialog *dialog = window.lastGuidanceDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->guidance().code, controller.lastError().code());

    // A wrong key is fixed in Profiles, not by trying again.
    QVERIFY(!guitest::child<QPushButton>(dialog, "retryButton")->isVisible());
    QTest::mouseClick(guitest::child<QPushButton>(dialog, "openSettingsButton"), Qt::LeftButton);
    QVERIFY(window.profilesDialog());
    QTRY_VERIFY(window.profilesDialog()->isVisible());
    window.profilesDialog()->close();

    // The bar's own button leads there too.
    auto *fix = guitest::child<QPushButton>(bar, "fixProblemButton");
    QVERIFY(fix->isVisible());
    QTest::mouseClick(fix, Qt::LeftButton);
    QTRY_VERIFY(window.profilesDialog() && window.profilesDialog()->isVisible());
    window.profilesDialog()->close();
}

void tst_MainWindow::checkConnectionSaysSo()
{
    guitest::Shell shell([](sms::ui::AppOptions &options) { options.checkOnActivate = true; });
    AppController &controller = shell.controller;
    MainWindow &window = shell.window;
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), State::Ready, kStartTimeoutMs);
    QVERIFY(!window.problemBar()->isVisible());

    // F5: while the check runs, the status bar and the bar say so.
    auto *check = guitest::child<QAction>(&window, "checkConnectionAction");
    QCOMPARE(check->shortcut(), QKeySequence(QKeySequence::Refresh));
    check->trigger();
    QCOMPARE(controller.state(), State::Checking);
    QVERIFY(
        window.connectionStatusBar()->stateLabel()->text().contains(QStringLiteral("Checking")));
    sms::ui::MessageBar *bar = window.problemBar();
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->type(), sms::ui::MessageBar::Type::Information);
    QVERIFY(bar->text().contains(QStringLiteral("Checking")));

    // And then how it went, good news included.
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), State::Ready, kStartTimeoutMs);
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->type(), sms::ui::MessageBar::Type::Positive);
    QVERIFY2(bar->text().contains(QStringLiteral("Connected")), qPrintable(bar->text()));
    QVERIFY(bar->closeButton()->isVisible());
    // Good news goes by itself.
    QTRY_VERIFY_WITH_TIMEOUT(!bar->isVisible(), 15000);
}

void tst_MainWindow::startupProblemsShownInWindow()
{
    guitest::Shell shell([](sms::ui::AppOptions &options) {
        options.profileName = QStringLiteral("NoSuch");
        options.language = QStringLiteral("fr");
    });
    AppController &controller = shell.controller;
    QCOMPARE(controller.startupProblems().size(), 2);
    MainWindow &window = shell.window;
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    sms::ui::MessageBar *bar = window.startupBar();
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->type(), sms::ui::MessageBar::Type::Warning);
    QVERIFY2(bar->text().contains(QStringLiteral("NoSuch")), qPrintable(bar->text()));
    QVERIFY(bar->text().contains(QStringLiteral("\"fr\"")));
    QVERIFY(bar->closeButton()->isVisible());
    QTest::mouseClick(bar->closeButton(), Qt::LeftButton);
    QVERIFY(!bar->isVisible());
    // Closed stays closed, also after a language switch.
    controller.setLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
    QVERIFY(!bar->isVisible());

    // Nothing to say: no bar.
    guitest::Shell quiet;
    QVERIFY(QTest::qWaitForWindowExposed(&quiet.window));
    QVERIFY(!quiet.window.startupBar()->isVisible());
}

void tst_MainWindow::guidanceButtonsReachTheirPages()
{
    guitest::Shell shell;
    MainWindow &window = shell.window;
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setCurrentPage(MainWindow::History);
    sms::ui::GuidanceRouter *router = window.guidanceRouter();

    // A signature that is not approved: "Open Signatures" carries its id.
    // The page hears of it as it becomes the current one.
    QSignalSpy requested(&window, &MainWindow::pageSubjectRequested);
    auto *dialog = router->showGuidance(
        sms::api::ApiError::service(QStringLiteral("FailedOperation.MissingSignature"),
                                    QStringLiteral("m")),
        {}, sms::ui::GuidanceSubject::signature(4242));
    QTest::mouseClick(guitest::child<QPushButton>(dialog, "openSignatureButton"), Qt::LeftButton);
    QCOMPARE(window.currentPage(), int(MainWindow::Signatures));
    QCOMPARE(window.pageSubject(MainWindow::Signatures).id, qint64(4242));
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toInt(), int(MainWindow::Signatures));
    QCOMPARE(requested.at(0).at(1).value<sms::ui::GuidanceSubject>(),
             sms::ui::GuidanceSubject::signature(4242));

    // Refused rows go to Campaigns with their numbers.
    const QStringList numbers {QStringLiteral("+8613800000001"), QStringLiteral("+8613800000002")};
    dialog = router->showGuidance(
        sms::api::ApiError::service(QStringLiteral("FailedOperation.PhoneNumberInBlacklist"),
                                    QStringLiteral("m")),
        {}, sms::ui::GuidanceSubject::campaign(7, numbers));
    QTest::mouseClick(guitest::child<QPushButton>(dialog, "editRowsButton"), Qt::LeftButton);
    QCOMPARE(window.currentPage(), int(MainWindow::Campaigns));
    QCOMPARE(window.pageSubject(MainWindow::Campaigns).id, qint64(7));
    QCOMPARE(window.pageSubject(MainWindow::Campaigns).numbers, numbers);

    // Open Profiles opens the profiles dialog on what the error is about:
    // a name that does not resolve is the endpoint's, not the key's. (The
    // sandbox's endpoint is not the operator's to edit, so a real profile.)
    sms::credentials::Profile real;
    real.name = QStringLiteral("Production");
    real.endpoint = QUrl(QStringLiteral("https://sms.example.invalid"));
    QVERIFY(shell.controller.profiles().save(real));
    shell.controller.activateProfile(real.name);
    dialog = router->showGuidance(sms::api::ApiError(sms::api::ApiError::Kind::Network,
                                                     QStringLiteral("ClientError.DnsFailure"),
                                                     QStringLiteral("Host not found")));
    QTest::mouseClick(guitest::child<QPushButton>(dialog, "openSettingsButton"), Qt::LeftButton);
    QVERIFY(window.profilesDialog());
    QTRY_VERIFY(window.profilesDialog()->isVisible());
    QTRY_COMPARE(window.profilesDialog()->focusWidget(),
                 static_cast<QWidget *>(window.profilesDialog()->endpointEdit()));
    window.profilesDialog()->close();
}

void tst_MainWindow::endpointProblemsKeepTheirCode_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("code");
    QTest::newRow("no host") << QStringLiteral("https://")
                             << QStringLiteral("ClientError.InvalidEndpoint");
    QTest::newRow("not a web address")
        << QStringLiteral("ftp://sms.example.com") << QStringLiteral("ClientError.InvalidEndpoint");
    QTest::newRow("cleartext to a network") << QStringLiteral("http://sms.example.com")
                                            << QStringLiteral("ClientError.InsecureEndpoint");
}

// The session reports what the client found: an address that is not one is
// not called insecure, and the guidance for it says what is wrong.
void tst_MainWindow::endpointProblemsKeepTheirCode()
{
    QFETCH(QString, endpoint);
    QFETCH(QString, code);
    guitest::Shell shell;
    AppController &controller = shell.controller;
    sms::credentials::Profile broken;
    broken.name = QStringLiteral("Broken endpoint");
    broken.endpoint = QUrl(endpoint);
    QVERIFY(controller.profiles().save(broken));
    controller.activateProfile(broken.name);
    QCOMPARE(controller.state(), State::Failed);
    QCOMPARE(controller.lastError().code(), code);
    QCOMPARE(controller.lastError().kind(), sms::api::ApiError::Kind::Configuration);
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
    tst_MainWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mainwindow.moc"
