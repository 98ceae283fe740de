// SPDX-License-Identifier: GPL-3.0-or-later
// The campaigns page headless against a real sandbox: compose from a small
// CSV (only usable templates and signatures offered, the column mapping
// found), a problem row shown and filtered, the row's preview, Send behind
// a confirmation that states the count, progress to the end in the run
// view, the refusals grouped by code, and "show these rows" narrowing the
// table to them; the journal's list opens a campaign again.

#include "ReviewTestSession.h"
#include "SandboxHarness.h"
#include "campaign/CampaignStore.h"
#include "campaigns/CampaignComposer.h"
#include "campaigns/CampaignRunView.h"
#include "campaigns/CampaignsPage.h"
#include "campaigns/RecipientModel.h"
#include "review/SignatureStore.h"
#include "review/TemplateStore.h"
#include "templates/TemplatePreview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace sms;
using ui::CampaignsPage;

class tst_CampaignsPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<sandboxtest::Harness> m_harness;
    std::unique_ptr<ReviewTestSession> m_session;
    std::unique_ptr<review::SignatureStore> m_signatures;
    std::unique_ptr<review::TemplateStore> m_templates;
    std::unique_ptr<CampaignsPage> m_page;
    qint64 m_pendingTemplate = 0;

    QString writeCsv(const QString &text)
    {
        const QString path = m_dir.filePath(QStringLiteral("list.csv"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(text.toUtf8());
        return path;
    }

private Q_SLOTS:
    void init()
    {
        m_harness = std::make_unique<sandboxtest::Harness>();
        m_harness->addStandardFixtures();
        m_pendingTemplate = m_harness->addTemplate(QStringLiteral("待审{1}"), 2, 0,
                                                   sandbox::ReviewStatusCode::UnderReview);
        m_session = std::make_unique<ReviewTestSession>(m_harness->api());
        const review::ReviewStore::Options reviewOptions {review::ReviewStore::Loading::WhenReady,
                                                          m_dir.filePath(QStringLiteral("review"))};
        m_signatures = std::make_unique<review::SignatureStore>(*m_session, reviewOptions);
        m_templates = std::make_unique<review::TemplateStore>(*m_session, reviewOptions);
        QTRY_VERIFY_WITH_TIMEOUT(m_signatures->isLoaded() && m_templates->isLoaded(), 20000);
        campaign::CampaignStore::Options options;
        options.databasePath = m_dir.filePath(QStringLiteral("journal.sqlite"));
        m_page = std::make_unique<CampaignsPage>(*m_session, options, m_signatures.get(),
                                                 m_templates.get());
        m_page->resize(1200, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanup()
    {
        m_page.reset();
        m_templates.reset();
        m_signatures.reset();
        m_session.reset();
        m_harness.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("journal.sqlite")));
    }

    void onlyUsableTemplatesAreOffered()
    {
        m_page->compose();
        ui::CampaignComposer *composer = m_page->composer();
        QComboBox *box = composer->templateBox();
        const int pending = box->findData(m_pendingTemplate);
        QVERIFY(pending >= 0);
        auto *model = qobject_cast<QStandardItemModel *>(box->model());
        QVERIFY(!model->item(pending)->isEnabled());
        QVERIFY(!model->item(pending)->toolTip().isEmpty());
        QVERIFY(model->item(box->findData(m_harness->domesticNotice))->isEnabled());
        // The template asked for by "Use in a Campaign" is chosen.
        m_page->compose(m_harness->domesticNotice);
        QCOMPARE(box->currentData().toLongLong(), m_harness->domesticNotice);
        QCOMPARE(composer->signatureBox()->currentData().toString(), QStringLiteral("沙盒科技"));
    }

    void composesChecksAndSends()
    {
        m_page->compose(m_harness->domesticNotice);
        ui::CampaignComposer *composer = m_page->composer();
        campaign::CampaignStore &store = m_page->store();
        QString csv = QStringLiteral("name,手机号,order\n");
        for (int i = 0; i < 5; ++i)
            csv += QStringLiteral("Li,%1,A1\n").arg(sandboxtest::cn(200 + i));
        csv += QStringLiteral("Wang,12345,A2\n");
        QVERIFY(composer->setSourceFile(writeCsv(csv)));
        // The mapping step found the phone column from its header.
        QCOMPARE(composer->phoneColumnBox()->currentData().toInt(), 1);

        QSignalSpy imported(&store, &campaign::CampaignStore::importFinished);
        composer->check();
        QVERIFY(imported.wait(20000));
        ui::RecipientModel *rows = composer->recipientModel();
        QCOMPARE(rows->rowCount(), 6);
        QVERIFY(composer->totalsLabel()->text().contains(
            QStringLiteral("InvalidParameterValue.IncorrectPhoneNumber")));
        // The selected row as the phone shows it.
        composer->table()->selectRow(0);
        const QString message = composer->preview()->messageText();
        QVERIFY2(message.startsWith(QStringLiteral("【沙盒科技】")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("Li")), qPrintable(message));
        // The problem row, alone.
        composer->problemsOnlyBox()->setChecked(true);
        QCOMPARE(rows->rowCount(), 1);
        QCOMPARE(rows->recipient(0).input, QStringLiteral("12345"));

        // Send asks first, with the count.
        QVERIFY(composer->sendButton()->isEnabled());
        QTest::mouseClick(composer->sendButton(), Qt::LeftButton);
        QMessageBox *confirmation = composer->confirmation();
        QVERIFY(confirmation);
        QVERIFY2(confirmation->text().contains(QStringLiteral("5")),
                 qPrintable(confirmation->text()));
        QSignalSpy finished(&store, &campaign::CampaignStore::runFinished);
        QTest::mouseClick(confirmation->button(QMessageBox::Yes), Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QCOMPARE(m_harness->server().requestCount(QStringLiteral("SendSms")), 1);

        // The run view: done, with the refusal grouped by its code.
        ui::CampaignRunView *run = m_page->runView();
        QVERIFY(run->isVisible());
        QCOMPARE(run->progressBar()->value(), run->progressBar()->maximum());
        QVERIFY(run->countsLabel()->text().contains(QStringLiteral("accepted 5 ")));
        QTreeWidget *groups = run->refusals();
        QCOMPARE(groups->topLevelItemCount(), 1);
        QCOMPARE(groups->topLevelItem(0)->text(1),
                 QStringLiteral("InvalidParameterValue.IncorrectPhoneNumber"));
        QCOMPARE(groups->topLevelItem(0)->text(0), QStringLiteral("1"));

        // "Show these rows" narrows the table to the group's rows.
        auto *show = run->findChild<QPushButton *>(QStringLiteral("showRowsButton"));
        QVERIFY(show && show->isEnabled());
        QTest::mouseClick(show, Qt::LeftButton);
        QVERIFY(composer->isVisible());
        QCOMPARE(rows->rowCount(), 1);
        QCOMPARE(rows->recipient(0).input, QStringLiteral("12345"));

        // The list has the campaign, finished; opening it shows the run.
        m_page->showList();
        QTableView *list = m_page->campaignList();
        QCOMPARE(list->model()->rowCount(), 1);
        m_page->openCampaign(store.campaigns().constFirst().id);
        QVERIFY(run->isVisible());
    }
};

QTEST_MAIN(tst_CampaignsPage)
#include "tst_campaignspage.moc"
