// SPDX-License-Identifier: GPL-3.0-or-later
// SingleSend against a sandbox on 127.0.0.1: one message becomes a
// single-message campaign with one recipient in the journal, accepted with
// its SerialNo; pre-flight refuses before anything is sent; the service's
// refusal is the result; the opt-out list is checked at send time.

#include "HistoryTestFixture.h"
#include "history/SingleSend.h"
#include "store/CampaignKind.h"
#include "store/OptOutList.h"

#include <QTest>

using namespace sms;
using history::SingleSend;
using sandboxtest::cn;

class tst_SingleSend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_f = std::make_unique<historytest::Fixture>();
        QVERIFY(m_f->opened);
    }

    void cleanup() { m_f.reset(); }

    void oneMessageIsJournaledAndAccepted()
    {
        SingleSend send(m_f->sandbox->api(), *m_f->database);
        QVERIFY(run(send, message(QStringLiteral("13800136001"))));
        QVERIFY2(!send.error().isError(), qPrintable(send.error().summary()));
        QCOMPARE(send.recipient().state, store::RecipientState::Accepted);
        QCOMPARE(send.recipient().phone, QStringLiteral("+8613800136001"));
        QVERIFY(!send.recipient().serialNo.isEmpty());
        QCOMPARE(
            m_f->count(
                QStringLiteral("SELECT kind FROM campaigns WHERE id = %1").arg(send.campaignId())),
            int(store::CampaignKind::SingleMessage));
        QCOMPARE(m_f->journal->counts(send.campaignId()).total(), 1);
        QCOMPARE(m_f->count(QStringLiteral("SELECT sent_at > 0 FROM recipients")), 1);
        QCOMPARE(m_f->sandbox->server().requestCount(QStringLiteral("SendSms")), 1);
        QCOMPARE(m_f->sandbox->state().sendBySerial.contains(send.recipient().serialNo), true);
    }

    void preflightRefusesBeforeAnythingIsSent()
    {
        SingleSend send(m_f->sandbox->api(), *m_f->database);
        SingleSend::Message m = message(QStringLiteral("13800136002"));
        m.parameters = {QStringLiteral("张三")}; // the template has two variables
        QVERIFY(!send.start(m));
        QCOMPARE(send.error().kind(), api::ApiError::Kind::LocalCheck);
        QCOMPARE(send.error().code(),
                 QStringLiteral("FailedOperation.TemplateParamSetNotMatchApprovedTemplate"));
        QCOMPARE(send.problems().size(), 1);

        store::OptOutList(*m_f->database).add(QStringLiteral("+8613800136003"));
        QVERIFY(!send.start(message(QStringLiteral("13800136003"))));
        QCOMPARE(send.error().code(), QStringLiteral("FailedOperation.PhoneNumberInBlacklist"));

        SingleSend::Message unapproved = message(QStringLiteral("13800136004"));
        unapproved.templateFacts.status = domain::ReviewStatus::Rejected;
        const SingleSend::Check check = SingleSend::check(unapproved);
        QVERIFY(!check.canSend());
        QVERIFY(check.recipient.isSendable()); // the number itself is fine
        QCOMPARE(m_f->sandbox->server().requestCount(), 0);
        QCOMPARE(m_f->count(QStringLiteral("SELECT COUNT(*) FROM campaigns")), 0);
    }

    void theServicesRefusalIsTheResult()
    {
        // A second message to the same number within 30 seconds.
        SingleSend send(m_f->sandbox->api(), *m_f->database);
        QVERIFY(run(send, message(QStringLiteral("13800136005"))));
        QVERIFY(!send.error().isError());
        QVERIFY(run(send, message(QStringLiteral("13800136005"))));
        QCOMPARE(send.recipient().state, store::RecipientState::Refused);
        QCOMPARE(send.error().kind(), api::ApiError::Kind::Service);
        QVERIFY(send.error().code().startsWith(QLatin1String("LimitExceeded.")));
        QCOMPARE(m_f->count(QStringLiteral("SELECT COUNT(*) FROM campaigns WHERE kind = 1")), 2);
    }

    void thePreviewShowsTheMessageAsSent()
    {
        const SingleSend::Check check = SingleSend::check(message(QStringLiteral("13800136006")));
        QVERIFY(check.canSend());
        QCOMPARE(check.preview.text, QStringLiteral("【沙盒科技】您好张三，您的订单A1已发货。"));
        QCOMPARE(check.preview.length.segments, 1);
    }

private:
    SingleSend::Message message(const QString &phone) const
    {
        SingleSend::Message m;
        m.appId = sandboxtest::appId();
        m.phone = phone;
        m.parameters = {QStringLiteral("张三"), QStringLiteral("A1")};
        m.signName = QStringLiteral("沙盒科技");
        m.templateFacts.templateId = m_f->sandbox->domesticNotice;
        m.templateFacts.templateContent = QStringLiteral("您好{1}，您的订单{2}已发货。");
        m.templateFacts.market = domain::Market::Domestic;
        m.templateFacts.status = domain::ReviewStatus::Approved;
        return m;
    }

    static bool run(SingleSend &send, const SingleSend::Message &m)
    {
        QSignalSpy finished(&send, &SingleSend::finished);
        if (!send.start(m))
            return false;
        return finished.wait(30000);
    }

    std::unique_ptr<historytest::Fixture> m_f;
};

QTEST_GUILESS_MAIN(tst_SingleSend)
#include "tst_singlesend.moc"
