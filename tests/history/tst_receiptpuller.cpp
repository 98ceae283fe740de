// SPDX-License-Identifier: GPL-3.0-or-later
// ReceiptPuller against a sandbox on 127.0.0.1, counting its requests:
// receipts stored exactly once across pulls and when a pull's answer is
// dropped after the service handed the receipts out; numbers ending in 0003
// never get one; replies and the unsubscribe rule feed the opt-out list.

#include "HistoryTestFixture.h"
#include "campaign/Preflight.h"
#include "history/ReceiptPuller.h"
#include "sandbox/SandboxState.h"
#include "store/Database.h"
#include "store/HistoryJournal.h"
#include "store/OptOutList.h"

#include <QTest>

using namespace sms;
using history::ReceiptPuller;
using sandboxtest::cn;

class tst_ReceiptPuller : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_f = std::make_unique<historytest::Fixture>();
        QVERIFY(m_f->opened);
    }

    void cleanup() { m_f.reset(); }

    void receiptsAreStoredOnceAcrossPulls()
    {
        const QStringList numbers = {cn(4001), cn(4002), cn(4003), cn(3), cn(1)};
        QVERIFY(m_f->sendCampaign(numbers));
        m_f->sandbox->advance(60);
        const int due = m_f->receiptsDue(numbers);
        QCOMPARE(due, 4); // every number but the one ending in 0003

        ReceiptPuller puller(m_f->sandbox->api(), *m_f->database, sandboxtest::appId());
        QSignalSpy stored(&puller, &ReceiptPuller::receiptsStored);
        QVERIFY(cycle(puller));
        QCOMPARE(puller.totalReceipts(), due);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().first().toInt(), due);
        QCOMPARE(m_f->count(QStringLiteral("SELECT COUNT(*) FROM receipts")), due);
        QCOMPARE(m_f->count(QStringLiteral("SELECT COUNT(*) FROM recipients WHERE receipt_state "
                                           "IS NOT NULL")),
                 due);
        // cn(1) always fails, the others are delivered (the sandbox's 4 %
        // random failures aside): at least one of each.
        QVERIFY(
            m_f->count(QStringLiteral("SELECT COUNT(*) FROM recipients WHERE receipt_state = 2"))
            >= 1);
        QCOMPARE(m_f->count(QStringLiteral("SELECT receipt_state IS NULL FROM recipients WHERE "
                                           "phone = '%1'")
                                .arg(cn(3))),
                 1);

        QVERIFY(cycle(puller));
        QCOMPARE(puller.totalReceipts(), due);
        QCOMPARE(m_f->sandbox->server().requestCount(QStringLiteral("PullSmsSendStatus")), 2);
        QCOMPARE(m_f->sandbox->server().requestCount(QStringLiteral("PullSmsReplyStatus")), 2);
        QCOMPARE(
            m_f->sandbox->server().requestCount(QStringLiteral("PullSmsSendStatusByPhoneNumber")),
            0);

        // Much later, the one ending in 0003 still has none.
        m_f->sandbox->advance(24 * 3600);
        QVERIFY(cycle(puller));
        QCOMPARE(m_f->count(QStringLiteral("SELECT COUNT(*) FROM receipts")), due);
    }

    void aFullPageIsFollowedByTheNext()
    {
        QStringList numbers;
        for (int i = 0; i < 7; ++i)
            numbers.append(cn(4100 + i));
        QVERIFY(m_f->sendCampaign(numbers));
        m_f->sandbox->advance(60);
        ReceiptPuller::Options options;
        options.pageSize = 3;
        ReceiptPuller puller(m_f->sandbox->api(), *m_f->database, sandboxtest::appId(), options);
        QVERIFY(cycle(puller));
        QCOMPARE(puller.totalReceipts(), m_f->receiptsDue(numbers));
        QCOMPARE(m_f->sandbox->server().requestCount(QStringLiteral("PullSmsSendStatus")), 3);
    }

    void aDroppedAnswerIsRecoveredByNumberExactlyOnce()
    {
        const QStringList numbers = {cn(4201), cn(4202), cn(4203), cn(3, 14)};
        QVERIFY(m_f->sendCampaign(numbers));
        m_f->sandbox->advance(60);
        const int due = m_f->receiptsDue(numbers);
        QCOMPARE(due, 3);

        // The service hands the receipts out, and the answer never arrives.
        QVERIFY(m_f->sandbox->server().faults().parse(QStringLiteral("PullSmsSendStatus:drop=1")));
        ReceiptPuller puller(m_f->sandbox->api(), *m_f->database, sandboxtest::appId());
        QSignalSpy failed(&puller, &ReceiptPuller::failed);
        QVERIFY(cycle(puller));
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().value<api::ApiError>().outcomeUnknown());
        QCOMPARE(m_f->count(QStringLiteral("SELECT COUNT(*) FROM receipts")), 0);
        store::HistoryJournal history(*m_f->database);
        QVERIFY(!history.value(ReceiptPuller::lostKey(sandboxtest::appId())).isEmpty());
        // The queue is empty now: the sandbox handed them out.
        QCOMPARE(m_f->sandbox->state().pendingReceipts.size(), size_t(0));

        m_f->sandbox->server().faults().clear();
        QVERIFY(cycle(puller));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(puller.totalReceipts(), due);
        QCOMPARE(m_f->count(QStringLiteral("SELECT COUNT(*) FROM receipts")), due);
        QCOMPARE(m_f->count(QStringLiteral("SELECT COUNT(DISTINCT serial_no) FROM receipts")), due);
        // One pull by number for each number still waiting: the three, and
        // the one that never gets a receipt.
        QCOMPARE(
            m_f->sandbox->server().requestCount(QStringLiteral("PullSmsSendStatusByPhoneNumber")),
            4);
        QVERIFY(history.value(ReceiptPuller::lostKey(sandboxtest::appId())).isEmpty());

        // Nothing more to recover, nothing stored twice.
        QVERIFY(cycle(puller));
        QCOMPARE(
            m_f->sandbox->server().requestCount(QStringLiteral("PullSmsSendStatusByPhoneNumber")),
            4);
        QCOMPARE(m_f->count(QStringLiteral("SELECT COUNT(*) FROM receipts")), due);
    }

    void aPullLeftOnTheWireIsRecoveredByTheNextPuller()
    {
        const QStringList numbers = {cn(4301), cn(4302)};
        QVERIFY(m_f->sendCampaign(numbers));
        m_f->sandbox->advance(60);
        // The service answers slowly, and the puller is gone before the
        // answer: the process quit with the pull on the wire.
        QVERIFY(
            m_f->sandbox->server().faults().parse(QStringLiteral("PullSmsSendStatus:latency=300")));
        {
            ReceiptPuller puller(m_f->sandbox->api(), *m_f->database, sandboxtest::appId());
            puller.pullNow();
            QTRY_COMPARE(m_f->sandbox->state().pendingReceipts.size(), size_t(0));
        }
        m_f->sandbox->server().faults().clear();
        QCOMPARE(m_f->count(QStringLiteral("SELECT COUNT(*) FROM receipts")), 0);
        ReceiptPuller next(m_f->sandbox->api(), *m_f->database, sandboxtest::appId());
        QVERIFY(cycle(next));
        QCOMPARE(m_f->count(QStringLiteral("SELECT COUNT(*) FROM receipts")), 2);
    }

    void repliesFeedTheOptOutListThatPreflightRefuses()
    {
        // The sandbox answers "R" from numbers ending in 7777 and a thank-you
        // from those ending in 6666.
        QVERIFY(m_f->sendCampaign({cn(7777), cn(6666)}));
        m_f->sandbox->advance(60);
        ReceiptPuller puller(m_f->sandbox->api(), *m_f->database, sandboxtest::appId());
        QSignalSpy replies(&puller, &ReceiptPuller::repliesStored);
        QSignalSpy optedOut(&puller, &ReceiptPuller::optedOut);
        QVERIFY(cycle(puller));
        QCOMPARE(puller.totalReplies(), 2);
        QCOMPARE(replies.size(), 1);
        QCOMPARE(optedOut.size(), 1);
        QCOMPARE(optedOut.first().first().toInt(), 1);
        store::OptOutList list(*m_f->database);
        QVERIFY(list.contains(cn(7777)));
        QVERIFY(!list.contains(cn(6666)));

        campaign::Preflight::Options options;
        options.templateContent = QStringLiteral("您好{1}，您的订单{2}已发货。");
        options.signName = QStringLiteral("沙盒科技");
        options.optOut = list.load();
        campaign::Preflight preflight(options);
        campaign::Recipient r;
        r.input = cn(7777);
        r.parameters = {QStringLiteral("张三"), QStringLiteral("A1")};
        preflight.check(r);
        QCOMPARE(r.problemCode, QStringLiteral("FailedOperation.PhoneNumberInBlacklist"));

        QVERIFY(cycle(puller));
        QCOMPARE(puller.totalReplies(), 2);
        QCOMPARE(m_f->count(QStringLiteral("SELECT COUNT(*) FROM replies")), 2);
    }

    // Two clients of one store: one pulls the queues, the other stands by
    // and takes over once the first stops.
    void oneClientOfAStorePullsAtATime()
    {
        const QStringList numbers = {cn(4401), cn(4402)};
        QVERIFY(m_f->sendCampaign(numbers));
        m_f->sandbox->advance(60);
        store::Database otherConnection;
        QVERIFY(otherConnection.open(m_f->database->path()));

        auto first = std::make_unique<ReceiptPuller>(m_f->sandbox->api(), *m_f->database,
                                                     sandboxtest::appId());
        ReceiptPuller second(m_f->sandbox->api(), otherConnection, sandboxtest::appId());
        QSignalSpy firstRole(first.get(), &ReceiptPuller::pullerChanged);
        QSignalSpy secondRole(&second, &ReceiptPuller::pullerChanged);
        // Running pullers (a single pullNow() gives the lock up when done),
        // whose next cycles the test starts itself.
        first->setInterval(3'600'000);
        second.setInterval(3'600'000);
        QSignalSpy firstDone(first.get(), &ReceiptPuller::cycleFinished);
        first->start();
        QVERIFY(firstDone.size() > 0 || firstDone.wait(30000));
        QVERIFY(first->isPuller());
        QCOMPARE(firstRole.size(), 1);
        QCOMPARE(firstRole.first().first().toBool(), true);
        QCOMPARE(m_f->sandbox->server().requestCount(QStringLiteral("PullSmsSendStatus")), 1);

        QSignalSpy secondDone(&second, &ReceiptPuller::cycleFinished);
        second.start();
        QVERIFY(secondDone.size() > 0 || secondDone.wait(30000));
        QVERIFY(!second.isPuller());
        QCOMPARE(secondRole.size(), 1);
        QCOMPARE(secondRole.first().first().toBool(), false);
        QCOMPARE(second.totalReceipts(), 0);
        // It asked the service for nothing.
        QCOMPARE(m_f->sandbox->server().requestCount(QStringLiteral("PullSmsSendStatus")), 1);
        QCOMPARE(m_f->sandbox->server().requestCount(QStringLiteral("PullSmsReplyStatus")), 1);
        // What the first stored, the second's connection sees.
        QCOMPARE(m_f->count(QStringLiteral("SELECT COUNT(*) FROM receipts")),
                 m_f->receiptsDue(numbers));

        // The first stops (the operator closed its window): the second
        // takes over at its next cycle.
        first->stop();
        first.reset();
        QVERIFY(cycle(second));
        QVERIFY(second.isPuller());
        QCOMPARE(secondRole.size(), 2);
        QCOMPARE(secondRole.last().first().toBool(), true);
        QCOMPARE(m_f->sandbox->server().requestCount(QStringLiteral("PullSmsSendStatus")), 2);
    }

    void startPullsEveryIntervalUntilStopped()
    {
        ReceiptPuller::Options options;
        options.intervalMs = 10;
        ReceiptPuller puller(m_f->sandbox->api(), *m_f->database, sandboxtest::appId(), options);
        QSignalSpy cycles(&puller, &ReceiptPuller::cycleFinished);
        puller.start();
        QVERIFY(puller.isRunning());
        QTRY_VERIFY(cycles.size() >= 3);
        puller.stop();
        QVERIFY(!puller.isRunning());
        if (puller.isPulling())
            QVERIFY(cycles.wait());
        const int after = int(cycles.size());
        const int requests
            = m_f->sandbox->server().requestCount(QStringLiteral("PullSmsSendStatus"));
        QCOMPARE(requests, after);
    }

private:
    // Runs one cycle to its end; false if it never ends.
    static bool cycle(ReceiptPuller &puller)
    {
        QSignalSpy done(&puller, &ReceiptPuller::cycleFinished);
        puller.pullNow();
        return done.size() > 0 || done.wait(30000);
    }

    std::unique_ptr<historytest::Fixture> m_f;
};

QTEST_GUILESS_MAIN(tst_ReceiptPuller)
#include "tst_receiptpuller.moc"
