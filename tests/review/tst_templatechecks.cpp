// SPDX-License-Identifier: GPL-3.0-or-later
// The local checks of a template application, each rule valid and invalid:
// a refused form sends nothing (the sandbox counts every request it
// received), every accepted form is accepted by the sandbox, and where the
// sandbox enforces the same rule it answers the code the checks predicted.
// Plus what the editor uses: the opt-out text, the variables, samples.

#include "ReviewTestSession.h"
#include "SandboxHarness.h"
#include "domain/SmsLength.h"
#include "errors/ErrorCatalog.h"
#include "review/TemplateChecks.h"
#include "review/TemplateStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sms;
using review::CheckProblems;
using review::TemplateChecks;

Q_DECLARE_METATYPE(sms::domain::TemplateApplication)
Q_DECLARE_METATYPE(sms::domain::ReviewStatus)

namespace {
domain::TemplateApplication notice(const QString &content
                                   = QStringLiteral("您好{1}，您的订单{2}已发货。"))
{
    domain::TemplateApplication a;
    a.templateName = QStringLiteral("发货通知");
    a.templateContent = content;
    a.smsType = 2;
    a.international = 0;
    a.remark = QStringLiteral("Sent when an order ships");
    return a;
}

domain::TemplateApplication of(qint64 smsType, qint64 international, const QString &content)
{
    auto a = notice(content);
    a.smsType = smsType;
    a.international = international;
    return a;
}

// What the sandbox does with a form the checks refuse.
enum class Sandbox { SameCode, Accepts };
} // namespace

Q_DECLARE_METATYPE(Sandbox)

class tst_TemplateChecks : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<sandboxtest::Harness> m_harness;
    std::unique_ptr<ReviewTestSession> m_session;
    std::unique_ptr<review::TemplateStore> m_store;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_harness = std::make_unique<sandboxtest::Harness>();
        // The service wants a signature before the first template.
        m_harness->addSign(QStringLiteral("沙盒科技"));
        m_session = std::make_unique<ReviewTestSession>(m_harness->api());
        m_store = std::make_unique<review::TemplateStore>(
            *m_session,
            review::ReviewStore::Options {review::ReviewStore::Loading::OnRequest, m_dir->path()});
    }

    void cleanup()
    {
        m_store.reset();
        m_session.reset();
        m_harness.reset();
        m_dir.reset();
    }

    void refusedForms_data()
    {
        QTest::addColumn<domain::TemplateApplication>("application");
        QTest::addColumn<QStringList>("codes");
        QTest::addColumn<Sandbox>("sandbox");
        const QString format = QStringLiteral("InvalidParameterValue.InvalidTemplateFormat");
        const QString length = QStringLiteral("InvalidParameterValue.ContentLengthLimit");

        auto a = notice();
        a.templateName = QStringLiteral("  ");
        QTest::newRow("no name") << a << QStringList {QStringLiteral("MissingParameter")}
                                 << Sandbox::Accepts;
        for (const int type : {-1, 0, 4}) {
            a = notice();
            a.smsType = type;
            QTest::addRow("SmsType %d", type)
                << a << QStringList {QStringLiteral("InvalidParameterValue.InvalidSmsType")}
                << (type == 0 ? Sandbox::Accepts : Sandbox::SameCode);
        }
        a = notice();
        a.international = 3;
        QTest::newRow("International 3")
            << a << QStringList {QStringLiteral("InvalidParameterValue.InvalidInternational")}
            << Sandbox::SameCode;

        QTest::newRow("empty") << notice(QString()) << QStringList {length} << Sandbox::SameCode;
        QTest::newRow("spaces only")
            << notice(QStringLiteral(" \n ")) << QStringList {length} << Sandbox::SameCode;
        QTest::newRow("501 Chinese characters")
            << notice(QString(501, QChar(u'字'))) << QStringList {length} << Sandbox::SameCode;
        // 250 emoji are 500 UTF-16 units, one more is over.
        QString emoji;
        for (int i = 0; i < 251; ++i)
            emoji += QStringLiteral("\U0001F600");
        QTest::newRow("251 emoji") << notice(emoji) << QStringList {length} << Sandbox::SameCode;
        // GSM-7 extension characters count twice: 300 are 600 septets,
        // though only 300 characters.
        QTest::newRow("300 braces of GSM-7 text")
            << of(2, 1, QString(300, QLatin1Char('['))) << QStringList {length} << Sandbox::Accepts;

        QTest::newRow("named variable") << notice(QStringLiteral("您好{name}，订单已发货。"))
                                        << QStringList {format} << Sandbox::SameCode;
        QTest::newRow("variable 0")
            << notice(QStringLiteral("验证码{0}。")) << QStringList {format} << Sandbox::SameCode;
        QTest::newRow("empty braces") << notice(QStringLiteral("您好{}，订单已发货。"))
                                      << QStringList {format} << Sandbox::SameCode;
        QTest::newRow("gap") << notice(QStringLiteral("您好{1}，订单{3}已发货。"))
                             << QStringList {format} << Sandbox::SameCode;
        QTest::newRow("not from 1") << notice(QStringLiteral("订单{2}已发货。"))
                                    << QStringList {format} << Sandbox::SameCode;
        QTest::newRow("leading zero") << notice(QStringLiteral("订单{01}已发货。"))
                                      << QStringList {format} << Sandbox::Accepts;
        QTest::newRow("signature inside")
            << notice(QStringLiteral("【沙盒科技】您的订单{1}已发货。")) << QStringList {format}
            << Sandbox::Accepts;
        QTest::newRow("verification code without a variable")
            << of(3, 0, QStringLiteral("您的验证码已发送，请查收。")) << QStringList {format}
            << Sandbox::Accepts;

        const QString url
            = QStringLiteral("InvalidParameterValue.ProhibitedUseUrlInTemplateParameter");
        QTest::newRow("variable in a link's path")
            << notice(QStringLiteral("订单详情：https://shop.example.cn/o/{1} 请查收"))
            << QStringList {url} << Sandbox::Accepts;
        QTest::newRow("variable as the host") << notice(QStringLiteral("点击http://{1}查看"))
                                              << QStringList {url} << Sandbox::Accepts;
        QTest::newRow("variable before the domain")
            << of(2, 1, QStringLiteral("Visit {1}.example.com to track it.")) << QStringList {url}
            << Sandbox::Accepts;
        QTest::newRow("www and a variable")
            << notice(QStringLiteral("详见www.{1}.cn。")) << QStringList {url} << Sandbox::Accepts;

        const QString unsubscribe
            = QStringLiteral("InvalidParameterValue.MarketingTemplateWithoutUnsubscribe");
        QTest::newRow("marketing without opt-out")
            << of(1, 0, QStringLiteral("春季大促，全场{1}折起。")) << QStringList {unsubscribe}
            << Sandbox::SameCode;
        QTest::newRow("opt-out not at the end")
            << of(1, 0, QStringLiteral("拒收请回复R。春季大促，全场{1}折起。"))
            << QStringList {unsubscribe} << Sandbox::SameCode;

        QTest::newRow("several problems")
            << of(1, 0, QStringLiteral("【沙盒】春季大促{2}"))
            << QStringList {format, format, unsubscribe} << Sandbox::SameCode;
    }

    void refusedForms()
    {
        QFETCH(domain::TemplateApplication, application);
        QFETCH(QStringList, codes);
        QFETCH(Sandbox, sandbox);

        const CheckProblems problems = TemplateChecks::check(application);
        QCOMPARE(review::codesOf(problems), codes);
        for (const review::CheckProblem &problem : problems) {
            QVERIFY(!problem.message.isEmpty());
            QVERIFY(!problem.field.isEmpty());
            QVERIFY2(errors::ErrorCatalog::isKnown(problem.code), qPrintable(problem.code));
        }

        const JobOutcome outcome = waitFor(m_store->add(application));
        QCOMPARE(outcome.error.kind(), api::ApiError::Kind::LocalCheck);
        QCOMPARE(outcome.error.code(), codes.first());
        QCOMPARE(outcome.error.action(), QStringLiteral("AddSmsTemplate"));
        QCOMPARE(outcome.problems, problems);
        QCOMPARE(m_harness->server().requestCount(), 0);

        domain::AddSmsTemplateRequest raw;
        static_cast<domain::TemplateApplication &>(raw) = application;
        auto *reply = m_harness->api().addSmsTemplate(raw);
        SB_WAIT(reply);
        if (sandbox == Sandbox::SameCode)
            QCOMPARE(reply->error().code(), codes.first());
        else
            QVERIFY2(reply->succeeded(), qPrintable(reply->error().summary()));
        reply->deleteLater();
    }

    void acceptedForms_data()
    {
        QTest::addColumn<domain::TemplateApplication>("application");
        QTest::newRow("notification") << notice();
        QTest::newRow("no variables") << notice(QStringLiteral("您的订单已发货，请注意查收。"));
        QTest::newRow("a variable twice")
            << notice(QStringLiteral("{1}您好，{1}的订单{2}已发货。"));
        QTest::newRow("verification code")
            << of(3, 0, QStringLiteral("您的验证码为{1}，{2}分钟内有效。"));
        QTest::newRow("marketing with opt-out")
            << of(1, 0, QStringLiteral("沙盒商城春季大促，全场{1}折起。拒收请回复R"));
        QTest::newRow("marketing, other opt-out")
            << of(1, 0, QStringLiteral("沙盒商城春季大促，全场{1}折起，回T退订。"));
        QTest::newRow("international marketing")
            << of(1, 1, QStringLiteral("Spring sale: {1} off everything in our shop!"));
        QTest::newRow("international code")
            << of(3, 1, QStringLiteral("Your SandboxTech code is {1}."));
        QTest::newRow("500 characters") << notice(QString(500, QChar(u'字')));
        QTest::newRow("a lone brace") << notice(QStringLiteral("优惠{1}元起 :-{ 欢迎选购。"));
        QTest::newRow("variable beside a sentence") << notice(QStringLiteral("订单{1}.已发货。"));
    }

    void acceptedForms()
    {
        QFETCH(domain::TemplateApplication, application);
        const CheckProblems problems = TemplateChecks::check(application);
        QVERIFY2(problems.isEmpty(), qPrintable(review::codesOf(problems).join(u',')));
        const JobOutcome outcome = waitFor(m_store->add(application));
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.error.summary()));
        QCOMPARE(m_harness->server().requestCount(QStringLiteral("AddSmsTemplate")), 1);
        QCOMPARE(m_harness->state().templates.value(outcome.id).content,
                 application.templateContent);
    }

    void withUnsubscribe_data()
    {
        QTest::addColumn<QString>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("after text")
            << QStringLiteral("全场{1}折起") << QStringLiteral("全场{1}折起。拒收请回复R");
        QTest::newRow("after a full stop")
            << QStringLiteral("全场{1}折起。") << QStringLiteral("全场{1}折起。拒收请回复R");
        QTest::newRow("trailing spaces")
            << QStringLiteral("全场{1}折起！  \n") << QStringLiteral("全场{1}折起！拒收请回复R");
        QTest::newRow("already there")
            << QStringLiteral("全场{1}折起，退订回T") << QStringLiteral("全场{1}折起，退订回T");
        QTest::newRow("empty") << QString() << QStringLiteral("拒收请回复R");
    }

    void withUnsubscribe()
    {
        QFETCH(QString, content);
        QFETCH(QString, expected);
        QCOMPARE(TemplateChecks::withUnsubscribe(content), expected);
        QVERIFY(TemplateChecks::hasUnsubscribe(expected));
        // What the editor offers fixes the refusal.
        if (!content.trimmed().isEmpty()) {
            const auto fixed = of(1, 0, TemplateChecks::withUnsubscribe(content));
            QVERIFY(TemplateChecks::check(fixed).isEmpty());
        }
    }

    void variablesForHighlighting()
    {
        const QString content = QStringLiteral("您好{1}，{name}的订单{2}于{1}发货{}");
        const QList<TemplateChecks::Variable> found = TemplateChecks::variables(content);
        QCOMPARE(found.size(), 5);
        QCOMPARE(found.at(0), (TemplateChecks::Variable {2, 3, 1}));
        QCOMPARE(found.at(1), (TemplateChecks::Variable {6, 6, 0}));
        QCOMPARE(found.at(2).number, 2);
        QCOMPARE(content.mid(found.at(3).start, found.at(3).length), QStringLiteral("{1}"));
        QCOMPARE(found.at(4).number, 0);
    }

    void sampleParameters()
    {
        const QString content = QStringLiteral("验证码{1}，{2}分钟内有效");
        const QStringList code = TemplateChecks::sampleParameters(content, 3, 0);
        QCOMPARE(code, (QStringList {QStringLiteral("123456"), QStringLiteral("123456")}));
        // As many as the template has variables, each as long as allowed.
        const QStringList notice = TemplateChecks::sampleParameters(content, 2, 0);
        QCOMPARE(notice.size(), domain::SmsLength::variableCount(content));
        for (const QString &s : notice)
            QCOMPARE(s.size(), 6);
        // International samples keep a GSM-7 message GSM-7.
        const QString english = QStringLiteral("Hi {1}, order {2} ships today.");
        const QString rendered = domain::SmsLength::renderTemplate(
            english, TemplateChecks::sampleParameters(english, 2, 1));
        QCOMPARE(domain::SmsLength::measure(rendered, domain::SmsLength::Destination::International)
                     .encoding,
                 domain::SmsLength::Encoding::Gsm7);
        QVERIFY(TemplateChecks::sampleParameters(QStringLiteral("no variables"), 2, 0).isEmpty());
    }

    void modify_data()
    {
        QTest::addColumn<domain::ReviewStatus>("status");
        QTest::addColumn<int>("international"); // of the template held
        QTest::addColumn<QString>("code"); // empty: allowed
        QTest::addColumn<bool>("blocked"); // whatever the form says
        const QString passed = QStringLiteral("FailedOperation.TemplateAlreadyPassedCheck");
        const QString market = QStringLiteral("InvalidParameterValue.InvalidInternational");
        QTest::newRow("approved") << domain::ReviewStatus::Approved << 0 << passed << true;
        QTest::newRow("approved, not in effect yet")
            << domain::ReviewStatus::ApprovedPending << 0 << passed << true;
        QTest::newRow("for both markets") << domain::ReviewStatus::Rejected << 3 << market << true;
        QTest::newRow("to another market")
            << domain::ReviewStatus::Rejected << 1 << market << false;
        QTest::newRow("under review")
            << domain::ReviewStatus::UnderReview << 0 << QString() << false;
        QTest::newRow("rejected") << domain::ReviewStatus::Rejected << 0 << QString() << false;
    }

    void modify()
    {
        QFETCH(domain::ReviewStatus, status);
        QFETCH(int, international);
        QFETCH(QString, code);
        QFETCH(bool, blocked);
        const qint64 id = m_harness->addTemplate(QStringLiteral("旧的{1}"), 2, international,
                                                 sandbox::ReviewStatusCode(int(status)));
        QVERIFY(waitFor(m_store->load()).succeeded());
        const auto record = m_store->record(id);
        QVERIFY(record);
        const auto application = notice(); // a mainland notification
        QCOMPARE(review::codesOf(TemplateChecks::checkModify(application, *record)),
                 code.isEmpty() ? QStringList() : QStringList {code});
        QCOMPARE(TemplateChecks::modifyBlocker(*record).has_value(), blocked);

        const JobOutcome outcome = waitFor(m_store->modify(id, application));
        if (code.isEmpty()) {
            QVERIFY2(outcome.succeeded(), qPrintable(outcome.error.summary()));
            QCOMPARE(m_harness->state().templates.value(id).content, application.templateContent);
            return;
        }
        QCOMPARE(outcome.error.kind(), api::ApiError::Kind::LocalCheck);
        QCOMPARE(outcome.error.code(), code);
        QCOMPARE(m_harness->server().requestCount(QStringLiteral("ModifySmsTemplate")), 0);
        domain::ModifySmsTemplateRequest raw;
        static_cast<domain::TemplateApplication &>(raw) = application;
        raw.templateId = id;
        auto *reply = m_harness->api().modifySmsTemplate(raw);
        SB_WAIT(reply);
        QCOMPARE(reply->error().code(), code);
        reply->deleteLater();
    }
};

QTEST_GUILESS_MAIN(tst_TemplateChecks)
#include "tst_templatechecks.moc"
