// SPDX-License-Identifier: GPL-3.0-or-later
// A sandbox whose clock runs 15 minutes ahead: the console measures the skew
// from the first answer's Date header, says so, offers to sign with the
// corrected time, corrects it (from the bar or from the guidance dialog,
// whose Retry checks the connection again), and the next call succeeds;
// the correction can be remembered in the profile and is used from the
// next start.

#include "GuiTestSupport.h"
#include "Localization.h"
#include "api/ApiClient.h"
#include "api/SmsApi.h"
#include "credentials/ProfileStore.h"
#include "guidance/ErrorGuidanceDialog.h"
#include "shell/AppController.h"
#include "shell/ConnectionStatusBar.h"
#include "shell/MainWindow.h"
#include "widgets/MessageBar.h"

#include <QApplication>

#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <cstdlib>

using sms::ui::AppController;
using sms::ui::MainWindow;
using State = sms::ui::AppController::State;

namespace {
constexpr int kTimeoutMs = 20000;
constexpr qint64 kSkew = 900;

sms::ui::AppOptions skewedOptions(const guitest::Environment &env)
{
    sms::ui::AppOptions options = env.options();
    options.sandbox.clock = QStringLiteral("+900");
    return options;
}

bool near(qint64 value, qint64 expected)
{
    return std::abs(value - expected) <= 5;
}

bool nextCallSucceeds(AppController &controller)
{
    sms::domain::DescribeSmsSignListRequest request;
    request.international = 0;
    auto *reply = controller.api().describeSmsSignList(request);
    QSignalSpy finished(reply, &sms::api::ApiCall::finished);
    const bool done = finished.wait(kTimeoutMs);
    const bool ok = done && reply->succeeded();
    if (done && !ok)
        qWarning() << reply->error().summary();
    reply->deleteLater();
    return ok;
}
} // namespace

class tst_ClockSkew : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void detectsOffersAndCorrectsFromTheBar();
    void correctsFromTheGuidanceDialog();
};

void tst_ClockSkew::init()
{
    sms::Localization::install(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_ClockSkew::detectsOffersAndCorrectsFromTheBar()
{
    guitest::Environment env;
    {
        AppController controller(skewedOptions(env));
        controller.start();
        MainWindow window(&controller);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // Detected: the check fails on the clock, and the skew is measured.
        QTRY_COMPARE_WITH_TIMEOUT(controller.state(), State::Failed, kTimeoutMs);
        QCOMPARE(controller.lastError().code(), QStringLiteral("AuthFailure.SignatureExpire"));
        QVERIFY(controller.lastError().clockOffsetSeconds());
        QVERIFY(near(*controller.lastError().clockOffsetSeconds(), kSkew));
        QVERIFY(controller.pendingClockSkew());
        QVERIFY(near(*controller.pendingClockSkew(), kSkew));

        // Shown: the bar with the offset and the offer, the status bar's clock
        // and the last error with its link.
        sms::ui::MessageBar *bar = window.clockBar();
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->type(), sms::ui::MessageBar::Type::Warning);
        QVERIFY2(bar->text().contains(QStringLiteral("15 min")), qPrintable(bar->text()));
        QVERIFY(bar->text().contains(QStringLiteral("behind")));
        auto *correct = guitest::child<QPushButton>(bar, "correctClockButton");
        QVERIFY(correct && correct->isVisible());
        auto *status = window.connectionStatusBar();
        QVERIFY(status->clockLabel()->isVisible());
        QVERIFY(status->clockLabel()->text().contains(QStringLiteral("15 min")));
        QVERIFY(status->errorLabel()->isVisible());
        QVERIFY(status->errorLabel()->text().contains(QStringLiteral("href")));

        // Corrected: signing moves by the offset, the check runs again and passes.
        QTest::mouseClick(correct, Qt::LeftButton);
        QVERIFY(near(controller.clockOffset(), kSkew));
        QVERIFY(near(controller.client().clock().offsetSeconds(), kSkew));
        QVERIFY(!controller.pendingClockSkew());
        QTRY_COMPARE_WITH_TIMEOUT(controller.state(), State::Ready, kTimeoutMs);
        QVERIFY(!controller.hasLastError());
        QVERIFY(!status->errorLabel()->isVisible());
        QVERIFY(status->clockLabel()->text().contains(QStringLiteral("corrected")));
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->type(), sms::ui::MessageBar::Type::Positive);
        QVERIFY(nextCallSucceeds(controller));
        QVERIFY(!controller.pendingClockSkew());

        // Remembered in the profile.
        auto *remember = guitest::child<QPushButton>(bar, "rememberClockButton");
        QVERIFY(remember && remember->isVisible());
        QTest::mouseClick(remember, Qt::LeftButton);
        const auto profile = controller.profiles().profile(controller.activeName());
        QVERIFY(profile);
        QVERIFY(near(profile->clockOffsetSeconds, kSkew));
        QVERIFY(controller.isClockOffsetRemembered());
        QVERIFY(status->clockLabel()->text().contains(QStringLiteral("saved")));
        QVERIFY(!remember->isVisible());
        window.close();
    }

    // Next start: the remembered correction is used from the first call.
    AppController controller(skewedOptions(env));
    controller.start();
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), State::Ready, kTimeoutMs);
    QVERIFY(near(controller.clockOffset(), kSkew));
    QVERIFY(!controller.pendingClockSkew());
    QVERIFY(nextCallSucceeds(controller));

    // And forgotten again on request.
    controller.resetClock();
    QCOMPARE(controller.clockOffset(), qint64(0));
    QCOMPARE(controller.profiles().profile(controller.activeName())->clockOffsetSeconds, qint64(0));
}

void tst_ClockSkew::correctsFromTheGuidanceDialog()
{
    guitest::Environment env;
    AppController controller(skewedOptions(env));
    controller.start();
    MainWindow window(&controller);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), State::Failed, kTimeoutMs);

    // The status bar's link opens the guidance for the last error; its
    // Retry checks the connection again, which still fails on the clock.
    QLabel *error = window.connectionStatusBar()->errorLabel();
    emit error->linkActivated(QStringLiteral("guidance"));
    QPointer<sms::ui::ErrorGuidanceDialog> first = window.lastGuidanceDialog();
    QVERIFY(first);
    auto *retry = guitest::child<QPushButton>(first, "retryButton");
    QVERIFY(retry->isVisible());
    QVERIFY(retry->isEnabled());
    QTest::mouseClick(retry, Qt::LeftButton);
    QCOMPARE(controller.state(), State::Checking);
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), State::Failed, kTimeoutMs);
    QTRY_VERIFY(!first);

    emit error->linkActivated(QStringLiteral("guidance"));
    sms::ui::ErrorGuidanceDialog *dialog = window.lastGuidanceDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->guidance().code, QStringLiteral("AuthFailure.SignatureExpire"));
    QVERIFY(dialog->guidance().clockOffsetSeconds);
    QVERIFY(near(*dialog->guidance().clockOffsetSeconds, kSkew));
    auto *correct = guitest::child<QPushButton>(dialog, "correctClockButton");
    QVERIFY(correct && correct->isVisible());
    QTest::mouseClick(correct, Qt::LeftButton);
    QVERIFY(near(controller.clockOffset(), kSkew));
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), State::Ready, kTimeoutMs);
    QVERIFY(nextCallSucceeds(controller));

    // Pressing the bar's button as well does not correct twice.
    auto *barButton = guitest::child<QPushButton>(window.clockBar(), "correctClockButton");
    QVERIFY(!barButton->isVisible());
    controller.correctClock(kSkew);
    QVERIFY(near(controller.clockOffset(), kSkew));
    dialog->close();
}

QTEST_MAIN(tst_ClockSkew)
#include "tst_clockskew.moc"
