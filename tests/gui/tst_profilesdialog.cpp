// SPDX-License-Identifier: GPL-3.0-or-later
// File > Profiles, driven like an operator would: create, edit, rename,
// switch and delete profiles with their keys in a real keychain (the
// gnome-keyring of scripts/test's private D-Bus session), clean pasted keys
// with a visible note, refuse cleartext endpoints, and test a connection
// against a real sandbox on 127.0.0.1, with right and wrong keys.

#include "GuiTestSupport.h"
#include "Localization.h"
#include "PostgresServer.h"
#include "api/ApiClient.h"
#include "credentials/ProfileStore.h"
#include "credentials/SecretStore.h"
#include "guidance/ErrorGuidanceDialog.h"
#include "profiles/AppIdEditor.h"
#include "profiles/ProfilesDialog.h"
#include "sandbox/SandboxThread.h"
#include "shell/AppController.h"
#include "shell/MainWindow.h"
#include "store/Database.h"
#include "widgets/MessageBar.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTcpServer>
#include <QTest>
#include <QToolButton>

#include <cmath>
#include <functional>
#include <memory>

using sms::credentials::SecretJob;
using sms::ui::AppController;
using sms::ui::ProfileForm;
using sms::ui::ProfilesDialog;
using State = sms::ui::AppController::State;

namespace {
constexpr int kTimeoutMs = 20000;
const QString testSecretId = QStringLiteral("AKIDguitest0000000000000000000000001");
const QString testSecretKey = QStringLiteral("gui-test-secret-key-0123456789abcdef");

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

// The interface languages, as data rows.
void addLanguageRows()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("Chinese") << QStringLiteral("zh_CN");
}

// Lets queued work run (focus changes, closed boxes, deferred deletes)
// without waiting for anything in particular.
void settle()
{
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

QMessageBox *waitForQuestion(ProfilesDialog &dialog)
{
    QMessageBox *question = dialog.pendingQuestion();
    if (!question || !QTest::qWaitForWindowExposed(question))
        return nullptr;
    return question;
}

bool questionIsOpen(ProfilesDialog &dialog)
{
    return dialog.pendingQuestion() && dialog.pendingQuestion()->isVisible();
}

void clickRow(QListWidget *list, int row)
{
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualItemRect(list->item(row)).center());
}

// An address on 127.0.0.1 where nothing listens.
QString deadEndpoint()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return {};
    const quint16 port = server.serverPort();
    server.close();
    return QStringLiteral("http://127.0.0.1:%1").arg(port);
}

// WCAG 2 contrast ratio.
double contrastRatio(const QColor &a, const QColor &b)
{
    const auto lum = [](const QColor &c) {
        const auto ch = [](double v) {
            return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF());
    };
    const double la = lum(a), lb = lum(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// What a person sees of a note: the colour of its box (inside the padding,
// away from the text) and the pixel of its text that stands out most.
void noteColours(QLabel *note, QColor *background, QColor *text)
{
    const QImage image = note->grab().toImage();
    *background = image.pixelColor(image.width() - 4, image.height() / 2);
    double best = 1.0;
    *text = *background;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 4; x < image.width() - 4; ++x) {
            const QColor c = image.pixelColor(x, y);
            const double ratio = contrastRatio(c, *background);
            if (ratio > best) {
                best = ratio;
                *text = c;
            }
        }
    }
}

// Qt derives the rest (light text on dark grey) from a button and a window
// colour.
QPalette darkPalette()
{
    return QPalette(QColor(0x3a, 0x3a, 0x3a), QColor(0x2b, 0x2b, 0x2b));
}

// What most tests start from: a fresh controller that checks no connection
// by itself, and its profiles dialog showing a blank new profile.
struct NewProfileDialog
{
    explicit NewProfileDialog(const QString &language = QStringLiteral("en"))
        : controller(optionsFor(env, language))
    {
        controller.start();
        dialog = std::make_unique<ProfilesDialog>(&controller);
        dialog->show();
        dialog->startNewProfile();
    }
    bool isShown() { return QTest::qWaitForWindowActive(dialog.get()); }
    void enterNameAndKeys(const QString &name)
    {
        guitest::typeInto(dialog->nameEdit(), name);
        guitest::pasteInto(dialog->secretIdEdit(), testSecretId);
        guitest::pasteInto(dialog->secretKeyEdit(), testSecretKey);
    }

    static sms::ui::AppOptions optionsFor(const guitest::Environment &env, const QString &language)
    {
        sms::ui::AppOptions options = env.options();
        options.checkOnActivate = false;
        options.language = language;
        return options;
    }

    guitest::Environment env;
    AppController controller;
    std::unique_ptr<ProfilesDialog> dialog;
};

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

class tst_ProfilesDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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
    void cancelStaysInTheForm();
    void failedSaveFromQuestionDoesNotAskAgain();
    void questionButtonsHaveMnemonics_data();
    void questionButtonsHaveMnemonics();
    void fieldForError_data();
    void fieldForError();
    void openSettingsAfterRefusedConnectionFocusesEndpoint();
    void editingClearsTheTestResult();
    void sharedStoreUrlPasswordAndTest();
    void appIdIsTenDigitsStartingWith14_data();
    void appIdIsTenDigitsStartingWith14();
    void wrongAppIdIsToldWhileTyping();
    void notesAreReadableInADarkPalette();
    void fitsTheScreenAndTheMainWindow_data();
    void fitsTheScreenAndTheMainWindow();

private:
    sms::sandbox::SandboxThread m_sandbox;
};

void tst_ProfilesDialog::initTestCase()
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

void tst_ProfilesDialog::init()
{
    sms::Localization::install(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_ProfilesDialog::createEditRenameSwitchDelete()
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
    guitest::typeInto(dialog->nameEdit(), QStringLiteral("Production"));
    guitest::typeInto(dialog->secretIdEdit(), testSecretId);
    guitest::typeInto(dialog->secretKeyEdit(), testSecretKey);
    guitest::typeInto(dialog->endpointEdit(), m_sandbox.endpoint().toString());
    dialog->form()->regionBox()->setCurrentText(QStringLiteral("ap-guangzhou"));
    QVERIFY2(dialog->form()->formProblem().isEmpty(), qPrintable(dialog->form()->formProblem()));
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
    guitest::typeInto(dialog->nameEdit(), QStringLiteral("Prod"));
    dialog->form()->regionBox()->setCurrentText(QStringLiteral("ap-beijing"));
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
    dialog->form()->regionBox()->setCurrentText(QStringLiteral("ap-guangzhou"));
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
    guitest::typeInto(dialog->nameEdit(), QStringLiteral("Prod 2"));
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

void tst_ProfilesDialog::trimsKeysWithVisibleNote()
{
    NewProfileDialog f;
    QVERIFY(f.isShown());
    ProfilesDialog &dialog = *f.dialog;

    QVERIFY(!dialog.form()->secretIdNote()->isVisible());
    guitest::pasteInto(dialog.secretIdEdit(),
                       QStringLiteral("  ") + testSecretId + QStringLiteral(" \t\n"));
    QCOMPARE(dialog.secretIdEdit()->text(), testSecretId);
    QVERIFY(dialog.form()->secretIdNote()->isVisible());
    QCOMPARE(dialog.form()->secretIdNote()->text(),
             QStringLiteral("Removed spaces around the SecretId \u2014 a common cause of "
                            "AuthFailure.SecretIdNotFound."));

    guitest::pasteInto(dialog.secretKeyEdit(),
                       QStringLiteral(" ") + testSecretKey + QStringLiteral(" "));
    QCOMPARE(dialog.secretKeyEdit()->text(), testSecretKey);
    QVERIFY(dialog.form()->secretKeyNote()->isVisible());
    QVERIFY(dialog.form()->secretKeyNote()->text().contains(QStringLiteral("SecretKey")));
    QCOMPARE(dialog.form()->formCredential().secretKey, testSecretKey);

    // Typing again takes the note away.
    dialog.secretIdEdit()->setFocus();
    QTest::keyClick(dialog.secretIdEdit(), Qt::Key_End);
    QTest::keyClick(dialog.secretIdEdit(), Qt::Key_Backspace);
    QVERIFY(!dialog.form()->secretIdNote()->isVisible());

    // Whitespace inside is not guessed at: flagged, and the form cannot be saved.
    guitest::typeInto(dialog.nameEdit(), QStringLiteral("Inner"));
    guitest::pasteInto(dialog.secretIdEdit(), QStringLiteral("AKIDabc def"));
    QVERIFY(dialog.form()->secretIdNote()->isVisible());
    QVERIFY(dialog.form()->secretIdNote()->text().contains(QStringLiteral("inside")));
    QVERIFY(!dialog.saveButton()->isEnabled());
    QVERIFY(dialog.form()->formProblem().contains(QStringLiteral("SecretId")));
    // Said once, next to the field.
    QVERIFY(!dialog.form()->formNote()->isVisible());
    // A problem without a note of its own shows under the form.
    guitest::pasteInto(dialog.secretIdEdit(), testSecretId);
    guitest::pasteInto(dialog.secretKeyEdit(), QString());
    QVERIFY(dialog.form()->formNote()->isVisible());
    QVERIFY(dialog.form()->formNote()->text().contains(QStringLiteral("SecretKey")));
}

void tst_ProfilesDialog::secretKeyMaskedWithShowToggle()
{
    NewProfileDialog f;
    QVERIFY(f.isShown());
    ProfilesDialog &dialog = *f.dialog;

    QCOMPARE(dialog.secretKeyEdit()->echoMode(), QLineEdit::Password);
    QCOMPARE(dialog.form()->showKeyButton()->text(), QStringLiteral("S&how"));
    QTest::mouseClick(dialog.form()->showKeyButton(), Qt::LeftButton);
    QCOMPARE(dialog.secretKeyEdit()->echoMode(), QLineEdit::Normal);
    QCOMPARE(dialog.form()->showKeyButton()->text(), QStringLiteral("&Hide"));
    QVERIFY(dialog.form()->showKeyButton()->accessibleName().contains(QStringLiteral("Hide")));
    QTest::mouseClick(dialog.form()->showKeyButton(), Qt::LeftButton);
    QCOMPARE(dialog.secretKeyEdit()->echoMode(), QLineEdit::Password);
}

void tst_ProfilesDialog::refusesCleartextEndpoint()
{
    NewProfileDialog f;
    QVERIFY(f.isShown());
    ProfilesDialog &dialog = *f.dialog;

    // The default is the public HTTPS endpoint.
    QCOMPARE(dialog.endpointEdit()->text(), QStringLiteral("https://sms.tencentcloudapi.com"));
    guitest::typeInto(dialog.nameEdit(), QStringLiteral("Cleartext"));
    guitest::typeInto(dialog.secretIdEdit(), testSecretId);
    guitest::typeInto(dialog.secretKeyEdit(), testSecretKey);
    QVERIFY(dialog.saveButton()->isEnabled());

    guitest::typeInto(dialog.endpointEdit(), QStringLiteral("http://sms.example.com"));
    QVERIFY(dialog.form()->endpointNote()->isVisible());
    const QString problem
        = sms::api::ApiClient::endpointProblem(QUrl(QStringLiteral("http://sms.example.com")));
    QVERIFY(!problem.isEmpty());
    QCOMPARE(dialog.form()->endpointNote()->text(), problem);
    QVERIFY(!dialog.saveButton()->isEnabled());

    guitest::typeInto(dialog.endpointEdit(), QStringLiteral("not a url"));
    QVERIFY(dialog.form()->endpointNote()->isVisible());
    QVERIFY(!dialog.saveButton()->isEnabled());

    // Loopback may be plain HTTP (the sandbox).
    guitest::typeInto(dialog.endpointEdit(), QStringLiteral("http://127.0.0.1:8080"));
    QVERIFY(!dialog.form()->endpointNote()->isVisible());
    QVERIFY(dialog.saveButton()->isEnabled());
}

void tst_ProfilesDialog::appIdsWithLabels()
{
    NewProfileDialog f;
    QVERIFY(f.isShown());
    ProfilesDialog &dialog = *f.dialog;
    AppController &controller = f.controller;
    f.enterNameAndKeys(QStringLiteral("With apps"));

    sms::ui::AppIdEditor *apps = dialog.form()->appIdEditor();
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

void tst_ProfilesDialog::testConnectionSucceedsAgainstSandbox()
{
    NewProfileDialog f;
    QVERIFY(f.isShown());
    ProfilesDialog &dialog = *f.dialog;
    AppController &controller = f.controller;
    guitest::typeInto(dialog.nameEdit(), QStringLiteral("Tested"));
    // Pasted with a stray space: the test uses the cleaned key.
    guitest::pasteInto(dialog.secretIdEdit(), testSecretId + QStringLiteral(" "));
    guitest::pasteInto(dialog.secretKeyEdit(), testSecretKey);
    guitest::typeInto(dialog.endpointEdit(), m_sandbox.endpoint().toString());

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

void tst_ProfilesDialog::testConnectionWithWrongKeyShowsGuidance()
{
    NewProfileDialog f;
    QVERIFY(f.isShown());
    ProfilesDialog &dialog = *f.dialog;
    guitest::typeInto(dialog.nameEdit(), QStringLiteral("Wrong"));
    guitest::pasteInto(dialog.secretIdEdit(), testSecretId);
    guitest::pasteInto(dialog.secretKeyEdit(),
                       QStringLiteral("not-the-right-key-0123456789abcdef"));
    guitest::typeInto(dialog.endpointEdit(), m_sandbox.endpoint().toString());

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

void tst_ProfilesDialog::unsavedChangesAreAskedAbout()
{
    NewProfileDialog f;
    QVERIFY(f.isShown());
    ProfilesDialog &dialog = *f.dialog;
    AppController &controller = f.controller;
    guitest::typeInto(dialog.nameEdit(), QStringLiteral("Half done"));
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

void tst_ProfilesDialog::cancelStaysInTheForm()
{
    NewProfileDialog f;
    QVERIFY(f.isShown());
    ProfilesDialog &dialog = *f.dialog;
    QListWidget *list = dialog.profileList();
    // The profile being created has a row of its own, under its name.
    QCOMPARE(list->count(), 2);
    QCOMPARE(list->currentRow(), 1);
    guitest::typeInto(dialog.nameEdit(), QStringLiteral("Staging"));
    QCOMPARE(list->item(1)->text(), QStringLiteral("Staging"));

    // Clicking another profile asks, naming the profile as typed.
    clickRow(list, 0);
    QMessageBox *question = waitForQuestion(dialog);
    QVERIFY(question);
    QVERIFY2(question->text().contains(QStringLiteral("\u201cStaging\u201d")),
             qPrintable(question->text()));
    QTest::mouseClick(question->button(QMessageBox::Cancel), Qt::LeftButton);
    settle();
    // The window gets its activation back, as a window manager gives it.
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    settle();
    // Once: the form as it was, its row selected, the cursor back in it.
    QVERIFY(!questionIsOpen(dialog));
    QVERIFY(dialog.isNewProfile());
    QCOMPARE(dialog.nameEdit()->text(), QStringLiteral("Staging"));
    QCOMPARE(list->currentRow(), 1);
    QVERIFY(dialog.form()->isAncestorOf(QApplication::focusWidget()));

    // Tabbing into the list is not leaving: no question.
    list->setFocus(Qt::TabFocusReason);
    settle();
    QVERIFY(!questionIsOpen(dialog));
    QCOMPARE(list->currentRow(), 1);

    // Leaving again asks again; Escape is Cancel.
    QTest::keyClick(list, Qt::Key_Up);
    question = waitForQuestion(dialog);
    QVERIFY(question);
    QTest::keyClick(question, Qt::Key_Escape);
    settle();
    QVERIFY(!questionIsOpen(dialog));
    QCOMPARE(list->currentRow(), 1);
    QCOMPARE(dialog.nameEdit()->text(), QStringLiteral("Staging"));

    // Without a name the question says "New profile".
    guitest::typeInto(dialog.nameEdit(), QString());
    guitest::typeInto(dialog.secretIdEdit(), testSecretId);
    clickRow(list, 0);
    question = waitForQuestion(dialog);
    QVERIFY(question);
    QVERIFY(question->text().contains(QStringLiteral("\u201cNew profile\u201d")));
    QTest::mouseClick(question->button(QMessageBox::Discard), Qt::LeftButton);
    settle();
    QCOMPARE(dialog.editedName(), AppController::sandboxProfileName());
    QCOMPARE(list->count(), 1);
}

void tst_ProfilesDialog::failedSaveFromQuestionDoesNotAskAgain()
{
    NewProfileDialog f;
    QVERIFY(f.isShown());
    ProfilesDialog &dialog = *f.dialog;
    AppController &controller = f.controller;
    guitest::typeInto(dialog.nameEdit(), QStringLiteral("No keys yet"));

    clickRow(dialog.profileList(), 0);
    QMessageBox *question = waitForQuestion(dialog);
    QVERIFY(question);
    QSignalSpy saved(&dialog, &ProfilesDialog::saved);
    QTest::mouseClick(question->button(QMessageBox::Save), Qt::LeftButton);
    settle();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    settle();
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().first().toBool(), false);
    // The reason is shown and the cursor is where it is to be fixed; nothing
    // asks again.
    QVERIFY(!questionIsOpen(dialog));
    QVERIFY(dialog.form()->formNote()->isVisible());
    QVERIFY(dialog.form()->formNote()->text().contains(QStringLiteral("SecretKey")));
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(dialog.secretIdEdit()));
    QCOMPARE(dialog.nameEdit()->text(), QStringLiteral("No keys yet"));
    QCOMPARE(dialog.profileList()->currentItem()->text(), QStringLiteral("No keys yet"));
    QVERIFY(!controller.profiles().contains(QStringLiteral("No keys yet")));
}

void tst_ProfilesDialog::questionButtonsHaveMnemonics_data()
{
    addLanguageRows();
}

void tst_ProfilesDialog::questionButtonsHaveMnemonics()
{
    QFETCH(QString, language);
    NewProfileDialog f(language);
    QVERIFY(f.isShown());
    ProfilesDialog &dialog = *f.dialog;
    AppController &controller = f.controller;
    guitest::typeInto(dialog.nameEdit(), QStringLiteral("Mnemonics"));

    QTest::mouseClick(dialog.closeButton(), Qt::LeftButton);
    QMessageBox *question = waitForQuestion(dialog);
    QVERIFY(question);
    QVERIFY(QTest::qWaitForWindowActive(question));
    QList<QKeySequence> keys;
    for (auto button : {QMessageBox::Save, QMessageBox::Discard, QMessageBox::Cancel}) {
        const QString text = question->button(button)->text();
        const QKeySequence key = QKeySequence::mnemonic(text);
        QVERIFY2(!key.isEmpty(), qPrintable(text));
        QVERIFY2(!keys.contains(key), qPrintable(text));
        keys.append(key);
    }
    // Alt and the Cancel button's letter answers "stay" (a shortcut
    // animates the click: it lands a moment later).
    QTest::keySequence(question, keys.at(2));
    QTRY_VERIFY(!questionIsOpen(dialog));
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.nameEdit()->text(), QStringLiteral("Mnemonics"));

    // And the Discard button's letter leaves.
    QTest::mouseClick(dialog.closeButton(), Qt::LeftButton);
    question = waitForQuestion(dialog);
    QVERIFY(question);
    QVERIFY(QTest::qWaitForWindowActive(question));
    QTest::keySequence(question, keys.at(1));
    QTRY_VERIFY(!dialog.isVisible());
    QVERIFY(!controller.profiles().contains(QStringLiteral("Mnemonics")));
}

void tst_ProfilesDialog::fieldForError_data()
{
    using Kind = sms::api::ApiError::Kind;
    using Field = ProfilesDialog::Field;
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("field");
    const auto row = [](const char *name, Kind kind, const char *code, Field field) {
        QTest::newRow(name) << int(kind) << QString::fromLatin1(code) << int(field);
    };
    row("dns", Kind::Network, "ClientError.DnsFailure", Field::Endpoint);
    row("refused", Kind::Network, "ClientError.ConnectionRefused", Field::Endpoint);
    row("tls", Kind::Tls, "ClientError.TlsError", Field::Endpoint);
    row("invalid endpoint", Kind::Configuration, "ClientError.InvalidEndpoint", Field::Endpoint);
    row("insecure endpoint", Kind::Configuration, "ClientError.InsecureEndpoint", Field::Endpoint);
    row("reset", Kind::Network, "ClientError.ConnectionReset", Field::Endpoint);
    row("not the SMS service", Kind::Service, "NoSuchProduct", Field::Endpoint);
    row("not the SMS API", Kind::Protocol, "ClientError.MalformedResponse", Field::Endpoint);
    row("secret id unknown", Kind::Service, "AuthFailure.SecretIdNotFound", Field::SecretId);
    row("secret id invalid", Kind::Service, "AuthFailure.InvalidSecretId", Field::SecretId);
    row("signature", Kind::Service, "AuthFailure.SignatureFailure", Field::SecretKey);
    row("app id refused", Kind::Service, "UnauthorizedOperation.SmsSdkAppIdVerifyFail",
        Field::AppIds);
    row("app id unknown", Kind::Service, "InvalidParameterValue.SdkAppIdNotExist", Field::AppIds);
    row("region", Kind::Service, "UnsupportedRegion", Field::Region);
    // A number's country, not the profile's region.
    row("number's region", Kind::Service, "UnsupportedOperation.UnsupportedRegion",
        Field::SecretId);
    row("clock", Kind::Service, "AuthFailure.SignatureExpire", Field::SecretId);
    row("timeout", Kind::Timeout, "ClientError.Timeout", Field::SecretId);
    row("no keys", Kind::Configuration, "ClientError.MissingCredentials", Field::SecretId);
    row("keychain", Kind::Configuration, "ClientError.KeychainUnavailable", Field::SecretId);
}

void tst_ProfilesDialog::fieldForError()
{
    QFETCH(int, kind);
    QFETCH(QString, code);
    QFETCH(int, field);
    const sms::api::ApiError error(static_cast<sms::api::ApiError::Kind>(kind), code,
                                   QStringLiteral("message"));
    QCOMPARE(int(ProfilesDialog::fieldFor(error)), field);
}

void tst_ProfilesDialog::openSettingsAfterRefusedConnectionFocusesEndpoint()
{
    NewProfileDialog f;
    QVERIFY(f.isShown());
    ProfilesDialog &dialog = *f.dialog;
    f.enterNameAndKeys(QStringLiteral("Nowhere"));
    const QString endpoint = deadEndpoint();
    QVERIFY(!endpoint.isEmpty());
    guitest::typeInto(dialog.endpointEdit(), endpoint);

    QSignalSpy tested(&dialog, &ProfilesDialog::connectionTested);
    QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
    QVERIFY(tested.wait(kTimeoutMs));
    QCOMPARE(tested.first().first().toBool(), false);
    sms::ui::ErrorGuidanceDialog *guidance = dialog.guidanceDialog();
    QVERIFY(guidance);
    QCOMPARE(guidance->guidance().code,
             QString::fromLatin1(sms::api::ClientCode::ConnectionRefused));
    auto *open = guitest::child<QPushButton>(guidance, "openSettingsButton");
    QVERIFY(open && open->isVisible());
    QTest::mouseClick(open, Qt::LeftButton);
    QTRY_VERIFY(!dialog.guidanceDialog());
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(dialog.endpointEdit()));
    // Selected, to be typed over.
    QCOMPARE(dialog.endpointEdit()->selectedText(), endpoint);

    // The same for whoever opens the dialog for an error.
    dialog.focusField(ProfilesDialog::Field::SecretKey);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(dialog.secretKeyEdit()));
    dialog.focusField(ProfilesDialog::Field::AppIds);
    QCOMPARE(QApplication::focusWidget(),
             static_cast<QWidget *>(dialog.form()->appIdEditor()->table()));
}

// The shared store: the URL checked as typed (never with a password in it),
// the password kept in the keychain, and a connection test that says what it
// found without creating anything.
void tst_ProfilesDialog::sharedStoreUrlPasswordAndTest()
{
    NewProfileDialog f;
    QVERIFY(f.isShown());
    ProfilesDialog &dialog = *f.dialog;
    ProfileForm *form = dialog.form();
    QVERIFY(form->storeGroup()->isVisible());
    f.enterNameAndKeys(QStringLiteral("Team"));
    guitest::typeInto(dialog.endpointEdit(), m_sandbox.endpoint().toString());
    QVERIFY(!form->storeTestButton()->isEnabled()); // no URL, nothing to test
    QVERIFY2(form->formProblem().isEmpty(), qPrintable(form->formProblem()));

    guitest::typeInto(form->storeUrlEdit(),
                      QStringLiteral("postgresql://ops:hunter2@db.example.com/sms"));
    QVERIFY(form->storeUrlNote()->isVisible());
    QVERIFY(form->storeUrlNote()->text().contains(QStringLiteral("password")));
    QVERIFY(!form->storeUrlNote()->text().contains(QStringLiteral("hunter2")));
    QVERIFY(!dialog.saveButton()->isEnabled());
    QVERIFY(!form->storeTestButton()->isEnabled());
    guitest::typeInto(form->storeUrlEdit(), QStringLiteral("mysql://ops@db.example.com/sms"));
    QVERIFY(form->storeUrlNote()->isVisible());
    QVERIFY(!dialog.saveButton()->isEnabled());

    // Nobody listens on port 1: the test says so, in plain words.
    guitest::typeInto(form->storeUrlEdit(),
                      QStringLiteral("postgresql://ops@127.0.0.1:1/sms?sslmode=disable"));
    QVERIFY(!form->storeUrlNote()->isVisible());
    QVERIFY(form->storeTestButton()->isEnabled());
    const QString password = QStringLiteral("team-store-password-in-the-keychain");
    guitest::typeInto(form->storePasswordEdit(), password);
    QTest::mouseClick(form->storeTestButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!form->isTestingStore(), kTimeoutMs);
    QVERIFY(form->storeTestNote()->isVisible());
    QVERIFY2(form->storeTestNote()->text().contains(QStringLiteral("Could not connect")),
             qPrintable(form->storeTestNote()->text()));
    QVERIFY(!form->storeTestNote()->text().contains(password));
    // Editing the URL drops the old answer.
    guitest::typeInto(form->storeUrlEdit(), QStringLiteral("postgresql://ops@127.0.0.1:1/sms"));
    QVERIFY(!form->storeTestNote()->isVisible());

    bool ok = false;
    QVERIFY(waitSaved(&dialog, &ok));
    QVERIFY(ok);
    const auto saved = f.controller.profiles().profile(QStringLiteral("Team"));
    QVERIFY(saved);
    QCOMPARE(saved->storeUrl, QStringLiteral("postgresql://ops@127.0.0.1:1/sms"));
    // The password is in the keychain's own entry, not in the settings.
    SecretJob *job = f.controller.secrets().readStorePassword(QStringLiteral("Team"));
    QSignalSpy read(job, &SecretJob::finished);
    QVERIFY(read.wait(kTimeoutMs));
    QVERIFY2(job->succeeded(), qPrintable(job->errorString()));
    QCOMPARE(job->storePassword(), password);
    QFile settings(f.controller.profiles().settingsPath());
    QVERIFY(settings.open(QIODevice::ReadOnly));
    QVERIFY(!settings.readAll().contains(password.toUtf8()));
    QVERIFY(!dialog.hasUnsavedChanges());

    // Opened again, the form shows the stored password.
    dialog.startNewProfile();
    dialog.selectProfile(QStringLiteral("Team"));
    QTRY_COMPARE_WITH_TIMEOUT(form->storePasswordEdit()->text(), password, kTimeoutMs);
    QCOMPARE(form->storeUrlEdit()->text(), saved->storeUrl);
    QVERIFY(!dialog.hasUnsavedChanges());

    // A real server: an empty database would be created on first use.
    PostgresServer server;
    if (server.start()) {
        const sms::store::StoreLocation empty = server.createDatabase(QStringLiteral("team"));
        guitest::typeInto(form->storeUrlEdit(), empty.url());
        QVERIFY2(!form->storeUrlNote()->isVisible(), qPrintable(form->storeUrlNote()->text()));
        form->storePasswordEdit()->clear();
        QTest::mouseClick(form->storeTestButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!form->isTestingStore(), kTimeoutMs);
        QVERIFY2(form->storeTestNote()->text().contains(QStringLiteral("empty")),
                 qPrintable(form->storeTestNote()->text()));
        // The test created nothing; once a client opened the store, the
        // test finds it and its version.
        QString error;
        {
            sms::store::Database first;
            QVERIFY2(first.open(empty, &error), qPrintable(error));
        }
        QTest::mouseClick(form->storeTestButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!form->isTestingStore(), kTimeoutMs);
        QVERIFY2(form->storeTestNote()->text().contains(
                     QStringLiteral("schema version %1").arg(sms::store::Database::latestVersion())),
                 qPrintable(form->storeTestNote()->text()));
    } else {
        qInfo("no PostgreSQL server for the last part: %s", qPrintable(server.problem()));
    }
    // Removing the profile removes its password too.
    f.controller.profiles().remove(QStringLiteral("Team"));
    SecretJob *removal = f.controller.secrets().remove(QStringLiteral("Team"));
    QSignalSpy removed(removal, &SecretJob::finished);
    QVERIFY(removed.wait(kTimeoutMs));
}

void tst_ProfilesDialog::editingClearsTheTestResult()
{
    NewProfileDialog f;
    QVERIFY(f.isShown());
    ProfilesDialog &dialog = *f.dialog;
    f.enterNameAndKeys(QStringLiteral("Corrected"));
    guitest::typeInto(dialog.endpointEdit(), deadEndpoint());

    QSignalSpy tested(&dialog, &ProfilesDialog::connectionTested);
    QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
    QVERIFY(tested.wait(kTimeoutMs));
    QVERIFY(dialog.resultBar()->isVisible());
    QVERIFY(dialog.resultBar()->text().contains(QStringLiteral("ConnectionRefused")));
    dialog.guidanceDialog()->close();

    // The name plays no part in a test: the result stays.
    guitest::typeInto(dialog.nameEdit(), QStringLiteral("Corrected 2"));
    QVERIFY(dialog.resultBar()->isVisible());
    // The endpoint does: the old result goes.
    guitest::typeInto(dialog.endpointEdit(), m_sandbox.endpoint().toString());
    QVERIFY(!dialog.resultBar()->isVisible());

    // So do the keys, the region and the application IDs.
    const std::function<void()> edits[] = {
        [&] { guitest::pasteInto(dialog.secretKeyEdit(), testSecretKey + QStringLiteral("x")); },
        [&] { guitest::pasteInto(dialog.secretIdEdit(), testSecretId + QStringLiteral("x")); },
        [&] { dialog.form()->regionBox()->setCurrentText(QStringLiteral("ap-beijing")); },
        [&] {
            QTableWidget *table = dialog.form()->appIdEditor()->table();
            table->insertRow(0);
            table->setItem(0, 0, new QTableWidgetItem);
            table->item(0, 0)->setText(QStringLiteral("1400006666"));
        },
    };
    for (const auto &edit : edits) {
        tested.clear();
        QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
        QVERIFY(tested.wait(kTimeoutMs));
        if (dialog.guidanceDialog())
            dialog.guidanceDialog()->close();
        QVERIFY(dialog.resultBar()->isVisible());
        edit();
        QVERIFY(!dialog.resultBar()->isVisible());
    }
}

void tst_ProfilesDialog::appIdIsTenDigitsStartingWith14_data()
{
    QTest::addColumn<QString>("appId");
    QTest::addColumn<bool>("valid");
    QTest::newRow("an application") << QStringLiteral("1400006666") << true;
    QTest::newRow("too short") << QStringLiteral("14000") << false;
    QTest::newRow("too long") << QStringLiteral("14000066661") << false;
    QTest::newRow("not 14") << QStringLiteral("2400006666") << false;
    QTest::newRow("a letter") << QStringLiteral("140000666a") << false;
    QTest::newRow("full-width digits") << QStringLiteral("\uff11\uff14\uff10\uff10\uff10\uff10"
                                                         "\uff16\uff16\uff16\uff16")
                                       << false;
    QTest::newRow("empty") << QString() << false;
}

void tst_ProfilesDialog::appIdIsTenDigitsStartingWith14()
{
    QFETCH(QString, appId);
    QFETCH(bool, valid);
    QCOMPARE(sms::ui::AppIdEditor::isValidAppId(appId), valid);
}

void tst_ProfilesDialog::wrongAppIdIsToldWhileTyping()
{
    NewProfileDialog f;
    QVERIFY(f.isShown());
    ProfilesDialog &dialog = *f.dialog;
    AppController &controller = f.controller;
    f.enterNameAndKeys(QStringLiteral("Short id"));
    QVERIFY(dialog.saveButton()->isEnabled());

    sms::ui::AppIdEditor *apps = dialog.form()->appIdEditor();
    QTest::mouseClick(apps->addButton(), Qt::LeftButton);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    QVERIFY(apps->table()->viewport()->isAncestorOf(editor));
    QTest::keyClicks(editor, QStringLiteral("14000"));
    // Said while the cell is still being typed in, naming the value.
    QLabel *note = dialog.form()->appIdNote();
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QStringLiteral("\u201c14000\u201d")), qPrintable(note->text()));
    QVERIFY(note->text().contains(QStringLiteral("ten digits")));
    QVERIFY(!dialog.saveButton()->isEnabled());
    QCOMPARE(dialog.form()->formProblem(), note->text());

    QTest::keyClicks(editor, QStringLiteral("06666"));
    QVERIFY(!note->isVisible());
    QVERIFY(dialog.saveButton()->isEnabled());
    QTest::keyClick(editor, Qt::Key_Backspace);
    QVERIFY(note->isVisible());
    QTest::keyClick(editor, Qt::Key_Enter);
    settle();
    // Committed as typed: still refused, with the reason.
    QCOMPARE(apps->table()->item(0, 0)->text(), QStringLiteral("140000666"));
    QVERIFY(note->isVisible());
    QVERIFY(!dialog.saveButton()->isEnabled());
    QSignalSpy saved(&dialog, &ProfilesDialog::saved);
    dialog.save();
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().first().toBool(), false);
    QVERIFY(!controller.profiles().contains(QStringLiteral("Short id")));
}

void tst_ProfilesDialog::notesAreReadableInADarkPalette()
{
    NewProfileDialog f;
    QVERIFY(f.isShown());
    ProfilesDialog &dialog = *f.dialog;
    dialog.setPalette(darkPalette());
    // One note of each kind: information, warning, error.
    guitest::pasteInto(dialog.secretIdEdit(), QStringLiteral(" ") + testSecretId);
    guitest::pasteInto(dialog.secretKeyEdit(), QStringLiteral("abc def"));
    guitest::typeInto(dialog.endpointEdit(), QStringLiteral("http://sms.example.com"));

    const QColor window = dialog.palette().color(QPalette::Window);
    for (QLabel *note : {dialog.form()->secretIdNote(), dialog.form()->secretKeyNote(),
                         dialog.form()->endpointNote()}) {
        QVERIFY(note->isVisible());
        QColor background, text;
        noteColours(note, &background, &text);
        const double ratio = contrastRatio(background, text);
        QVERIFY2(ratio >= 4.5,
                 qPrintable(QStringLiteral("%1: %2 on %3 is %4:1")
                                .arg(note->objectName(), text.name(), background.name())
                                .arg(ratio)));
        // A tint of the dark window, not a light box in a dark dialog.
        QVERIFY2(contrastRatio(background, window) < 2.0, qPrintable(background.name()));
    }

    // Back to a light palette: the notes follow.
    dialog.setPalette(QPalette(QColor(0xef, 0xef, 0xef)));
    QColor background, text;
    noteColours(dialog.form()->endpointNote(), &background, &text);
    QVERIFY(background.lightnessF() > 0.5);
    QVERIFY(contrastRatio(background, text) >= 4.5);
}

void tst_ProfilesDialog::fitsTheScreenAndTheMainWindow_data()
{
    addLanguageRows();
}

// Run at 100 % by CTest's gui_profilesdialog and at 200 % on a 1440 x 900
// screen by gui_profilesdialog_scaled.
void tst_ProfilesDialog::fitsTheScreenAndTheMainWindow()
{
    QFETCH(QString, language);
    guitest::Environment env;
    auto options = env.options();
    options.checkOnActivate = false;
    options.language = language;
    AppController controller(options);
    controller.start();
    sms::ui::MainWindow window(&controller);
    const QSize available = window.screen()->availableSize();
    window.resize(available * 85 / 100);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    ProfilesDialog *dialog = window.openProfiles(false);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    const QString sizes = QStringLiteral("dialog %1x%2, window %3x%4, screen %5x%6")
                              .arg(dialog->width())
                              .arg(dialog->height())
                              .arg(window.width())
                              .arg(window.height())
                              .arg(available.width())
                              .arg(available.height());
    QVERIFY2(dialog->frameGeometry().width() <= available.width()
                 && dialog->frameGeometry().height() <= available.height(),
             qPrintable(sizes));
    QVERIFY2(dialog->width() <= window.width() && dialog->height() <= window.height(),
             qPrintable(sizes));
    // Not squeezed either: every button shows its whole text.
    for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
        if (button->isVisible())
            QVERIFY2(button->width() >= button->minimumSizeHint().width(),
                     qPrintable(button->text()));
    }
    dialog->close();
}

QTEST_MAIN(tst_ProfilesDialog)
#include "tst_profilesdialog.moc"
