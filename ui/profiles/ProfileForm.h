// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/Credential.h"
#include "credentials/Profile.h"

#include <QPointer>
#include <QUrl>
#include <QWidget>

#include <array>
#include <optional>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QToolButton;

namespace sms::credentials {
class ProfileStore;
}

namespace sms::ui {

class AppIdEditor;

// The form of the profiles dialog: one profile's name, keys, application
// IDs, region, endpoint, language of the service's messages and remembered
// clock correction, scrollable so it fits at 200 % scaling too.
//
// It knows what it was loaded from, so it can say what would be saved
// (formProfile(), formCredential()), why that cannot be saved yet
// (formProblem(), shown next to the field or under the form) and whether
// anything changed. Keys are cleaned as they are typed or pasted
// (CredentialHygiene): spaces around them are removed with a visible note,
// spaces inside are flagged. Keychain work is the dialog's; the form is told
// how it went (setKeysReading(), setKeys(), ...).
class ProfileForm : public QWidget
{
    Q_OBJECT

public:
    // The fields an error can be about, for focusField().
    enum class Field { Name, SecretId, SecretKey, AppIds, Region, Endpoint, Language, StoreUrl };
    enum class NoteType { Info, Warning, Error };

    explicit ProfileForm(const credentials::ProfileStore &store, QWidget *parent = nullptr);

    // Fills the form. isNew: a profile not stored yet (saved under the name
    // typed). The built-in sandbox's name, keys and address are its own and
    // cannot be edited; sandboxEndpoint is where it runs, if it does.
    void load(const credentials::Profile &profile, bool isNew, const QUrl &sandboxEndpoint = {});
    // After a save: the form now edits the stored profile.
    void markSaved(const credentials::Profile &profile);

    // What the keychain said about the loaded profile's keys.
    void setKeysReading();
    void setKeys(const api::Credential &credential, bool sessionOnly);
    void setKeysMissing();
    void setKeysUnreadable();
    // The keys now stored (in the keychain, or in memory for this session).
    void setStoredKeys(const api::Credential &credential);

    bool isNew() const { return m_isNew; }
    bool isSandbox() const { return m_loaded.sandbox && !m_isNew; }
    // The stored name of the profile in the form; empty for a new one.
    QString originalName() const { return m_isNew ? QString() : m_loaded.name; }
    const credentials::Profile &loadedProfile() const { return m_loaded; }
    const api::Credential &storedKeys() const { return m_loadedCredential; }
    // How to call the profile in a question or a list: the name typed, else
    // the stored one, else "New profile".
    QString title() const;

    // The values in the form, cleaned, as they would be saved.
    credentials::Profile formProfile() const;
    api::Credential formCredential() const;
    bool hasUnsavedChanges() const;
    // Why the form cannot be saved; empty when it can.
    QString formProblem() const;
    // Why the endpoint cannot be used; empty when it can.
    QString endpointProblem() const;
    // Cleans the keys and the endpoint as leaving their fields does (before
    // a save or a test, which may come from a shortcut).
    void cleanInputs();
    // Shows the form's problem under the form and puts the cursor in the
    // field it is about. False when there is none.
    bool showProblem();
    // A problem of saving (not of the values) under the form.
    void showNote(NoteType type, const QString &text);

    qint64 clockOffset() const { return m_clockOffset; }
    // Adds what an error measured (server minus signing clock); saving the
    // profile remembers it.
    void correctClock(qint64 relativeSeconds);

    // The shared store's password as the keychain has it (empty: none).
    void setStorePassword(const QString &password);
    // The password typed for the shared store; stored with the profile.
    QString formStorePassword() const;
    bool storePasswordChanged() const;
    // Why the shared store's URL cannot be used; empty when it can (or
    // when there is none: the profile's own file on this computer).
    QString storeUrlProblem() const;
    // Opens the store the form names, on a worker thread, and says under
    // the button what it found. Nothing is created or changed there.
    void testStoreConnection();
    bool isTestingStore() const { return m_storeTest != 0 && m_storeTesting; }

    // Puts the cursor in a field (scrolled into view, its text selected as
    // its shortcut would). The keys' fields wait while the keychain reads.
    void focusField(Field field);
    // Back into the form after a question was answered with "stay": the field
    // last edited, else the name.
    void returnFocus();

    QLineEdit *nameEdit() const { return m_nameEdit; }
    QLineEdit *secretIdEdit() const { return m_secretIdEdit; }
    QLineEdit *secretKeyEdit() const { return m_secretKeyEdit; }
    QToolButton *showKeyButton() const { return m_showKeyButton; }
    QLineEdit *endpointEdit() const { return m_endpointEdit; }
    QComboBox *regionBox() const { return m_regionBox; }
    QComboBox *languageBox() const { return m_languageBox; }
    QGroupBox *storeGroup() const { return m_storeGroup; }
    QLineEdit *storeUrlEdit() const { return m_storeUrlEdit; }
    QLineEdit *storePasswordEdit() const { return m_storePasswordEdit; }
    QPushButton *storeTestButton() const { return m_storeTestButton; }
    QLabel *storeUrlNote() const { return m_storeUrlNote; }
    QLabel *storeTestNote() const { return m_storeTestNote; }
    AppIdEditor *appIdEditor() const { return m_appIds; }
    QLabel *secretIdNote() const { return m_secretIdNote; }
    QLabel *secretKeyNote() const { return m_secretKeyNote; }
    QLabel *appIdNote() const { return m_appIdNote; }
    QLabel *endpointNote() const { return m_endpointNote; }
    QLabel *formNote() const { return m_formNote; }
    // In keyboard order, for the dialog's tab chain.
    QList<QWidget *> focusChain() const;

    QSize sizeHint() const override;

Q_SIGNALS:
    // Anything in the form changed (typed, cleaned, loaded).
    void edited();
    // The operator changed what a connection test depends on (keys, endpoint,
    // region, application IDs): an earlier test's result no longer applies.
    void testInputsEdited();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Problem
    {
        Field field;
        QString text;
    };

    enum class KeyState { None, Reading, Loaded, Missing, Unavailable };

    void buildUi();
    void retranslate();
    void updateMinimumWidth();
    void keysArrived(KeyState state, const api::Credential &credential);
    void refresh();
    void setFieldsEnabled();
    std::optional<Problem> problem() const;
    QWidget *widgetFor(Field field) const;
    static QString innerWhitespaceText(bool secretKey);
    // Trims a key's field (with a note saying so) and flags spaces inside.
    void cleanKey(Field field);
    void checkEndpoint();
    void checkStoreUrl();
    void buildStoreGroup(QWidget *parent);
    void setNote(QLabel *label, NoteType type, const QString &text);
    void styleHint();
    void styleNote(QLabel *label) const;
    QLabel *makeNote(const char *objectName);

    const credentials::ProfileStore &m_store;
    // What the form was loaded from.
    credentials::Profile m_loaded;
    api::Credential m_loadedCredential;
    bool m_isNew = false;
    KeyState m_keyState = KeyState::None;
    qint64 m_clockOffset = 0;
    QUrl m_sandboxEndpoint;
    std::optional<Field> m_pendingFocus;
    QPointer<QWidget> m_lastFocus;

    QScrollArea *m_scroll = nullptr;
    // The label of each field, in the order of Field.
    std::array<QLabel *, 8> m_labels {};
    QLabel *m_sandboxNote = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QLineEdit *m_secretIdEdit = nullptr;
    QLabel *m_secretIdNote = nullptr;
    QLineEdit *m_secretKeyEdit = nullptr;
    QToolButton *m_showKeyButton = nullptr;
    QLabel *m_secretKeyNote = nullptr;
    QLabel *m_keysHint = nullptr;
    AppIdEditor *m_appIds = nullptr;
    QLabel *m_appIdNote = nullptr;
    QComboBox *m_regionBox = nullptr;
    QLineEdit *m_endpointEdit = nullptr;
    QLabel *m_endpointNote = nullptr;
    QComboBox *m_languageBox = nullptr;
    QLabel *m_clockLabel = nullptr;
    QLabel *m_clockValue = nullptr;
    QPushButton *m_forgetClockButton = nullptr;
    QLabel *m_formNote = nullptr;
    QGroupBox *m_storeGroup = nullptr;
    QLabel *m_storeHint = nullptr;
    QLineEdit *m_storeUrlEdit = nullptr;
    QLabel *m_storeUrlNote = nullptr;
    QLabel *m_storePasswordLabel = nullptr;
    QLineEdit *m_storePasswordEdit = nullptr;
    QPushButton *m_storeTestButton = nullptr;
    QLabel *m_storeTestNote = nullptr;
    QString m_loadedStorePassword;
    quint64 m_storeTest = 0; // the latest test; an older one's answer is dropped
    bool m_storeTesting = false;
};

} // namespace sms::ui
