// SPDX-License-Identifier: GPL-3.0-or-later
// smsctl stats: the service's statistics from a sandbox on 127.0.0.1 as
// tab-separated text and as JSON (the counts the sandbox was sent), usage
// errors for bad dates and ranges, and the local history read by the real
// smsctl with --local --journal, without any keys.

#include "HistoryFixture.h"
#include "ReviewTestSession.h"
#include "SandboxHarness.h"
#include "cli/StatsCommand.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sms;
using cli::StatsCommand;

class tst_StatsCommand : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sandboxtest::Harness> m_harness;
    std::unique_ptr<ReviewTestSession> m_session;

    struct Outcome
    {
        int prepared = -1;
        QString problem;
        api::ApiError error;
        QString out;
        QString err;
    };

    // Runs `smsctl stats ARGS` in this process against the harness.
    Outcome run(const QStringList &args)
    {
        Outcome o;
        QTextStream out(&o.out);
        QTextStream err(&o.err);
        QCommandLineParser parser;
        parser.addOptions(StatsCommand::options());
        parser.addOption({QStringLiteral("journal"), QString(), QStringLiteral("DB")});
        parser.addOption({QStringLiteral("app-id"), QString(), QStringLiteral("ID")});
        parser.addPositionalArgument(QStringLiteral("command"), QString());
        if (!parser.parse(QStringList {QStringLiteral("smsctl"), QStringLiteral("stats")} + args)) {
            o.problem = parser.errorText();
            return o;
        }
        StatsCommand command(out, err);
        o.prepared = command.prepare(parser, parser.positionalArguments(), &o.problem);
        if (o.prepared >= 0)
            return o;
        QSignalSpy finished(&command, &StatsCommand::finished);
        command.start(*m_session, sandboxtest::appId());
        if (!finished.wait(20000))
            o.problem = QStringLiteral("no answer");
        else
            o.error = finished.constFirst().constFirst().value<api::ApiError>();
        out.flush();
        err.flush();
        return o;
    }

private Q_SLOTS:
    void init()
    {
        m_harness = std::make_unique<sandboxtest::Harness>();
        m_harness->addStandardFixtures();
        m_harness->settings().receiptFailurePercent = 0;
        auto *reply = m_harness->api().sendSms(
            m_harness->domestic({sandboxtest::cn(0), sandboxtest::cn(3), sandboxtest::cn(1001)},
                                m_harness->domesticCode, {QStringLiteral("1234")}));
        QVERIFY(sandboxtest::waitFor(reply));
        reply->deleteLater();
        m_harness->advance(10);
        m_session = std::make_unique<ReviewTestSession>(m_harness->api());
    }

    void cleanup()
    {
        m_session.reset();
        m_harness.reset();
    }

    void textPerDay()
    {
        const Outcome o = run({QStringLiteral("--from"), QStringLiteral("2026-03-08"),
                               QStringLiteral("--to"), QStringLiteral("2026-03-10")});
        QVERIFY2(o.problem.isEmpty(), qPrintable(o.problem));
        QVERIFY2(!o.error.isError(), qPrintable(o.error.code()));
        const QStringList lines = o.out.split(QLatin1Char('\n'));
        QCOMPARE(lines.value(0), QStringLiteral("day\trequests\taccepted\tbilled"));
        QCOMPARE(lines.value(1), QStringLiteral("2026-03-08\t0\t0\t0"));
        QCOMPARE(lines.value(3), QStringLiteral("2026-03-10\t3\t3\t3"));
        QCOMPARE(lines.value(4), QStringLiteral("total\t3\t3\t3"));
        QVERIFY(lines.contains(QStringLiteral("delivered\t1")));
        QVERIFY(lines.contains(QStringLiteral("failed\t1")));
        QVERIFY(lines.contains(QStringLiteral("failed:InvalidNumber\t1")));
        QVERIFY(lines.contains(QStringLiteral("no-receipt-yet\t1")));
        QVERIFY(lines.contains(QStringLiteral("remaining\t4999997")));
    }

    void jsonPerHour()
    {
        const Outcome o
            = run({QStringLiteral("--from"), QStringLiteral("2026-03-10"), QStringLiteral("--to"),
                   QStringLiteral("2026-03-10"), QStringLiteral("--json")});
        QVERIFY2(!o.error.isError(), qPrintable(o.error.code()));
        const QJsonObject root = QJsonDocument::fromJson(o.out.toUtf8()).object();
        QCOMPARE(root.value(QStringLiteral("source")).toString(), QStringLiteral("cloud"));
        QCOMPARE(root.value(QStringLiteral("granularity")).toString(), QStringLiteral("hour"));
        QCOMPARE(root.value(QStringLiteral("requests")).toInt(), 3);
        const QJsonArray buckets = root.value(QStringLiteral("buckets")).toArray();
        QCOMPARE(buckets.size(), 24);
        QCOMPARE(buckets.at(10).toObject().value(QStringLiteral("start")).toString(),
                 QStringLiteral("2026-03-10T10:00:00+08:00"));
        QCOMPARE(buckets.at(10).toObject().value(QStringLiteral("accepted")).toInt(), 3);
        const QJsonObject delivery = root.value(QStringLiteral("delivery")).toObject();
        QCOMPARE(delivery.value(QStringLiteral("noReceiptYet")).toInt(), 1);
        QCOMPARE(root.value(QStringLiteral("remainingSegments")).toInteger(), 4999997);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("bad date") << QStringList {QStringLiteral("--from"),
                                                  QStringLiteral("10/3/2026")};
        QTest::newRow("backwards")
            << QStringList {QStringLiteral("--from"), QStringLiteral("2026-03-10"),
                            QStringLiteral("--to"), QStringLiteral("2026-03-01")};
        QTest::newRow("too long") << QStringList {
            QStringLiteral("--from"), QStringLiteral("2025-01-01"), QStringLiteral("--to"),
            QStringLiteral("2026-03-01")};
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        const int before = m_harness->server().requestCount();
        const Outcome o = run(args);
        QCOMPARE(o.prepared, 2);
        QVERIFY(!o.problem.isEmpty());
        QCOMPARE(m_harness->server().requestCount(), before);
    }

    void localHistoryWithoutKeys()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        {
            store::Database db;
            QVERIFY(db.open(path));
            HistoryFixture f(db);
            const qint64 c = f.campaign(sandboxtest::appId());
            f.add(c, sandboxtest::beijing(9), store::RecipientState::Accepted, QStringLiteral("Ok"),
                  2, HistoryFixture::Failed, QStringLiteral("MK:0001 空号"));
            f.add(c, sandboxtest::beijing(9, 30), store::RecipientState::Refused,
                  QStringLiteral("FailedOperation.PhoneNumberInBlacklist"));
        }
        QProcess smsctl;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("TENCENTCLOUD_SECRET_ID"));
        env.remove(QStringLiteral("TENCENTCLOUD_SECRET_KEY"));
        smsctl.setProcessEnvironment(env);
        smsctl.start(QStringLiteral(SMSCTL_PATH),
                     {QStringLiteral("stats"), QStringLiteral("--local"),
                      QStringLiteral("--journal"), path, QStringLiteral("--from"),
                      QStringLiteral("2026-03-09"), QStringLiteral("--to"),
                      QStringLiteral("2026-03-11"), QStringLiteral("--json")});
        QVERIFY(smsctl.waitForFinished(30000));
        QCOMPARE(smsctl.exitCode(), 0);
        const QJsonObject root = QJsonDocument::fromJson(smsctl.readAllStandardOutput()).object();
        QCOMPARE(root.value(QStringLiteral("source")).toString(), QStringLiteral("local"));
        QCOMPARE(root.value(QStringLiteral("requests")).toInt(), 2);
        QCOMPARE(root.value(QStringLiteral("billed")).toInt(), 2);
        const QJsonArray buckets = root.value(QStringLiteral("buckets")).toArray();
        QCOMPARE(buckets.at(1).toObject().value(QStringLiteral("requests")).toInt(), 2);
        const QJsonObject delivery = root.value(QStringLiteral("delivery")).toObject();
        QCOMPARE(delivery.value(QStringLiteral("failedByReason"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("reason"))
                     .toString(),
                 QStringLiteral("MK:0001 空号"));
        const QJsonArray refused = root.value(QStringLiteral("refusedByCode")).toArray();
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.first().toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("FailedOperation.PhoneNumberInBlacklist"));
        QVERIFY(!root.contains(QStringLiteral("packages")));
    }
};

QTEST_GUILESS_MAIN(tst_StatsCommand)
#include "tst_statscommand.moc"
