// SPDX-License-Identifier: GPL-3.0-or-later
// Every fault mode of the sandbox's FaultPlan, seen through ApiClient: added
// latency (and the client's time-out), injected service errors, HTTP 502/503,
// a body cut short, a body that is not JSON, and "drop after commit", where
// the send happens but its answer never comes. For a send, each fault that
// leaves the outcome open must be reported as outcomeUnknown() and must never
// be sent again by the client. Plus the FaultPlan spec parser.

#include "SandboxHarness.h"
#include "sandbox/SandboxLauncher.h"

#include <QElapsedTimer>
#include <QTest>

using namespace sms;
using namespace sandboxtest;
using api::ApiError;
using sandbox::FaultPlan;

namespace {
FaultPlan::Faults latency(int ms)
{
    FaultPlan::Faults f;
    f.latencyMs = ms;
    return f;
}
FaultPlan::Faults error(double share, const QString &code)
{
    FaultPlan::Faults f;
    f.errorShare = share;
    f.errorCode = code;
    return f;
}
FaultPlan::Faults http(int status, double share = 1)
{
    FaultPlan::Faults f;
    f.httpStatus = status;
    f.httpShare = share;
    return f;
}
FaultPlan::Faults truncate()
{
    FaultPlan::Faults f;
    f.truncateShare = 1;
    return f;
}
FaultPlan::Faults notJson()
{
    FaultPlan::Faults f;
    f.notJsonShare = 1;
    return f;
}
FaultPlan::Faults drop()
{
    FaultPlan::Faults f;
    f.dropShare = 1;
    return f;
}
} // namespace

class tst_SandboxFaults : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Harness> h;

    api::ApiReply<domain::SendSmsResult> *send(const QString &number = cn(1001))
    {
        auto *reply = h->api().sendSms(h->domestic({number}, h->domesticCode, {QStringLiteral("1234")}));
        waitFor(reply);
        return reply;
    }

    api::ApiReply<domain::DescribeSmsSignListResult> *describe()
    {
        auto *reply = h->api().describeSmsSignList({});
        waitFor(reply);
        return reply;
    }

    void setTimeout(int ms)
    {
        api::ClientConfig config = h->client().config();
        config.timeoutMs = ms;
        h->client().setConfig(config);
    }

    int acceptedSends() const
    {
        int n = 0;
        for (const auto &s : h->state().sends)
            n += s.requestCode == QLatin1String("Ok");
        return n;
    }

    // What the sandbox knows about a number: how an operator reconciles a
    // send whose outcome is unknown.
    QList<domain::SendRecord> records(const QString &number)
    {
        domain::DescribeSendRecordListRequest r;
        r.phoneNumber = number;
        r.smsSdkAppId = appId();
        r.beginTime = h->now() - 3600;
        auto *reply = h->api().describeSendRecordList(r);
        waitFor(reply);
        return reply->result().sendRecordSet;
    }

private Q_SLOTS:
    void init()
    {
        h = std::make_unique<Harness>();
        h->addStandardFixtures();
    }

    void cleanup() { h.reset(); }

    // ---- Latency ------------------------------------------------------------------

    void latencyWithinTheTimeout()
    {
        h->server().faults().set(QStringLiteral("SendSms"), latency(400));
        QElapsedTimer timer;
        timer.start();
        auto *reply = send();
        QVERIFY2(reply->succeeded(), qPrintable(reply->error().summary()));
        QVERIFY2(timer.elapsed() >= 390, qPrintable(QString::number(timer.elapsed())));
        // Other actions are not slowed down (asked of the plan rather than
        // timed: a busy machine makes any wall-clock bound flaky).
        QCOMPARE(h->server().faults().decide(QStringLiteral("DescribeSmsSignList")).latencyMs, 0);
        QVERIFY(describe()->succeeded());
    }

    void latencyBeyondTheTimeoutLeavesASendUnknown()
    {
        h->server().faults().set(QStringLiteral("SendSms"), latency(500));
        setTimeout(150);
        auto *reply = send();
        QVERIFY(reply->isFinished());
        QCOMPARE(reply->error().kind(), ApiError::Kind::Timeout);
        QCOMPARE(reply->error().code(), QStringLiteral("ClientError.Timeout"));
        QVERIFY(reply->error().outcomeUnknown());
        QCOMPARE(reply->attempts(), 1);
        // The send really happened in the sandbox, once.
        QCOMPARE(h->server().requestCount(QStringLiteral("SendSms")), 1);
        QCOMPARE(acceptedSends(), 1);
        // Let the late answer go out to a closed connection: nothing breaks.
        QTest::qWait(450);
        QCOMPARE(h->server().requestCount(QStringLiteral("SendSms")), 1);
        // Reconciling finds the send.
        h->server().faults().clear();
        setTimeout(10000);
        const auto found = records(cn(1001));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().requestCode, QStringLiteral("Ok"));
        QVERIFY(!found.first().serialNo.isEmpty());
    }

    void latencyBeyondTheTimeoutIsNotRetriedPastIt()
    {
        // The time limit is the whole call's: an attempt that used it up
        // leaves none for a retry, however safe the read.
        h->server().faults().set(QStringLiteral("DescribeSmsSignList"), latency(300));
        setTimeout(100);
        auto *reply = describe();
        QCOMPARE(reply->error().kind(), ApiError::Kind::Timeout);
        QVERIFY(!reply->error().outcomeUnknown()); // a read changes nothing
        QCOMPARE(reply->attempts(), 1);
        QCOMPARE(h->server().requestCount(QStringLiteral("DescribeSmsSignList")), 1);
    }

    // ---- Injected service errors ------------------------------------------------------

    void injectedError_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("InternalError.SendAndRecvFail") << "InternalError.SendAndRecvFail";
        QTest::newRow("InternalError.Timeout") << "InternalError.Timeout";
        QTest::newRow("FailedOperation.FailResolvePacket") << "FailedOperation.FailResolvePacket";
        QTest::newRow("LimitExceeded.DeliveryFrequencyLimit") << "LimitExceeded.DeliveryFrequencyLimit";
        QTest::newRow("ServiceUnavailable") << "ServiceUnavailable";
    }

    void injectedError()
    {
        QFETCH(QString, code);
        h->server().faults().set(QStringLiteral("SendSms"), error(1, code));
        auto *reply = send();
        QCOMPARE(reply->error().kind(), ApiError::Kind::Service);
        QCOMPARE(reply->error().code(), code);
        QVERIFY(!reply->error().message().isEmpty());
        QVERIFY(!reply->error().requestId().isEmpty());
        // An error answer is an answer: nothing happened, nothing is unknown.
        QVERIFY(!reply->error().outcomeUnknown());
        QCOMPARE(reply->attempts(), 1);
        QCOMPARE(acceptedSends(), 0);
    }

    void injectedTransientErrorIsRetriedForReads()
    {
        h->server().faults().set(QStringLiteral("DescribeSmsSignList"),
                                 error(1, QStringLiteral("InternalError.SendAndRecvFail")));
        auto *reply = describe();
        QCOMPARE(reply->error().code(), QStringLiteral("InternalError.SendAndRecvFail"));
        QCOMPARE(reply->attempts(), 3);
        QCOMPARE(h->server().requestCount(QStringLiteral("DescribeSmsSignList")), 3);
    }

    void errorShareIsAShare()
    {
        h->server().faults().setSeed(42);
        h->server().faults().set(QStringLiteral("SendSms"), error(0.5, QStringLiteral("InternalError.OtherError")));
        int failed = 0;
        for (int i = 0; i < 40; ++i) {
            auto *reply = send(cn(1100 + i));
            if (reply->error().code() == QLatin1String("InternalError.OtherError"))
                ++failed;
            else
                QVERIFY2(reply->succeeded(), qPrintable(reply->error().summary()));
        }
        QVERIFY2(failed >= 10 && failed <= 30, qPrintable(QString::number(failed)));
        QCOMPARE(acceptedSends(), 40 - failed);
    }

    void faultsArePerActionWithAFallback()
    {
        FaultPlan &plan = h->server().faults();
        plan.set(QStringLiteral("*"), error(1, QStringLiteral("InternalError.UnknownError")));
        plan.set(QStringLiteral("SendSms"), latency(0)); // SendSms: its own entry, no faults
        QVERIFY2(send()->succeeded(), "SendSms has its own entry");
        auto *c = h->client().call(QStringLiteral("PullSmsSendStatus"),
                                   {{QStringLiteral("Limit"), 10}, {QStringLiteral("SmsSdkAppId"), appId()}});
        SB_WAIT(c);
        QCOMPARE(c->error().code(), QStringLiteral("InternalError.UnknownError"));
        plan.clear();
        QVERIFY(plan.isEmpty());
        QVERIFY(describe()->succeeded());
    }

    void faultsComeAfterTheProtocolChecks()
    {
        // A request the service refuses anyway is refused as usual: faults
        // stand for trouble behind a valid request.
        h->server().faults().set(QStringLiteral("*"), notJson());
        h->client().setCredential({secretId(), QStringLiteral("wrong"), {}});
        QCOMPARE(describe()->error().code(), QStringLiteral("AuthFailure.SignatureFailure"));
    }

    // ---- HTTP status --------------------------------------------------------------

    void httpStatus_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("502") << 502;
        QTest::newRow("503") << 503;
        QTest::newRow("504") << 504;
    }

    void httpStatus()
    {
        QFETCH(int, status);
        h->server().faults().set(QStringLiteral("SendSms"), http(status));
        auto *reply = send();
        QCOMPARE(reply->error().kind(), ApiError::Kind::HttpStatus);
        QCOMPARE(reply->error().code(), QStringLiteral("ClientError.HttpStatus"));
        QCOMPARE(reply->error().httpStatus(), status);
        QVERIFY(reply->error().message().contains(QString::number(status)));
        // A gateway error may hide a send: the client cannot know.
        QVERIFY(reply->error().outcomeUnknown());
        QCOMPARE(reply->attempts(), 1);
        QCOMPARE(h->server().requestCount(QStringLiteral("SendSms")), 1);
        QCOMPARE(acceptedSends(), 0); // (the sandbox's gateway refused before the service)
    }

    void httpStatusAfterCommitHidesARealSend()
    {
        FaultPlan::Faults f = http(502);
        f.httpAfterCommit = true;
        h->server().faults().set(QStringLiteral("SendSms"), f);
        auto *reply = send();
        QCOMPARE(reply->error().kind(), ApiError::Kind::HttpStatus);
        QCOMPARE(reply->error().httpStatus(), 502);
        // The client cannot tell this 502 from the one before the service, and
        // must not: both are uncertain, and here the send did happen.
        QVERIFY(reply->error().outcomeUnknown());
        QCOMPARE(reply->attempts(), 1);
        QVERIFY(acceptedSends() > 0);

        QString error;
        FaultPlan plan;
        QVERIFY(plan.parse(QStringLiteral("SendSms:http=502:0.5:after"), &error));
        QVERIFY(!plan.parse(QStringLiteral("SendSms:http=502:0.5:before"), &error));
    }

    void httpStatusIsRetriedForReads()
    {
        h->server().faults().set(QStringLiteral("DescribeSmsSignList"), http(503));
        auto *reply = describe();
        QCOMPARE(reply->error().httpStatus(), 503);
        QCOMPARE(reply->attempts(), 3);
        // And a transient 503 passes.
        h->server().faults().setSeed(1);
        h->server().faults().set(QStringLiteral("DescribeSmsSignList"), http(503, 0.5));
        int succeeded = 0;
        for (int i = 0; i < 10; ++i)
            succeeded += describe()->succeeded();
        QVERIFY2(succeeded >= 7, qPrintable(QString::number(succeeded)));
    }

    // ---- Broken bodies ------------------------------------------------------------------

    void truncatedBody()
    {
        h->server().faults().set(QStringLiteral("SendSms"), truncate());
        auto *reply = send();
        QCOMPARE(reply->error().kind(), ApiError::Kind::Protocol);
        QCOMPARE(reply->error().code(), QStringLiteral("ClientError.TruncatedResponse"));
        QVERIFY(reply->error().outcomeUnknown());
        QCOMPARE(reply->attempts(), 1);
        // The answer was cut, the send was not.
        QCOMPARE(acceptedSends(), 1);
        QCOMPARE(h->server().requestCount(QStringLiteral("SendSms")), 1);
        h->server().faults().clear();
        QCOMPARE(records(cn(1001)).size(), 1);
    }

    void notJsonBody()
    {
        h->server().faults().set(QStringLiteral("SendSms"), notJson());
        auto *reply = send();
        QCOMPARE(reply->error().kind(), ApiError::Kind::Protocol);
        QCOMPARE(reply->error().code(), QStringLiteral("ClientError.MalformedResponse"));
        QVERIFY(reply->error().outcomeUnknown());
        QCOMPARE(reply->attempts(), 1);
        QCOMPARE(acceptedSends(), 0);
        // For a read, the same fault on every attempt.
        h->server().faults().set(QStringLiteral("DescribeSmsSignList"), notJson());
        auto *read = describe();
        QCOMPARE(read->error().code(), QStringLiteral("ClientError.MalformedResponse"));
        QVERIFY(!read->error().outcomeUnknown());
    }

    // ---- Drop after commit ------------------------------------------------------------------

    void dropAfterCommit_data()
    {
        QTest::addColumn<bool>("warmConnection");
        QTest::newRow("new connection") << false;
        QTest::newRow("kept-alive connection") << true;
    }

    void dropAfterCommit()
    {
        QFETCH(bool, warmConnection);
        if (warmConnection)
            QVERIFY(describe()->succeeded()); // opens the connection the send reuses
        h->server().faults().set(QStringLiteral("SendSms"), drop());
        auto *reply = send();
        QVERIFY(reply->isFinished());
        QCOMPARE(reply->error().kind(), ApiError::Kind::Network);
        QCOMPARE(reply->error().code(), QStringLiteral("ClientError.ConnectionReset"));
        QVERIFY(reply->error().outcomeUnknown());
        QCOMPARE(reply->attempts(), 1);
        // The client did not send it again (Qt would have, on its own)...
        QTest::qWait(100);
        QCOMPARE(h->server().requestCount(QStringLiteral("SendSms")), 1);
        // ...and the sandbox holds exactly one send.
        QCOMPARE(acceptedSends(), 1);
        QCOMPARE(int(h->state().sends.size()), 1);
        // Reconciling shows it.
        h->server().faults().clear();
        const auto found = records(cn(1001));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().requestCode, QStringLiteral("Ok"));
        // The client recovers: the next call goes through.
        QVERIFY2(send(cn(1002))->succeeded(), "the client did not recover from the dropped connection");
    }

    void dropOfAReadIsRetried()
    {
        h->server().faults().set(QStringLiteral("DescribeSmsSignList"), drop());
        auto *reply = describe();
        QCOMPARE(reply->error().code(), QStringLiteral("ClientError.ConnectionReset"));
        QCOMPARE(reply->attempts(), 3);
        QCOMPARE(h->server().requestCount(QStringLiteral("DescribeSmsSignList")), 3);
    }

    void dropOfAQueuePullLosesItsRecords()
    {
        // Why the client never retries PullSmsSendStatus: the dropped answer
        // took the receipts with it.
        send();
        h->advance(8);
        h->server().faults().set(QStringLiteral("PullSmsSendStatus"), drop());
        domain::PullSmsSendStatusRequest r;
        r.smsSdkAppId = appId();
        auto *lost = h->api().pullSmsSendStatus(r);
        SB_WAIT(lost);
        QCOMPARE(lost->error().code(), QStringLiteral("ClientError.ConnectionReset"));
        QVERIFY(lost->error().outcomeUnknown());
        QCOMPARE(h->server().requestCount(QStringLiteral("PullSmsSendStatus")), 1);
        h->server().faults().clear();
        auto *again = h->api().pullSmsSendStatus(r);
        SB_WAIT(again);
        QVERIFY(again->succeeded());
        QCOMPARE(again->result().pullSmsSendStatusSet.size(), 0);
    }

    // ---- Spec --------------------------------------------------------------------------

    void specFromTheLauncher()
    {
        sandbox::SandboxOptions o;
        o.secretId = secretId();
        o.secretKey = secretKey();
        o.clock = QStringLiteral("2026-03-10T10:00:00+08:00!");
        o.faults = QStringLiteral("SendSms:notjson=1;DescribeSmsSignList:http=502:1");
        auto started = sandbox::SandboxLauncher::launch(o);
        QVERIFY2(started.server, qPrintable(started.error));
        h->replaceServer(std::move(started.server));
        h->addStandardFixtures();
        api::ClientConfig config = h->client().config();
        config.maxAttempts = 1;
        h->client().setConfig(config);
        QCOMPARE(send()->error().code(), QStringLiteral("ClientError.MalformedResponse"));
        QCOMPARE(describe()->error().httpStatus(), 502);
    }

    void goodSpecs_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("action");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<int>("latency");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        using O = FaultPlan::Outcome;
        QTest::newRow("empty") << "" << "SendSms" << int(O::Normal) << 0 << 0 << "";
        QTest::newRow("latency") << "SendSms:latency=200" << "SendSms" << int(O::Normal) << 200 << 0 << "";
        QTest::newRow("other action") << "SendSms:drop=1" << "PullSmsSendStatus" << int(O::Normal) << 0 << 0 << "";
        QTest::newRow("error") << "SendSms:error=1:InternalError.Timeout" << "SendSms" << int(O::Error) << 0 << 0
                               << "InternalError.Timeout";
        QTest::newRow("http") << "SendSms:http=503:1" << "SendSms" << int(O::HttpStatus) << 0 << 503 << "";
        QTest::newRow("truncate") << "SendSms:truncate=1" << "SendSms" << int(O::Truncate) << 0 << 0 << "";
        QTest::newRow("notjson") << "SendSms:notjson=1" << "SendSms" << int(O::NotJson) << 0 << 0 << "";
        QTest::newRow("drop") << "SendSms:drop=1" << "SendSms" << int(O::Drop) << 0 << 0 << "";
        QTest::newRow("combined") << "SendSms:latency=50,drop=1;*:http=502:1" << "SendSms" << int(O::Drop)
                                  << 50 << 0 << "";
        QTest::newRow("fallback") << "SendSms:latency=50,drop=1;*:http=502:1" << "AddSmsSign"
                                  << int(O::HttpStatus) << 0 << 502 << "";
        QTest::newRow("spaces") << " SendSms : latency = 20 , truncate = 1 " << "SendSms" << int(O::Truncate)
                                << 20 << 0 << "";
        QTest::newRow("two groups, one action") << "SendSms:latency=20;SendSms:notjson=1" << "SendSms"
                                                << int(O::NotJson) << 20 << 0 << "";
        QTest::newRow("share 0") << "SendSms:drop=0" << "SendSms" << int(O::Normal) << 0 << 0 << "";
    }

    void goodSpecs()
    {
        QFETCH(QString, spec);
        QFETCH(QString, action);
        QFETCH(int, outcome);
        QFETCH(int, latency);
        QFETCH(int, status);
        QFETCH(QString, code);
        FaultPlan plan;
        QString why;
        QVERIFY2(plan.parse(spec, &why), qPrintable(why));
        for (int i = 0; i < 20; ++i) {
            const FaultPlan::Decision d = plan.decide(action);
            QCOMPARE(int(d.outcome), outcome);
            QCOMPARE(d.latencyMs, latency);
            QCOMPARE(d.httpStatus, status);
            QCOMPARE(d.errorCode, code);
        }
    }

    void badSpecs_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::newRow("no colon") << "SendSms";
        QTest::newRow("no action") << ":drop=1";
        QTest::newRow("no value") << "SendSms:latency";
        QTest::newRow("latency not a number") << "SendSms:latency=soon";
        QTest::newRow("negative latency") << "SendSms:latency=-5";
        QTest::newRow("share over 1") << "SendSms:drop=1.5";
        QTest::newRow("negative share") << "SendSms:drop=-0.1";
        QTest::newRow("share not a number") << "SendSms:truncate=half";
        QTest::newRow("error without a code") << "SendSms:error=0.5";
        QTest::newRow("error with an empty code") << "SendSms:error=1:";
        QTest::newRow("http without a share") << "SendSms:http=503";
        QTest::newRow("http status not an error") << "SendSms:http=200:1";
        QTest::newRow("http status nonsense") << "SendSms:http=5030:1";
        QTest::newRow("shares over 1 in all") << "SendSms:drop=0.6,truncate=0.6";
        QTest::newRow("unknown fault") << "SendSms:explode=1";
        QTest::newRow("one bad group") << "SendSms:drop=0.1;*:explode=1";
    }

    void badSpecs()
    {
        QFETCH(QString, spec);
        FaultPlan plan;
        QVERIFY(plan.parse(QStringLiteral("SendSms:drop=1")));
        QString why;
        QVERIFY2(!plan.parse(spec, &why), qPrintable(spec));
        QVERIFY(!why.isEmpty());
        // A refused spec leaves the plan as it was.
        QCOMPARE(plan.decide(QStringLiteral("SendSms")).outcome, FaultPlan::Outcome::Drop);
    }

    void seededPlansRepeat()
    {
        auto run = [](quint32 seed) {
            FaultPlan plan;
            plan.setSeed(seed);
            plan.parse(QStringLiteral("*:error=0.2:InternalError.OtherError,http=502:0.2,truncate=0.2,drop=0.2"));
            QList<int> outcomes;
            for (int i = 0; i < 200; ++i)
                outcomes.append(int(plan.decide(QStringLiteral("SendSms")).outcome));
            return outcomes;
        };
        const QList<int> a = run(7);
        QCOMPARE(run(7), a);
        QVERIFY(run(8) != a);
        // Every outcome shows up in roughly its share.
        for (int outcome = 0; outcome <= 5; ++outcome) {
            if (outcome == int(FaultPlan::Outcome::NotJson))
                continue;
            const auto n = a.count(outcome);
            QVERIFY2(n >= 20 && n <= 65, qPrintable(QStringLiteral("outcome %1: %2").arg(outcome).arg(n)));
        }
    }
};

QTEST_GUILESS_MAIN(tst_SandboxFaults)
#include "tst_sandboxfaults.moc"
