#pragma once

#include "api/ApiError.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QActionGroup;
class QListWidget;
class QMenu;
class QSplitter;
class QStackedWidget;

namespace sms::ui {

class AboutDialog;
class AppController;
class ConnectionStatusBar;
class ErrorGuidanceDialog;
class MessageBar;
class ProfilesDialog;

// The application's main window: a sidebar of pages (Campaigns, Signatures,
// Templates, History, Statistics; Ctrl+1..5) over a stack of page widgets,
// message bars at the top for what the operator should know now (sandbox,
// clock skew, a profile without keys), and the connection status bar.
//
// It shows what the AppController says and routes requests back to it; it
// does no networking itself. Pages that are not built yet are
// PlaceholderPages that say so; real pages replace them with setPageWidget().
// Geometry, splitter and the last page are kept under "ui/" in the settings
// shared with the profile store.
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
    ErrorGuidanceDialog *showGuidance(const api::ApiError &error);
    AboutDialog *showAbout();

    // For tests: the dialogs opened most recently.
    ProfilesDialog *profilesDialog() const;
    ErrorGuidanceDialog *lastGuidanceDialog() const;

    QListWidget *navigation() const { return m_navigation; }
    ConnectionStatusBar *connectionStatusBar() const { return m_statusBar; }
    MessageBar *sandboxBar() const { return m_sandboxBar; }
    MessageBar *clockBar() const { return m_clockBar; }
    MessageBar *problemBar() const { return m_problemBar; }

    // Writes geometry, splitter and page to the settings (also on close).
    void saveUiState();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    enum class ClockBarMode { Hidden, Pending, Corrected, Remembered };

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

    AppController *m_controller;

    QSplitter *m_splitter = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    ConnectionStatusBar *m_statusBar = nullptr;
    MessageBar *m_sandboxBar = nullptr;
    MessageBar *m_clockBar = nullptr;
    MessageBar *m_problemBar = nullptr;
    bool m_sandboxBarDismissed = false;
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

    QPointer<ProfilesDialog> m_profilesDialog;
    QPointer<ErrorGuidanceDialog> m_guidanceDialog;
    QPointer<AboutDialog> m_aboutDialog;
};

} // namespace sms::ui
