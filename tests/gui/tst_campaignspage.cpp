// SPDX-License-Identifier: GPL-3.0-or-later
// The campaigns page headless against a real sandbox: compose from a small
// CSV (only usable templates and signatures offered, the column mapping
// found), a problem row shown and filtered, the row's preview, Send behind
// a confirmation that states the count, progress to the end in the run
// view, the refusals grouped by code, and "edit these rows" narrowing the
// table to them; the journal's list opens a campaign again. The mapping
// step (parameters, header, encoding), a template type the service does not
// list, refused rows edited and sent again, and Resume after a send whose
// answers were lost, which reconciles first and sends nothing twice.

#include "ReviewTestSession.h"
#include "SandboxHarness.h"
#include "campaign/CampaignStore.h"
#include "campaigns/CampaignComposer.h"
#include "campaigns/CampaignRunView.h"
#include "campaigns/CampaignsPage.h"
#include "campaigns/RecipientModel.h"
#include "review/SignatureStore.h"
#include "review/TemplateStore.h"
#include "sandbox/SandboxState.h"
#include "templates/TemplatePreview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStringEncoder>
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

    // Each number the sandbox accepted, with how many times.
    QHash<QString, int> acceptedByPhone() const
    {
        QHash<QString, int> accepted;
        const sandbox::SandboxState &state = m_harness->state();
        for (auto it = state.sendsByPhone.cbegin(); it != state.sendsByPhone.cend(); ++it) {
            for (const int index : it.value())
                accepted[it.key()] += state.sends.at(index).requestCode == QLatin1String("Ok");
        }
        return accepted;
    }

    // Imports csv in the composer (template already chosen) and waits.
    bool importCsv(const QString &csv)
    {
        ui::CampaignComposer *composer = m_page->composer();
        if (!composer->setSourceFile(writeCsv(csv)))
            return false;
        QSignalSpy imported(&m_page->store(), &campaign::CampaignStore::importFinished);
        composer->check();
        return imported.wait(20000) && imported.constFirst().at(1).toBool()
            && rowsLoaded(composer->recipientModel());
    }

    // Waits for the page of rows on the way, if any (they are read on the
    // store's query thread).
    static bool rowsLoaded(ui::RecipientModel *rows)
    {
        if (!rows->isLoading())
            return true;
        QSignalSpy loaded(rows, &ui::RecipientModel::loaded);
        return loaded.wait(20000);
    }

    // Confirms the composer's open confirmation with its Yes button.
    static bool confirm(ui::CampaignComposer *composer, const QString &containing)
    {
        QMessageBox *box = composer->confirmation();
        if (!box || !box->text().contains(containing) || !box->button(QMessageBox::Yes))
            return false;
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        return true;
    }

    static void choose(QComboBox *box, const QVariant &data)
    {
        const int index = box->findData(data);
        QVERIFY2(index >= 0, qPrintable(data.toString()));
        box->setCurrentIndex(index);
        Q_EMIT box->activated(index);
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
        options.store
            = sms::store::StoreLocation::sqlite(m_dir.filePath(QStringLiteral("journal.sqlite")));
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
        // The mapping step found the phone column from its header, and the
        // template's {1} and {2} in the other columns, in order.
        QCOMPARE(composer->phoneColumnBox()->currentData().toInt(), 1);
        QCOMPARE(composer->parameterBoxes().size(), 2);
        QCOMPARE(composer->parameterBoxes().at(0)->currentData().toInt(), 0);
        QCOMPARE(composer->parameterBoxes().at(1)->currentData().toInt(), 2);

        QSignalSpy imported(&store, &campaign::CampaignStore::importFinished);
        composer->check();
        QVERIFY(imported.wait(20000));
        ui::RecipientModel *rows = composer->recipientModel();
        QVERIFY(rowsLoaded(rows));
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
        QVERIFY(rowsLoaded(rows));
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
        QTRY_COMPARE(groups->topLevelItemCount(), 1);
        QCOMPARE(groups->topLevelItem(0)->text(1),
                 QStringLiteral("InvalidParameterValue.IncorrectPhoneNumber"));
        QCOMPARE(groups->topLevelItem(0)->text(0), QStringLiteral("1"));

        // "Show these rows" narrows the table to the group's rows.
        auto *show = run->findChild<QPushButton *>(QStringLiteral("showRowsButton"));
        // Pre-flight's refusal never left: not counted as sent.
        QVERIFY2(run->countsLabel()->text().startsWith(QStringLiteral("Sent 5 ")),
                 qPrintable(run->countsLabel()->text()));
        QVERIFY2(run->countsLabel()->text().contains(
                     QStringLiteral("Refused by pre-flight, not sent: 1")),
                 qPrintable(run->countsLabel()->text()));
        QVERIFY(show && show->isEnabled());
        QTest::mouseClick(show, Qt::LeftButton);
        QVERIFY(composer->isVisible());
        QVERIFY(rowsLoaded(rows));
        QCOMPARE(rows->rowCount(), 1);
        QCOMPARE(rows->recipient(0).input, QStringLiteral("12345"));

        // The list has the campaign, finished; opening it shows the run.
        m_page->showList();
        QTableView *list = m_page->campaignList();
        QCOMPARE(list->model()->rowCount(), 1);
        m_page->openCampaign(store.campaigns().constFirst().id);
        QVERIFY(run->isVisible());
    }

    void mappingStepMapsParametersHeaderAndEncoding()
    {
        m_page->compose(m_harness->domesticNotice);
        ui::CampaignComposer *composer = m_page->composer();
        QString csv = QStringLiteral("order,name,phone\n");
        for (int i = 0; i < 3; ++i)
            csv += QStringLiteral("A%1,李%1,%2\n").arg(i).arg(sandboxtest::cn(400 + i));
        // GB18030, as spreadsheets in China export it.
        const QString path = writeCsv(QString());
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            QStringEncoder gb18030("GB18030");
            file.write(gb18030.encode(csv));
        }
        QVERIFY(composer->setSourceFile(path));
        QVERIFY2(composer->encodingBox()->itemText(0).contains(QStringLiteral("GB18030")),
                 qPrintable(composer->encodingBox()->itemText(0)));
        QCOMPARE(composer->sampleView()->model()->index(0, 1).data().toString(),
                 QStringLiteral("李0"));
        QCOMPARE(composer->phoneColumnBox()->currentData().toInt(), 2);
        QList<QComboBox *> parameters = composer->parameterBoxes();
        QCOMPARE(parameters.size(), 2);
        QCOMPARE(parameters.at(0)->currentData().toInt(), 0);
        QCOMPARE(parameters.at(1)->currentData().toInt(), 1);

        // Read as UTF-8, the names are no longer 李; back to GB18030.
        choose(composer->encodingBox(), int(campaign::ImportOptions::Encoding::Utf8));
        QVERIFY(composer->sampleView()->model()->index(0, 1).data().toString()
                != QStringLiteral("李0"));
        choose(composer->encodingBox(), int(campaign::ImportOptions::Encoding::Gb18030));
        QCOMPARE(composer->sampleView()->model()->index(0, 1).data().toString(),
                 QStringLiteral("李0"));
        // The first row taken as a recipient, then as the header again.
        QCOMPARE(composer->sampleView()->model()->rowCount(), 3);
        choose(composer->headerBox(), int(campaign::ImportOptions::Header::Absent));
        QCOMPARE(composer->sampleView()->model()->rowCount(), 4);
        choose(composer->headerBox(), int(campaign::ImportOptions::Header::Present));
        QCOMPARE(composer->sampleView()->model()->rowCount(), 3);

        // {1} is the name and {2} the order.
        parameters = composer->parameterBoxes();
        choose(parameters.at(0), 1);
        choose(parameters.at(1), 0);
        QSignalSpy imported(&m_page->store(), &campaign::CampaignStore::importFinished);
        composer->check();
        QVERIFY(imported.wait(20000));
        QVERIFY(rowsLoaded(composer->recipientModel()));
        const store::JournalRecipient first = composer->recipientModel()->recipient(0);
        QCOMPARE(first.parameters, (QStringList {QStringLiteral("李0"), QStringLiteral("A0")}));
        QCOMPARE(first.phone, sandboxtest::cn(400));
    }

    void parameterChoicesSurviveReadingAgain()
    {
        m_page->compose(m_harness->domesticNotice);
        ui::CampaignComposer *composer = m_page->composer();
        QString csv = QStringLiteral("order,name,code,phone\n");
        for (int i = 0; i < 3; ++i)
            csv += QStringLiteral("A%1,Li%1,C%1,%2\n").arg(i).arg(sandboxtest::cn(410 + i));
        QVERIFY(composer->setSourceFile(writeCsv(csv)));
        QCOMPARE(composer->phoneColumnBox()->currentData().toInt(), 3);
        QList<QComboBox *> parameters = composer->parameterBoxes();
        QCOMPARE(parameters.size(), 2);
        QCOMPARE(parameters.at(0)->currentData().toInt(), 0);
        QCOMPARE(parameters.at(1)->currentData().toInt(), 1);
        // The operator maps {1} to the code and {2} to the order.
        choose(parameters.at(0), 2);
        choose(parameters.at(1), 0);
        const auto chosen = [composer] {
            QList<int> columns;
            for (const QComboBox *box : composer->parameterBoxes())
                columns.append(box->currentData().toInt());
            return columns;
        };
        // Each way of reading the rows again keeps them: the first row as a
        // recipient (by position), as the header again (by name), another
        // encoding.
        choose(composer->headerBox(), int(campaign::ImportOptions::Header::Absent));
        QCOMPARE(composer->sampleView()->model()->rowCount(), 4);
        QCOMPARE(chosen(), (QList<int> {2, 0}));
        choose(composer->headerBox(), int(campaign::ImportOptions::Header::Present));
        QCOMPARE(composer->sampleView()->model()->rowCount(), 3);
        QCOMPARE(chosen(), (QList<int> {2, 0}));
        choose(composer->encodingBox(), int(campaign::ImportOptions::Encoding::Gb18030));
        QCOMPARE(chosen(), (QList<int> {2, 0}));
        choose(composer->encodingBox(), int(campaign::ImportOptions::Encoding::Utf8));
        QCOMPARE(chosen(), (QList<int> {2, 0}));
        // Another list starts from what is found in it.
        QVERIFY(composer->setSourceFile(writeCsv(csv)));
        QCOMPARE(chosen(), (QList<int> {0, 1}));
    }

    void defaultRegionReadsNumbersWithoutCountryCode()
    {
        m_page->compose(m_harness->domesticNotice);
        ui::CampaignComposer *composer = m_page->composer();
        // A Hong Kong number as written there: a mainland template refuses
        // it when the region says Hong Kong, takes it as a bad mainland one
        // otherwise; either way the region decides the E.164 form.
        composer->regionBox()->setCurrentText(QStringLiteral("HK"));
        QVERIFY(importCsv(QStringLiteral("phone,name,order\n51234567,Li,A1\n")));
        const store::JournalRecipient row = composer->recipientModel()->recipient(0);
        QCOMPARE(row.phone, QStringLiteral("+85251234567"));
    }

    void unknownTemplateTypeIsAskedAndRemembered()
    {
        // Added straight into the account: the console never saw its type.
        m_page->compose(m_harness->domesticCode);
        ui::CampaignComposer *composer = m_page->composer();
        QComboBox *type = composer->templateTypeBox();
        QVERIFY(type->isVisible());
        QCOMPARE(type->currentData().toInt(), int(domain::SmsType::Notification));
        choose(type, int(domain::SmsType::VerificationCode));
        QCOMPARE(m_page->store().templateType(QString::number(m_harness->domesticCode)),
                 domain::SmsType::VerificationCode);
        // It drives pre-flight: a code with letters is refused.
        QVERIFY(importCsv(QStringLiteral("phone,code\n%1,12ab\n%2,123456\n")
                              .arg(sandboxtest::cn(500), sandboxtest::cn(501))));
        QVERIFY2(composer->totalsLabel()->text().contains(
                     QStringLiteral("InvalidParameterValue.TemplateParameterFormatError: 1")),
                 qPrintable(composer->totalsLabel()->text()));
        QVERIFY(!composer->recipientModel()->recipient(0).code.isEmpty());
        // Remembered for the template's next campaign.
        m_page->compose(m_harness->domesticNotice);
        m_page->compose(m_harness->domesticCode);
        QCOMPARE(type->currentData().toInt(), int(domain::SmsType::VerificationCode));
    }

    void refusedRowsAreEditedAndSentAgain()
    {
        m_page->compose(m_harness->domesticNotice);
        ui::CampaignComposer *composer = m_page->composer();
        campaign::CampaignStore &store = m_page->store();
        QString csv = QStringLiteral("name,phone,order\n");
        for (int i = 0; i < 3; ++i)
            csv += QStringLiteral("Li,%1,A1\n").arg(sandboxtest::cn(600 + i));
        csv += QStringLiteral("Wang,12345,A2\n");
        QVERIFY(importCsv(csv));
        QTest::mouseClick(composer->sendButton(), Qt::LeftButton);
        QSignalSpy finished(&store, &campaign::CampaignStore::runFinished);
        QVERIFY(confirm(composer, QStringLiteral("3")));
        QVERIFY(finished.wait(20000));
        finished.clear();

        ui::CampaignRunView *run = m_page->runView();
        auto *show = run->findChild<QPushButton *>(QStringLiteral("showRowsButton"));
        // Once the refusal groups are read.
        QTRY_VERIFY(show->isEnabled());
        QTest::mouseClick(show, Qt::LeftButton);
        QVERIFY(composer->isVisible());
        ui::RecipientModel *rows = composer->recipientModel();
        QVERIFY(rowsLoaded(rows));
        QCOMPARE(rows->rowCount(), 1);
        QVERIFY(rows->isEditable());
        const QModelIndex number = rows->index(0, ui::RecipientModel::Number);
        const QModelIndex order = rows->index(0, ui::RecipientModel::parameterColumn(2));
        QVERIFY(rows->flags(number) & Qt::ItemIsEditable);
        // The problem is in the number's cell, with its code.
        QCOMPARE(number.data(ui::RecipientModel::ProblemRole).toString(),
                 QStringLiteral("InvalidParameterValue.IncorrectPhoneNumber"));
        QCOMPARE(order.data(ui::RecipientModel::ProblemRole).toString(), QString());
        // Re-checked by pre-flight's rules as typed: a number already in
        // the campaign is a duplicate.
        QVERIFY(rows->problemWith(number, sandboxtest::cn(600))
                    .startsWith(campaign::Preflight::duplicateCode()));
        QVERIFY(rows->problemWith(number, sandboxtest::cn(610)).isEmpty());
        // Typing in the table's editor says so before the edit is committed.
        composer->table()->setCurrentIndex(number);
        composer->table()->edit(number);
        auto *editor = composer->table()->findChild<QLineEdit *>(QStringLiteral("recipientEditor"));
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("999"));
        QVERIFY2(composer->editProblemLabel()->text().startsWith(
                     QStringLiteral("InvalidParameterValue.IncorrectPhoneNumber")),
                 qPrintable(composer->editProblemLabel()->text()));
        editor->selectAll();
        QTest::keyClicks(editor, sandboxtest::cn(610));
        QCOMPARE(composer->editProblemLabel()->text(), QString());
        QTest::keyClick(editor, Qt::Key_Return);
        // The delegate commits from the event loop.
        QTRY_COMPARE(rows->recipient(0).phone, sandboxtest::cn(610));
        QCOMPARE(rows->index(0, ui::RecipientModel::Number)
                     .data(ui::RecipientModel::ProblemRole)
                     .toString(),
                 QString());

        // A parameter too long: the problem is in its own cell, and a
        // refused row keeps the change to be fixed further.
        QVERIFY(
            rows->problemWith(order, QStringLiteral("A2345678"))
                .startsWith(QStringLiteral("InvalidParameterValue.TemplateParameterLengthLimit")));
        QVERIFY(rows->setData(order, QStringLiteral("A2345678")));
        QCOMPARE(rows->index(0, ui::RecipientModel::parameterColumn(2))
                     .data(ui::RecipientModel::ProblemRole)
                     .toString(),
                 QStringLiteral("InvalidParameterValue.TemplateParameterLengthLimit"));
        QCOMPARE(rows->index(0, ui::RecipientModel::Number)
                     .data(ui::RecipientModel::ProblemRole)
                     .toString(),
                 QString());
        QVERIFY(rows->setData(order, QStringLiteral("A2")));

        // Send These Again states count and segments, then sends them.
        QVERIFY(composer->resendButton()->isVisible());
        QTest::mouseClick(composer->resendButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(composer->confirmation()
                                     && composer->confirmation()->objectName()
                                         == QLatin1String("resendConfirmation"),
                                 20000);
        QVERIFY2(composer->confirmation()->text().contains(QStringLiteral("1 row")),
                 qPrintable(composer->confirmation()->text()));
        QVERIFY2(composer->confirmation()->text().contains(QStringLiteral("1 segment")),
                 qPrintable(composer->confirmation()->text()));
        QVERIFY(confirm(composer, QStringLiteral("again")));
        QVERIFY(finished.wait(20000));
        const qint64 id = store.campaigns().constFirst().id;
        QCOMPARE(store.counts(id).accepted, 4);
        QCOMPARE(store.counts(id).refused, 0);
        const QHash<QString, int> accepted = acceptedByPhone();
        QCOMPARE(accepted.size(), 4);
        for (auto it = accepted.cbegin(); it != accepted.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));
        QVERIFY2(run->countsLabel()->text().startsWith(QStringLiteral("Sent 4 ")),
                 qPrintable(run->countsLabel()->text()));
    }

    void resumeReconcilesBeforeSendingAgain()
    {
        m_page->compose(m_harness->domesticNotice);
        ui::CampaignComposer *composer = m_page->composer();
        campaign::CampaignStore &store = m_page->store();
        QString csv = QStringLiteral("name,phone,order\n");
        for (int i = 0; i < 6; ++i)
            csv += QStringLiteral("Li,%1,A1\n").arg(sandboxtest::cn(700 + i));
        QVERIFY(importCsv(csv));
        // The sends happen; their answers are lost: every number uncertain.
        QVERIFY(m_harness->server().faults().parse(QStringLiteral("SendSms:drop=1")));
        QTest::mouseClick(composer->sendButton(), Qt::LeftButton);
        QSignalSpy finished(&store, &campaign::CampaignStore::runFinished);
        QVERIFY(confirm(composer, QStringLiteral("6")));
        QVERIFY(finished.wait(20000));
        finished.clear();
        const qint64 id = store.campaigns().constFirst().id;
        QCOMPARE(store.counts(id).uncertain, 6);
        m_harness->server().faults().clear();

        // The list offers Resume; it reconciles, and nothing is sent again.
        m_page->showList();
        QTableView *list = m_page->campaignList();
        list->setCurrentIndex(list->model()->index(0, 0));
        auto *resume = m_page->findChild<QPushButton *>(QStringLiteral("resumeCampaignButton"));
        QVERIFY(resume && resume->isEnabled());
        QSignalSpy reconciled(&store, &campaign::CampaignStore::reconcileFinished);
        const int sendsBefore = m_harness->server().requestCount(QStringLiteral("SendSms"));
        QTest::mouseClick(resume, Qt::LeftButton);
        QVERIFY(m_page->runView()->isVisible());
        QVERIFY(reconciled.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(!store.isBusy(), 20000);
        QCOMPARE(store.counts(id).accepted, 6);
        QCOMPARE(m_harness->server().requestCount(QStringLiteral("SendSms")), sendsBefore);
        QVERIFY(!store.isResumable(id));
        const QHash<QString, int> accepted = acceptedByPhone();
        QCOMPARE(accepted.size(), 6);
        for (auto it = accepted.cbegin(); it != accepted.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));
    }
};

QTEST_MAIN(tst_CampaignsPage)
#include "tst_campaignspage.moc"
