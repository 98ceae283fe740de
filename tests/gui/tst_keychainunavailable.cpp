// SPDX-License-Identifier: GPL-3.0-or-later
// The keychain is not there (CTest runs this with a D-Bus address that leads
// nowhere): saving a profile explains the keychain's error in the guidance
// dialog, offers "Use for this session only", and never writes the keys to a
// file.

#include "GuiTestSupport.h"
#include "Localization.h"
#include "credentials/ProfileStore.h"
#include "credentials/SecretStore.h"
#include "guidance/ErrorGuidanceDialog.h"
#include "profiles/ProfilesDialog.h"
#include "sandbox/SandboxThread.h"
#include "shell/AppController.h"
#include "shell/ConnectionStatusBar.h"
#include "shell/MainWindow.h"
#include "widgets/MessageBar.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using sms::ui::AppController;
using sms::ui::ProfilesDialog;
using State = sms::ui::AppController::State;

namespace {
constexpr int kTimeoutMs = 30000;
const QString sessionSecretId = QStringLiteral("AKIDnokeychain000000000000000000000001");
const QString sessionSecretKey = QStringLiteral("no-keychain-secret-key-0123456789abcd");
} // namespace

class tst_KeychainUnavailable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void saveOffersSessionOnlyAndWritesNoFile();

private:
    sms::sandbox::SandboxThread m_sandbox;
};

void tst_KeychainUnavailable::initTestCase()
{
    sms::Localization::install(QLocale(QLocale::English, QLocale::UnitedStates));
    sms::sandbox::SandboxOptions options;
    options.secretId = sessionSecretId;
    options.secretKey = sessionSecretKey;
    QSignalSpy started(&m_sandbox, &sms::sandbox::SandboxThread::started);
    m_sandbox.start(options);
    QVERIFY(started.wait(kTimeoutMs));
}

void tst_KeychainUnavailable::saveOffersSessionOnlyAndWritesNoFile()
{
    guitest::Environment env;
    AppController controller(env.options());
    controller.start();
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), State::Ready, kTimeoutMs);

    ProfilesDialog dialog(&controller);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.startNewProfile();
    guitest::pasteInto(dialog.nameEdit(), QStringLiteral("Offline keys"));
    guitest::pasteInto(dialog.secretIdEdit(), sessionSecretId);
    guitest::pasteInto(dialog.secretKeyEdit(), sessionSecretKey);
    guitest::pasteInto(dialog.endpointEdit(), m_sandbox.endpoint().toString());

    QSignalSpy saved(&dialog, &ProfilesDialog::saved);
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QVERIFY(saved.wait(kTimeoutMs));
    QCOMPARE(saved.first().first().toBool(), false);

    // Explained: the guidance for the keychain's code, and the bar with the offer.
    sms::ui::ErrorGuidanceDialog *guidance = dialog.guidanceDialog();
    QVERIFY(guidance);
    QCOMPARE(guidance->guidance().code,
             QString::fromLatin1(sms::credentials::KeychainCode::Unavailable));
    QVERIFY(!guidance->guidance().title.isEmpty());
    QVERIFY(!guidance->guidance().steps.isEmpty());
    QVERIFY(dialog.keychainBar()->isVisible());
    QVERIFY(dialog.sessionOnlyButton()->isVisible());
    QVERIFY(dialog.keychainBar()->text().contains(QStringLiteral("Nothing was written to a file")));
    guidance->close();

    // The profile is stored (no secret in it); the keys are not, anywhere.
    QVERIFY(controller.profiles().contains(QStringLiteral("Offline keys")));
    QVERIFY(!controller.secrets().hasSessionCredential(QStringLiteral("Offline keys")));
    QVERIFY2(env.filesHolding({sessionSecretKey, sessionSecretId}).isEmpty(),
             qPrintable(env.filesHolding({sessionSecretKey, sessionSecretId}).join(u',')));

    // For this session only: in memory, usable at once.
    QTest::mouseClick(dialog.sessionOnlyButton(), Qt::LeftButton);
    QVERIFY(controller.secrets().hasSessionCredential(QStringLiteral("Offline keys")));
    QVERIFY(!dialog.keychainBar()->isVisible());
    QVERIFY(dialog.resultBar()->text().contains(QStringLiteral("this session only")));
    QVERIFY(!dialog.hasUnsavedChanges());

    // A profile whose keys cannot be read says so in the main window.
    {
        sms::credentials::Profile other;
        other.name = QStringLiteral("Unreadable");
        other.endpoint = m_sandbox.endpoint();
        QVERIFY(controller.profiles().save(other));
        sms::ui::MainWindow window(&controller);
        window.show();
        controller.activateProfile(other.name);
        QTRY_COMPARE_WITH_TIMEOUT(controller.state(), State::NoKeys, kTimeoutMs);
        QCOMPARE(controller.lastError().code(),
                 QString::fromLatin1(sms::credentials::KeychainCode::Unavailable));
        QVERIFY(window.problemBar()->isVisible());
        QVERIFY(window.problemBar()->text().contains(QStringLiteral("Unreadable")));
        QVERIFY(window.connectionStatusBar()->errorLabel()->isVisible());
        window.close();
    }

    QTest::mouseClick(dialog.useButton(), Qt::LeftButton);
    QCOMPARE(controller.activeName(), QStringLiteral("Offline keys"));
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), State::Ready, kTimeoutMs);
    QVERIFY(controller.isSessionOnlyCredential());

    // Still nothing on disk, the sandbox's own state aside (it holds only its
    // own made-up keys, which this test does not use).
    QVERIFY(env.filesHolding({sessionSecretKey}).isEmpty());
    dialog.close();
}

QTEST_MAIN(tst_KeychainUnavailable)
#include "tst_keychainunavailable.moc"
