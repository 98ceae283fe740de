#include "MainWindow.h"

#include "AboutDialog.h"
#include "AppController.h"
#include "ConnectionStatusBar.h"
#include "ErrorGuidanceDialog.h"
#include "MessageBar.h"
#include "PlaceholderPage.h"
#include "ProfilesDialog.h"
#include "credentials/ProfileStore.h"
#include "errors/ErrorCatalog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QEvent>
#include <QGuiApplication>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <cstdlib>

namespace sms::ui {

namespace {
constexpr auto kGeometryKey = "ui/geometry";
constexpr auto kWindowStateKey = "ui/windowState";
constexpr auto kSplitterKey = "ui/splitter";
constexpr auto kLastPageKey = "ui/lastPage";

const char *const pageObjectNames[] = {"campaignsPage", "signaturesPage", "templatesPage",
                                       "historyPage", "statisticsPage"};
} // namespace

MainWindow::MainWindow(AppController *controller, QWidget *parent)
    : QMainWindow(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(applicationIcon());
    buildCentral();
    buildMenus();
    m_statusBar = new ConnectionStatusBar(m_controller, this);
    setStatusBar(m_statusBar);
    connect(m_statusBar, &ConnectionStatusBar::guidanceRequested, this, [this] {
        if (m_controller->hasLastError())
            showGuidance(m_controller->lastError());
    });

    connect(m_controller, &AppController::activeProfileChanged, this, [this] {
        rebuildProfileMenu();
        refreshBars();
        refreshTitle();
    });
    connect(m_controller, &AppController::stateChanged, this, &MainWindow::refreshBars);
    connect(m_controller, &AppController::lastErrorChanged, this, [this] {
        m_lastErrorAction->setEnabled(m_controller->hasLastError());
        refreshProblemBar();
    });
    connect(m_controller, &AppController::clockChanged, this, &MainWindow::refreshClockBar);
    connect(m_controller, &AppController::sandboxFailed, this, &MainWindow::refreshProblemBar);
    connect(&m_controller->profiles(), &credentials::ProfileStore::changed, this,
            &MainWindow::rebuildProfileMenu);

    retranslate();
    restoreUiState();
    rebuildProfileMenu();
    refreshBars();
    // Keyboard users start in the page list: arrows move between pages.
    m_navigation->setFocus();
}

MainWindow::~MainWindow() = default;

QIcon MainWindow::applicationIcon()
{
    QIcon icon;
    for (int size : {48, 128, 256})
        icon.addFile(QStringLiteral(":/icons/hicolor/%1x%1/apps/smsconsole.png").arg(size),
                     QSize(size, size));
    return icon;
}

void MainWindow::buildCentral()
{
    auto *central = new QWidget(this);
    central->setObjectName(QStringLiteral("central"));
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(8, 8, 8, 0);
    layout->setSpacing(6);

    m_sandboxBar = new MessageBar(central);
    m_sandboxBar->setObjectName(QStringLiteral("sandboxBar"));
    m_sandboxBar->setType(MessageBar::Type::Information);
    QPushButton *addAccount = m_sandboxBar->addButton(QStringLiteral("addAccountButton"));
    connect(addAccount, &QPushButton::clicked, this, [this] { openProfiles(true); });
    connect(m_sandboxBar, &MessageBar::dismissed, this, [this] { m_sandboxBarDismissed = true; });
    layout->addWidget(m_sandboxBar);

    m_clockBar = new MessageBar(central);
    m_clockBar->setObjectName(QStringLiteral("clockBar"));
    QPushButton *correct = m_clockBar->addButton(QStringLiteral("correctClockButton"));
    QPushButton *remember = m_clockBar->addButton(QStringLiteral("rememberClockButton"));
    connect(correct, &QPushButton::clicked, m_controller, &AppController::correctPendingClock);
    connect(remember, &QPushButton::clicked, m_controller, &AppController::rememberClockOffset);
    connect(m_clockBar, &MessageBar::dismissed, this, [this] {
        if (m_clockMode == ClockBarMode::Pending)
            m_controller->dismissClockSkew();
        m_clockMode = ClockBarMode::Hidden;
    });
    layout->addWidget(m_clockBar);

    m_problemBar = new MessageBar(central);
    m_problemBar->setObjectName(QStringLiteral("problemBar"));
    m_problemBar->setType(MessageBar::Type::Error);
    m_problemBar->setClosable(false);
    QPushButton *explain = m_problemBar->addButton(QStringLiteral("explainProblemButton"));
    QPushButton *fix = m_problemBar->addButton(QStringLiteral("fixProblemButton"));
    connect(explain, &QPushButton::clicked, this, [this] {
        if (m_controller->hasLastError())
            showGuidance(m_controller->lastError());
    });
    connect(fix, &QPushButton::clicked, this, [this] {
        if (m_controller->isSandboxActive()) {
            m_controller->reloadActiveProfile();
        } else {
            openProfiles(false);
        }
    });
    layout->addWidget(m_problemBar);

    m_splitter = new QSplitter(Qt::Horizontal, central);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);

    m_navigation = new QListWidget(m_splitter);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setSelectionMode(QAbstractItemView::SingleSelection);
    m_navigation->setUniformItemSizes(true);
    m_navigation->setSpacing(2);
    QFont navFont = m_navigation->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.1);
    m_navigation->setFont(navFont);
    const int itemHeight = QFontMetrics(navFont).height() * 2;
    for (int page = 0; page < PageCount; ++page) {
        auto *item = new QListWidgetItem(m_navigation);
        item->setSizeHint(QSize(0, itemHeight));
    }
    m_navigation->setMinimumWidth(QFontMetrics(navFont).averageCharWidth() * 14);

    m_pages = new QStackedWidget(m_splitter);
    m_pages->setObjectName(QStringLiteral("pages"));
    for (int page = 0; page < PageCount; ++page) {
        auto *placeholder = new PlaceholderPage(m_pages);
        placeholder->setObjectName(QLatin1String(pageObjectNames[page]));
        m_pages->addWidget(placeholder);
    }
    m_splitter->addWidget(m_navigation);
    m_splitter->addWidget(m_pages);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({QFontMetrics(navFont).averageCharWidth() * 22, 800});
    layout->addWidget(m_splitter, 1);

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_pages->setCurrentIndex(row);
        if (row < m_pageActions.size())
            m_pageActions.at(row)->setChecked(true);
    });
    setCentralWidget(central);
    setTabOrder(m_navigation, m_pages);
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_switchMenu = m_fileMenu->addMenu(QString());
    m_switchMenu->setObjectName(QStringLiteral("switchProfileMenu"));
    m_profileGroup = new QActionGroup(this);
    m_profileGroup->setExclusive(true);
    m_profilesAction = m_fileMenu->addAction(QString(), this, [this] { openProfiles(false); });
    m_profilesAction->setObjectName(QStringLiteral("profilesAction"));
    m_profilesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_pageGroup = new QActionGroup(this);
    m_pageGroup->setExclusive(true);
    for (int page = 0; page < PageCount; ++page) {
        QAction *action = m_viewMenu->addAction(QString());
        action->setObjectName(QStringLiteral("pageAction%1").arg(page + 1));
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + page)));
        action->setShortcutContext(Qt::WindowShortcut);
        m_pageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, page] { setCurrentPage(page); });
        m_pageActions.append(action);
    }
    m_viewMenu->addSeparator();
    m_checkAction = m_viewMenu->addAction(QString(), m_controller, &AppController::checkConnection);
    m_checkAction->setObjectName(QStringLiteral("checkConnectionAction"));
    m_checkAction->setShortcut(QKeySequence::Refresh);
    m_lastErrorAction = m_viewMenu->addAction(QString(), this, [this] {
        if (m_controller->hasLastError())
            showGuidance(m_controller->lastError());
    });
    m_lastErrorAction->setObjectName(QStringLiteral("lastErrorAction"));
    m_lastErrorAction->setShortcut(QKeySequence(Qt::Key_F8));
    m_lastErrorAction->setEnabled(false);
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    auto *languages = new QActionGroup(this);
    languages->setExclusive(true);
    // Each language is named in itself, so whoever reads only that one finds it.
    m_chineseAction = m_languageMenu->addAction(QStringLiteral("简体中文"));
    m_chineseAction->setObjectName(QStringLiteral("chineseAction"));
    m_englishAction = m_languageMenu->addAction(QStringLiteral("English"));
    m_englishAction->setObjectName(QStringLiteral("englishAction"));
    for (QAction *action : {m_chineseAction, m_englishAction}) {
        action->setCheckable(true);
        languages->addAction(action);
    }
    connect(m_chineseAction, &QAction::triggered, this,
            [this] { m_controller->setLanguage(QStringLiteral("zh_CN")); });
    connect(m_englishAction, &QAction::triggered, this,
            [this] { m_controller->setLanguage(QStringLiteral("en")); });

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_aboutAction = m_helpMenu->addAction(QString(), this, [this] { showAbout(); });
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::restoreUiState()
{
    QSettings &settings = m_controller->settings();
    const QByteArray geometry = settings.value(QLatin1String(kGeometryKey)).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        QSize size(1040, 700);
        if (const QScreen *screen = QGuiApplication::primaryScreen()) {
            const QSize available = screen->availableSize();
            size = size.boundedTo(available * 9 / 10);
        }
        resize(size);
    }
    restoreState(settings.value(QLatin1String(kWindowStateKey)).toByteArray());
    const QByteArray splitter = settings.value(QLatin1String(kSplitterKey)).toByteArray();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    const int page = settings.value(QLatin1String(kLastPageKey), 0).toInt();
    setCurrentPage(page >= 0 && page < PageCount ? page : 0);
}

void MainWindow::saveUiState()
{
    QSettings &settings = m_controller->settings();
    settings.setValue(QLatin1String(kGeometryKey), saveGeometry());
    settings.setValue(QLatin1String(kWindowStateKey), saveState());
    settings.setValue(QLatin1String(kSplitterKey), m_splitter->saveState());
    settings.setValue(QLatin1String(kLastPageKey), currentPage());
    settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Unsaved profile edits are the operator's to decide on, not to lose.
    if (m_profilesDialog && m_profilesDialog->hasUnsavedChanges()) {
        event->ignore();
        openProfiles(false);
        m_profilesDialog->close();
        return;
    }
    saveUiState();
    // Dialogs that float on their own go with the window.
    for (QWidget *dialog : std::initializer_list<QWidget *>{m_profilesDialog, m_guidanceDialog,
                                                            m_aboutDialog}) {
        if (dialog)
            dialog->close();
    }
    QMainWindow::closeEvent(event);
}

ProfilesDialog *MainWindow::profilesDialog() const
{
    return m_profilesDialog;
}

ErrorGuidanceDialog *MainWindow::lastGuidanceDialog() const
{
    return m_guidanceDialog;
}

int MainWindow::currentPage() const
{
    return m_pages->currentIndex();
}

void MainWindow::setCurrentPage(int page)
{
    if (page < 0 || page >= PageCount)
        return;
    m_navigation->setCurrentRow(page);
    m_pages->setCurrentIndex(page);
    m_pageActions.at(page)->setChecked(true);
}

QWidget *MainWindow::pageWidget(int page) const
{
    return m_pages->widget(page);
}

void MainWindow::setPageWidget(int page, QWidget *widget)
{
    if (page < 0 || page >= PageCount || !widget)
        return;
    const bool current = currentPage() == page;
    QWidget *old = m_pages->widget(page);
    widget->setObjectName(QLatin1String(pageObjectNames[page]));
    m_pages->insertWidget(page, widget);
    m_pages->removeWidget(old);
    old->deleteLater();
    if (current)
        m_pages->setCurrentIndex(page);
    retranslatePages();
}

ProfilesDialog *MainWindow::openProfiles(bool addNew)
{
    if (!m_profilesDialog) {
        m_profilesDialog = new ProfilesDialog(m_controller, this);
        m_profilesDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    if (addNew)
        m_profilesDialog->startNewProfile();
    m_profilesDialog->show();
    m_profilesDialog->raise();
    m_profilesDialog->activateWindow();
    return m_profilesDialog;
}

ErrorGuidanceDialog *MainWindow::showGuidance(const api::ApiError &error)
{
    if (m_guidanceDialog)
        m_guidanceDialog->close();
    // Parented to the dialog asking, if any, so it stays on top of it.
    QWidget *parent = m_profilesDialog && m_profilesDialog->isVisible()
        ? static_cast<QWidget *>(m_profilesDialog)
        : this;
    auto *dialog = new ErrorGuidanceDialog(error, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_controller->lastError().code() == error.code() && m_controller->lastErrorTime().isValid())
        dialog->setOccurredAt(m_controller->lastErrorTime());
    connect(dialog, &ErrorGuidanceDialog::openSettingsRequested, this, [this, dialog] {
        dialog->close();
        openProfiles(false);
    });
    connect(dialog, &ErrorGuidanceDialog::correctClockRequested, m_controller,
            &AppController::correctClock);
    connect(dialog, &ErrorGuidanceDialog::retryRequested, this, [this, dialog] {
        dialog->close();
        m_controller->checkConnection();
    });
    // Signatures and templates open their pages; until those are built, the
    // page says what it will do.
    connect(dialog, &ErrorGuidanceDialog::openSignatureRequested, this, [this, dialog] {
        dialog->close();
        setCurrentPage(Signatures);
    });
    connect(dialog, &ErrorGuidanceDialog::openTemplateRequested, this, [this, dialog] {
        dialog->close();
        setCurrentPage(Templates);
    });
    connect(dialog, &ErrorGuidanceDialog::editCampaignRowsRequested, this, [this, dialog] {
        dialog->close();
        setCurrentPage(Campaigns);
    });
    m_guidanceDialog = dialog;
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

AboutDialog *MainWindow::showAbout()
{
    if (!m_aboutDialog) {
        m_aboutDialog = new AboutDialog(this);
        m_aboutDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_aboutDialog->show();
    m_aboutDialog->raise();
    m_aboutDialog->activateWindow();
    return m_aboutDialog;
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_switchMenu->setTitle(tr("&Switch Profile"));
    m_profilesAction->setText(tr("&Profiles\u2026"));
    m_profilesAction->setStatusTip(tr("Add, edit and remove accounts, and choose the active one."));
    m_quitAction->setText(tr("&Quit"));

    m_viewMenu->setTitle(tr("&View"));
    m_checkAction->setText(tr("&Check Connection"));
    m_lastErrorAction->setText(tr("Explain &Last Error\u2026"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About SMS Console"));

    const bool chinese = m_controller->language() == QLatin1String("zh_CN");
    m_chineseAction->setChecked(chinese);
    m_englishAction->setChecked(!chinese);

    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->setToolTip(QString());
    m_pages->setAccessibleName(tr("Page"));
    m_splitter->setAccessibleName(tr("Pages and content"));

    m_sandboxBar->buttons().at(0)->setText(tr("&Add a Real Account\u2026"));
    m_clockBar->buttons().at(0)->setText(tr("Sign with &Corrected Time"));
    m_clockBar->buttons().at(1)->setText(tr("&Remember for This Profile"));
    m_problemBar->buttons().at(0)->setText(tr("&What to Do\u2026"));

    retranslatePages();
    refreshBars();
    refreshTitle();
}

void MainWindow::retranslatePages()
{
    const QString titles[PageCount] = {tr("Campaigns"), tr("Signatures"), tr("Templates"),
                                       tr("History"), tr("Statistics")};
    const QString descriptions[PageCount] = {
        tr("Compose a campaign: pick an approved signature and template, import recipients with "
           "their parameters, check length and cost per row, and send in batches with progress, "
           "pause and resume."),
        tr("Your SMS signatures with their review status and the reviewer's reply; add, change "
           "and delete them."),
        tr("Your message templates with their review status and the reviewer's reply; add, "
           "change and delete them."),
        tr("Every message sent, with its delivery receipt and replies, kept on this computer; "
           "filter by number, campaign, date and status."),
        tr("Sends, deliveries and package usage over time.")};
    for (int page = 0; page < PageCount; ++page) {
        QListWidgetItem *item = m_navigation->item(page);
        item->setText(titles[page]);
        const QString shortcut = m_pageActions.at(page)->shortcut().toString(QKeySequence::NativeText);
        item->setToolTip(tr("%1 (%2)").arg(titles[page], shortcut));
        m_pageActions.at(page)->setText(titles[page]);
        if (auto *placeholder = qobject_cast<PlaceholderPage *>(m_pages->widget(page)))
            placeholder->setTexts(titles[page], descriptions[page]);
    }
}

void MainWindow::refreshTitle()
{
    const auto profile = m_controller->activeProfile();
    if (!profile) {
        setWindowTitle(tr("SMS Console"));
        return;
    }
    const QString name = AppController::displayName(*profile);
    setWindowTitle(profile->sandbox ? tr("%1 \u2014 SMS Console (nothing is really sent)").arg(name)
                                    : tr("%1 \u2014 SMS Console").arg(name));
}

void MainWindow::rebuildProfileMenu()
{
    // Not QMenu::clear(): it deletes at once, and this runs while one of the
    // actions is still emitting triggered().
    for (QAction *action : m_switchMenu->actions()) {
        m_profileGroup->removeAction(action);
        m_switchMenu->removeAction(action);
        action->deleteLater();
    }
    const QString active = m_controller->activeName();
    for (const QString &name : m_controller->profiles().names()) {
        const auto profile = m_controller->profiles().profile(name);
        if (!profile)
            continue;
        QAction *action = m_switchMenu->addAction(AppController::displayName(*profile));
        action->setCheckable(true);
        action->setChecked(name == active);
        action->setData(name);
        m_profileGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, name] {
            if (name != m_controller->activeName())
                m_controller->activateProfile(name);
        });
    }
    m_switchMenu->setEnabled(!m_switchMenu->isEmpty());
}

void MainWindow::refreshBars()
{
    refreshSandboxBar();
    refreshClockBar();
    refreshProblemBar();
}

void MainWindow::refreshSandboxBar()
{
    m_sandboxBar->setText(
        tr("You are working in the sandbox \u2014 nothing is really sent. Signatures, templates "
           "and messages here are simulated on this computer, so you can try everything safely."));
    m_sandboxBar->setVisible(m_controller->isSandboxActive() && !m_sandboxBarDismissed);
}

void MainWindow::refreshClockBar()
{
    const QString profile = m_controller->activeName();
    if (profile != m_clockModeProfile) {
        m_clockModeProfile = profile;
        m_clockMode = ClockBarMode::Hidden;
    }
    const auto pending = m_controller->pendingClockSkew();
    if (pending)
        m_clockMode = ClockBarMode::Pending;
    else if (m_clockMode == ClockBarMode::Pending)
        m_clockMode = m_controller->clockOffset() != 0 ? ClockBarMode::Corrected : ClockBarMode::Hidden;
    if (m_clockMode == ClockBarMode::Corrected && m_controller->isClockOffsetRemembered())
        m_clockMode = ClockBarMode::Remembered;

    QPushButton *correct = m_clockBar->buttons().at(0);
    QPushButton *remember = m_clockBar->buttons().at(1);
    const QString offset = ConnectionStatusBar::formatOffset(m_controller->clockOffset());
    switch (m_clockMode) {
    case ClockBarMode::Hidden:
        break;
    case ClockBarMode::Pending: {
        const QString skew = errors::ErrorCatalog::formatDuration(std::abs(*pending));
        m_clockBar->setType(MessageBar::Type::Warning);
        m_clockBar->setText(
            *pending > 0
                ? tr("This computer's clock is %1 behind the service's. The service refuses "
                     "requests signed more than 5 minutes off; SMS Console can sign with the "
                     "corrected time instead.")
                      .arg(skew)
                : tr("This computer's clock is %1 ahead of the service's. The service refuses "
                     "requests signed more than 5 minutes off; SMS Console can sign with the "
                     "corrected time instead.")
                      .arg(skew));
        break;
    }
    case ClockBarMode::Corrected:
        m_clockBar->setType(MessageBar::Type::Positive);
        m_clockBar->setText(tr("Requests are now signed with the corrected time (%1) for this "
                               "session. Remember it to keep it for this profile, or set this "
                               "computer's clock right.")
                                .arg(offset));
        break;
    case ClockBarMode::Remembered:
        m_clockBar->setType(MessageBar::Type::Positive);
        m_clockBar->setText(tr("The clock correction (%1) is saved in this profile and used "
                               "from now on.")
                                .arg(offset));
        break;
    }
    correct->setVisible(m_clockMode == ClockBarMode::Pending);
    remember->setVisible(m_clockMode == ClockBarMode::Corrected);
    m_clockBar->setVisible(m_clockMode != ClockBarMode::Hidden);
}

void MainWindow::refreshProblemBar()
{
    QPushButton *explain = m_problemBar->buttons().at(0);
    QPushButton *fix = m_problemBar->buttons().at(1);
    const auto profile = m_controller->activeProfile();
    const AppController::State state = m_controller->state();
    QString text;
    if (m_controller->isSandboxActive() && !m_controller->sandboxProblem().isEmpty()
        && !m_controller->isSandboxRunning()) {
        text = tr("The built-in sandbox could not start: %1").arg(m_controller->sandboxProblem());
        fix->setText(tr("&Try Again"));
    } else if (state == AppController::State::NoKeys && profile) {
        text = tr("SMS Console could not read the keys of profile \u201c%1\u201d from the "
                  "system keychain, so nothing can be sent with it yet.")
                   .arg(AppController::displayName(*profile));
        fix->setText(tr("Open &Profiles\u2026"));
    }
    explain->setVisible(m_controller->hasLastError());
    m_problemBar->setText(text);
    m_problemBar->setVisible(!text.isEmpty());
}

} // namespace sms::ui
