// File > Profiles, driven like an operator would: create, edit, rename,
// switch and delete profiles with their keys in a real keychain (the
// gnome-keyring of scripts/test's private D-Bus session), clean pasted keys
// with a visible note, refuse cleartext endpoints, and test a connection
// against a real sandbox on 127.0.0.1, with right and wrong keys.

#include "AppController.h"
#include "AppIdEditor.h"
#include "ErrorGuidanceDialog.h"
#include "GuiTestSupport.h"
#include "Localization.h"
#include "MainWindow.h"
#include "MessageBar.h"
#include "ProfilesDialog.h"
#include "SandboxThread.h"
#include "api/ApiClient.h"
#include "credentials/ProfileStore.h"
#include "credentials/SecretStore.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

using sms::ui::AppController;
using sms::ui::ProfilesDialog;
using State = sms::ui::AppController::State;

namespace {
constexpr int kTimeoutMs = 20000;
const QString testSecretId = QStringLiteral("AKIDguitest0000000000000000000000001");
const QString testSecretKey = QStringLiteral("gui-test-secret-key-0123456789abcdef");

// Types into a line edit and leaves it, as a person does.
void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
    emit edit->editingFinished();
}

// Pastes (one edit, like Ctrl+V) and leaves the field.
void pasteInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    edit->insert(text);
    emit edit->editingFinished();
}

sms::api::Credential readKeys(sms::credentials::SecretStore &store, const QString &name,
                              QString *errorCode)
{
    sms::credentials::SecretJob *job = store.read(name);
    QSignalSpy finished(job, &sms::credentials::SecretJob::finished);
    if (!finished.wait(kTimeoutMs)) {
        *errorCode = QStringLiteral("timeout");
        return {};
    }
    *errorCode = job->errorCode();
    const auto credential = job->credential();
    job->deleteLater();
    return credential;
}

bool waitSaved(ProfilesDialog *dialog, bool *ok)
{
    QSignalSpy saved(dialog, &ProfilesDialog::saved);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    if (saved.isEmpty() && !saved.wait(kTimeoutMs))
        return false;
    *ok = saved.first().first().toBool();
    return true;
}
} // namespace

class TestProfilesDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void createEditRenameSwitchDelete();
    void trimsKeysWithVisibleNote();
    void secretKeyMaskedWithShowToggle();
    void refusesCleartextEndpoint();
    void appIdsWithLabels();
    void testConnectionSucceedsAgainstSandbox();
    void testConnectionWithWrongKeyShowsGuidance();
    void unsavedChangesAreAskedAbout();

private:
    sms::sandbox::SandboxThread m_sandbox;
};

void TestProfilesDialog::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "No D-Bus session: run this test as scripts/test does (dbus-run-session with an "
             "unlocked gnome-keyring).");
    // A sandbox of the test's own, with keys the test knows.
    sms::sandbox::SandboxOptions options;
    options.secretId = testSecretId;
    options.secretKey = testSecretKey;
    QSignalSpy started(&m_sandbox, &sms::sandbox::SandboxThread::started);
    m_sandbox.start(options);
    QVERIFY(started.wait(kTimeoutMs));
}

void TestProfilesDialog::init()
{
    sms::Localization::install(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestProfilesDialog::createEditRenameSwitchDelete()
{
    guitest::Environment env;
    AppController controller(env.options());
    controller.start();
    sms::ui::MainWindow window(&controller);
    window.show();
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), State::Ready, kTimeoutMs);
    QVERIFY(controller.isSandboxActive());

    // Create.
    ProfilesDialog *dialog = window.openProfiles(true);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(dialog->isNewProfile());
    QVERIFY(!dialog->saveButton()->isEnabled());
    typeInto(dialog->nameEdit(), QStringLiteral("Production"));
    typeInto(dialog->secretIdEdit(), testSecretId);
    typeInto(dialog->secretKeyEdit(), testSecretKey);
    typeInto(dialog->endpointEdit(), m_sandbox.endpoint().toString());
    dialog->regionBox()->setCurrentText(QStringLiteral("ap-guangzhou"));
    QVERIFY2(dialog->formProblem().isEmpty(), qPrintable(dialog->formProblem()));
    QVERIFY(dialog->saveButton()->isEnabled());
    bool ok = false;
    QVERIFY(waitSaved(dialog, &ok));
    QVERIFY(ok);
    QVERIFY(dialog->resultBar()->isVisible());
    QVERIFY(dialog->resultBar()->text().contains(QStringLiteral("keychain")));
    QVERIFY(!dialog->keychainBar()->isVisible());
    QVERIFY(controller.profiles().contains(QStringLiteral("Production")));
    QCOMPARE(dialog->editedName(), QStringLiteral("Production"));
    QVERIFY(!dialog->hasUnsavedChanges());

    // The keys went to the keychain, and nowhere else.
    QString code;
    auto keys = readKeys(controller.secrets(), QStringLiteral("Production"), &code);
    QVERIFY2(code.isEmpty(), qPrintable(code));
    QCOMPARE(keys.secretId, testSecretId);
    QCOMPARE(keys.secretKey, testSecretKey);
    QVERIFY(!controller.secrets().hasSessionCredential(QStringLiteral("Production")));
    QVERIFY(env.filesHolding({testSecretKey}).isEmpty());
    QVERIFY(env.filesHolding({testSecretId}).isEmpty());

    // Edit and rename: the keys follow the name.
    typeInto(dialog->nameEdit(), QStringLiteral("Prod"));
    dialog->regionBox()->setCurrentText(QStringLiteral("ap-beijing"));
    QVERIFY(dialog->hasUnsavedChanges());
    QVERIFY(waitSaved(dialog, &ok));
    QVERIFY(ok);
    QVERIFY(!controller.profiles().contains(QStringLiteral("Production")));
    const auto prod = controller.profiles().profile(QStringLiteral("Prod"));
    QVERIFY(prod);
    QCOMPARE(prod->region, QStringLiteral("ap-beijing"));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), kTimeoutMs);
    keys = readKeys(controller.secrets(), QStringLiteral("Prod"), &code);
    QVERIFY2(code.isEmpty(), qPrintable(code));
    QCOMPARE(keys.secretKey, testSecretKey);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            QString old;
            readKeys(controller.secrets(), QStringLiteral("Production"), &old);
            return old == QLatin1String(sms::credentials::KeychainCode::EntryNotFound);
        }(),
        kTimeoutMs);
    // The region must match the sandbox's: back to ap-guangzhou.
    dialog->regionBox()->setCurrentText(QStringLiteral("ap-guangzhou"));
    QVERIFY(waitSaved(dialog, &ok));
    QVERIFY(ok);

    // Reopen: the form shows the stored profile and its keys.
    dialog->close();
    QTRY_VERIFY(!window.profilesDialog());
    dialog = window.openProfiles(false);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    dialog->selectProfile(QStringLiteral("Prod"));
    QTRY_COMPARE_WITH_TIMEOUT(dialog->secretIdEdit()->text(), testSecretId, kTimeoutMs);
    QCOMPARE(dialog->secretKeyEdit()->text(), testSecretKey);
    QVERIFY(!dialog->hasUnsavedChanges());

    // Switch without restart: keys read from the keychain, check succeeds.
    QVERIFY(dialog->useButton()->isEnabled());
    QTest::mouseClick(dialog->useButton(), Qt::LeftButton);
    QCOMPARE(controller.activeName(), QStringLiteral("Prod"));
    QCOMPARE(controller.profiles().activeName(), QStringLiteral("Prod"));
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), State::Ready, kTimeoutMs);
    QVERIFY(!controller.isSandboxActive());
    QVERIFY(!controller.isSessionOnlyCredential());
    QCOMPARE(controller.client().config().endpoint, m_sandbox.endpoint());
    QVERIFY(!dialog->useButton()->isEnabled());
    QVERIFY(dialog->profileList()->currentItem()->text().contains(QStringLiteral("active")));

    // Renaming the active profile: the session follows it.
    typeInto(dialog->nameEdit(), QStringLiteral("Prod 2"));
    QVERIFY(waitSaved(dialog, &ok));
    QVERIFY(ok);
    QCOMPARE(controller.activeName(), QStringLiteral("Prod 2"));
    QCOMPARE(controller.profiles().activeName(), QStringLiteral("Prod 2"));
    QVERIFY(controller.activeProfile());
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), State::Ready, kTimeoutMs);
    QVERIFY(window.windowTitle().contains(QStringLiteral("Prod 2")));

    // Delete, confirmed in a question that does not block.
    QVERIFY(dialog->removeButton()->isEnabled());
    QTest::mouseClick(dialog->removeButton(), Qt::LeftButton);
    QMessageBox *question = dialog->pendingQuestion();
    QVERIFY(question);
    QTRY_VERIFY(question->isVisible());
    QVERIFY(question->text().contains(QStringLiteral("Prod 2")));
    QTest::mouseClick(guitest::child<QPushButton>(question, "confirmRemoveButton"), Qt::LeftButton);
    QVERIFY(!controller.profiles().contains(QStringLiteral("Prod 2")));
    // The active profile went away: back to the sandbox.
    QVERIFY(controller.isSandboxActive());
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), State::Ready, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), kTimeoutMs);
    readKeys(controller.secrets(), QStringLiteral("Prod 2"), &code);
    QCOMPARE(code, QString::fromLatin1(sms::credentials::KeychainCode::EntryNotFound));
    readKeys(controller.secrets(), QStringLiteral("Prod"), &code);
    QCOMPARE(code, QString::fromLatin1(sms::credentials::KeychainCode::EntryNotFound));
    // The built-in sandbox cannot be removed.
    QCOMPARE(dialog->editedName(), AppController::sandboxProfileName());
    QVERIFY(!dialog->removeButton()->isEnabled());
    dialog->close();
}

void TestProfilesDialog::trimsKeysWithVisibleNote()
{
    guitest::Environment env;
    auto options = env.options();
    options.checkOnActivate = false;
    AppController controller(options);
    controller.start();
    ProfilesDialog dialog(&controller);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.startNewProfile();

    QVERIFY(!dialog.secretIdNote()->isVisible());
    pasteInto(dialog.secretIdEdit(), QStringLiteral("  ") + testSecretId + QStringLiteral(" \t\n"));
    QCOMPARE(dialog.secretIdEdit()->text(), testSecretId);
    QVERIFY(dialog.secretIdNote()->isVisible());
    QCOMPARE(dialog.secretIdNote()->text(),
             QStringLiteral("Removed spaces around the SecretId \u2014 a common cause of "
                            "AuthFailure.SecretIdNotFound."));

    pasteInto(dialog.secretKeyEdit(), QStringLiteral(" ") + testSecretKey + QStringLiteral(" "));
    QCOMPARE(dialog.secretKeyEdit()->text(), testSecretKey);
    QVERIFY(dialog.secretKeyNote()->isVisible());
    QVERIFY(dialog.secretKeyNote()->text().contains(QStringLiteral("SecretKey")));
    QCOMPARE(dialog.formCredential().secretKey, testSecretKey);

    // Typing again takes the note away.
    dialog.secretIdEdit()->setFocus();
    QTest::keyClick(dialog.secretIdEdit(), Qt::Key_End);
    QTest::keyClick(dialog.secretIdEdit(), Qt::Key_Backspace);
    QVERIFY(!dialog.secretIdNote()->isVisible());

    // Whitespace inside is not guessed at: flagged, and the form cannot be saved.
    typeInto(dialog.nameEdit(), QStringLiteral("Inner"));
    pasteInto(dialog.secretIdEdit(), QStringLiteral("AKIDabc def"));
    QVERIFY(dialog.secretIdNote()->isVisible());
    QVERIFY(dialog.secretIdNote()->text().contains(QStringLiteral("inside")));
    QVERIFY(!dialog.saveButton()->isEnabled());
    QVERIFY(dialog.formProblem().contains(QStringLiteral("SecretId")));
    // Said once, next to the field.
    QVERIFY(!dialog.formNote()->isVisible());
    // A problem without a note of its own shows under the form.
    pasteInto(dialog.secretIdEdit(), testSecretId);
    pasteInto(dialog.secretKeyEdit(), QString());
    QVERIFY(dialog.formNote()->isVisible());
    QVERIFY(dialog.formNote()->text().contains(QStringLiteral("SecretKey")));
}

void TestProfilesDialog::secretKeyMaskedWithShowToggle()
{
    guitest::Environment env;
    auto options = env.options();
    options.checkOnActivate = false;
    AppController controller(options);
    controller.start();
    ProfilesDialog dialog(&controller);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.startNewProfile();

    QCOMPARE(dialog.secretKeyEdit()->echoMode(), QLineEdit::Password);
    QCOMPARE(dialog.showKeyButton()->text(), QStringLiteral("S&how"));
    QTest::mouseClick(dialog.showKeyButton(), Qt::LeftButton);
    QCOMPARE(dialog.secretKeyEdit()->echoMode(), QLineEdit::Normal);
    QCOMPARE(dialog.showKeyButton()->text(), QStringLiteral("&Hide"));
    QVERIFY(dialog.showKeyButton()->accessibleName().contains(QStringLiteral("Hide")));
    QTest::mouseClick(dialog.showKeyButton(), Qt::LeftButton);
    QCOMPARE(dialog.secretKeyEdit()->echoMode(), QLineEdit::Password);
}

void TestProfilesDialog::refusesCleartextEndpoint()
{
    guitest::Environment env;
    auto options = env.options();
    options.checkOnActivate = false;
    AppController controller(options);
    controller.start();
    ProfilesDialog dialog(&controller);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.startNewProfile();

    // The default is the public HTTPS endpoint.
    QCOMPARE(dialog.endpointEdit()->text(), QStringLiteral("https://sms.tencentcloudapi.com"));
    typeInto(dialog.nameEdit(), QStringLiteral("Cleartext"));
    typeInto(dialog.secretIdEdit(), testSecretId);
    typeInto(dialog.secretKeyEdit(), testSecretKey);
    QVERIFY(dialog.saveButton()->isEnabled());

    typeInto(dialog.endpointEdit(), QStringLiteral("http://sms.example.com"));
    QVERIFY(dialog.endpointNote()->isVisible());
    const QString problem = sms::api::ApiClient::endpointProblem(
        QUrl(QStringLiteral("http://sms.example.com")));
    QVERIFY(!problem.isEmpty());
    QCOMPARE(dialog.endpointNote()->text(), problem);
    QVERIFY(!dialog.saveButton()->isEnabled());

    typeInto(dialog.endpointEdit(), QStringLiteral("not a url"));
    QVERIFY(dialog.endpointNote()->isVisible());
    QVERIFY(!dialog.saveButton()->isEnabled());

    // Loopback may be plain HTTP (the sandbox).
    typeInto(dialog.endpointEdit(), QStringLiteral("http://127.0.0.1:8080"));
    QVERIFY(!dialog.endpointNote()->isVisible());
    QVERIFY(dialog.saveButton()->isEnabled());
}

void TestProfilesDialog::appIdsWithLabels()
{
    guitest::Environment env;
    auto options = env.options();
    options.checkOnActivate = false;
    AppController controller(options);
    controller.start();
    ProfilesDialog dialog(&controller);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.startNewProfile();
    typeInto(dialog.nameEdit(), QStringLiteral("With apps"));
    pasteInto(dialog.secretIdEdit(), testSecretId);
    pasteInto(dialog.secretKeyEdit(), testSecretKey);

    sms::ui::AppIdEditor *apps = dialog.appIdEditor();
    QTest::mouseClick(apps->addButton(), Qt::LeftButton);
    QTableWidget *table = apps->table();
    QCOMPARE(table->rowCount(), 1);
    table->item(0, 0)->setText(QStringLiteral(" 1400123456 "));
    table->item(0, 1)->setText(QStringLiteral("Marketing"));
    QTest::mouseClick(apps->addButton(), Qt::LeftButton);
    table->item(1, 0)->setText(QStringLiteral("14001x"));
    QVERIFY(!apps->problem().isEmpty());
    QVERIFY(!dialog.saveButton()->isEnabled());
    table->item(1, 0)->setText(QStringLiteral("1400654321"));
    table->item(1, 1)->setText(QStringLiteral("验证码"));
    QVERIFY(apps->problem().isEmpty());

    bool ok = false;
    QVERIFY(waitSaved(&dialog, &ok));
    QVERIFY(ok);
    const auto stored = controller.profiles().profile(QStringLiteral("With apps"));
    QVERIFY(stored);
    QCOMPARE(stored->appIds.size(), 2);
    QCOMPARE(stored->appIds.at(0).appId, QStringLiteral("1400123456"));
    QCOMPARE(stored->appIds.at(0).label, QStringLiteral("Marketing"));
    QCOMPARE(stored->appIds.at(1).label, QStringLiteral("验证码"));
    QCOMPARE(stored->defaultAppId(), QStringLiteral("1400123456"));

    // Remove the first: the other becomes the default.
    table->setCurrentCell(0, 0);
    QTest::mouseClick(apps->removeButton(), Qt::LeftButton);
    QVERIFY(waitSaved(&dialog, &ok));
    QVERIFY(ok);
    QCOMPARE(controller.profiles().profile(QStringLiteral("With apps"))->defaultAppId(),
             QStringLiteral("1400654321"));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), kTimeoutMs);
}

void TestProfilesDialog::testConnectionSucceedsAgainstSandbox()
{
    guitest::Environment env;
    auto options = env.options();
    options.checkOnActivate = false;
    AppController controller(options);
    controller.start();
    ProfilesDialog dialog(&controller);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.startNewProfile();
    typeInto(dialog.nameEdit(), QStringLiteral("Tested"));
    // Pasted with a stray space: the test uses the cleaned key.
    pasteInto(dialog.secretIdEdit(), testSecretId + QStringLiteral(" "));
    pasteInto(dialog.secretKeyEdit(), testSecretKey);
    typeInto(dialog.endpointEdit(), m_sandbox.endpoint().toString());

    QSignalSpy tested(&dialog, &ProfilesDialog::connectionTested);
    QVERIFY(dialog.testButton()->isEnabled());
    QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
    QVERIFY(tested.wait(kTimeoutMs));
    QCOMPARE(tested.first().first().toBool(), true);
    QVERIFY(dialog.resultBar()->isVisible());
    QCOMPARE(dialog.resultBar()->type(), sms::ui::MessageBar::Type::Positive);
    QVERIFY(dialog.resultBar()->text().contains(QStringLiteral("127.0.0.1")));
    QVERIFY(!dialog.guidanceDialog());
    // Testing saves nothing.
    QVERIFY(!controller.profiles().contains(QStringLiteral("Tested")));

    // The built-in sandbox profile tests against the session's sandbox.
    QTRY_VERIFY_WITH_TIMEOUT(controller.isSandboxRunning(), kTimeoutMs);
    dialog.discardChanges();
    dialog.selectProfile(AppController::sandboxProfileName());
    tested.clear();
    QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
    QVERIFY(tested.wait(kTimeoutMs));
    QCOMPARE(tested.first().first().toBool(), true);
}

void TestProfilesDialog::testConnectionWithWrongKeyShowsGuidance()
{
    guitest::Environment env;
    auto options = env.options();
    options.checkOnActivate = false;
    AppController controller(options);
    controller.start();
    ProfilesDialog dialog(&controller);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.startNewProfile();
    typeInto(dialog.nameEdit(), QStringLiteral("Wrong"));
    pasteInto(dialog.secretIdEdit(), testSecretId);
    pasteInto(dialog.secretKeyEdit(), QStringLiteral("not-the-right-key-0123456789abcdef"));
    typeInto(dialog.endpointEdit(), m_sandbox.endpoint().toString());

    QSignalSpy tested(&dialog, &ProfilesDialog::connectionTested);
    QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
    QVERIFY(tested.wait(kTimeoutMs));
    QCOMPARE(tested.first().first().toBool(), false);
    QCOMPARE(dialog.resultBar()->type(), sms::ui::MessageBar::Type::Error);
    QVERIFY(dialog.resultBar()->text().contains(QStringLiteral("AuthFailure.SignatureFailure")));

    sms::ui::ErrorGuidanceDialog *guidance = dialog.guidanceDialog();
    QVERIFY(guidance);
    QTRY_VERIFY(guidance->isVisible());
    QCOMPARE(guidance->guidance().code, QStringLiteral("AuthFailure.SignatureFailure"));
    QVERIFY(!guidance->guidance().title.isEmpty());
    QVERIFY(!guidance->guidance().requestId.isEmpty());
    auto *code = guitest::child<QLabel>(guidance, "codeLabel");
    QCOMPARE(code->text(), QStringLiteral("AuthFailure.SignatureFailure"));
    // Its "Open Settings" brings the operator back to this form's keys.
    auto *settings = guitest::child<QPushButton>(guidance, "openSettingsButton");
    QVERIFY(settings && settings->isVisible());
    QTest::mouseClick(settings, Qt::LeftButton);
    QTRY_VERIFY(!dialog.guidanceDialog());
}

void TestProfilesDialog::unsavedChangesAreAskedAbout()
{
    guitest::Environment env;
    auto options = env.options();
    options.checkOnActivate = false;
    AppController controller(options);
    controller.start();
    ProfilesDialog dialog(&controller);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.startNewProfile();
    typeInto(dialog.nameEdit(), QStringLiteral("Half done"));
    QVERIFY(dialog.hasUnsavedChanges());

    // Closing asks; Cancel keeps everything.
    QTest::mouseClick(dialog.closeButton(), Qt::LeftButton);
    QMessageBox *question = dialog.pendingQuestion();
    QVERIFY(question);
    QTRY_VERIFY(question->isVisible());
    QTest::mouseClick(question->button(QMessageBox::Cancel), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.nameEdit()->text(), QStringLiteral("Half done"));

    // Choosing another profile asks too; Discard goes there.
    dialog.profileList()->setCurrentRow(0);
    question = dialog.pendingQuestion();
    QVERIFY(question);
    QTRY_VERIFY(question->isVisible());
    QTest::mouseClick(question->button(QMessageBox::Discard), Qt::LeftButton);
    QCOMPARE(dialog.editedName(), AppController::sandboxProfileName());
    QVERIFY(!dialog.hasUnsavedChanges());
    QVERIFY(!controller.profiles().contains(QStringLiteral("Half done")));

    QTest::mouseClick(dialog.closeButton(), Qt::LeftButton);
    QTRY_VERIFY(!dialog.isVisible());
}

QTEST_MAIN(TestProfilesDialog)
#include "tst_profilesdialog.moc"
