#pragma once

#include "api/ApiError.h"
#include "api/Credential.h"
#include "credentials/Profile.h"

#include <QDialog>
#include <QPointer>

#include <functional>
#include <memory>

class QAbstractButton;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QMessageBox;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace sms::api {
class ApiClient;
class SmsApi;
} // namespace sms::api

namespace sms::ui {

class AppController;
class AppIdEditor;
class ErrorGuidanceDialog;
class MessageBar;

// File > Profiles: the accounts SMS Console knows, and one form to edit the
// selected one. Profiles go to the ProfileStore; SecretId and SecretKey only
// to the SecretStore (the system keychain), asynchronously, with progress.
// When the keychain is unavailable the dialog explains it (the guidance for
// the keychain's error code) and offers to use the keys for this session
// only; there is no plaintext fallback.
//
// Keys are cleaned as they are typed or pasted (CredentialHygiene): spaces
// around them are removed with a visible note, spaces inside are flagged.
// "Test connection" runs DescribeSmsSignList with the form's values on a
// client of its own, so a profile can be tried before it is saved.
//
// Nothing here blocks: questions are QMessageBoxes opened with open() (tests
// find them with pendingQuestion()), and guidance dialogs are shown with
// show().
class ProfilesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProfilesDialog(AppController *controller, QWidget *parent = nullptr);
    ~ProfilesDialog() override;

    // A blank form for a new profile (saved with Save).
    void startNewProfile();
    // Loads a stored profile into the form (without asking about unsaved
    // changes; the list asks).
    void selectProfile(const QString &name);
    // The stored name of the profile in the form; empty for a new one.
    QString editedName() const { return m_originalName; }
    bool isNewProfile() const { return m_isNew; }
    bool hasUnsavedChanges() const;
    // A keychain job or a connection test is running.
    bool isBusy() const;

    // The values in the form, cleaned, as they would be saved.
    credentials::Profile formProfile() const;
    api::Credential formCredential() const;

    // Why the form cannot be saved; empty when it can.
    QString formProblem() const;

    // For tests and keyboard users alike: every control has an object name.
    QListWidget *profileList() const { return m_list; }
    QLineEdit *nameEdit() const { return m_nameEdit; }
    QLineEdit *secretIdEdit() const { return m_secretIdEdit; }
    QLineEdit *secretKeyEdit() const { return m_secretKeyEdit; }
    QToolButton *showKeyButton() const { return m_showKeyButton; }
    QLineEdit *endpointEdit() const { return m_endpointEdit; }
    QComboBox *regionBox() const { return m_regionBox; }
    QComboBox *languageBox() const { return m_languageBox; }
    AppIdEditor *appIdEditor() const { return m_appIds; }
    QLabel *secretIdNote() const { return m_secretIdNote; }
    QLabel *secretKeyNote() const { return m_secretKeyNote; }
    QLabel *endpointNote() const { return m_endpointNote; }
    QLabel *formNote() const { return m_formNote; }
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
    enum class KeyState { None, Reading, Loaded, Missing, Unavailable };

    void buildUi();
    void retranslate();
    void refreshList();
    void loadProfile(const credentials::Profile &profile);
    void readSecrets(const QString &name);
    void updateState();
    static QString innerWhitespaceText(bool secretKey);
    void cleanSecretId();
    void cleanSecretKey();
    void checkEndpoint();
    void setBusy(bool busy, const QString &what = QString());
    void showResult(int type, const QString &text);
    void showGuidance(const api::ApiError &error);
    void finishSave(const credentials::Profile &profile, bool succeeded);
    void runTest(const credentials::Profile &profile, const api::Credential &credential,
                 const QUrl &endpoint);
    // Asks whether to save, discard or stay when the form has unsaved
    // changes; then() runs once the form may be left.
    void askToLeave(std::function<void()> then);

    AppController *m_controller;

    // What the form was loaded from.
    credentials::Profile m_loaded;
    api::Credential m_loadedCredential;
    QString m_originalName;
    bool m_isNew = false;
    KeyState m_keyState = KeyState::None;
    quint64 m_formGeneration = 0;
    qint64 m_clockOffset = 0;
    int m_busyJobs = 0;
    bool m_loading = false;
    // The keys the keychain refused, offered for this session only.
    QString m_refusedProfile;
    api::Credential m_refusedCredential;
    std::function<void()> m_afterSave;
    bool m_savingActive = false;

    std::unique_ptr<api::ApiClient> m_testClient;
    std::unique_ptr<api::SmsApi> m_testApi;

    QListWidget *m_list = nullptr;
    QLabel *m_listLabel = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;

    QLabel *m_sandboxNote = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QLabel *m_secretIdLabel = nullptr;
    QLineEdit *m_secretIdEdit = nullptr;
    QLabel *m_secretIdNote = nullptr;
    QLabel *m_secretKeyLabel = nullptr;
    QLineEdit *m_secretKeyEdit = nullptr;
    QToolButton *m_showKeyButton = nullptr;
    QLabel *m_secretKeyNote = nullptr;
    QLabel *m_keysHint = nullptr;
    QLabel *m_appIdsLabel = nullptr;
    AppIdEditor *m_appIds = nullptr;
    QLabel *m_regionLabel = nullptr;
    QComboBox *m_regionBox = nullptr;
    QLabel *m_endpointLabel = nullptr;
    QLineEdit *m_endpointEdit = nullptr;
    QLabel *m_endpointNote = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_languageBox = nullptr;
    QLabel *m_clockLabel = nullptr;
    QLabel *m_clockValue = nullptr;
    QPushButton *m_forgetClockButton = nullptr;
    QLabel *m_formNote = nullptr;

    MessageBar *m_resultBar = nullptr;
    MessageBar *m_keychainBar = nullptr;
    QPushButton *m_sessionOnlyButton = nullptr;
    QPushButton *m_keychainHelpButton = nullptr;
    api::ApiError m_keychainError;
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
