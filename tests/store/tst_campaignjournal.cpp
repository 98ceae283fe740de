// SPDX-License-Identifier: GPL-3.0-or-later
// The campaign journal on a real store (an SQLite file, or a PostgreSQL
// database as tst_campaignjournal_pg): migrations, the import sink, the order
// of a batch's records, and what a process that died in the middle of a batch
// leaves behind.

#include "api/ApiError.h"
#include "campaign/ImportJob.h"
#include "store/CampaignJournal.h"
#include "store/Database.h"
#include "store/JournalImportSink.h"
#include "store/RunRegistry.h"

#include "TestStore.h"

#include <QBuffer>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace sms;
using store::RecipientState;

namespace {
campaign::Recipient recipient(int row, const QString &phone, const QStringList &params = {},
                              const QString &problemCode = {})
{
    campaign::Recipient r;
    r.sourceRow = row;
    r.input = phone;
    r.phone = phone;
    r.parameters = params;
    r.problemCode = problemCode;
    if (!problemCode.isEmpty())
        r.problem = QStringLiteral("pre-flight: ") + problemCode;
    return r;
}

store::CampaignRecord campaignRecord()
{
    store::CampaignRecord c;
    c.name = QStringLiteral("spring");
    c.signName = QStringLiteral("沙盒科技");
    c.templateId = QStringLiteral("200001");
    c.appId = QStringLiteral("1400000001");
    return c;
}

domain::SendStatus status(const QString &phone, const QString &code, const QString &serial = {})
{
    domain::SendStatus s;
    s.phoneNumber = phone;
    s.code = code;
    s.serialNo = serial;
    s.fee = code == QLatin1String("Ok") ? 1 : 0;
    s.message = code == QLatin1String("Ok") ? QStringLiteral("send success") : QStringLiteral("no");
    return s;
}

QList<qint64> idsOf(const QList<store::JournalRecipient> &list)
{
    QList<qint64> ids;
    for (const auto &r : list)
        ids.append(r.id);
    return ids;
}
} // namespace

class tst_CampaignJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aRunNamesItsUserWithoutTheEnvironment()
    {
        // A service or cron job may run smsctl without USER: the campaign
        // list must still say whose run it is.
        const QByteArray user = qgetenv("USER");
        const QByteArray userName = qgetenv("USERNAME");
        qunsetenv("USER");
        qunsetenv("USERNAME");
        const QString name = store::RunRegistry::userName();
        if (!user.isNull())
            qputenv("USER", user);
        if (!userName.isNull())
            qputenv("USERNAME", userName);
#ifdef Q_OS_UNIX
        QVERIFY(!name.isEmpty());
#else
        QVERIFY(!name.isNull());
#endif
    }

    void init()
    {
        SMS_REQUIRE_TEST_STORE(m_store);
    }

    void createsTheSchemaAndKeepsItsVersion()
    {
        const store::StoreLocation path = m_store.location(QStringLiteral("a/b/profile.sqlite"));
        {
            store::Database db;
            QString error;
            QVERIFY2(db.open(path, &error), qPrintable(error));
            QCOMPARE(db.schemaVersion(), store::Database::latestVersion());
            if (db.engine() == store::Engine::Sqlite) {
                QSqlQuery q(db.connection());
                QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
                QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
            }
            store::CampaignJournal journal(db);
            QVERIFY(journal.createCampaign(campaignRecord()) > 0);
        }
        store::Database again;
        QVERIFY(again.open(path));
        store::CampaignJournal journal(again);
        QCOMPARE(journal.campaigns().size(), 1);
        QCOMPARE(journal.campaigns().first().signName, QStringLiteral("沙盒科技"));
    }

    void refusesAFileFromANewerVersion()
    {
        const store::StoreLocation path = m_store.location(QStringLiteral("newer.sqlite"));
        {
            store::Database db;
            QVERIFY(db.open(path));
            const QString sql = db.engine() == store::Engine::Postgres
                ? QStringLiteral("UPDATE schema_version SET version = %1")
                : QStringLiteral("PRAGMA user_version=%1");
            QVERIFY(db.exec(sql.arg(store::Database::latestVersion() + 1)));
        }
        store::Database db;
        QString error;
        QVERIFY(!db.open(path, &error));
        QVERIFY2(error.contains(QLatin1String("newer")), qPrintable(error));
        QVERIFY(!db.isOpen());
    }

    void importKeepsPreflightRefusals()
    {
        store::Database db;
        QVERIFY(db.open(m_store.location(QStringLiteral("import.sqlite"))));
        store::CampaignJournal journal(db);
        const qint64 id = journal.createCampaign(campaignRecord());
        journal.setImportCampaign(id);
        QVERIFY(journal.accept(
            {recipient(2, QStringLiteral("+8613800000101"), {QStringLiteral("A")}),
             recipient(3, QStringLiteral("+8613800000102"), {QStringLiteral("B")}),
             recipient(4, QString(), {},
                       QStringLiteral("InvalidParameterValue.IncorrectPhoneNumber"))}));
        const store::CampaignCounts counts = journal.counts(id);
        QCOMPARE(counts.queued, 2);
        QCOMPARE(counts.refused, 1);
        const auto queued = journal.queued(id, 0, 10);
        QCOMPARE(queued.size(), 2);
        QCOMPARE(queued.at(1).parameters, QStringList {QStringLiteral("B")});
        QCOMPARE(queued.at(1).sourceRow, 3);
        const auto groups = journal.refusalGroups(id);
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groups.first().code, QStringLiteral("InvalidParameterValue.IncorrectPhoneNumber"));
    }

    void aBatchInFlightBecomesUncertainAfterACrash()
    {
        const store::StoreLocation path = m_store.location(QStringLiteral("crash.sqlite"));
        qint64 campaignId = 0;
        QList<qint64> sent;
        {
            store::Database db;
            QVERIFY(db.open(path));
            store::CampaignJournal journal(db);
            campaignId = journal.createCampaign(campaignRecord());
            QList<campaign::Recipient> chunk;
            for (int i = 0; i < 5; ++i)
                chunk.append(recipient(i + 1, QStringLiteral("+861380000020%1").arg(i)));
            QVERIFY(journal.addRecipients(campaignId, chunk));
            sent = idsOf(journal.queued(campaignId, 0, 3));
            QVERIFY(journal.beginBatch(campaignId, QStringLiteral("SendSms"), sent) > 0);
            // The process dies here: no answer is ever recorded.
        }
        store::Database db;
        QVERIFY(db.open(path));
        store::CampaignJournal journal(db);
        QCOMPARE(journal.counts(campaignId).inFlight, 3);
        QCOMPARE(journal.recoverInterrupted(campaignId), 1);
        const store::CampaignCounts counts = journal.counts(campaignId);
        QCOMPARE(counts.uncertain, 3);
        QCOMPARE(counts.queued, 2);
        // Neither the queue nor a new batch ever hands them out again.
        QCOMPARE(idsOf(journal.queued(campaignId, 0, 10)).size(), 2);
        QCOMPARE(journal.beginBatch(campaignId, QStringLiteral("SendSms"), {sent.first()}), 0);
        QCOMPARE(journal.counts(campaignId), counts);
        const auto uncertain = journal.batches(campaignId, store::BatchState::Uncertain);
        QCOMPARE(uncertain.size(), 1);
        QCOMPARE(journal.recipientsOfBatch(uncertain.first().id, RecipientState::Uncertain).size(),
                 3);
    }

    void twoJournalsOnOneFileClaimDisjointRecipients()
    {
        const store::StoreLocation path = m_store.location(QStringLiteral("claims.sqlite"));
        store::Database db1;
        store::Database db2;
        QVERIFY(db1.open(path));
        QVERIFY(db2.open(path));
        store::CampaignJournal one(db1);
        store::CampaignJournal two(db2);
        const qint64 id = one.createCampaign(campaignRecord());
        QList<campaign::Recipient> chunk;
        for (int i = 0; i < 20; ++i)
            chunk.append(
                recipient(i + 1, QStringLiteral("+86138000003%1").arg(i, 2, 10, QLatin1Char('0'))));
        QVERIFY(one.addRecipients(id, chunk));
        const qint64 run1 = store::RunRegistry(db1).start(id, QStringLiteral("test"), 60'000);
        const qint64 run2 = store::RunRegistry(db2).start(id, QStringLiteral("test"), 60'000);
        QVERIFY(run1 > 0 && run2 > 0);
        // Both read the same head of the queue.
        const QList<qint64> head1 = idsOf(one.queued(id, 0, 12));
        const QList<qint64> head2 = idsOf(two.queued(id, 0, 12));
        QCOMPARE(head1, head2);
        const auto first
            = one.claimBatches(id, run1, 60'000, {{QStringLiteral("SendSms"), head1.mid(0, 8)}});
        QVERIFY(first);
        QCOMPARE(first->size(), 1);
        QCOMPARE(first->first().recipientIds, head1.mid(0, 8));
        // The second takes what is left of its plan: the rest of a partly
        // taken batch, and nothing of a batch wholly taken (no batch).
        const auto second = two.claimBatches(id, run2, 60'000,
                                             {{QStringLiteral("SendSms"), head2.mid(0, 4)},
                                              {QStringLiteral("SendSms"), head2.mid(4, 8)}});
        QVERIFY(second);
        QCOMPARE(second->size(), 2);
        QCOMPARE(second->at(0).batchId, 0);
        QVERIFY(second->at(0).recipientIds.isEmpty());
        QVERIFY(second->at(1).batchId > 0);
        QCOMPARE(second->at(1).recipientIds, head2.mid(8, 4));
        // The batch records what it carries, under its run.
        const auto inFlight = two.batches(id, store::BatchState::InFlight);
        QCOMPARE(inFlight.size(), 2);
        QCOMPARE(inFlight.last().size, 4);
        QCOMPARE(two.recipientsOfBatch(second->at(1).batchId, RecipientState::InFlight).size(), 4);
        QCOMPARE(one.counts(id).inFlight, 12);
        QCOMPARE(one.counts(id).queued, 8);
        // An ended run claims nothing.
        QVERIFY(store::RunRegistry(db1).end(run1));
        QVERIFY(!one.claimBatches(id, run1, 60'000,
                                  {{QStringLiteral("SendSms"), idsOf(one.queued(id, 0, 2))}}));
        QCOMPARE(one.counts(id).queued, 8);
    }

    void recoveryLeavesALiveRunsBatchesAlone()
    {
        store::Database db;
        QVERIFY(db.open(m_store.location(QStringLiteral("recovery.sqlite"))));
        store::CampaignJournal journal(db);
        store::RunRegistry runs(db);
        const qint64 id = journal.createCampaign(campaignRecord());
        QList<campaign::Recipient> chunk;
        for (int i = 0; i < 9; ++i)
            chunk.append(recipient(i + 1, QStringLiteral("+8613800000400%1").arg(i)));
        QVERIFY(journal.addRecipients(id, chunk));
        const QList<qint64> ids = idsOf(journal.queued(id, 0, 9));
        const qint64 live = runs.start(id, QStringLiteral("live"), 60'000);
        const qint64 dead = runs.start(id, QStringLiteral("dead"), 60'000);
        QVERIFY(
            journal.claimBatches(id, live, 60'000, {{QStringLiteral("SendSms"), ids.mid(0, 3)}}));
        QVERIFY(
            journal.claimBatches(id, dead, 60'000, {{QStringLiteral("SendSms"), ids.mid(3, 3)}}));
        // Written before runs existed: no run at all.
        QVERIFY(journal.beginBatch(id, QStringLiteral("SendSms"), ids.mid(6, 3)) > 0);
        // The dead run's lease passes without renewal.
        QVERIFY(runs.renew(dead, -1));
        QCOMPARE(runs.liveRuns(id).size(), 1);
        QCOMPARE(journal.inFlightBatchesOfOthers(id, live), 2);

        QCOMPARE(journal.recoverInterrupted(id), 2);
        const store::CampaignCounts counts = journal.counts(id);
        QCOMPARE(counts.inFlight, 3);
        QCOMPARE(counts.uncertain, 6);
        QCOMPARE(journal.inFlightBatchesOfOthers(id, live), 0);
        QCOMPARE(journal.inFlightBatchesOfOthers(id, dead), 1);
        // The dead run is ended: its renewal is refused from now on.
        QVERIFY(runs.run(dead)->endedAt.isValid());
        QVERIFY(!runs.renew(dead, 60'000));
        QVERIFY(runs.renew(live, 60'000));
        // A run of this computer whose process is gone is over at once,
        // without waiting for its lease.
        const qint64 gone = runs.start(id, QStringLiteral("gone"), 60'000);
        QProcess exited;
        exited.start(QStringLiteral("true"), {});
        QVERIFY(exited.waitForStarted());
        const qint64 pid = exited.processId();
        QVERIFY(pid > 0);
        QVERIFY(exited.waitForFinished());
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("UPDATE runs SET pid = ? WHERE id = ?"));
        q.addBindValue(pid);
        q.addBindValue(gone);
        QVERIFY(q.exec());
        QVERIFY(runs.run(gone)->isLive(QDateTime::currentDateTime()));
        QCOMPARE(journal.recoverInterrupted(id), 0);
        QVERIFY(runs.run(gone)->endedAt.isValid());
        QVERIFY(runs.run(live)->isLive(QDateTime::currentDateTime()));
        // Its late answer still settles its numbers (over uncertain), and a
        // late requeue leaves them for reconciliation.
        const qint64 deadBatch = journal.batches(id, store::BatchState::Uncertain).first().id;
        QVERIFY(journal.requeueBatch(deadBatch, api::ApiError::cancelled()));
        QCOMPARE(journal.batches(id, store::BatchState::Uncertain).size(), 2);
        domain::SendStatusList statuses;
        for (const store::JournalRecipient &r :
             journal.recipientsOfBatch(deadBatch, RecipientState::Uncertain)) {
            domain::SendStatus status;
            status.phoneNumber = r.phone;
            status.code = QStringLiteral("Ok");
            status.serialNo = QStringLiteral("late-%1").arg(r.id);
            statuses.append(status);
        }
        QCOMPARE(statuses.size(), 3);
        QVERIFY(journal.finishBatch(deadBatch, QStringLiteral("req-late"), statuses));
        QCOMPARE(journal.counts(id).accepted, 3);
        QCOMPARE(journal.counts(id).uncertain, 3);
        QCOMPARE(journal.batches(id, store::BatchState::Uncertain).size(), 1);
    }

    void answersSettleEachNumber()
    {
        store::Database db;
        QVERIFY(db.open(m_store.location(QStringLiteral("answer.sqlite"))));
        store::CampaignJournal journal(db);
        const qint64 id = journal.createCampaign(campaignRecord());
        QVERIFY(journal.addRecipients(id,
                                      {recipient(1, QStringLiteral("+8613800000301")),
                                       recipient(2, QStringLiteral("+8613800000302")),
                                       recipient(3, QStringLiteral("+8613800000303"))}));
        const qint64 batch
            = journal.beginBatch(id, QStringLiteral("SendSms"), idsOf(journal.queued(id, 0, 3)));
        // The third number is missing from the answer: it may have gone out.
        QVERIFY(
            journal.finishBatch(batch, QStringLiteral("req-1"),
                                {status(QStringLiteral("+8613800000301"), QStringLiteral("Ok"),
                                        QStringLiteral("2019:1")),
                                 status(QStringLiteral("+8613800000302"),
                                        QStringLiteral("LimitExceeded.PhoneNumberDailyLimit"))}));
        const store::CampaignCounts counts = journal.counts(id);
        QCOMPARE(counts.accepted, 1);
        QCOMPARE(counts.refused, 1);
        QCOMPARE(counts.uncertain, 1);
        const auto accepted = journal.recipients(id, RecipientState::Accepted);
        QCOMPARE(accepted.first().serialNo, QStringLiteral("2019:1"));
        QCOMPARE(accepted.first().requestId, QStringLiteral("req-1"));
        QCOMPARE(accepted.first().fee, 1);
        QCOMPARE(journal.batches(id, store::BatchState::Uncertain).size(), 1);

        // Reconciliation: the service has no record, so back to the queue.
        const auto uncertain = journal.recipients(id, RecipientState::Uncertain);
        QVERIFY(journal.settle(uncertain.first().id, RecipientState::Queued));
        QVERIFY(journal.closeBatchIfSettled(batch));
        QCOMPARE(journal.batches(id, store::BatchState::Uncertain).size(), 0);
        QCOMPARE(journal.counts(id).queued, 1);
        // settle() never touches a number that is not uncertain.
        QVERIFY(journal.settle(accepted.first().id, RecipientState::Queued));
        QCOMPARE(journal.counts(id).accepted, 1);
    }

    void aFullBatchSettlesEachNumberInOneGo()
    {
        // More rows than one multi-row INSERT takes, with pre-flight
        // refusals among them, and a batch of more numbers than one
        // multi-row UPDATE settles: every row must still be its own.
        const store::StoreLocation path = m_store.location(QStringLiteral("full.sqlite"));
        store::Database db;
        QVERIFY(db.open(path));
        store::CampaignJournal journal(db);
        const qint64 id = journal.createCampaign(campaignRecord());
        const int count = 215;
        QList<campaign::Recipient> rows;
        for (int i = 0; i < count; ++i) {
            const QString phone = QStringLiteral("+86139%1").arg(i, 8, 10, QLatin1Char('0'));
            rows.append(i % 40 == 7 ? recipient(i + 2, phone, {QStringLiteral("p%1").arg(i)},
                                                QStringLiteral("FailedOperation.OptedOut"))
                                    : recipient(i + 2, phone, {QStringLiteral("p%1").arg(i)}));
        }
        QVERIFY(journal.addRecipients(id, rows));
        const auto all = journal.allRecipients(id, 0, 1000);
        QCOMPARE(all.size(), count);
        for (int i = 0; i < count; ++i) {
            QCOMPARE(all.at(i).sourceRow, i + 2);
            QCOMPARE(all.at(i).phone, rows.at(i).phone);
            QCOMPARE(all.at(i).parameters, rows.at(i).parameters);
            QCOMPARE(all.at(i).state,
                     i % 40 == 7 ? RecipientState::Refused : RecipientState::Queued);
            QCOMPARE(all.at(i).code,
                     i % 40 == 7 ? QStringLiteral("FailedOperation.OptedOut") : QString());
        }

        const auto queued = journal.queued(id, 0, 1000);
        QVERIFY(queued.size() > 200);
        const qint64 batch = journal.beginBatch(id, QStringLiteral("SendSms"), idsOf(queued));
        QVERIFY(batch > 0);
        // In another order than the request's; one refused, one left out.
        domain::SendStatusList statuses;
        for (qsizetype i = queued.size() - 1; i >= 0; --i) {
            if (i == 5)
                continue;
            statuses.append(i == 100 ? status(queued.at(i).phone, QStringLiteral("Busy"))
                                     : status(queued.at(i).phone, QStringLiteral("Ok"),
                                              QStringLiteral("2019:%1").arg(i)));
        }
        QVERIFY(journal.finishBatch(batch, QStringLiteral("req-full"), statuses));

        // Closing with the journal's statements still prepared is clean.
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
        db.close();
        QVERIFY(db.open(path));
        const auto settled = journal.allRecipients(id, 0, 1000);
        QCOMPARE(settled.size(), count);
        qsizetype q = 0;
        for (const store::JournalRecipient &r : settled) {
            if (r.sourceRow % 40 == 9) // refused by pre-flight (i % 40 == 7)
                continue;
            QCOMPARE(r.id, queued.at(q).id);
            QCOMPARE(r.requestId, QStringLiteral("req-full"));
            if (q == 5) {
                QCOMPARE(r.state, RecipientState::Uncertain);
                QCOMPARE(r.code, QStringLiteral("ClientError.MissingStatus"));
                QCOMPARE(r.serialNo, QString());
            } else if (q == 100) {
                QCOMPARE(r.state, RecipientState::Refused);
                QCOMPARE(r.code, QStringLiteral("Busy"));
                QCOMPARE(r.message, QStringLiteral("no"));
                QCOMPARE(r.fee, 0);
            } else {
                QCOMPARE(r.state, RecipientState::Accepted);
                QCOMPARE(r.serialNo, QStringLiteral("2019:%1").arg(q));
                QCOMPARE(r.code, QStringLiteral("Ok"));
                QCOMPARE(r.message, QString());
                QCOMPARE(r.fee, 1);
            }
            ++q;
        }
        QCOMPARE(q, queued.size());
        QCOMPARE(journal.batches(id, store::BatchState::Uncertain).size(), 1);
    }

    void wholeRefusalsRequeuesAndExport()
    {
        store::Database db;
        QVERIFY(db.open(m_store.location(QStringLiteral("refused.sqlite"))));
        store::CampaignJournal journal(db);
        const qint64 id = journal.createCampaign(campaignRecord());
        QVERIFY(journal.addRecipients(
            id,
            {recipient(1, QStringLiteral("+8613800000401"), {QStringLiteral("x,\"y\"")}),
             recipient(2, QStringLiteral("+8613800000402")),
             recipient(3, QStringLiteral("+8613800000403"))}));
        const auto queued = journal.queued(id, 0, 10);
        const qint64 first = journal.beginBatch(id, QStringLiteral("SendSms"), {queued.at(0).id});
        QVERIFY(journal.failBatch(
            first,
            api::ApiError::service(QStringLiteral("FailedOperation.SignatureIncorrectOrUnapproved"),
                                   QStringLiteral("unapproved"))));
        const qint64 second = journal.beginBatch(id, QStringLiteral("SendSms"), {queued.at(1).id});
        QVERIFY(journal.requeueBatch(
            second, api::ApiError::service(QStringLiteral("RequestLimitExceeded"), {})));
        QCOMPARE(journal.counts(id).refused, 1);
        QCOMPARE(journal.counts(id).queued, 2);

        QBuffer csv;
        QVERIFY(csv.open(QIODevice::WriteOnly));
        QCOMPARE(journal.exportRefused(id, csv), 1);
        const QList<QByteArray> lines = csv.data().split('\n');
        QCOMPARE(lines.at(0), QByteArray("row,input,phone,code,message,parameters\r"));
        QCOMPARE(lines.at(1),
                 QByteArray("1,+8613800000401,+8613800000401,"
                            "FailedOperation.SignatureIncorrectOrUnapproved,"
                            "unapproved,\"x,\"\"y\"\"\"\r"));

        QCOMPARE(journal.requeueRefused(id, QStringLiteral("Other.Code")), 0);
        QCOMPARE(journal.requeueRefused(
                     id, QStringLiteral("FailedOperation.SignatureIncorrectOrUnapproved")),
                 1);
        QCOMPARE(journal.counts(id).queued, 3);
        QVERIFY(journal.updateRecipient(queued.at(0).id, QStringLiteral("+8613800000499"), {}));
        QCOMPARE(journal.queued(id, 0, 1).first().phone, QStringLiteral("+8613800000499"));
    }

    void anImportOnItsWorkerThreadWritesTheJournal()
    {
        const store::StoreLocation path = m_store.location(QStringLiteral("imported.sqlite"));
        store::Database db;
        QVERIFY(db.open(path));
        store::CampaignJournal journal(db);
        const qint64 id = journal.createCampaign(campaignRecord());
        store::JournalImportSink sink(path, id);
        campaign::Preflight::Options options;
        options.templateContent = QStringLiteral("您的验证码为{1}。");
        options.smsType = domain::SmsType::VerificationCode;
        auto *job = campaign::ImportJob::fromText(
            QStringLiteral("13800138000,1234\n13800138001,5678\nnot a number,1\n"), {}, options,
            &sink);
        QSignalSpy finished(job, &campaign::ImportJob::finished);
        job->start();
        QVERIFY(finished.wait(30000));
        QVERIFY2(job->succeeded(), qPrintable(job->errorString()));
        delete job;
        // Written on the worker thread, read here through this thread's own
        // connection.
        const store::CampaignCounts counts = journal.counts(id);
        QCOMPARE(counts.queued, 2);
        QCOMPARE(counts.refused, 1);
        QCOMPARE(journal.queued(id, 0, 1).first().phone, QStringLiteral("+8613800138000"));
        QCOMPARE(journal.queued(id, 0, 1).first().parameters, QStringList {QStringLiteral("1234")});
    }

    // The runner's lean read of the queue gives what the full one gives for
    // the fields a request needs, across runs of equal parameters (decoded
    // once and shared), an empty list, a list of one empty value, values
    // holding the separators, and a cursor and limit.
    void queuedToSendAgreesWithQueued()
    {
        store::Database db;
        QVERIFY(db.open(m_store.location(QStringLiteral("lean.sqlite"))));
        store::CampaignJournal journal(db);
        const qint64 id = journal.createCampaign(campaignRecord());
        const QStringList shared = {QStringLiteral("Li"), QStringLiteral("A7")};
        const QStringList separated = {QStringLiteral("a") + QChar(0x1f) + QStringLiteral("b"),
                                       QStringLiteral("c") + QChar(0x1e)};
        QList<campaign::Recipient> rows;
        for (int i = 0; i < 5; ++i)
            rows.append(recipient(2 + i, QStringLiteral("+861380000010%1").arg(i), shared));
        rows.append(recipient(7, QStringLiteral("+8613800000200"), {}));
        rows.append(recipient(8, QStringLiteral("+8613800000201"), {QString()}));
        rows.append(recipient(9, QStringLiteral("+8613800000202"), separated));
        rows.append(recipient(10, QStringLiteral("+85251234567"), shared));
        rows.last().market = domain::Market::International;
        rows.append(recipient(11, QString(), shared,
                              QStringLiteral("InvalidParameterValue.IncorrectPhoneNumber")));
        rows.append(recipient(12, QStringLiteral("+8613800000203"), shared));
        QVERIFY(journal.addRecipients(id, rows));

        for (const auto &[after, limit] : {std::pair<qint64, int> {0, 100}, {3, 4}, {0, 1}}) {
            const auto full = journal.queued(id, after, limit);
            const auto lean = journal.queuedToSend(id, after, limit);
            QCOMPARE(lean.size(), full.size());
            for (qsizetype i = 0; i < full.size(); ++i) {
                QCOMPARE(lean.at(i).id, full.at(i).id);
                QCOMPARE(lean.at(i).campaignId, full.at(i).campaignId);
                QCOMPARE(lean.at(i).phone, full.at(i).phone);
                QCOMPARE(lean.at(i).parameters, full.at(i).parameters);
                QCOMPARE(lean.at(i).parameters.size(), full.at(i).parameters.size());
                QCOMPARE(lean.at(i).market, full.at(i).market);
                QCOMPARE(lean.at(i).state, store::RecipientState::Queued);
            }
        }
        const auto all = journal.queuedToSend(id, 0, 100);
        QCOMPARE(all.size(), 10);
        QCOMPARE(all.at(5).parameters, QStringList());
        QCOMPARE(all.at(6).parameters, QStringList {QString()});
        QCOMPARE(all.at(7).parameters, separated);
        QCOMPARE(all.at(8).market, domain::Market::International);
        QCOMPARE(all.at(9).parameters, shared);
    }

    // What a spreadsheet can hold comes back as written: tabs, line
    // breaks, backslashes (PostgreSQL's COPY treats them specially), a
    // literal \N (its NULL), quotes, Chinese, an empty value.
    void importKeepsEveryCharacter()
    {
        store::Database db;
        QVERIFY(db.open(m_store.location(QStringLiteral("characters.sqlite"))));
        store::CampaignJournal journal(db);
        const qint64 id = journal.createCampaign(campaignRecord());
        const QStringList awkward = {QStringLiteral("a\tb\nc\r\nd"),
                                     QStringLiteral("C:\\path\\N"),
                                     QStringLiteral("\\N"),
                                     QString(QLatin1String("")),
                                     QStringLiteral("\"quoted\" 'single' 李雷"),
                                     QStringLiteral("tab\tat end\t")};
        auto first = recipient(2, QStringLiteral("+8613800000101"), awkward);
        first.input = QStringLiteral(" 138 0000 0101\t");
        auto refused = recipient(3, QString(), {QStringLiteral("x\\y")},
                                 QStringLiteral("InvalidParameterValue.IncorrectPhoneNumber"));
        refused.input = QStringLiteral("not\na number\\");
        refused.problem = QStringLiteral("行 3：\t号码\n不对\\");
        QVERIFY(journal.addRecipients(id, {first, refused}));

        const auto queued = journal.queued(id, 0, 10);
        QCOMPARE(queued.size(), 1);
        QCOMPARE(queued.first().parameters, awkward);
        QCOMPARE(queued.first().input, first.input);
        QCOMPARE(queued.first().phone, first.phone);
        const auto lean = journal.queuedToSend(id, 0, 10);
        QCOMPARE(lean.first().parameters, awkward);
        const auto refusedRows = journal.recipients(id, RecipientState::Refused, 0, 10);
        QCOMPARE(refusedRows.size(), 1);
        QCOMPARE(refusedRows.first().input, refused.input);
        QCOMPARE(refusedRows.first().message, refused.problem);
        QCOMPARE(refusedRows.first().code, refused.problemCode);
        QCOMPARE(refusedRows.first().parameters, refused.parameters);
    }

private:
    TestStore m_store;
};

QTEST_GUILESS_MAIN(tst_CampaignJournal)
#include "tst_campaignjournal.moc"
