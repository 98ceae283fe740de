// SPDX-License-Identifier: GPL-3.0-or-later
// The history's writing side on a real store (an SQLite file, or PostgreSQL as
// tst_historyjournal_pg), without a service: an SQLite file of the first schema
// upgrades and keeps its data, receipts and replies are kept once, an unsubscribe reply feeds the
// opt-out list that pre-flight refuses, and sends found at the service are added once.

#include "campaign/Preflight.h"
#include "domain/UnsubscribeReply.h"
#include "store/CampaignJournal.h"
#include "store/CampaignKind.h"
#include "store/Database.h"
#include "store/HistoryJournal.h"
#include "store/OptOutList.h"

#include "TestStore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace sms;
using store::HistoryJournal;

class tst_HistoryJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        SMS_REQUIRE_TEST_STORE(m_store);
        m_db = std::make_unique<store::Database>();
        QString error;
        QVERIFY2(m_db->open(m_store.location(QStringLiteral("history.sqlite")), &error),
                 qPrintable(error));
        m_journal = std::make_unique<store::CampaignJournal>(*m_db);
        m_history = std::make_unique<HistoryJournal>(*m_db);
    }

    void cleanup()
    {
        m_history.reset();
        m_journal.reset();
        m_db.reset();
    }

    void schemaOneUpgradesAndKeepsItsData()
    {
        // A file the first release wrote; PostgreSQL's upgrade from an
        // old schema is tst_storemigration's.
        if (m_store.engine() != store::Engine::Sqlite)
            QSKIP("an SQLite file's upgrade");
        const QString path = m_store.filePath(QStringLiteral("schema1.sqlite"));
        {
            // The campaign journal as the first release wrote it.
            QSqlDatabase old
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema1"));
            old.setDatabaseName(path);
            QVERIFY(old.open());
            QSqlQuery q(old);
            const QStringList ddl = {
                QStringLiteral("CREATE TABLE campaigns (id INTEGER PRIMARY KEY, name TEXT NOT "
                               "NULL DEFAULT '', created INTEGER NOT NULL, sign_name TEXT NOT "
                               "NULL DEFAULT '', template_id TEXT NOT NULL, app_id TEXT NOT "
                               "NULL, market INTEGER NOT NULL DEFAULT 0, marketing INTEGER NOT "
                               "NULL DEFAULT 0, start_at INTEGER, state INTEGER NOT NULL "
                               "DEFAULT 0)"),
                QStringLiteral("CREATE TABLE batches (id INTEGER PRIMARY KEY, campaign_id "
                               "INTEGER NOT NULL REFERENCES campaigns(id), action TEXT NOT NULL, "
                               "state INTEGER NOT NULL, size INTEGER NOT NULL, request_id TEXT, "
                               "started INTEGER NOT NULL, finished INTEGER, code TEXT, message "
                               "TEXT)"),
                QStringLiteral("CREATE TABLE recipients (id INTEGER PRIMARY KEY, campaign_id "
                               "INTEGER NOT NULL REFERENCES campaigns(id), source_row INTEGER "
                               "NOT NULL, input TEXT NOT NULL, phone TEXT NOT NULL, params TEXT, "
                               "market INTEGER NOT NULL, state INTEGER NOT NULL, batch_id "
                               "INTEGER, serial_no TEXT, fee INTEGER, code TEXT, message TEXT)"),
                QStringLiteral("CREATE INDEX recipients_by_campaign ON recipients(campaign_id)"),
                QStringLiteral("CREATE INDEX recipients_by_batch ON recipients(batch_id)"),
                QStringLiteral("CREATE INDEX batches_by_state ON batches(campaign_id, state)"),
                QStringLiteral("INSERT INTO campaigns (id, name, created, sign_name, template_id, "
                               "app_id, state) VALUES (7, 'old', 1700000000000, '沙盒科技', "
                               "'1001', '1400000001', 5)"),
                QStringLiteral("INSERT INTO batches (id, campaign_id, action, state, size, "
                               "request_id, started, finished, code) VALUES (3, 7, 'SendSms', "
                               "2, 2, 'req-1', 1700000100000, 1700000100500, 'Ok')"),
                QStringLiteral("INSERT INTO recipients (campaign_id, source_row, input, phone, "
                               "market, state, batch_id, serial_no, fee, code) VALUES (7, 2, "
                               "'13800000001', '+8613800000001', 0, 2, 3, 'S-1', 1, 'Ok')"),
                QStringLiteral("INSERT INTO recipients (campaign_id, source_row, input, phone, "
                               "market, state) VALUES (7, 3, '13800000002', '+8613800000002', "
                               "0, 0)"),
                QStringLiteral("PRAGMA user_version=1"),
            };
            for (const QString &statement : ddl)
                QVERIFY2(q.exec(statement), qPrintable(statement));
            old.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("schema1"));

        store::Database db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), store::Database::latestVersion());
        QVERIFY(store::Database::latestVersion() >= 3);
        store::CampaignJournal journal(db);
        const auto campaign = journal.campaign(7);
        QVERIFY(campaign);
        QCOMPARE(campaign->name, QStringLiteral("old"));
        QCOMPARE(campaign->signName, QStringLiteral("沙盒科技"));
        QCOMPARE(journal.counts(7).accepted, 1);
        QCOMPARE(journal.counts(7).queued, 1);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT phone, sent_at, kind FROM recipients JOIN campaigns "
                                      "ON campaigns.id = campaign_id ORDER BY recipients.id")));
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toLongLong(), 1700000100000LL); // the batch's start
        QCOMPARE(q.value(2).toInt(), int(store::CampaignKind::Campaign));
        QVERIFY(q.next());
        QVERIFY(q.value(1).isNull()); // never sent
        // The new tables work on the upgraded file.
        HistoryJournal history(db);
        QCOMPARE(history.storeReceipts(
                     QStringLiteral("1400000001"),
                     {receipt(QStringLiteral("S-1"), QStringLiteral("+8613800000001"), true)}),
                 1);
        QCOMPARE(receiptStateOf(db, QStringLiteral("S-1")), 1);
    }

    void receiptsAreKeptOnceAndMarkTheirSend()
    {
        const qint64 id
            = acceptedCampaign({{QStringLiteral("+8613800000001"), QStringLiteral("S-1")},
                                {QStringLiteral("+8613800000002"), QStringLiteral("S-2")}});
        QVERIFY(id > 0);
        const domain::DeliveryReceiptList page
            = {receipt(QStringLiteral("S-1"), QStringLiteral("+8613800000001"), true),
               receipt(QStringLiteral("S-2"), QStringLiteral("+8613800000002"), false),
               // Another tool's send: kept, without a send.
               receipt(QStringLiteral("S-9"), QStringLiteral("+8613800000009"), true)};
        QCOMPARE(m_history->storeReceipts(app(), page), 3);
        QCOMPARE(m_history->storeReceipts(app(), page), 0);
        QCOMPARE(rows(QStringLiteral("receipts")), 3);
        QCOMPARE(receiptStateOf(*m_db, QStringLiteral("S-1")), 1);
        QCOMPARE(receiptStateOf(*m_db, QStringLiteral("S-2")), 2);
        QCOMPARE(m_history->linkReceipts(), 0);
    }

    void aReceiptBeforeItsSendIsLinkedLater()
    {
        // The receipt arrives while the batch's answer is still being written.
        QCOMPARE(
            m_history->storeReceipts(
                app(), {receipt(QStringLiteral("S-5"), QStringLiteral("+8613800000005"), true)}),
            1);
        acceptedCampaign({{QStringLiteral("+8613800000005"), QStringLiteral("S-5")}});
        QCOMPARE(receiptStateOf(*m_db, QStringLiteral("S-5")), 0);
        QCOMPARE(m_history->linkReceipts(), 1);
        QCOMPARE(receiptStateOf(*m_db, QStringLiteral("S-5")), 1);
        QCOMPARE(m_history->linkReceipts(), 0);
    }

    void waitingNumbersAreThoseWithoutAReceipt()
    {
        acceptedCampaign({{QStringLiteral("+8613800000001"), QStringLiteral("S-1")},
                          {QStringLiteral("+8613800000002"), QStringLiteral("S-2")}});
        m_history->storeReceipts(
            app(), {receipt(QStringLiteral("S-1"), QStringLiteral("+8613800000001"), true)});
        const auto waiting
            = m_history->waitingForReceipt(app(), 0, QDateTime::currentMSecsSinceEpoch() + 1000);
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(waiting.first().phone, QStringLiteral("+8613800000002"));
        QCOMPARE(m_history
                     ->waitingForReceipt(QStringLiteral("1400009999"), 0,
                                         QDateTime::currentMSecsSinceEpoch() + 1000)
                     .size(),
                 0);
    }

    void unsubscribeWords_data()
    {
        QTest::addColumn<QString>("reply");
        QTest::addColumn<bool>("unsubscribes");
        QTest::newRow("R") << QStringLiteral("R") << true;
        QTest::newRow("r with spaces") << QStringLiteral("  r \n") << true;
        QTest::newRow("TD") << QStringLiteral("td") << true;
        QTest::newRow("T") << QStringLiteral("T") << true;
        QTest::newRow("N") << QStringLiteral("n") << true;
        QTest::newRow("full-width TD") << QStringLiteral("ＴＤ") << true;
        QTest::newRow("退订") << QStringLiteral("退订") << true;
        QTest::newRow("拒收 with a full stop") << QStringLiteral("拒收。") << true;
        QTest::newRow("STOP!") << QStringLiteral("Stop!") << true;
        QTest::newRow("unsubscribe") << QStringLiteral("Unsubscribe") << true;
        QTest::newRow("thanks") << QStringLiteral("收到，谢谢") << false;
        QTest::newRow("a sentence with stop") << QStringLiteral("I will stop by") << false;
        QTest::newRow("Rx") << QStringLiteral("RX") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void unsubscribeWords()
    {
        QFETCH(QString, reply);
        QFETCH(bool, unsubscribes);
        QCOMPARE(domain::UnsubscribeReply::matches(reply), unsubscribes);
    }

    void repliesFeedTheOptOutListThatPreflightRefuses()
    {
        const domain::ReplyRecordList replies
            = {reply(QStringLiteral("+8613800007777"), QStringLiteral(" TD "), 1000),
               reply(QStringLiteral("+8613800006666"), QStringLiteral("收到，谢谢"), 1001)};
        const auto counts = m_history->storeReplies(app(), replies);
        QVERIFY(counts);
        QCOMPARE(counts->stored, 2);
        QCOMPARE(counts->optedOut, 1);
        const auto again = m_history->storeReplies(app(), replies);
        QVERIFY(again);
        QCOMPARE(again->stored, 0);
        QCOMPARE(again->optedOut, 0);

        store::OptOutList list(*m_db);
        QVERIFY(list.contains(QStringLiteral("+8613800007777")));
        QVERIFY(!list.contains(QStringLiteral("+8613800006666")));
        const auto entries = list.entries();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().replyContent, QStringLiteral(" TD "));
        QVERIFY(entries.first().replyId > 0);
        QCOMPARE(entries.first().since.toMSecsSinceEpoch(), 1000 * 1000LL);

        campaign::Preflight::Options options;
        options.templateContent = QStringLiteral("您好{1}");
        options.signName = QStringLiteral("沙盒科技");
        options.optOut = list.load();
        campaign::Preflight preflight(options);
        campaign::Recipient refused;
        refused.input = QStringLiteral("13800007777");
        refused.parameters = {QStringLiteral("A")};
        campaign::Recipient sent;
        sent.input = QStringLiteral("13800006666");
        sent.parameters = {QStringLiteral("A")};
        preflight.check(refused);
        preflight.check(sent);
        QCOMPARE(refused.problemCode, QStringLiteral("FailedOperation.PhoneNumberInBlacklist"));
        QVERIFY(sent.isSendable());
    }

    void optOutByHandAndRemovalWithANote()
    {
        store::OptOutList list(*m_db);
        QVERIFY(list.add(QStringLiteral("+8613800000001"), QStringLiteral("asked by phone")));
        QVERIFY(list.add(QStringLiteral("+8613800000001"))); // already there: unchanged
        QCOMPARE(list.entries().first().note, QStringLiteral("asked by phone"));
        QVERIFY(list.remove(QStringLiteral("+8613800000001"), QStringLiteral("subscribed again")));
        QVERIFY(!list.contains(QStringLiteral("+8613800000001")));
        QVERIFY(!list.remove(QStringLiteral("+8613800000001"), QStringLiteral("twice")));
        QVERIFY(list.load().isEmpty());
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT removal_note, removed_at FROM opt_out")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("subscribed again"));
        QVERIFY(!q.value(1).isNull());
        // A new unsubscribe reply puts it back.
        const auto counts = m_history->storeReplies(
            app(), {reply(QStringLiteral("+8613800000001"), QStringLiteral("退订"), 2000)});
        QCOMPARE(counts->optedOut, 1);
        QVERIFY(list.contains(QStringLiteral("+8613800000001")));
    }

    void foundSendsAreAddedOnce()
    {
        acceptedCampaign({{QStringLiteral("+8613800000001"), QStringLiteral("S-1")}});
        const qint64 sent = QDateTime::currentSecsSinceEpoch() - 3600;
        const QList<domain::SendRecord> records
            = {record(QStringLiteral("+8613800000001"), QStringLiteral("S-1"), sent, 2),
               record(QStringLiteral("+8613800000001"), QStringLiteral("X-1"), sent + 60, 4),
               record(QStringLiteral("+8613800000001"), QStringLiteral("X-2"), sent + 120, 3)};
        const auto counts = m_history->addFoundSends(app(), records);
        QVERIFY(counts);
        QCOMPARE(counts->sendsAdded, 2);
        QCOMPARE(counts->receiptsAdded, 2); // S-1's, which it lacked, and X-1's
        QCOMPARE(receiptStateOf(*m_db, QStringLiteral("S-1")), 1);
        QCOMPARE(receiptStateOf(*m_db, QStringLiteral("X-1")), 2);
        QCOMPARE(receiptStateOf(*m_db, QStringLiteral("X-2")), 0);
        const auto again = m_history->addFoundSends(app(), records);
        QCOMPARE(again->sendsAdded, 0);
        QCOMPARE(again->receiptsAdded, 0);
        QCOMPARE(rows(QStringLiteral("recipients")), 3);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT DISTINCT c.kind, c.sign_name, r.content FROM "
                                      "recipients r JOIN campaigns c ON c.id = r.campaign_id "
                                      "WHERE r.serial_no = 'X-1'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), int(store::CampaignKind::Found));
        QCOMPARE(q.value(1).toString(), QStringLiteral("沙盒科技"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("【沙盒科技】您的验证码是****"));
    }

private:
    static QString app() { return QStringLiteral("1400000001"); }

    static domain::DeliveryReceipt receipt(const QString &serial, const QString &phone, bool ok)
    {
        domain::DeliveryReceipt r;
        r.serialNo = serial;
        r.phoneNumber = phone;
        r.reportStatus = ok ? QStringLiteral("SUCCESS") : QStringLiteral("FAIL");
        r.status = ok ? domain::ReportStatus::Success : domain::ReportStatus::Fail;
        r.description = ok ? QStringLiteral("DELIVRD") : QStringLiteral("MK:0001");
        r.userReceiveTime = 1700000200;
        return r;
    }

    static domain::ReplyRecord reply(const QString &phone, const QString &content, qint64 time)
    {
        domain::ReplyRecord r;
        r.phoneNumber = phone;
        r.replyContent = content;
        r.replyTime = time;
        r.signName = QStringLiteral("沙盒科技");
        return r;
    }

    static domain::SendRecord record(const QString &phone, const QString &serial, qint64 sent,
                                     qint64 status)
    {
        domain::SendRecord r;
        r.phoneNumber = phone;
        r.serialNo = serial;
        r.sendStatus = status;
        r.status = domain::sendRecordStatusFromCode(status);
        r.requestCode = QStringLiteral("Ok");
        r.statusCode = status == 2 ? QStringLiteral("DELIVRD") : QStringLiteral("MK:0001");
        r.isoCode = QStringLiteral("CN");
        r.content = QStringLiteral("【沙盒科技】您的验证码是****");
        r.sendTime = sent;
        r.userReceiveTime = status == 2 ? sent + 5 : 0;
        return r;
    }

    // A campaign whose numbers were accepted with these SerialNos.
    qint64 acceptedCampaign(const QList<QPair<QString, QString>> &numbers)
    {
        store::CampaignRecord c;
        c.templateId = QStringLiteral("1001");
        c.appId = app();
        const qint64 id = m_journal->createCampaign(c);
        QList<campaign::Recipient> list;
        for (const auto &n : numbers) {
            campaign::Recipient r;
            r.input = n.first;
            r.phone = n.first;
            list.append(r);
        }
        m_journal->addRecipients(id, list);
        QList<qint64> ids;
        for (const store::JournalRecipient &r : m_journal->queued(id, 0, 100))
            ids.append(r.id);
        const qint64 batch = m_journal->beginBatch(id, QStringLiteral("SendSms"), ids);
        domain::SendStatusList statuses;
        for (const auto &n : numbers) {
            domain::SendStatus s;
            s.phoneNumber = n.first;
            s.serialNo = n.second;
            s.code = QStringLiteral("Ok");
            s.fee = 1;
            statuses.append(s);
        }
        m_journal->finishBatch(batch, QStringLiteral("req"), statuses);
        return id;
    }

    static int receiptStateOf(store::Database &db, const QString &serial)
    {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT receipt_state FROM recipients WHERE serial_no = ?"));
        q.addBindValue(serial);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }

    int rows(const QString &table)
    {
        QSqlQuery q(m_db->connection());
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) && q.next()
            ? q.value(0).toInt()
            : -1;
    }

    TestStore m_store;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<store::CampaignJournal> m_journal;
    std::unique_ptr<HistoryJournal> m_history;
};

QTEST_GUILESS_MAIN(tst_HistoryJournal)
#include "tst_historyjournal.moc"
