// SPDX-License-Identifier: GPL-3.0-or-later
// The GuidanceRouter: the retry closure handed over with an error is the one
// "Retry" runs, there is no Retry without one, the subject's id and numbers
// reach the navigation signals, "Open Settings" carries the error, and one
// guidance dialog is open at a time, on top of the window named.

#include "GuiTestSupport.h"
#include "Localization.h"
#include "api/ApiError.h"
#include "guidance/ErrorGuidanceDialog.h"
#include "guidance/GuidanceRouter.h"

#include <QApplication>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using sms::api::ApiError;
using sms::ui::ErrorGuidanceDialog;
using sms::ui::GuidanceRouter;
using sms::ui::GuidanceSubject;

namespace {
// Retry and Open Settings, no waiting.
ApiError dnsFailure()
{
    return ApiError(ApiError::Kind::Network, QStringLiteral("ClientError.DnsFailure"),
                    QStringLiteral("Host sms.example not found"));
}

QPushButton *button(ErrorGuidanceDialog *dialog, const char *name)
{
    return dialog ? guitest::child<QPushButton>(dialog, name) : nullptr;
}
} // namespace

class tst_GuidanceRouter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        sms::Localization::install(QLocale(QLocale::English, QLocale::UnitedStates));
        m_window = std::make_unique<QWidget>();
        m_window->resize(400, 300);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_router = new GuidanceRouter(nullptr, m_window.get());
    }

    void cleanup() { m_window.reset(); }

    void retryRunsTheClosureGivenWithThatError()
    {
        int first = 0;
        int second = 0;
        QPointer<ErrorGuidanceDialog> earlier
            = m_router->showGuidance(dnsFailure(), [&] { ++first; });
        QVERIFY(earlier);
        QPointer<ErrorGuidanceDialog> dialog
            = m_router->showGuidance(dnsFailure(), [&] { ++second; });
        // One at a time: the earlier dialog went.
        QTRY_VERIFY(!earlier || !earlier->isVisible());
        QCOMPARE(m_router->dialog(), dialog.data());

        QPushButton *retry = button(dialog, "retryButton");
        QVERIFY(retry && retry->isVisible());
        QVERIFY(retry->isEnabled());
        QTest::mouseClick(retry, Qt::LeftButton);
        QCOMPARE(second, 1);
        QCOMPARE(first, 0);
        QVERIFY(!dialog || !dialog->isVisible());
    }

    void noRetryButtonWithoutClosure()
    {
        ErrorGuidanceDialog *dialog = m_router->showGuidance(dnsFailure());
        QVERIFY(!button(dialog, "retryButton")->isVisible());
        // The other fixes of the entry are still there.
        QVERIFY(button(dialog, "openSettingsButton")->isVisible());

        // Nor for a code explained on its own.
        dialog = m_router->explainCode(QStringLiteral("RequestLimitExceeded"));
        QCOMPARE(dialog->guidance().code, QStringLiteral("RequestLimitExceeded"));
        QVERIFY(!button(dialog, "retryButton")->isVisible());
    }

    void subjectIdReachesNavigation_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QByteArray>("buttonName");
        QTest::addColumn<GuidanceSubject>("subject");
        QTest::newRow("signature")
            << QStringLiteral("FailedOperation.MissingSignature")
            << QByteArray("openSignatureButton") << GuidanceSubject::signature(4242);
        QTest::newRow("template") << QStringLiteral("FailedOperation.MissingTemplateToModify")
                                  << QByteArray("openTemplateButton")
                                  << GuidanceSubject::templateOf(1001);
    }

    void subjectIdReachesNavigation()
    {
        QFETCH(QString, code);
        QFETCH(QByteArray, buttonName);
        QFETCH(GuidanceSubject, subject);
        QSignalSpy signature(m_router, &GuidanceRouter::openSignature);
        QSignalSpy templ(m_router, &GuidanceRouter::openTemplate);
        QPointer<ErrorGuidanceDialog> dialog
            = m_router->showGuidance(ApiError::service(code, QStringLiteral("m")), {}, subject);
        QPushButton *open = button(dialog, buttonName.constData());
        QVERIFY(open && open->isVisible());
        QTest::mouseClick(open, Qt::LeftButton);
        QSignalSpy &spy = subject.kind == GuidanceSubject::Kind::Signature ? signature : templ;
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toLongLong(), subject.id);
        QCOMPARE(signature.count() + templ.count(), 1);
        QVERIFY(!dialog || !dialog->isVisible());
    }

    void rowsGoToTheCampaign()
    {
        const QStringList numbers {QStringLiteral("+8613800000001"),
                                   QStringLiteral("+8613800000002")};
        QSignalSpy rows(m_router, &GuidanceRouter::editCampaignRows);
        ErrorGuidanceDialog *dialog = m_router->showGuidance(
            ApiError::service(QStringLiteral("FailedOperation.PhoneNumberInBlacklist"),
                              QStringLiteral("m")),
            {}, GuidanceSubject::campaign(31, numbers));
        QTest::mouseClick(button(dialog, "editRowsButton"), Qt::LeftButton);
        QCOMPARE(rows.count(), 1);
        QCOMPARE(rows.at(0).at(0).toLongLong(), qint64(31));
        QCOMPARE(rows.at(0).at(1).toStringList(), numbers);

        // The refused numbers of a send, grouped: the selected group's.
        sms::domain::NumberFailures failures;
        failures.append({numbers.at(0), QStringLiteral("FailedOperation.PhoneNumberInBlacklist"),
                         QStringLiteral("blocked"), QStringLiteral("CN")});
        ApiError partial(ApiError::Kind::PartialFailure,
                         QString::fromLatin1(sms::api::ClientCode::PartialFailure), QString());
        partial.setNumberFailures(failures);
        dialog = m_router->showGuidance(partial);
        QTest::mouseClick(button(dialog, "editRowsButton"), Qt::LeftButton);
        QCOMPARE(rows.count(), 2);
        QCOMPARE(rows.at(1).at(1).toStringList(), QStringList {numbers.at(0)});

        // Nothing to edit: no button.
        dialog = m_router->showGuidance(ApiError::service(
            QStringLiteral("FailedOperation.PhoneNumberInBlacklist"), QStringLiteral("m")));
        QVERIFY(!button(dialog, "editRowsButton")->isVisible());
    }

    void openSettingsCarriesTheError()
    {
        QSignalSpy profiles(m_router, &GuidanceRouter::openProfiles);
        ErrorGuidanceDialog *dialog = m_router->showGuidance(dnsFailure());
        QTest::mouseClick(button(dialog, "openSettingsButton"), Qt::LeftButton);
        QCOMPARE(profiles.count(), 1);
        QCOMPARE(profiles.at(0).at(0).value<ApiError>().code(),
                 QStringLiteral("ClientError.DnsFailure"));
    }

    void staysOnTopOfTheWindowNamed()
    {
        QDialog form(m_window.get());
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        ErrorGuidanceDialog *over = m_router->showGuidance(dnsFailure(), {}, {}, &form);
        QCOMPARE(over->parentWidget(), static_cast<QWidget *>(&form));
        ErrorGuidanceDialog *plain = m_router->showGuidance(dnsFailure());
        QCOMPARE(plain->parentWidget(), m_window.get());
    }

private:
    std::unique_ptr<QWidget> m_window;
    GuidanceRouter *m_router = nullptr;
};

QTEST_MAIN(tst_GuidanceRouter)
#include "tst_guidancerouter.moc"
