// SPDX-License-Identifier: GPL-3.0-or-later
// The template editor against a real sandbox: every local check shows
// under its field with the service's code while OK stays disabled, a form
// that fails one sends nothing (the sandbox counts the requests), the
// opt-out text is appended in one click, and the phone preview measures
// the message as the service bills it.

#include "ReviewTestSession.h"
#include "SandboxHarness.h"
#include "review/SignatureStore.h"
#include "review/TemplateChecks.h"
#include "review/TemplateStore.h"
#include "templates/TemplateEditor.h"
#include "templates/TemplateHighlighter.h"
#include "templates/TemplatePreview.h"
#include "widgets/MessageBar.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sms;
using review::ReviewStore;
using ui::TemplateEditor;

class tst_TemplateEditor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<sandboxtest::Harness> m_harness;
    std::unique_ptr<ReviewTestSession> m_session;
    std::unique_ptr<review::TemplateStore> m_templates;
    std::unique_ptr<review::SignatureStore> m_signatures;
    std::unique_ptr<TemplateEditor> m_editor;

    int adds() const { return m_harness->server().requestCount(QStringLiteral("AddSmsTemplate")); }

    // Types text key by key, as a person (or an input method) does: each
    // character one key event (QTest::keyClicks takes only ASCII).
    static void typeText(QWidget *widget, const QString &text)
    {
        for (const QChar c : text)
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }

    void fill(const QString &name, const QString &content, domain::SmsType type,
              int international = 0)
    {
        m_editor->marketBox()->setCurrentIndex(m_editor->marketBox()->findData(international));
        m_editor->typeBox()->setCurrentIndex(
            m_editor->typeBox()->findData(domain::smsTypeCode(type)));
        m_editor->nameEdit()->setFocus();
        m_editor->nameEdit()->selectAll();
        QTest::keyClick(m_editor->nameEdit(), Qt::Key_Delete);
        typeText(m_editor->nameEdit(), name);
        m_editor->contentEdit()->setFocus();
        m_editor->contentEdit()->selectAll();
        QTest::keyClick(m_editor->contentEdit(), Qt::Key_Delete);
        // Typed, so that every keystroke runs the checks as it would.
        typeText(m_editor->contentEdit(), content);
    }

    QString shownProblems() const
    {
        QString shown;
        for (QLabel *label : {m_editor->nameProblemsLabel(), m_editor->contentProblemsLabel()}) {
            if (label->isVisibleTo(m_editor.get()))
                shown += label->text();
        }
        return shown;
    }

private Q_SLOTS:
    void init()
    {
        m_harness = std::make_unique<sandboxtest::Harness>();
        m_harness->addStandardFixtures();
        m_session = std::make_unique<ReviewTestSession>(m_harness->api());
        const ReviewStore::Options options {ReviewStore::Loading::OnRequest, m_dir.path()};
        m_templates = std::make_unique<review::TemplateStore>(*m_session, options);
        m_signatures = std::make_unique<review::SignatureStore>(*m_session, options);
        QVERIFY(waitFor(m_templates->load()).succeeded());
        QVERIFY(waitFor(m_signatures->load()).succeeded());
        m_editor = std::make_unique<TemplateEditor>(*m_templates, m_signatures.get());
        m_editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
    }

    void cleanup()
    {
        m_editor.reset();
        m_signatures.reset();
        m_templates.reset();
        m_session.reset();
        m_harness.reset();
    }

    void anEmptyFormCannotBeSubmitted()
    {
        QVERIFY(!m_editor->okButton()->isEnabled());
        QVERIFY(shownProblems().contains(QStringLiteral("MissingParameter")));
        QVERIFY(shownProblems().contains(QStringLiteral("ContentLengthLimit")));
    }

    void eachCheckIsVisible_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("content");
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("international");
        QTest::addColumn<QString>("code");
        // What the highlighter underlines (start, length), or -1 for none.
        QTest::addColumn<int>("markStart");
        QTest::addColumn<int>("markLength");

        const int notice = int(domain::SmsType::Notification);
        QTest::newRow("no name") << QString() << QStringLiteral("订单{1}已发货。") << notice << 0
                                 << QStringLiteral("MissingParameter") << -1 << 0;
        QTest::newRow("too long") << QStringLiteral("长") << QString(501, u'长') << notice << 0
                                  << QStringLiteral("InvalidParameterValue.ContentLengthLimit")
                                  << 500 << 1;
        QTest::newRow("named variable")
            << QStringLiteral("n") << QStringLiteral("您好{name}，订单已发货。") << notice << 0
            << QStringLiteral("InvalidParameterValue.InvalidTemplateFormat") << 2 << 6;
        QTest::newRow("gap") << QStringLiteral("n") << QStringLiteral("订单{1}于{3}发货。")
                             << notice << 0
                             << QStringLiteral("InvalidParameterValue.InvalidTemplateFormat") << -1
                             << 0;
        QTest::newRow("signature brackets")
            << QStringLiteral("n") << QStringLiteral("【沙盒科技】订单{1}已发货。") << notice << 0
            << QStringLiteral("InvalidParameterValue.InvalidTemplateFormat") << 0 << 1;
        QTest::newRow("code without variable")
            << QStringLiteral("n") << QStringLiteral("您的验证码已发送。")
            << int(domain::SmsType::VerificationCode) << 0
            << QStringLiteral("InvalidParameterValue.InvalidTemplateFormat") << -1 << 0;
        QTest::newRow("variable in address")
            << QStringLiteral("n") << QStringLiteral("详情见 https://example.com/{1} 。") << notice
            << 0 << QStringLiteral("InvalidParameterValue.ProhibitedUseUrlInTemplateParameter") << 4
            << 23;
        QTest::newRow("marketing without opt-out")
            << QStringLiteral("n") << QStringLiteral("春季大促，全场{1}折起。")
            << int(domain::SmsType::Marketing) << 0
            << QStringLiteral("InvalidParameterValue.MarketingTemplateWithoutUnsubscribe") << -1
            << 0;
    }

    void eachCheckIsVisible()
    {
        QFETCH(QString, name);
        QFETCH(QString, content);
        QFETCH(int, type);
        QFETCH(int, international);
        QFETCH(QString, code);
        QFETCH(int, markStart);
        QFETCH(int, markLength);

        fill(name, content, domain::SmsType(type), international);
        QVERIFY2(review::codesOf(m_editor->problems()).contains(code),
                 qPrintable(review::codesOf(m_editor->problems()).join(u' ')));
        QVERIFY2(shownProblems().contains(code), qPrintable(shownProblems()));
        for (const review::CheckProblem &p : m_editor->problems())
            QVERIFY(shownProblems().contains(p.message.toHtmlEscaped()));
        QVERIFY(!m_editor->okButton()->isEnabled());

        const auto marks = m_editor->highlighter()->problemRanges();
        if (markStart >= 0) {
            const ui::TemplateHighlighter::Range expected {markStart, markLength};
            QVERIFY2(marks.contains(expected), qPrintable(QString::number(marks.size())));
        } else {
            QVERIFY(marks.isEmpty());
        }

        // Neither a click nor Enter nor accept() sends it.
        QTest::mouseClick(m_editor->okButton(), Qt::LeftButton);
        m_editor->nameEdit()->setFocus();
        QTest::keyClick(m_editor->nameEdit(), Qt::Key_Return);
        m_editor->accept();
        QTest::qWait(50);
        QVERIFY(!m_editor->isSubmitting());
        QVERIFY(m_editor->isVisible());
        QCOMPARE(adds(), 0);
    }

    void aFixedFormIsSentOnce()
    {
        fill(QStringLiteral("发货通知"), QStringLiteral("订单{1}于{3}发货。"),
             domain::SmsType::Notification);
        m_editor->accept();
        QCOMPARE(adds(), 0);

        QSignalSpy saved(m_editor.get(), &TemplateEditor::saved);
        fill(QStringLiteral("发货通知"), QStringLiteral("订单{1}于{2}发货。"),
             domain::SmsType::Notification);
        QVERIFY(m_editor->problems().isEmpty());
        QVERIFY(!m_editor->contentProblemsLabel()->isVisibleTo(m_editor.get()));
        QVERIFY(m_editor->okButton()->isEnabled());
        QTest::mouseClick(m_editor->okButton(), Qt::LeftButton);
        QVERIFY(m_editor->isSubmitting());
        QVERIFY(!m_editor->okButton()->isEnabled());
        QVERIFY(saved.wait(20000));
        QCOMPARE(adds(), 1);
        QCOMPARE(m_editor->result(), int(QDialog::Accepted));
        const qint64 id = saved.first().first().toLongLong();
        const auto record = m_templates->record(id);
        QVERIFY(record);
        QCOMPARE(record->content(), QStringLiteral("订单{1}于{2}发货。"));
        QCOMPARE(record->smsType(), domain::smsTypeCode(domain::SmsType::Notification));
    }

    void aRefusedChangeStaysInTheForm()
    {
        // The service's own refusal: a modification of a template it does
        // not hold (deleted elsewhere since the list was loaded).
        review::TemplateRecord gone;
        gone.listed.templateId = 999999;
        gone.listed.templateName = QStringLiteral("gone");
        gone.listed.templateContent = QStringLiteral("订单{1}已发货。");
        gone.listed.status = domain::ReviewStatus::Rejected;
        gone.listed.statusCode = -1;
        m_editor->setRecord(gone);
        QVERIFY(m_editor->okButton()->isEnabled());
        QSignalSpy explain(m_editor.get(), &TemplateEditor::explainRequested);
        m_editor->accept();
        QTRY_VERIFY_WITH_TIMEOUT(!m_editor->isSubmitting(), 20000);
        QVERIFY(m_editor->isVisible());
        QVERIFY(m_editor->messageBar()->isVisibleTo(m_editor.get()));
        QVERIFY(m_editor->okButton()->isEnabled());
        QCOMPARE(m_harness->server().requestCount(QStringLiteral("ModifySmsTemplate")), 1);
        m_editor->messageBar()->buttons().first()->click();
        QCOMPARE(explain.size(), 1);
        QCOMPARE(explain.first().first().value<api::ApiError>().code(),
                 QStringLiteral("FailedOperation.MissingTemplateToModify"));
    }

    void anApprovedTemplateCannotBeModified()
    {
        m_editor->setRecord(*m_templates->record(m_harness->domesticNotice));
        QVERIFY(!m_editor->marketBox()->isEnabled());
        QVERIFY(shownProblems().contains(QStringLiteral("TemplateAlreadyPassedCheck")));
        QVERIFY(!m_editor->okButton()->isEnabled());
        m_editor->accept();
        QCOMPARE(m_harness->server().requestCount(QStringLiteral("ModifySmsTemplate")), 0);
    }

    void theOptOutIsAppendedInOneClick()
    {
        fill(QStringLiteral("大促"), QStringLiteral("春季大促，全场{1}折起"),
             domain::SmsType::Marketing);
        QPushButton *append = m_editor->appendUnsubscribeButton();
        QVERIFY(append->isVisibleTo(m_editor.get()));
        QVERIFY(append->text().contains(review::TemplateChecks::unsubscribeText()));
        QTest::mouseClick(append, Qt::LeftButton);
        QCOMPARE(m_editor->contentEdit()->toPlainText(),
                 QStringLiteral("春季大促，全场{1}折起。拒收请回复R"));
        QVERIFY(m_editor->problems().isEmpty());
        QVERIFY(!append->isVisibleTo(m_editor.get()));
        QVERIFY(m_editor->okButton()->isEnabled());
        // One undo takes it back.
        m_editor->contentEdit()->undo();
        QCOMPARE(m_editor->contentEdit()->toPlainText(), QStringLiteral("春季大促，全场{1}折起"));

        // Not offered where the service does not ask for it.
        fill(QStringLiteral("Sale"), QStringLiteral("Spring sale: {1} off"),
             domain::SmsType::Marketing, 1);
        QVERIFY(!append->isVisibleTo(m_editor.get()));
        fill(QStringLiteral("通知"), QStringLiteral("订单{1}已发货"),
             domain::SmsType::Notification);
        QVERIFY(!append->isVisibleTo(m_editor.get()));
    }

    void previewOfAChineseText()
    {
        fill(QStringLiteral("验证码"), QStringLiteral("您的验证码为{1}，5分钟内有效。"),
             domain::SmsType::VerificationCode);
        // The placeholder first, then the usable mainland signature.
        QCOMPARE(m_editor->signatureBox()->count(), 2);
        m_editor->signatureBox()->setCurrentIndex(
            m_editor->signatureBox()->findData(QStringLiteral("沙盒科技")));
        const ui::TemplatePreview *preview = m_editor->preview();
        QCOMPARE(preview->messageText(),
                 QStringLiteral("【沙盒科技】您的验证码为123456，5分钟内有效。"));
        QCOMPARE(preview->length().characters, 26);
        QCOMPARE(preview->length().segments, 1);
        QVERIFY(preview->lengthLabel()->text().contains(QStringLiteral("26")));

        // 6 + 65 + 6: one character past a single message, so 67 each.
        fill(QStringLiteral("通知"), QString(65, u'好') + QStringLiteral("{1}"),
             domain::SmsType::Notification);
        QCOMPARE(preview->length().characters, 77);
        QCOMPARE(preview->length().segments, 2);
        QVERIFY(preview->lengthLabel()->text().contains(QStringLiteral("77")));
        QVERIFY(preview->lengthLabel()->text().contains(QStringLiteral(": 2")));
    }

    void previewOfAGsm7Text()
    {
        fill(QStringLiteral("Code"), QStringLiteral("Your code is {1}. It expires in 5 minutes."),
             domain::SmsType::VerificationCode, 1);
        const ui::TemplatePreview *preview = m_editor->preview();
        // International messages go out as written, without a signature.
        QVERIFY(!m_editor->signatureBox()->isEnabled());
        QCOMPARE(preview->messageText(),
                 QStringLiteral("Your code is 123456. It expires in 5 minutes."));
        QCOMPARE(preview->length().encoding, domain::SmsLength::Encoding::Gsm7);
        QCOMPARE(preview->length().characters, 45);
        QCOMPARE(preview->length().segments, 1);
        QVERIFY(preview->lengthLabel()->text().contains(QStringLiteral("GSM-7")));

        // 161 septets: two segments of 153.
        fill(QStringLiteral("Long"), QString(155, u'a') + QStringLiteral("{1}"),
             domain::SmsType::Notification, 1);
        QCOMPARE(preview->length().characters, 161);
        QCOMPARE(preview->length().segments, 2);

        // One character outside GSM-7 makes it UCS-2, and the label names it.
        fill(QStringLiteral("Code"), QStringLiteral("Votre code : {1}. Prêt ?"),
             domain::SmsType::VerificationCode, 1);
        QCOMPARE(preview->length().encoding, domain::SmsLength::Encoding::Ucs2);
        QVERIFY(preview->lengthLabel()->text().contains(QStringLiteral("UCS-2")));
        QVERIFY(preview->lengthLabel()->text().contains(QStringLiteral("\u00ea")));
    }
};

QTEST_MAIN(tst_TemplateEditor)
#include "tst_templateeditor.moc"
