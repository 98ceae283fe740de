// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "campaign/CampaignStore.h"
#include "guidance/GuidanceSubject.h"
#include "history/HistoryStore.h"
#include "review/ReviewStore.h"
#include "statistics/StatisticsStore.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

class QAction;
class QActionGroup;
class QListWidget;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTimer;

namespace sms::ui {

class AboutDialog;
class AppController;
class CampaignsPage;
class ConnectionStatusBar;
class ErrorDictionaryDialog;
class ErrorGuidanceDialog;
class HistoryPage;
class GuidanceRouter;
class MessageBar;
class ProfilesDialog;
class ReviewNotifier;
class ReviewPage;
class StatisticsPage;

// The application's main window: a sidebar of pages (Campaigns, Signatures,
// Templates, History, Statistics; Ctrl+1..5) over a stack of page widgets,
// message bars at the top for what the operator should know now (what the
// command line asked for in vain, the sandbox, clock skew, a connection that
// failed or is being checked), and the connection status bar.
//
// It shows what the AppController says and routes requests back to it; it
// does no networking itself. Errors are explained through its
// GuidanceRouter, whose buttons it answers: Open Settings opens Profiles,
// Open Signatures and Open Templates switch to their page and keep the id
// for it (pageSubject()). Pages that are not built yet are PlaceholderPages
// that say so; real pages replace them with setPageWidget(). Geometry,
// splitter and the last page are kept under "ui/" in the settings shared
// with the profile store; a first window is sized from the screen.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Page { Campaigns, Signatures, Templates, History, Statistics, PageCount };
    Q_ENUM(Page)

    explicit MainWindow(AppController *controller, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The window's icon, from the resources (all sizes).
    static QIcon applicationIcon();

    int currentPage() const;
    void setCurrentPage(int page);
    QWidget *pageWidget(int page) const;
    // Puts a real page in place of the placeholder; the window takes it.
    void setPageWidget(int page, QWidget *widget);

    // Non-modal; a second call raises the open dialog. addNew starts a new
    // profile in the form.
    ProfilesDialog *openProfiles(bool addNew = false);
    AboutDialog *showAbout();
    ErrorDictionaryDialog *showDictionary();
    // Checks the connection and says how it went in the problem bar, also
    // when it went well (View > Check Connection, and Retry after a
    // connection error).
    void checkConnection();

    // Where every error shown in this window is explained.
    GuidanceRouter *guidanceRouter() const { return m_router; }
    // What the guidance asked a page to show (a signature's id, a
    // campaign's refused numbers), kept until the page is built to use it.
    GuidanceSubject pageSubject(int page) const { return m_pageSubjects.value(page); }

    // For tests: the dialogs opened most recently.
    ProfilesDialog *profilesDialog() const;
    ErrorGuidanceDialog *lastGuidanceDialog() const;
    ErrorDictionaryDialog *dictionaryDialog() const;

    QListWidget *navigation() const { return m_navigation; }
    ConnectionStatusBar *connectionStatusBar() const { return m_statusBar; }
    MessageBar *sandboxBar() const { return m_sandboxBar; }
    MessageBar *clockBar() const { return m_clockBar; }
    MessageBar *problemBar() const { return m_problemBar; }
    MessageBar *startupBar() const { return m_startupBar; }
    // Where a finished review is told ("Signature 【Acme】 approved").
    MessageBar *reviewBar() const { return m_reviewBar; }
    ReviewNotifier *reviewNotifier() const { return m_notifier; }

    // Puts a signatures or templates page in place: the guidance router,
    // the subjects the guidance asks it to show, the review notifier.
    void installReviewPage(int page, ReviewPage *reviewPage);
    // Where the review pages' stores keep what this console submitted.
    review::ReviewStore::Options reviewStoreOptions() const;
    // Puts the campaigns page in place: the guidance router, and the rows
    // the guidance asks it to show ("Edit these rows").
    void installCampaignsPage(CampaignsPage *page);
    // Where the campaigns page's store keeps the profile's journal.
    campaign::CampaignStore::Options campaignStoreOptions() const;
    // Puts the statistics page in place, with the guidance router.
    void installStatisticsPage(StatisticsPage *page);
    // The statistics page's store reads the same database as the campaigns'.
    statistics::StatisticsStore::Options statisticsStoreOptions() const;
    // Puts the history page in place: the guidance router.
    void installHistoryPage(HistoryPage *page);
    // Where the history page's store reads the profile's sends.
    history::HistoryStore::Options historyStoreOptions() const;

    // Writes geometry, splitter and page to the settings (also on close).
    void saveUiState();

    // Switches to the page and asks it to show the subject (a signature's
    // row, a campaign's refused numbers); pageSubjectRequested() tells the
    // page, pageSubject() keeps it for a page built later.
    void openPage(int page, const GuidanceSubject &subject);

Q_SIGNALS:
    // The page should bring the subject into view (select its row, open
    // its detail). Emitted after the page became the current one.
    void pageSubjectRequested(int page, const sms::ui::GuidanceSubject &subject);

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    enum class ClockBarMode { Hidden, Pending, Corrected, Remembered };
    // What the problem bar says about an operator's own connection check.
    enum class CheckReport { None, Waiting, Succeeded };

    void buildMenus();
    void buildCentral();
    void restoreUiState();
    void retranslate();
    void retranslatePages();
    void rebuildProfileMenu();
    void refreshBars();
    void refreshSandboxBar();
    void refreshClockBar();
    void refreshProblemBar();
    void refreshTitle();
    void refreshStartupBar();
    void onStateChanged();
    void explainLastError();
    void sizeNavigation();

    AppController *m_controller;

    QSplitter *m_splitter = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    ConnectionStatusBar *m_statusBar = nullptr;
    MessageBar *m_sandboxBar = nullptr;
    MessageBar *m_clockBar = nullptr;
    MessageBar *m_problemBar = nullptr;
    MessageBar *m_startupBar = nullptr;
    MessageBar *m_reviewBar = nullptr;
    ReviewNotifier *m_notifier = nullptr;
    bool m_sandboxBarDismissed = false;
    bool m_startupBarDismissed = false;
    CheckReport m_checkReport = CheckReport::None;
    QTimer *m_successTimer = nullptr;
    // The splitter still has the width the window chose, not the operator.
    bool m_navigationSizedByWindow = true;
    ClockBarMode m_clockMode = ClockBarMode::Hidden;
    QString m_clockModeProfile;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_switchMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_profilesAction = nullptr;
    QAction *m_quitAction = nullptr;
    QList<QAction *> m_pageActions;
    QActionGroup *m_pageGroup = nullptr;
    QActionGroup *m_profileGroup = nullptr;
    QAction *m_chineseAction = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_checkAction = nullptr;
    QAction *m_lastErrorAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_dictionaryAction = nullptr;

    GuidanceRouter *m_router = nullptr;
    QHash<int, GuidanceSubject> m_pageSubjects;
    QPointer<ProfilesDialog> m_profilesDialog;
    QPointer<AboutDialog> m_aboutDialog;
    QPointer<ErrorDictionaryDialog> m_dictionaryDialog;
};

} // namespace sms::ui
