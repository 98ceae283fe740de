// SPDX-License-Identifier: GPL-3.0-or-later
// The history's SQL on a generated database: every filter against the same
// question answered in C++ over the generator's rows, keyset paging without
// gaps or repeats, the lifecycle's SQL and C++ rules agreeing on every
// combination, a send's detail, failures by code, CSV export, and a query
// interrupted mid-scan.

#include "HistoryGenerator.h"
#include "history/Lifecycle.h"
#include "store/Database.h"
#include "store/HistoryReader.h"
#include "store/Statement.h"

#include "TestStore.h"

#include <QBuffer>
#include <QTest>

#include <algorithm>

using namespace sms;
using history::HistoryFilter;
using history::HistoryRow;
using history::Lifecycle;
using history::LifecycleState;
using store::HistoryReader;
using store::RecipientState;
using testsupport::HistoryGenerator;

namespace {
bool matches(const HistoryFilter &f, const HistoryRow &r, const Lifecycle &rules, qint64 now)
{
    if (!f.number.isEmpty()
        && (f.numberIsPrefix ? !r.phone.startsWith(f.number) : r.phone != f.number))
        return false;
    if (f.from.isValid() && r.sentAtMs < f.from.toMSecsSinceEpoch())
        return false;
    if (f.until.isValid() && r.sentAtMs >= f.until.toMSecsSinceEpoch())
        return false;
    if (f.campaignId && r.campaignId != f.campaignId)
        return false;
    if (!f.templateId.isEmpty() && r.templateId != f.templateId)
        return false;
    if (!f.signName.isEmpty() && r.signName != f.signName)
        return false;
    if (!f.appId.isEmpty() && r.appId != f.appId)
        return false;
    if (!f.code.isEmpty() && r.code != f.code
        && HistoryRow::receiptCode(r.receiptDescription) != f.code)
        return false;
    const LifecycleState state = r.lifecycle(rules, now);
    if (f.lifecycle && state != *f.lifecycle)
        return false;
    if (f.failedOnly && !Lifecycle::isFailure(state))
        return false;
    return true;
}

QList<qint64> idsOf(const QList<HistoryRow> &rows)
{
    QList<qint64> ids;
    for (const HistoryRow &r : rows)
        ids.append(r.id);
    return ids;
}
} // namespace

class tst_HistoryReader : public QObject
{
    Q_OBJECT

private:
    TestStore m_store;
    store::Database m_db;
    HistoryGenerator::Spec m_spec;
    QList<HistoryRow> m_rows; // oldest first
    Lifecycle m_rules;
    qint64 m_now = 0;

    QList<qint64> expected(const HistoryFilter &filter) const
    {
        QList<qint64> ids;
        for (auto it = m_rows.crbegin(); it != m_rows.crend(); ++it) {
            if (matches(filter, *it, m_rules, m_now))
                ids.append(it->id);
        }
        return ids;
    }
    // Every row of the filter, read a page of `limit` at a time.
    QList<HistoryRow> readAll(HistoryReader &reader, const HistoryFilter &filter, int limit)
    {
        QList<HistoryRow> all;
        HistoryReader::Cursor after;
        for (;;) {
            bool ok = false;
            const QList<HistoryRow> page = reader.page(filter, after, limit, m_now, &ok);
            if (!ok)
                qWarning() << reader.lastError();
            Q_ASSERT(ok);
            all += page;
            if (page.size() < limit)
                return all;
            after = HistoryReader::Cursor::after(page.constLast());
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        SMS_REQUIRE_TEST_STORE(m_store);
        QString error;
        QVERIFY2(m_db.open(m_store.location(QStringLiteral("history.sqlite")), &error),
                 qPrintable(error));
        m_spec.sends = 3000;
        m_rows = HistoryGenerator::generate(m_db, m_spec, &error);
        QVERIFY2(!m_rows.isEmpty(), qPrintable(error));
        // Now: 30 minutes after the last send, so that the sends without a
        // receipt are in all three ages: accepted, overdue and unknown.
        Lifecycle::Waits waits;
        waits.receiptDueMs = 60 * 60'000; // the last hour's are still just accepted
        waits.unknownAfterMs = 24 * 3600'000;
        m_rules = Lifecycle(waits);
        m_now = m_rows.constLast().sentAtMs + 30 * 60'000;
        // Two sends that left again after a requeue, or are on the wire.
        store::Statement set(m_db, "UPDATE recipients SET state = ? WHERE id = ?");
        QVERIFY(set.bind(1, int(RecipientState::Queued)).bind(2, qint64(5 * 20 + 5)).exec());
        QVERIFY(set.bind(1, int(RecipientState::InFlight)).bind(2, qint64(6 * 20 + 5)).exec());
        m_rows[5 * 20 + 4].state = RecipientState::Queued;
        m_rows[6 * 20 + 4].state = RecipientState::InFlight;
    }

    void filters_data()
    {
        QTest::addColumn<HistoryFilter>("filter");
        const QDateTime first = QDateTime::fromMSecsSinceEpoch(m_spec.firstSentAtMs);
        auto row = [](const char *name, auto change) {
            HistoryFilter f;
            change(f);
            QTest::newRow(name) << f;
        };
        row("everything", [](HistoryFilter &) {});
        row("number exact",
            [this](HistoryFilter &f) { f.number = HistoryGenerator::phone(7, m_spec); });
        row("number prefix", [](HistoryFilter &f) {
            f.number = QStringLiteral("+86139000001");
            f.numberIsPrefix = true;
        });
        row("number unknown",
            [](HistoryFilter &f) { f.number = QStringLiteral("+8613000000000"); });
        row("from", [first](HistoryFilter &f) { f.from = first.addSecs(2000 * 60); });
        row("until", [first](HistoryFilter &f) { f.until = first.addSecs(500 * 60); });
        row("range", [first](HistoryFilter &f) {
            f.from = first.addSecs(100 * 60);
            f.until = first.addSecs(700 * 60 + 30);
        });
        row("campaign", [](HistoryFilter &f) { f.campaignId = 3; });
        row("template", [](HistoryFilter &f) { f.templateId = HistoryGenerator::templateOf(1); });
        row("signature", [](HistoryFilter &f) { f.signName = HistoryGenerator::signOf(1); });
        row("app id", [](HistoryFilter &f) { f.appId = HistoryGenerator::appOf(2); });
        row("template and app", [](HistoryFilter &f) {
            f.templateId = HistoryGenerator::templateOf(2);
            f.appId = HistoryGenerator::appOf(2);
        });
        row("refusal code", [](HistoryFilter &f) {
            f.code = QStringLiteral("LimitExceeded.PhoneNumberDailyLimit");
        });
        row("receipt code", [](HistoryFilter &f) { f.code = QStringLiteral("MK:0001"); });
        row("failed only", [](HistoryFilter &f) { f.failedOnly = true; });
        for (LifecycleState s : Lifecycle::allStates()) {
            HistoryFilter f;
            f.lifecycle = s;
            QTest::newRow(qPrintable(QStringLiteral("lifecycle ") + Lifecycle::key(s))) << f;
        }
        row("everything at once", [first](HistoryFilter &f) {
            f.number = QStringLiteral("+86138");
            f.numberIsPrefix = true;
            f.from = first.addSecs(60 * 60);
            f.campaignId = 2;
            f.templateId = HistoryGenerator::templateOf(2);
            f.failedOnly = true;
            f.code = QStringLiteral("DB:0141");
        });
    }

    void filters()
    {
        QFETCH(HistoryFilter, filter);
        HistoryReader reader(m_db, m_rules);
        const QList<qint64> want = expected(filter);
        // Pages of 97 cross the batch and campaign boundaries at odd places.
        const QList<HistoryRow> got = readAll(reader, filter, 97);
        QCOMPARE(idsOf(got), want);
        // Campaigns read through their index or by walking the time index:
        // the same rows either way.
        HistoryReader walking(m_db, m_rules);
        walking.setSmallCampaignRows(1);
        QCOMPARE(idsOf(readAll(walking, filter, 97)), want);
        if (filter.isEmpty())
            QCOMPARE(got.size(), m_rows.size());
    }

    void rowsCarryEverything()
    {
        HistoryReader reader(m_db, m_rules);
        const QList<HistoryRow> got = readAll(reader, {}, 500);
        QCOMPARE(got.size(), m_rows.size());
        for (const HistoryRow &r : got) {
            const HistoryRow &want = m_rows.at(r.id - 1);
            QCOMPARE(r.phone, want.phone);
            QCOMPARE(r.sentAtMs, want.sentAtMs);
            QCOMPARE(r.templateId, want.templateId);
            QCOMPARE(r.signName, want.signName);
            QCOMPARE(r.appId, want.appId);
            QCOMPARE(r.serialNo, want.serialNo);
            QCOMPARE(r.code, want.code);
            QCOMPARE(int(r.state), int(want.state));
            QCOMPARE(int(r.receipt), int(want.receipt));
            QCOMPARE(r.receiptDescription, want.receiptDescription);
            QCOMPARE(r.campaignKind, want.campaignKind);
        }
    }

    // Equal times: the id breaks the tie, and a page boundary between two
    // sends of the same millisecond loses neither.
    void pagingWithEqualTimes()
    {
        store::Database db;
        QVERIFY(db.open(m_store.location(QStringLiteral("same.sqlite"))));
        HistoryGenerator::Spec spec;
        spec.sends = 450;
        spec.stepMs = 0;
        QCOMPARE(HistoryGenerator::generate(db, spec).size(), 450);
        HistoryReader reader(db);
        QList<qint64> want;
        for (qint64 id = 450; id >= 1; --id)
            want.append(id);
        for (int limit : {1, 7, 200, 449, 450, 451})
            QCOMPARE(idsOf(readAll(reader, {}, limit)), want);
    }

    // The rules of the SQL conditions are the rules of Lifecycle::state():
    // every journal state, every receipt, at ages on both sides of each wait.
    void lifecycleSqlMatchesCpp()
    {
        store::Database db;
        QVERIFY(db.open(m_store.location(QStringLiteral("states.sqlite"))));
        const Lifecycle rules;
        const qint64 now = 1'800'000'000'000;
        const Lifecycle::Waits w = rules.waits();
        const QList<qint64> ages = {0,
                                    1,
                                    w.receiptDueMs - 1,
                                    w.receiptDueMs,
                                    w.receiptDueMs + 1,
                                    w.unknownAfterMs - 1,
                                    w.unknownAfterMs,
                                    w.unknownAfterMs + 1,
                                    w.unknownAfterMs * 10};
        struct Case
        {
            qint64 id;
            LifecycleState want;
        };
        QList<Case> cases;
        QVERIFY(db.transaction([&] {
            store::Statement campaign(db,
                                      "INSERT INTO campaigns (id, created, template_id, "
                                      "app_id) VALUES (1, 0, '1', '1')");
            if (!campaign.exec())
                return false;
            store::Statement insert(db,
                                    "INSERT INTO recipients (campaign_id, source_row, input, "
                                    "phone, market, state, sent_at, receipt_state) VALUES (1, "
                                    "0, '', '+8613800000000', 0, ?, ?, ?) RETURNING id");
            for (int state = 0; state <= 4; ++state) {
                for (int receipt = 0; receipt <= 2; ++receipt) {
                    for (qint64 age : ages) {
                        insert.bind(1, state).bind(2, now - age);
                        if (receipt == 0)
                            insert.bindNull(3);
                        else
                            insert.bind(3, receipt);
                        qint64 id = 0;
                        if (!insert.execReturning(&id))
                            return false;
                        cases.append({id,
                                      rules.state(RecipientState(state),
                                                  Lifecycle::Receipt(receipt), now - age, now)});
                    }
                }
            }
            return true;
        }));
        for (LifecycleState s : Lifecycle::allStates()) {
            QList<qint64> want;
            for (const Case &c : cases) {
                if (c.want == s)
                    want.append(c.id);
            }
            QList<qint64> got;
            store::Statement q(db,
                               QStringLiteral("SELECT id FROM recipients r WHERE %1 ORDER BY id")
                                   .arg(rules.sqlCondition(s, now))
                                   .toUtf8()
                                   .constData());
            while (q.next())
                got.append(q.int64(0));
            QVERIFY(q.ok());
            QCOMPARE(got, want);
        }
        // Nothing is delivered without a receipt, and every row has a state.
        for (const Case &c : cases)
            QVERIFY(Lifecycle::allStates().contains(c.want));
    }

    void lifecycleKeys()
    {
        for (LifecycleState s : Lifecycle::allStates())
            QCOMPARE(Lifecycle::fromKey(Lifecycle::key(s)), s);
        QCOMPARE(Lifecycle::key(LifecycleState::NoReceiptYet), QStringLiteral("no-receipt-yet"));
        QVERIFY(!Lifecycle::fromKey(QStringLiteral("sent")));
        QVERIFY(!Lifecycle::text(LifecycleState::Delivered).isEmpty());
    }

    void detail()
    {
        HistoryReader reader(m_db, m_rules);
        // Send 7 (id 8) is delivered, and its number replied a minute later.
        const auto d = reader.detail(8);
        QVERIFY(d);
        QVERIFY(d->found);
        QCOMPARE(d->row.phone, HistoryGenerator::phone(7, m_spec));
        QCOMPARE(d->requestId, QStringLiteral("req-1"));
        QCOMPARE(d->action, QStringLiteral("SendSms"));
        QCOMPARE(d->parameters, (QStringList {QStringLiteral("7"), QStringLiteral("4")}));
        QCOMPARE(d->campaignName, QStringLiteral("campaign 4"));
        QCOMPARE(d->receipts.size(), 1);
        QCOMPARE(d->receipts.constFirst().status, QStringLiteral("SUCCESS"));
        QCOMPARE(d->receipts.constFirst().serialNo, QStringLiteral("S8"));
        QVERIFY(!d->replies.isEmpty());
        QCOMPARE(d->replies.constFirst().content, QStringLiteral("收到 8"));
        // A reply from before the send is not an answer to it.
        for (const auto &reply : d->replies)
            QVERIFY(reply.replyTime >= d->row.sentAtMs);
        // A refused send: no receipt, its code.
        const auto refused = reader.detail(1);
        QVERIFY(refused);
        QCOMPARE(refused->row.failureCode(), QStringLiteral("LimitExceeded.PhoneNumberDailyLimit"));
        QVERIFY(refused->receipts.isEmpty());
        QVERIFY(!reader.detail(999'999));
    }

    void failuresByCode()
    {
        HistoryReader reader(m_db, m_rules);
        const QDateTime from = QDateTime::fromMSecsSinceEpoch(m_spec.firstSentAtMs + 1000 * 60'000);
        const QDateTime until = from.addSecs(1000 * 60);
        QHash<QString, qint64> want;
        for (const HistoryRow &r : m_rows) {
            if (r.sentAtMs < from.toMSecsSinceEpoch() || r.sentAtMs >= until.toMSecsSinceEpoch())
                continue;
            if (Lifecycle::isFailure(r.lifecycle(m_rules, m_now)))
                ++want[r.failureCode()];
        }
        bool ok = false;
        const history::FailureSummary summary = reader.failures(from, until, &ok);
        QVERIFY2(ok, qPrintable(reader.lastError()));
        QCOMPARE(summary.groups.size(), want.size());
        qint64 previous = std::numeric_limits<qint64>::max();
        for (const auto &g : summary.groups) {
            QCOMPARE(g.count, want.value(g.code));
            QVERIFY(g.count <= previous);
            previous = g.count;
            QCOMPARE(g.source == history::FailureSummary::Source::Receipt, g.code.contains(u':'));
        }
        QCOMPARE(summary.total(), 1000 * 4 / 20);
        // A group leads to its rows: the same count through the code filter.
        HistoryFilter f;
        f.code = summary.groups.constFirst().code;
        f.from = from;
        f.until = until;
        f.failedOnly = true;
        QCOMPARE(readAll(reader, f, 200).size(), summary.groups.constFirst().count);
    }

    void exportCsv()
    {
        HistoryReader reader(m_db, m_rules);
        HistoryFilter f;
        f.failedOnly = true;
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        qint64 reports = 0;
        const qint64 rows = reader.exportCsv(f, m_now, buffer, [&](qint64) {
            ++reports;
            return true;
        });
        QCOMPARE(rows, qint64(expected(f).size()));
        QVERIFY(reports > 0);
        const QList<QByteArray> lines = buffer.data().split('\n');
        QCOMPARE(lines.size(), rows + 2); // header, rows, and the empty piece after the last
        QVERIFY(lines.at(0).startsWith("time,phone,state,code,receipt"));
        const QString last = QString::fromUtf8(lines.at(1));
        QVERIFY2(last.contains(QLatin1String(",refused,"))
                     || last.contains(QLatin1String(",failed,")),
                 qPrintable(last));
        // Stopped from the progress callback: nothing claimed.
        QBuffer stopped;
        stopped.open(QIODevice::WriteOnly);
        QCOMPARE(reader.exportCsv({}, m_now, stopped, [](qint64) { return false; }), -1);
    }

    void interrupted()
    {
        HistoryReader reader(m_db, m_rules);
        reader.setInterrupt([] { return true; });
        bool ok = true;
        // A code no row has: the whole table is scanned, and stopped.
        HistoryFilter f;
        f.code = QStringLiteral("Nothing.Like.It");
        const QList<HistoryRow> rows = reader.page(f, {}, 200, m_now, &ok);
        QVERIFY(!ok);
        QVERIFY(rows.isEmpty());
        QVERIFY(reader.wasInterrupted());
        reader.setInterrupt({});
        QVERIFY(reader.page(f, {}, 200, m_now, &ok).isEmpty());
        QVERIFY(ok);
    }

    void literalSql()
    {
        HistoryReader reader(m_db, m_rules);
        HistoryFilter f;
        f.signName = QStringLiteral("O'Brien");
        const HistoryReader::Sql sql = reader.pageSql(f, {}, 200, m_now, reader.planFor(f));
        QVERIFY(sql.literal().contains(QLatin1String("'O''Brien'")));
        QVERIFY(!sql.literal().contains(u'?'));
    }
};

QTEST_GUILESS_MAIN(tst_HistoryReader)
#include "tst_historyreader.moc"
