// SPDX-License-Identifier: GPL-3.0-or-later
// TemplateStore against a real sandbox: what is its own beside
// SignatureStore (whose tests cover the shared loading, refreshing and
// profile handling): templates for both markets held once, the SmsType
// remembered since the list does not return it, and add / modify / delete
// with the service's string id of a new template.

#include "ReviewTestSession.h"
#include "SandboxHarness.h"
#include "review/ReviewTexts.h"
#include "review/TemplateStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sms;
using review::ReviewStore;
using review::TemplateStore;

class tst_TemplateStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<sandboxtest::Harness> m_harness;
    std::unique_ptr<ReviewTestSession> m_session;
    std::unique_ptr<TemplateStore> m_store;

    static domain::TemplateApplication code()
    {
        domain::TemplateApplication a;
        a.templateName = QStringLiteral("登录验证码");
        a.templateContent = QStringLiteral("您的登录验证码为{1}，{2}分钟内有效。");
        a.smsType = 3;
        a.international = 0;
        a.remark = QStringLiteral("Sign-in");
        return a;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_harness = std::make_unique<sandboxtest::Harness>();
        m_harness->addSign(QStringLiteral("沙盒科技"));
        m_session = std::make_unique<ReviewTestSession>(m_harness->api());
        m_store = std::make_unique<TemplateStore>(
            *m_session, ReviewStore::Options {ReviewStore::Loading::OnRequest, m_dir->path()});
    }

    void cleanup()
    {
        m_store.reset();
        m_session.reset();
        m_harness.reset();
        m_dir.reset();
    }

    void bothMarketsAreHeldOnce()
    {
        for (int i = 0; i < 130; ++i)
            m_harness->addTemplate(QStringLiteral("通知%1：订单{1}已发货。").arg(i));
        for (int i = 0; i < 5; ++i)
            m_harness->addTemplate(QStringLiteral("Both %1: code {1}").arg(i), 3, 3);
        for (int i = 0; i < 3; ++i)
            m_harness->addTemplate(QStringLiteral("Global %1: code {1}").arg(i), 3, 1);

        QVERIFY(waitFor(m_store->load()).succeeded());
        QCOMPARE(m_store->records().size(), 138);
        // Domestic: 135 in two pages; international: 8 in one.
        QCOMPARE(m_harness->server().requestCount(QStringLiteral("DescribeSmsTemplateList")), 3);
        int both = 0;
        for (const review::TemplateRecord &r : m_store->records())
            both += r.market() == domain::Market::Both ? 1 : 0;
        QCOMPARE(both, 5);
        // A template for both markets is polled with the domestic ones.
        QCOMPARE(m_store->underReview(domain::Market::Domestic).size(), 0);
    }

    void addModifyDelete()
    {
        m_harness->settings().reviewDelaySeconds = 600;
        QVERIFY(waitFor(m_store->load()).succeeded());
        const JobOutcome added = waitFor(m_store->add(code()));
        QVERIFY2(added.succeeded(), qPrintable(added.error.summary()));
        QVERIFY(m_harness->state().templates.contains(added.id));
        const auto record = m_store->record(added.id);
        QVERIFY(record);
        QCOMPARE(record->content(), code().templateContent);
        QCOMPARE(record->smsType(), 3);
        QCOMPARE(review::ReviewTexts::smsTypeText(record->smsType()),
                 QStringLiteral("Verification code"));
        QCOMPARE(m_store->underReview(domain::Market::Domestic), QList<qint64> {added.id});
        QTRY_VERIFY(!m_store->isBusy());

        auto changed = code();
        changed.templateContent = QStringLiteral("您的验证码为{1}，请勿告诉他人。");
        QVERIFY(waitFor(m_store->modify(added.id, changed)).succeeded());
        QCOMPARE(m_store->record(added.id)->content(), changed.templateContent);
        QCOMPARE(m_harness->state().templates.value(added.id).content, changed.templateContent);
        QTRY_VERIFY(!m_store->isBusy());
        QCOMPARE(m_store->record(added.id)->content(), changed.templateContent);

        QVERIFY(waitFor(m_store->remove(added.id)).succeeded());
        QVERIFY(!m_store->record(added.id));
        QVERIFY(!m_harness->state().templates.contains(added.id));
    }

    void typeOfTemplatesFromElsewhereIsUnknown()
    {
        const qint64 foreign = m_harness->addTemplate(QStringLiteral("订单{1}已发货。"));
        const JobOutcome added = waitFor(m_store->add(code()));
        QVERIFY(added.succeeded());
        QTRY_VERIFY(!m_store->isBusy());

        TemplateStore next(*m_session, {ReviewStore::Loading::OnRequest, m_dir->path()});
        QVERIFY(waitFor(next.load()).succeeded());
        QCOMPARE(next.record(added.id)->smsType(), 3);
        QVERIFY(!next.record(foreign)->smsType());
        QCOMPARE(review::ReviewTexts::smsTypeText(next.record(foreign)->smsType()),
                 review::ReviewTexts::unknownText());
    }

    void deleteOfWhatTheServiceNoLongerHolds()
    {
        const qint64 id = m_harness->addTemplate(QStringLiteral("订单{1}已发货。"));
        QVERIFY(waitFor(m_store->load()).succeeded());
        m_harness->state().templates.remove(id);
        QSignalSpy failed(m_store.get(), &ReviewStore::failed);
        const JobOutcome outcome = waitFor(m_store->remove(id));
        QCOMPARE(outcome.error.code(), QStringLiteral("FailedOperation.TemplateIdNotExist"));
        QVERIFY(!m_store->record(id));
        QCOMPARE(failed.size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_TemplateStore)
#include "tst_templatestore.moc"
