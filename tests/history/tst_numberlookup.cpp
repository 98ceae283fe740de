// SPDX-License-Identifier: GPL-3.0-or-later
// NumberLookup against a sandbox on 127.0.0.1: a send made by another
// client (straight through SmsApi, no journal) becomes a Found send with its
// receipt; a send of this console gets only the receipt it lacked; a second
// lookup adds nothing.

#include "HistoryTestFixture.h"
#include "history/NumberLookup.h"
#include "store/CampaignKind.h"

#include <QTest>

using namespace sms;
using history::NumberLookup;
using sandboxtest::cn;

class tst_NumberLookup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_f = std::make_unique<historytest::Fixture>();
        QVERIFY(m_f->opened);
    }

    void cleanup() { m_f.reset(); }

    void fillsASendMadeByAnotherClientOnce()
    {
        const QString number = cn(5001);
        auto *reply = m_f->sandbox->api().sendSms(
            m_f->sandbox->domestic({number}, m_f->sandbox->domesticNotice,
                                   {QStringLiteral("李四"), QStringLiteral("B2")}));
        SB_WAIT(reply);
        QVERIFY(reply->succeeded());
        const QString serial = reply->result().sendStatusSet.value(0).serialNo;
        reply->deleteLater();
        QVERIFY(!serial.isEmpty());
        const qint64 sentAt = m_f->sandbox->now();
        m_f->sandbox->advance(60);

        NumberLookup lookup(m_f->sandbox->api(), *m_f->database);
        QVERIFY(run(lookup, number.mid(3))); // as typed, without +86
        QCOMPARE(lookup.phone(), number);
        QCOMPARE(lookup.outcome().records, 1);
        QCOMPARE(lookup.outcome().sendsAdded, 1);
        QCOMPARE(lookup.outcome().receiptsAdded, 1);
        QCOMPARE(m_f->count(QStringLiteral("SELECT c.kind FROM recipients r JOIN campaigns c ON "
                                           "c.id = r.campaign_id WHERE r.serial_no = '%1'")
                                .arg(serial)),
                 int(store::CampaignKind::Found));
        QCOMPARE(m_f->count(QStringLiteral("SELECT receipt_state IS NOT NULL FROM recipients "
                                           "WHERE serial_no = '%1'")
                                .arg(serial)),
                 1);
        QCOMPARE(m_f->count(QStringLiteral("SELECT sent_at = %1 FROM recipients WHERE serial_no = "
                                           "'%2'")
                                .arg(sentAt * 1000)
                                .arg(serial)),
                 1);

        QVERIFY(run(lookup, number));
        QCOMPARE(lookup.outcome().sendsAdded, 0);
        QCOMPARE(lookup.outcome().receiptsAdded, 0);
        QCOMPARE(m_f->count(QStringLiteral("SELECT COUNT(*) FROM recipients")), 1);
        QCOMPARE(m_f->count(QStringLiteral("SELECT COUNT(*) FROM receipts")), 1);
        QCOMPARE(m_f->count(QStringLiteral("SELECT COUNT(*) FROM campaigns")), 1);
        QCOMPARE(m_f->sandbox->server().requestCount(QStringLiteral("DescribeSendRecordList")), 2);
    }

    void aSendOfThisConsoleGetsOnlyItsReceipt()
    {
        const QString number = cn(5002);
        QVERIFY(m_f->sendCampaign({number}));
        m_f->sandbox->advance(60);
        NumberLookup lookup(m_f->sandbox->api(), *m_f->database);
        QVERIFY(run(lookup, number));
        QCOMPARE(lookup.outcome().records, 1);
        QCOMPARE(lookup.outcome().sendsAdded, 0);
        QCOMPARE(lookup.outcome().receiptsAdded, 1);
        QCOMPARE(m_f->count(QStringLiteral("SELECT COUNT(*) FROM recipients")), 1);
        QCOMPARE(m_f->count(QStringLiteral("SELECT COUNT(*) FROM recipients WHERE receipt_state "
                                           "IS NOT NULL")),
                 1);
    }

    void anUnreadableNumberIsRefusedBeforeAnythingIsSent()
    {
        NumberLookup lookup(m_f->sandbox->api(), *m_f->database);
        QVERIFY(!lookup.start(QStringLiteral("12"), sandboxtest::appId()));
        QCOMPARE(lookup.error().code(),
                 QStringLiteral("InvalidParameterValue.IncorrectPhoneNumber"));
        QCOMPARE(m_f->sandbox->server().requestCount(), 0);
    }

private:
    static bool run(NumberLookup &lookup, const QString &number)
    {
        QSignalSpy finished(&lookup, &NumberLookup::finished);
        if (!lookup.start(number, sandboxtest::appId()))
            return false;
        if (!finished.wait(30000))
            return false;
        if (lookup.error().isError())
            qWarning() << lookup.error().summary();
        return !lookup.error().isError();
    }

    std::unique_ptr<historytest::Fixture> m_f;
};

QTEST_GUILESS_MAIN(tst_NumberLookup)
#include "tst_numberlookup.moc"
