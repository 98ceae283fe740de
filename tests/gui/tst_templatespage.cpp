// SPDX-License-Identifier: GPL-3.0-or-later
// The templates page headless against a real sandbox: the list, the status
// and type filters, the search, the detail pane, Modify blocked for an
// approved template, "Use in a Campaign" only for an approved one, and adding a
// template through the editor (a form with a failing check sends nothing;
// the sandbox counts the requests).

#include "ReviewTestSession.h"
#include "SandboxHarness.h"
#include "review/ReviewFilterProxy.h"
#include "review/TemplateStore.h"
#include "templates/TemplateEditor.h"
#include "templates/TemplateModel.h"
#include "templates/TemplatesPage.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace sms;
using ui::TemplateModel;
using ui::TemplatesPage;

class tst_TemplatesPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<sandboxtest::Harness> m_harness;
    std::unique_ptr<ReviewTestSession> m_session;
    std::unique_ptr<TemplatesPage> m_page;
    qint64 m_rejected = 0;

    int rows() const { return m_page->proxy()->rowCount(); }
    int adds() const { return m_harness->server().requestCount(QStringLiteral("AddSmsTemplate")); }

private Q_SLOTS:
    void init()
    {
        m_harness = std::make_unique<sandboxtest::Harness>();
        m_harness->addStandardFixtures();
        m_rejected = m_harness->addTemplate(QStringLiteral("限时{1}折，点击领取。"), 1, 0,
                                            sandbox::ReviewStatusCode::Rejected);
        m_harness->state().templates[m_rejected].rejectReason = QStringLiteral("template.blank");
        m_session = std::make_unique<ReviewTestSession>(m_harness->api());
        m_page = std::make_unique<TemplatesPage>(
            *m_session,
            review::ReviewStore::Options {review::ReviewStore::Loading::WhenReady, m_dir.path()});
        m_page->resize(1100, 600);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        QTRY_VERIFY_WITH_TIMEOUT(m_page->store().isLoaded() && !m_page->store().isBusy(), 20000);
    }

    void cleanup()
    {
        m_page.reset();
        m_session.reset();
        m_harness.reset();
    }

    void listsEveryTemplate()
    {
        QCOMPARE(rows(), 6);
        QVERIFY(!m_page->isShowingEmptyState());
        QCOMPARE(m_page->model()->headerData(TemplateModel::Content, Qt::Horizontal).toString(),
                 QStringLiteral("Text"));
    }

    void filtersByStatusAndType()
    {
        QComboBox *status = m_page->statusFilter();
        status->setCurrentIndex(status->findData(int(domain::ReviewStatus::Rejected)));
        QCOMPARE(rows(), 1);
        QCOMPARE(m_page->proxy()->data(m_page->proxy()->index(0, TemplateModel::Id)).toLongLong(),
                 m_rejected);
        status->setCurrentIndex(0);
        QCOMPARE(rows(), 6);

        // The service does not list the type: only what this console
        // submitted has one, so a type filter shows nothing else.
        QComboBox *type = m_page->typeFilter();
        type->setCurrentIndex(
            type->findData(domain::smsTypeCode(domain::SmsType::VerificationCode)));
        QCOMPARE(rows(), 0);
        QVERIFY(m_page->isShowingEmptyState());
        type->setCurrentIndex(0);
        QCOMPARE(rows(), 6);
    }

    void searchesNameTextAndId()
    {
        m_page->searchEdit()->setText(QStringLiteral("验证码"));
        QCOMPARE(rows(), 1);
        QCOMPARE(m_page->proxy()->data(m_page->proxy()->index(0, TemplateModel::Id)).toLongLong(),
                 m_harness->domesticCode);
        m_page->searchEdit()->setText(QString::number(m_harness->globalNotice));
        QCOMPARE(rows(), 1);
        m_page->searchEdit()->setText(QStringLiteral("parcel"));
        QCOMPARE(rows(), 1);
        m_page->searchEdit()->setText(QStringLiteral("nothing like this"));
        QCOMPARE(rows(), 0);
        QVERIFY(m_page->isShowingEmptyState());
        m_page->searchEdit()->clear();
        QCOMPARE(rows(), 6);
    }

    void showsTheRecordInDetail()
    {
        QVERIFY(m_page->selectRecord(m_rejected));
        const QString detail = m_page->detailView()->toPlainText();
        QVERIFY2(detail.contains(QStringLiteral("限时{1}折，点击领取。")), qPrintable(detail));
        const QString reply = m_page->templates().record(m_rejected)->reviewReply();
        QVERIFY(!reply.isEmpty());
        QVERIFY(detail.contains(reply));
        // A rejected template may be changed, and cannot be sent.
        QVERIFY(m_page->modifyAction()->isEnabled());
        QVERIFY(!m_page->useInCampaignAction()->isEnabled());
    }

    void anApprovedTemplateSaysWhyItCannotChange()
    {
        QVERIFY(m_page->selectRecord(m_harness->domesticNotice));
        QVERIFY(!m_page->modifyAction()->isEnabled());
        QVERIFY(m_page->modifyAction()->toolTip().contains(QStringLiteral("approved")));
        // An approved one can be sent: the action asks for the composer.
        QVERIFY(m_page->useInCampaignAction()->isEnabled());
        QSignalSpy use(m_page.get(), &TemplatesPage::useInCampaignRequested);
        m_page->useInCampaignAction()->trigger();
        QCOMPARE(use.size(), 1);
        QCOMPARE(use.constFirst().at(0).toLongLong(), m_harness->domesticNotice);
    }

    void addsThroughTheEditor()
    {
        m_page->addAction()->trigger();
        ui::TemplateEditor *editor = m_page->editor();
        QVERIFY(editor);
        QTRY_VERIFY(editor->isVisible());
        editor->nameEdit()->setText(QStringLiteral("会员通知"));
        editor->contentEdit()->setPlainText(
            QStringLiteral("【沙盒科技】尊敬的会员{1}，积分已到账。"));
        QVERIFY(!editor->okButton()->isEnabled());
        editor->accept();
        QCOMPARE(adds(), 0);

        editor->contentEdit()->setPlainText(QStringLiteral("尊敬的会员{1}，积分已到账。"));
        QVERIFY(editor->okButton()->isEnabled());
        QTest::mouseClick(editor->okButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->editor(), 20000);
        QCOMPARE(adds(), 1);
        QCOMPARE(rows(), 7);
        const qint64 id = m_page->currentId();
        QVERIFY(id != 0);
        QCOMPARE(m_page->templates().record(id)->content(),
                 QStringLiteral("尊敬的会员{1}，积分已到账。"));
        // Now its type is known, and filters.
        QComboBox *type = m_page->typeFilter();
        type->setCurrentIndex(type->findData(domain::smsTypeCode(domain::SmsType::Notification)));
        QCOMPARE(rows(), 1);
    }
};

QTEST_MAIN(tst_TemplatesPage)
#include "tst_templatespage.moc"
