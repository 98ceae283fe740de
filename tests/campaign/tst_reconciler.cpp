// SPDX-License-Identifier: GPL-3.0-or-later
// The Reconciler against a real sandbox on 127.0.0.1: every send carried
// out and its answer lost (every number uncertain), then the service asked
// what happened, through its receipts and its send records, meeting
// RequestLimitExceeded on the way. The sandbox's own records are the judge.

#include "SandboxHarness.h"
#include "campaign/CampaignRunner.h"
#include "campaign/Reconciler.h"
#include "sandbox/SandboxState.h"
#include "store/CampaignJournal.h"
#include "store/Database.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sms;
using store::RecipientState;

namespace {
constexpr int kWaitMs = 120000;
}

class tst_Reconciler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_sb = std::make_unique<sandboxtest::Harness>();
        m_sb->addStandardFixtures();
        m_db = std::make_unique<store::Database>();
        QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("%1.sqlite").arg(++m_files))));
        m_journal = std::make_unique<store::CampaignJournal>(*m_db);
    }

    void cleanup()
    {
        m_journal.reset();
        m_db.reset();
        m_sb.reset();
    }

    // Receipts settle the numbers that have one; the others (a number the
    // carrier never reports on) are settled by their send records.
    void receiptsSettleWhatTheyCan()
    {
        const qint64 id = uncertainCampaign(12);
        // Every receipt has arrived.
        m_sb->advance(60);
        campaign::Reconciler reconciler(m_sb->api(), *m_journal, id);
        QSignalSpy done(&reconciler, &campaign::Reconciler::finished);
        reconciler.start();
        QVERIFY(done.wait(kWaitMs));
        QCOMPARE(reconciler.outcome().accepted, 12);
        QCOMPARE(reconciler.outcome().unresolved, 0);
        QCOMPARE(m_journal->counts(id).accepted, 12);
        // Numbers ending in 0003 never get a receipt: one of the twelve.
        const int records = m_sb->server().requestCount(QStringLiteral("DescribeSendRecordList"));
        const int receipts
            = m_sb->server().requestCount(QStringLiteral("PullSmsSendStatusByPhoneNumber"));
        QVERIFY2(receipts > 0 && records < 12 && records + receipts >= 12,
                 qPrintable(QStringLiteral("%1 records, %2 receipts").arg(records).arg(receipts)));
        for (const store::JournalRecipient &r : m_journal->recipients(id, RecipientState::Accepted))
            QVERIFY2(!r.serialNo.isEmpty(), qPrintable(r.phone));
        verifyEachAcceptedOnce(id);
    }

    // RequestLimitExceeded, more often than the client's own retries get
    // past: each question waits and is asked again; no number is left
    // uncertain.
    void rateLimitedQuestionsAreAskedAgain()
    {
        const qint64 id = uncertainCampaign(30);
        m_sb->server().faults().setSeed(7);
        QVERIFY(m_sb->server().faults().parse(
            QStringLiteral("DescribeSendRecordList:error=0.5:RequestLimitExceeded;"
                           "PullSmsSendStatusByPhoneNumber:error=0.5:RequestLimitExceeded")));
        campaign::Reconciler reconciler(m_sb->api(), *m_journal, id);
        QSignalSpy done(&reconciler, &campaign::Reconciler::finished);
        reconciler.start();
        QVERIFY(done.wait(kWaitMs));
        QVERIFY(reconciler.limitedAnswers() > 0);
        QCOMPARE(reconciler.outcome().unresolved, 0);
        QCOMPARE(reconciler.outcome().accepted, 30);
        QCOMPARE(m_journal->counts(id).uncertain, 0);
        verifyEachAcceptedOnce(id);
    }

private:
    // A campaign of count numbers whose one send was carried out and its
    // answer lost: every number uncertain.
    qint64 uncertainCampaign(int count)
    {
        store::CampaignRecord c;
        c.signName = QStringLiteral("沙盒科技");
        c.templateId = QString::number(m_sb->domesticNotice);
        c.appId = sandboxtest::appId();
        const qint64 id = m_journal->createCampaign(c);
        QList<campaign::Recipient> list;
        for (int i = 0; i < count; ++i) {
            campaign::Recipient r;
            r.sourceRow = i + 2;
            r.phone = sandboxtest::cn(i);
            r.input = r.phone;
            r.parameters = {QStringLiteral("Li"), QStringLiteral("A1")};
            list.append(r);
        }
        m_journal->addRecipients(id, list);
        m_journal->setCampaignState(id, store::CampaignState::Ready);
        m_sb->server().faults().parse(QStringLiteral("SendSms:drop=1"));
        campaign::CampaignRunner runner(m_sb->api(), *m_journal, id);
        QSignalSpy finished(&runner, &campaign::CampaignRunner::finished);
        runner.start();
        if (!runner.isDone())
            finished.wait(kWaitMs);
        m_sb->server().faults().clear();
        if (m_journal->counts(id).uncertain != count)
            qWarning() << "expected" << count << "uncertain numbers, got"
                       << m_journal->counts(id).uncertain;
        return id;
    }

    // The sandbox's own records: each of the campaign's numbers has exactly
    // one accepted send.
    void verifyEachAcceptedOnce(qint64 id)
    {
        sandbox::SandboxState &state = m_sb->state();
        for (const store::JournalRecipient &r : m_journal->allRecipients(id, 0, 1000)) {
            int accepted = 0;
            for (int index : state.sendsByPhone.value(r.phone))
                accepted += state.sends.at(index).requestCode == QLatin1String("Ok");
            QVERIFY2(accepted == 1,
                     qPrintable(QStringLiteral("%1 accepted %2 times").arg(r.phone).arg(accepted)));
        }
    }

    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<sandboxtest::Harness> m_sb;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<store::CampaignJournal> m_journal;
};

QTEST_GUILESS_MAIN(tst_Reconciler)
#include "tst_reconciler.moc"
