// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/MainWindow.h"
#include "store/Database.h"

#include "campaigns/CampaignsPage.h"
#include "credentials/ProfileStore.h"
#include "errors/ErrorCatalog.h"
#include "guidance/ErrorDictionaryDialog.h"
#include "guidance/ErrorGuidanceDialog.h"
#include "guidance/GuidanceRouter.h"
#include "history/HistoryPage.h"
#include "history/NumberLookup.h"
#include "history/SingleSendDialog.h"
#include "profiles/ProfilesDialog.h"
#include "review/ReviewNotifier.h"
#include "review/ReviewPage.h"
#include "shell/AboutDialog.h"
#include "shell/AppController.h"
#include "shell/ConnectionStatusBar.h"
#include "shell/PlaceholderPage.h"
#include "signatures/SignaturesPage.h"
#include "statistics/StatisticsPage.h"
#include "templates/TemplatesPage.h"
#include "widgets/MessageBar.h"
#include "widgets/WindowGeometry.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QEvent>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

#include <cstdlib>

namespace sms::ui {

namespace {
constexpr auto kGeometryKey = "ui/geometry";
constexpr auto kWindowStateKey = "ui/windowState";
constexpr auto kSplitterKey = "ui/splitter";
constexpr auto kLastPageKey = "ui/lastPage";

const char *const pageObjectNames[]
    = {"campaignsPage", "signaturesPage", "templatesPage", "historyPage", "statisticsPage"};

// How long "Connected" stays after an operator's own check succeeded.
constexpr int kSuccessShownMs = 5000;
} // namespace

MainWindow::MainWindow(AppController *controller, QWidget *parent)
    : QMainWindow(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(applicationIcon());
    // The window keeps its own minimum (see event()): the layout's would
    // grow it past the screen when a long status comes in.
    layout()->setSizeConstraint(QLayout::SetNoConstraint);
    m_router = new GuidanceRouter(m_controller, this);
    connect(m_router, &GuidanceRouter::openProfiles, this, [this](const api::ApiError &cause) {
        openProfiles(false)->focusField(ProfilesDialog::fieldFor(cause));
    });
    connect(m_router, &GuidanceRouter::openSignature, this,
            [this](qint64 id) { openPage(Signatures, GuidanceSubject::signature(id)); });
    connect(m_router, &GuidanceRouter::openTemplate, this,
            [this](qint64 id) { openPage(Templates, GuidanceSubject::templateOf(id)); });
    connect(m_router, &GuidanceRouter::editCampaignRows, this,
            [this](qint64 id, const QStringList &numbers) {
                openPage(Campaigns, GuidanceSubject::campaign(id, numbers));
            });
    m_successTimer = new QTimer(this);
    m_successTimer->setSingleShot(true);
    m_successTimer->setInterval(kSuccessShownMs);
    connect(m_successTimer, &QTimer::timeout, this, [this] {
        if (m_checkReport == CheckReport::Succeeded) {
            m_checkReport = CheckReport::None;
            refreshProblemBar();
        }
    });

    buildCentral();
    buildMenus();
    m_notifier = new ReviewNotifier(this, m_reviewBar);
    auto *signatures = new SignaturesPage(*m_controller, reviewStoreOptions());
    installReviewPage(Signatures, signatures);
    // The template editor previews with the usable signatures.
    auto *templates
        = new TemplatesPage(*m_controller, reviewStoreOptions(), &signatures->signatures());
    installReviewPage(Templates, templates);
    auto *campaigns = new CampaignsPage(*m_controller, campaignStoreOptions(),
                                        &signatures->signatures(), &templates->templates());
    installCampaignsPage(campaigns);
    installStatisticsPage(new StatisticsPage(*m_controller, statisticsStoreOptions()));
    auto *history = new HistoryPage(*m_controller, historyStoreOptions());
    installHistoryPage(history);
    // One message from the history (a test to oneself, a resend after a
    // fix): the campaign's checks and journal, so it shows in the history.
    connect(history, &HistoryPage::sendMessageRequested, this,
            [this, signatures, templates, history](const QString &phone) {
                auto *dialog = new SingleSendDialog(*m_controller, &signatures->signatures(),
                                                    &templates->templates(),
                                                    m_controller->storeLocation(), m_router, this);
                dialog->setObjectName(QStringLiteral("singleSendDialog"));
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                dialog->setPhone(phone);
                connect(dialog, &SingleSendDialog::sent, history,
                        [history] { history->store().refresh(); });
                dialog->open();
            });
    connect(history, &HistoryPage::lookupRequested, this, [this, history](const QString &phone) {
        // Its own connection: the lookup writes what it finds while the
        // history page reads on its thread.
        auto database = std::make_shared<store::Database>();
        QString problem;
        if (!database->open(m_controller->storeLocation(), &problem)) {
            history->showLookupFailure(api::ApiError::client(
                api::ApiError::Kind::Configuration, "ClientError.JournalUnavailable", problem));
            return;
        }
        auto *lookup = new history::NumberLookup(m_controller->api(), *database, this);
        if (!lookup->start(phone, m_controller->appId())) {
            history->showLookupFailure(lookup->error());
            lookup->deleteLater();
            return;
        }
        history->setLookupRunning(true);
        connect(lookup, &history::NumberLookup::finished, history,
                [lookup, database, history, phone] {
                    history->setLookupRunning(false);
                    if (lookup->error().isError()) {
                        history->showLookupFailure(lookup->error());
                    } else {
                        const history::NumberLookup::Outcome found = lookup->outcome();
                        history->showLookupOutcome(phone, found.records, found.sendsAdded,
                                                   found.receiptsAdded);
                    }
                    lookup->deleteLater();
                });
    });
    connect(templates, &TemplatesPage::useInCampaignRequested, this,
            [this, campaigns](qint64 templateId) {
                setCurrentPage(Campaigns);
                campaigns->compose(templateId);
            });
    m_statusBar = new ConnectionStatusBar(m_controller, this);
    setStatusBar(m_statusBar);
    connect(m_statusBar, &ConnectionStatusBar::guidanceRequested, this,
            &MainWindow::explainLastError);

    connect(m_controller, &AppController::activeProfileChanged, this, [this] {
        rebuildProfileMenu();
        refreshBars();
        refreshTitle();
    });
    connect(m_controller, &AppController::stateChanged, this, &MainWindow::onStateChanged);
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
    refreshStartupBar();
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

    // What the command line asked for and could not be done: said once,
    // until the operator closes it.
    m_startupBar = new MessageBar(central);
    m_startupBar->setObjectName(QStringLiteral("startupBar"));
    m_startupBar->setType(MessageBar::Type::Warning);
    connect(m_startupBar, &MessageBar::dismissed, this, [this] { m_startupBarDismissed = true; });
    layout->addWidget(m_startupBar);

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
    QPushButton *explain = m_problemBar->addButton(QStringLiteral("explainProblemButton"));
    QPushButton *fix = m_problemBar->addButton(QStringLiteral("fixProblemButton"));
    connect(explain, &QPushButton::clicked, this, &MainWindow::explainLastError);
    connect(fix, &QPushButton::clicked, this, [this] {
        if (m_controller->isSandboxActive()) {
            checkConnection();
        } else {
            openProfiles(false);
        }
    });
    connect(m_problemBar, &MessageBar::dismissed, this, [this] {
        m_checkReport = CheckReport::None;
        m_successTimer->stop();
    });
    layout->addWidget(m_problemBar);

    m_reviewBar = new MessageBar(central);
    m_reviewBar->setObjectName(QStringLiteral("reviewBar"));
    m_reviewBar->addButton(QStringLiteral("showReviewedButton"));
    m_reviewBar->hide();
    layout->addWidget(m_reviewBar);

    m_splitter = new QSplitter(Qt::Horizontal, central);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);

    m_navigation = new QListWidget(m_splitter);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setSelectionMode(QAbstractItemView::SingleSelection);
    m_navigation->setUniformItemSizes(true);
    m_navigation->setSpacing(2);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QFont navFont = m_navigation->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.1);
    m_navigation->setFont(navFont);
    // Keyboard focus shows as a ring in the highlight colour: the selected
    // page alone does not say whether arrows would move it.
    m_navigation->setStyleSheet(
        QStringLiteral("QListWidget#navigation { border: 1px solid palette(mid); padding: 1px; }"
                       "QListWidget#navigation:focus { border: 2px solid palette(highlight); "
                       "padding: 0px; }"));
    const int itemHeight = QFontMetrics(navFont).height() * 2;
    for (int page = 0; page < PageCount; ++page) {
        auto *item = new QListWidgetItem(m_navigation);
        item->setSizeHint(QSize(0, itemHeight));
    }

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
    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { m_navigationSizedByWindow = false; });
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
    m_checkAction = m_viewMenu->addAction(QString(), this, &MainWindow::checkConnection);
    m_checkAction->setObjectName(QStringLiteral("checkConnectionAction"));
    m_checkAction->setShortcut(QKeySequence::Refresh);
    m_lastErrorAction = m_viewMenu->addAction(QString(), this, &MainWindow::explainLastError);
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
    m_dictionaryAction = m_helpMenu->addAction(QString(), this, [this] { showDictionary(); });
    m_dictionaryAction->setObjectName(QStringLiteral("dictionaryAction"));
    m_helpMenu->addSeparator();
    m_aboutAction = m_helpMenu->addAction(QString(), this, [this] { showAbout(); });
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::restoreUiState()
{
    QSettings &settings = m_controller->settings();
    const QByteArray geometry = settings.value(QLatin1String(kGeometryKey)).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        // Room for a page of tables where the screen allows; never more than
        // the screen, whatever the scale factor.
        const int em = fontMetrics().height();
        WindowGeometry::fit(this, QSize(em * 78, em * 52).expandedTo(minimumSizeHint()));
    }
    restoreState(settings.value(QLatin1String(kWindowStateKey)).toByteArray());
    const QByteArray splitter = settings.value(QLatin1String(kSplitterKey)).toByteArray();
    if (!splitter.isEmpty() && m_splitter->restoreState(splitter))
        m_navigationSizedByWindow = false;
    sizeNavigation();
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
    for (QWidget *dialog : std::initializer_list<QWidget *> {m_profilesDialog, lastGuidanceDialog(),
                                                             m_aboutDialog, m_dictionaryDialog}) {
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
    return m_router->dialog();
}

ErrorDictionaryDialog *MainWindow::dictionaryDialog() const
{
    return m_dictionaryDialog;
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
        m_profilesDialog = new ProfilesDialog(m_controller, this, m_router);
        m_profilesDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    if (addNew)
        m_profilesDialog->startNewProfile();
    m_profilesDialog->show();
    m_profilesDialog->raise();
    m_profilesDialog->activateWindow();
    return m_profilesDialog;
}

void MainWindow::explainLastError()
{
    if (!m_controller->hasLastError())
        return;
    // An error of the session itself (keys, sandbox, connection check) is
    // retried by checking again; what a page reported is that page's to
    // retry, from its own bar.
    GuidanceRouter::Retry retry;
    if (m_controller->isLastErrorFromSession())
        retry = [this] {
            checkConnection();
        };
    m_router->showGuidance(m_controller->lastError(), retry);
}

void MainWindow::openPage(int page, const GuidanceSubject &subject)
{
    m_pageSubjects.insert(page, subject);
    setCurrentPage(page);
    Q_EMIT pageSubjectRequested(page, subject);
}

void MainWindow::installReviewPage(int page, ReviewPage *reviewPage)
{
    reviewPage->setGuidanceRouter(m_router);
    setPageWidget(page, reviewPage);
    connect(this, &MainWindow::pageSubjectRequested, reviewPage,
            [page, reviewPage](int requested, const GuidanceSubject &subject) {
                if (requested == page)
                    reviewPage->showSubject(subject);
            });
    reviewPage->showSubject(pageSubject(page));
    m_notifier->watch(page, reviewPage);
}

void MainWindow::installCampaignsPage(CampaignsPage *page)
{
    page->setGuidanceRouter(m_router);
    setPageWidget(Campaigns, page);
    connect(this, &MainWindow::pageSubjectRequested, page,
            [page](int requested, const GuidanceSubject &subject) {
                if (requested == Campaigns)
                    page->showSubject(subject);
            });
    page->showSubject(pageSubject(Campaigns));
}

campaign::CampaignStore::Options MainWindow::campaignStoreOptions() const
{
    // The journal is shared with smsctl under the standard data location; a
    // console given a data directory of its own (a portable copy, tests)
    // keeps it there.
    campaign::CampaignStore::Options options;
    options.databaseDirectory = m_controller->databaseDirectory();
    // Other clients of the store (smsctl, a colleague's console) show up.
    options.followChangesMs = 2000;
    return options;
}

void MainWindow::installStatisticsPage(StatisticsPage *page)
{
    page->setGuidanceRouter(m_router);
    setPageWidget(Statistics, page);
}

statistics::StatisticsStore::Options MainWindow::statisticsStoreOptions() const
{
    statistics::StatisticsStore::Options options;
    options.databaseDirectory = campaignStoreOptions().databaseDirectory;
    options.followChangesMs = 2000;
    return options;
}

void MainWindow::installHistoryPage(HistoryPage *page)
{
    page->setGuidanceRouter(m_router);
    setPageWidget(History, page);
}

history::HistoryStore::Options MainWindow::historyStoreOptions() const
{
    // The same database as the campaign journal's.
    history::HistoryStore::Options options;
    options.databaseDirectory = campaignStoreOptions().databaseDirectory;
    return options;
}

review::ReviewStore::Options MainWindow::reviewStoreOptions() const
{
    return {review::ReviewStore::Loading::WhenReady,
            m_controller->options().dataDir + QStringLiteral("/review")};
}

void MainWindow::checkConnection()
{
    m_checkReport = CheckReport::Waiting;
    m_successTimer->stop();
    m_controller->checkConnection();
    // Nothing to check with (no profile yet): nothing to wait for either.
    const AppController::State state = m_controller->state();
    if (state != AppController::State::Checking && state != AppController::State::ReadingKeys
        && state != AppController::State::StartingSandbox)
        m_checkReport = CheckReport::None;
    refreshProblemBar();
}

void MainWindow::onStateChanged()
{
    switch (m_controller->state()) {
    case AppController::State::Ready:
        if (m_checkReport == CheckReport::Waiting) {
            m_checkReport = CheckReport::Succeeded;
            m_successTimer->start();
        }
        break;
    case AppController::State::Failed:
    case AppController::State::NoKeys:
    case AppController::State::Idle:
        m_checkReport = CheckReport::None;
        break;
    case AppController::State::StartingSandbox:
    case AppController::State::ReadingKeys:
    case AppController::State::Checking:
        break;
    }
    refreshBars();
}

ErrorDictionaryDialog *MainWindow::showDictionary()
{
    if (!m_dictionaryDialog) {
        m_dictionaryDialog = new ErrorDictionaryDialog(m_router, this);
        m_dictionaryDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_dictionaryDialog->show();
    m_dictionaryDialog->raise();
    m_dictionaryDialog->activateWindow();
    return m_dictionaryDialog;
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

bool MainWindow::event(QEvent *event)
{
    const bool handled = QMainWindow::event(event);
    if (event->type() == QEvent::LayoutRequest) {
        // New content (a longer status, another bar) may need more room:
        // the window grows for it up to the screen's edges, never past them.
        const QSize content = layout()->totalMinimumSize();
        const QSize screen = WindowGeometry::availableGeometry(this).size();
        setMinimumSize(content.boundedTo(screen));
    }
    return handled;
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
    m_lastErrorAction->setText(tr("&Explain Last Error\u2026"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_dictionaryAction->setText(tr("Error Code &Dictionary\u2026"));
    m_dictionaryAction->setStatusTip(
        tr("Look up any error code by code or by words, in English or Chinese."));
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
    m_reviewBar->buttons().at(0)->setText(tr("Sh&ow"));

    retranslatePages();
    refreshBars();
    refreshTitle();
    refreshStartupBar();
}

void MainWindow::retranslatePages()
{
    const QString titles[PageCount]
        = {tr("Campaigns"), tr("Signatures"), tr("Templates"), tr("History"), tr("Statistics")};
    const QString descriptions[PageCount]
        = {tr("Compose a campaign: pick an approved signature and template, import recipients with "
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
        const QString shortcut
            = m_pageActions.at(page)->shortcut().toString(QKeySequence::NativeText);
        item->setToolTip(tr("%1 (%2)").arg(titles[page], shortcut));
        m_pageActions.at(page)->setText(titles[page]);
        if (auto *placeholder = qobject_cast<PlaceholderPage *>(m_pages->widget(page)))
            placeholder->setTexts(titles[page], descriptions[page]);
    }
    sizeNavigation();
}

void MainWindow::sizeNavigation()
{
    // As wide as the widest page title in this language and font, plus the
    // item's padding and the frame: an average character width says little
    // about Chinese titles of four characters in a CJK font.
    const QFontMetrics metrics(m_navigation->font());
    int widest = 0;
    for (int page = 0; page < m_navigation->count(); ++page)
        widest = std::max(widest, metrics.horizontalAdvance(m_navigation->item(page)->text()));
    const int padding = 2 * m_navigation->spacing()
        + 2 * (style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_navigation) + 1)
        + 2 * m_navigation->frameWidth() + 4;
    const int width = widest + padding + metrics.averageCharWidth() * 2;
    m_navigation->setMinimumWidth(widest + padding);
    if (m_navigationSizedByWindow) {
        const int total = std::max(m_splitter->width(), width * 4);
        m_splitter->setSizes({width, total - width});
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
        m_clockMode
            = m_controller->clockOffset() != 0 ? ClockBarMode::Corrected : ClockBarMode::Hidden;
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
    const QString name = profile ? AppController::displayName(*profile) : QString();
    const AppController::State state = m_controller->state();
    const bool sessionError
        = m_controller->hasLastError() && m_controller->isLastErrorFromSession();
    QString text;
    MessageBar::Type type = MessageBar::Type::Error;
    bool fixable = true;
    if (m_controller->isSandboxActive() && !m_controller->sandboxProblem().isEmpty()
        && !m_controller->isSandboxRunning()) {
        text = tr("The built-in sandbox could not start: %1").arg(m_controller->sandboxProblem());
        fix->setText(tr("&Try Again"));
    } else if (state == AppController::State::NoKeys && profile) {
        text = tr("SMS Console could not read the keys of profile \u201c%1\u201d from the "
                  "system keychain, so nothing can be sent with it yet.")
                   .arg(name);
        fix->setText(tr("Open &Profiles\u2026"));
    } else if (state == AppController::State::Failed && sessionError
               && m_clockMode != ClockBarMode::Pending) {
        // A skewed clock has a bar of its own, with the fix on it.
        const errors::Guidance guidance
            = errors::ErrorCatalog::guidanceFor(m_controller->lastError());
        text = tr("The connection check of profile \u201c%1\u201d failed: %2.")
                   .arg(name, guidance.title);
        fix->setText(m_controller->isSandboxActive() ? tr("&Try Again")
                                                     : tr("Open &Profiles\u2026"));
    } else if (m_checkReport == CheckReport::Waiting) {
        type = MessageBar::Type::Information;
        fixable = false;
        text = tr("Checking the connection of profile \u201c%1\u201d\u2026").arg(name);
    } else if (m_checkReport == CheckReport::Succeeded && state == AppController::State::Ready) {
        type = MessageBar::Type::Positive;
        fixable = false;
        text = tr("Connected: profile \u201c%1\u201d reaches the service and its keys work.")
                   .arg(name);
    }
    m_problemBar->setType(type);
    explain->setVisible(fixable && m_controller->hasLastError());
    fix->setVisible(fixable);
    // Only the good news can be closed: a problem stays until it is solved.
    m_problemBar->setClosable(type == MessageBar::Type::Positive);
    m_problemBar->setText(text);
    m_problemBar->setVisible(!text.isEmpty());
}

void MainWindow::refreshStartupBar()
{
    const QStringList problems = m_controller->startupProblems();
    m_startupBar->setText(problems.join(QLatin1Char('\n')));
    m_startupBar->setVisible(!problems.isEmpty() && !m_startupBarDismissed);
}

} // namespace sms::ui
