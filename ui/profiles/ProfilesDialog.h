// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "api/Credential.h"
#include "credentials/Profile.h"
#include "profiles/ProfileForm.h"
#include "widgets/MessageBar.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QMessageBox;
class QProgressBar;
class QPushButton;

namespace sms::session {
class ConnectionTester;
}

namespace sms::ui {

class AppController;
class ErrorGuidanceDialog;
class GuidanceRouter;

// File > Profiles: the accounts SMS Console knows, and a ProfileForm to edit
// the selected one. Profiles go to the ProfileStore; SecretId and SecretKey
// only to the SecretStore (the system keychain), asynchronously, with
// progress. When the keychain is unavailable the dialog explains it (the
// guidance for the keychain's error code) and offers to use the keys for this
// session only; there is no plaintext fallback.
//
// "Test connection" tries the form's values with a ConnectionTester, so a
// profile can be tried before it is saved; editing what the test depended on
// takes its result away.
//
// A profile being created has its own row in the list, so the list always
// shows which profile the form edits. Leaving unsaved changes (another row,
// Add, Use, Close) asks once; "Cancel" goes back to the form as it was.
//
// Nothing here blocks: questions are QMessageBoxes opened with open() (tests
// find them with pendingQuestion()), and guidance dialogs are shown with
// show().
class ProfilesDialog : public QDialog
{
    Q_OBJECT

public:
    using Field = ProfileForm::Field;

    // router: where errors are explained (the main window's, so that one
    // guidance dialog is open at a time); without one the dialog keeps its own.
    explicit ProfilesDialog(AppController *controller, QWidget *parent = nullptr,
                            GuidanceRouter *router = nullptr);
    ~ProfilesDialog() override;

    // A blank form for a new profile (saved with Save).
    void startNewProfile();
    // Loads a stored profile into the form (without asking about unsaved
    // changes; the list asks).
    void selectProfile(const QString &name);
    // The stored name of the profile in the form; empty for a new one.
    QString editedName() const { return m_form->originalName(); }
    bool isNewProfile() const { return m_form->isNew(); }
    bool hasUnsavedChanges() const { return m_form->hasUnsavedChanges(); }
    // A keychain job or a connection test is running.
    bool isBusy() const { return m_busyJobs > 0; }

    // Brings the dialog to the front with the cursor in a field, for an
    // error's "Open Profiles": focusField(fieldFor(error)).
    void focusField(Field field);
    // The field an error is most likely about: the endpoint when the request
    // did not arrive or met something other than the SMS API, the SecretKey
    // for a signature the service did not accept, the application IDs, the
    // region; else the SecretId.
    static Field fieldFor(const api::ApiError &error);

    // For tests and keyboard users alike: every control has an object name.
    ProfileForm *form() const { return m_form; }
    QLineEdit *nameEdit() const { return m_form->nameEdit(); }
    QLineEdit *secretIdEdit() const { return m_form->secretIdEdit(); }
    QLineEdit *secretKeyEdit() const { return m_form->secretKeyEdit(); }
    QLineEdit *endpointEdit() const { return m_form->endpointEdit(); }
    QListWidget *profileList() const { return m_list; }
    MessageBar *resultBar() const { return m_resultBar; }
    MessageBar *keychainBar() const { return m_keychainBar; }
    QPushButton *addButton() const { return m_addButton; }
    QPushButton *removeButton() const { return m_removeButton; }
    QPushButton *testButton() const { return m_testButton; }
    QPushButton *useButton() const { return m_useButton; }
    QPushButton *discardButton() const { return m_discardButton; }
    QPushButton *saveButton() const { return m_saveButton; }
    QPushButton *closeButton() const { return m_closeButton; }
    QPushButton *sessionOnlyButton() const { return m_sessionOnlyButton; }
    // The question being asked right now (delete? discard?), if any.
    QMessageBox *pendingQuestion() const;
    ErrorGuidanceDialog *guidanceDialog() const;

public Q_SLOTS:
    void save();
    void testConnection();
    void useSelectedProfile();
    void removeSelectedProfile();
    void discardChanges();
    // Keeps the form's keys in memory for this session (after the keychain
    // refused them).
    void useForThisSessionOnly();

Q_SIGNALS:
    // After a save (with the keychain's answer) or a failed one.
    void saved(bool succeeded);
    void connectionTested(bool succeeded);

protected:
    void changeEvent(QEvent *event) override;
    void reject() override;

private:
    void buildUi();
    void retranslate();
    void fitToScreen();
    void refreshList();
    // The active profile, else the first one, else a new one.
    void selectDefault();
    QListWidgetItem *newProfileItem() const;
    void onListChanged(QListWidgetItem *current);
    void updateState();
    void setBusy(bool busy, const QString &what = QString());
    void showResult(MessageBar::Type type, const QString &text, bool isTestResult = false);
    void showGuidance(const api::ApiError &error);
    void showKeychainProblem(const QString &text, bool offerSessionOnly);
    // Asks whether to save, discard or stay when the form has unsaved
    // changes; then() runs once the form may be left.
    void askToLeave(std::function<void()> then);

    // Keychain work, each job started and answered in one place.
    void readStorePassword(const QString &name);
    // Then next(), whatever the keychain said (the failure is shown).
    void writeStorePassword(const credentials::Profile &profile, const QString &password,
                            const std::function<void()> &next);
    void readKeys(const QString &name);
    void writeKeys(const credentials::Profile &profile, const api::Credential &credential,
                   const QString &oldName);
    void moveKeys(const QString &oldName, const credentials::Profile &profile);
    void removeKeys(const QString &name);
    void finishSave(const credentials::Profile &profile, bool succeeded);

    void runTest(const api::Credential &credential, const QUrl &endpoint);
    void onTested(bool succeeded, const api::ApiError &error);

    AppController *m_controller;
    GuidanceRouter *m_router;
    session::ConnectionTester *m_tester = nullptr;

    // Counts loads of the form: a keychain answer for an earlier one is late.
    quint64 m_formGeneration = 0;
    int m_busyJobs = 0;
    bool m_loading = false;
    bool m_resultIsTest = false;
    // The keys the keychain refused, offered for this session only.
    QString m_refusedProfile;
    api::Credential m_refusedCredential;
    api::ApiError m_keychainError;
    std::function<void()> m_afterSave;
    bool m_savingActive = false;

    QListWidget *m_list = nullptr;
    QLabel *m_listLabel = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    ProfileForm *m_form = nullptr;

    MessageBar *m_resultBar = nullptr;
    MessageBar *m_keychainBar = nullptr;
    QPushButton *m_sessionOnlyButton = nullptr;
    QPushButton *m_keychainHelpButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressLabel = nullptr;

    QPushButton *m_testButton = nullptr;
    QPushButton *m_useButton = nullptr;
    QPushButton *m_discardButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_closeButton = nullptr;

    QPointer<QMessageBox> m_question;
    QPointer<ErrorGuidanceDialog> m_guidance;
};

} // namespace sms::ui
