// SPDX-License-Identifier: GPL-3.0-or-later
// The single message dialog against a sandbox on 127.0.0.1 (the review
// tests' session): approved choices only, one field per variable, the live
// preview and pre-flight's problems with their codes, a send that lands in
// the journal as a one-recipient campaign, and the opt-out list. Also the
// console's receipt puller, which runs while a profile is ready.

#include "GuiTestSupport.h"
#include "ReviewTestSession.h"
#include "SandboxHarness.h"
#include "history/ReceiptPuller.h"
#include "history/SingleSendDialog.h"
#include "review/SignatureStore.h"
#include "review/TemplateStore.h"
#include "sandbox/SandboxState.h"
#include "shell/AppController.h"
#include "store/CampaignKind.h"
#include "store/Database.h"
#include "store/OptOutList.h"
#include "templates/TemplatePreview.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

using namespace sms;
using guitest::child;
using ui::SingleSendDialog;

class tst_SingleSendDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_harness = std::make_unique<sandboxtest::Harness>();
        m_harness->addStandardFixtures();
        m_pending = m_harness->addTemplate(QStringLiteral("待审{1}"), 2, 0,
                                           sandbox::ReviewStatusCode::UnderReview);
        m_session = std::make_unique<ReviewTestSession>(m_harness->api());
        const review::ReviewStore::Options options {review::ReviewStore::Loading::WhenReady,
                                                    m_dir.filePath(QStringLiteral("review"))};
        m_signatures = std::make_unique<review::SignatureStore>(*m_session, options);
        m_templates = std::make_unique<review::TemplateStore>(*m_session, options);
        QTRY_VERIFY_WITH_TIMEOUT(m_signatures->isLoaded() && m_templates->isLoaded(), 20000);
        m_path = m_dir.filePath(QStringLiteral("history%1.sqlite").arg(++m_files));
    }

    void cleanup()
    {
        m_templates.reset();
        m_signatures.reset();
        m_session.reset();
        m_harness.reset();
    }

    void offersApprovedTemplatesAndAFieldPerVariable()
    {
        SingleSendDialog dialog(*m_session, m_signatures.get(), m_templates.get(),
                                sms::store::StoreLocation::sqlite(m_path), nullptr);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *templates = child<QComboBox>(&dialog, "templateBox");
        auto *model = qobject_cast<QStandardItemModel *>(templates->model());
        QVERIFY(!model->item(templates->findData(m_pending))->isEnabled());
        dialog.chooseTemplate(m_harness->domesticNotice);
        QCOMPARE(templates->currentData().toLongLong(), m_harness->domesticNotice);
        QCOMPARE(child<QComboBox>(&dialog, "signatureBox")->currentData().toString(),
                 QStringLiteral("沙盒科技"));
        QVERIFY(child<QLineEdit>(&dialog, "parameterEdit2"));
        QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("parameterEdit3")));
        dialog.chooseTemplate(m_harness->domesticCode);
        QVERIFY(child<QLineEdit>(&dialog, "parameterEdit1"));
        QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("parameterEdit2")));
    }

    void previewAndProblemsFollowTheTyping()
    {
        SingleSendDialog dialog(*m_session, m_signatures.get(), m_templates.get(),
                                sms::store::StoreLocation::sqlite(m_path), nullptr);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.chooseTemplate(m_harness->domesticNotice);
        auto *send = child<QPushButton>(&dialog, "sendButton");
        auto *problems = child<QLabel>(&dialog, "problemsLabel");
        QVERIFY(!send->isEnabled());
        dialog.setPhone(QStringLiteral("12345"));
        guitest::pasteInto(child<QLineEdit>(&dialog, "parameterEdit1"), QStringLiteral("张三"));
        guitest::typeInto(child<QLineEdit>(&dialog, "parameterEdit2"), QStringLiteral("A1"));
        QVERIFY2(
            problems->text().contains(QLatin1String("InvalidParameterValue.IncorrectPhoneNumber")),
            qPrintable(problems->text()));
        QVERIFY(!send->isEnabled());
        dialog.setPhone(QStringLiteral("13800138100"));
        QCOMPARE(problems->text(), QStringLiteral("Ready to send."));
        QVERIFY(send->isEnabled());
        auto *preview = child<ui::TemplatePreview>(&dialog, "preview");
        QCOMPARE(preview->messageText(),
                 QStringLiteral("【沙盒科技】您好张三，您的订单A1已发货。"));
        QCOMPARE(preview->length().segments, 1);
        // A parameter over the length limit: the code shows, Send waits.
        guitest::typeInto(child<QLineEdit>(&dialog, "parameterEdit2"), QStringLiteral("A1234567"));
        QVERIFY(problems->text().contains(
            QLatin1String("InvalidParameterValue.TemplateParameterLengthLimit")));
        QVERIFY(!send->isEnabled());
        QCOMPARE(m_harness->server().requestCount(QStringLiteral("SendSms")), 0);
    }

    void sendsIntoTheJournalAndShowsTheResult()
    {
        SingleSendDialog dialog(*m_session, m_signatures.get(), m_templates.get(),
                                sms::store::StoreLocation::sqlite(m_path), nullptr);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.chooseTemplate(m_harness->domesticNotice);
        dialog.setPhone(QStringLiteral("13800138101"));
        dialog.setParameters({QStringLiteral("张三"), QStringLiteral("A1")});
        QSignalSpy sent(&dialog, &SingleSendDialog::sent);
        QTest::mouseClick(child<QPushButton>(&dialog, "sendButton"), Qt::LeftButton);
        QVERIFY(sent.wait(30000));
        const qint64 campaignId = sent.first().first().toLongLong();
        QCOMPARE(dialog.sender().recipient().state, store::RecipientState::Accepted);
        const QString serial = dialog.sender().recipient().serialNo;
        QVERIFY(child<QLabel>(&dialog, "resultLabel")->text().contains(serial));
        QCOMPARE(m_harness->server().requestCount(QStringLiteral("SendSms")), 1);
        QVERIFY(m_harness->state().sendBySerial.contains(serial));

        store::Database db;
        QVERIFY(db.open(m_path));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT kind, (SELECT COUNT(*) FROM recipients WHERE "
                                      "campaign_id = campaigns.id) FROM campaigns WHERE id = %1")
                           .arg(campaignId)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), int(store::CampaignKind::SingleMessage));
        QCOMPARE(q.value(1).toInt(), 1);
    }

    void anOptedOutNumberIsRefused()
    {
        {
            store::Database db;
            QVERIFY(db.open(m_path));
            QVERIFY(store::OptOutList(db).add(QStringLiteral("+8613800138102")));
        }
        SingleSendDialog dialog(*m_session, m_signatures.get(), m_templates.get(),
                                sms::store::StoreLocation::sqlite(m_path), nullptr);
        dialog.chooseTemplate(m_harness->domesticNotice);
        dialog.setParameters({QStringLiteral("张三"), QStringLiteral("A1")});
        dialog.setPhone(QStringLiteral("13800138102"));
        QVERIFY(child<QLabel>(&dialog, "problemsLabel")
                    ->text()
                    .contains(QLatin1String("FailedOperation.PhoneNumberInBlacklist")));
        QVERIFY(!child<QPushButton>(&dialog, "sendButton")->isEnabled());
    }

    void theConsolePullsReceiptsWhileAProfileIsReady()
    {
        guitest::Environment env;
        ui::AppOptions options = env.options();
        ui::AppController controller(options);
        QSignalSpy changed(&controller, &ui::AppController::receiptPullerChanged);
        controller.start();
        QTRY_VERIFY_WITH_TIMEOUT(controller.isReady(), 20000);
        QVERIFY(controller.receiptPuller());
        QCOMPARE(controller.receiptPuller()->appId(), controller.appId());
        QVERIFY(controller.receiptPuller()->isRunning());
        QVERIFY(controller.databasePath().startsWith(options.dataDir + QStringLiteral("/store/")));
        QSignalSpy cycle(controller.receiptPuller(), &history::ReceiptPuller::cycleFinished);
        QVERIFY(cycle.size() > 0 || cycle.wait(20000));
        QVERIFY(QFile::exists(controller.databasePath()));
        QVERIFY(changed.size() >= 1);
    }

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    QString m_path;
    qint64 m_pending = 0;
    std::unique_ptr<sandboxtest::Harness> m_harness;
    std::unique_ptr<ReviewTestSession> m_session;
    std::unique_ptr<review::SignatureStore> m_signatures;
    std::unique_ptr<review::TemplateStore> m_templates;
};

QTEST_MAIN(tst_SingleSendDialog)
#include "tst_singlesenddialog.moc"
