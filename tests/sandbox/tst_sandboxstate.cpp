// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's state survives a restart: SandboxLauncher with a state file,
// send, save, relaunch, and everything that matters afterwards is still
// there: send records, the receipt queue (without what was already pulled),
// replies, frequency windows, daily counters, the opt-out list, reviews in
// progress, package usage and serial numbers.

#include "SandboxHarness.h"
#include "sandbox/SandboxAutosave.h"
#include "sandbox/SandboxLauncher.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace sms;
using namespace sandboxtest;
using api::ApiError;
using sandbox::SandboxLauncher;
using sandbox::SandboxOptions;

class tst_SandboxState : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Harness> h;
    std::unique_ptr<QTemporaryDir> m_dir;

    SandboxOptions options() const
    {
        SandboxOptions o;
        o.secretId = secretId();
        o.secretKey = secretKey();
        o.appId = appId();
        o.statePath = m_dir->filePath(QStringLiteral("sandbox-state.json"));
        o.clock = QStringLiteral("2026-03-10T10:00:00+08:00!");
        o.reviewDelaySeconds = 30;
        return o;
    }

    // Launches a sandbox from options and puts it behind the harness client.
    bool launch(const SandboxOptions &o)
    {
        SandboxLauncher::Started started = SandboxLauncher::launch(o);
        if (!started.server) {
            qWarning("launch failed: %s", qPrintable(started.error));
            return false;
        }
        h->replaceServer(std::move(started.server));
        return true;
    }

    // Saves, stops the sandbox, and starts a new one from the file at the
    // same sandbox time.
    bool restart()
    {
        QString error;
        if (!SandboxLauncher::save(h->server(), options().statePath, &error)) {
            qWarning("save failed: %s", qPrintable(error));
            return false;
        }
        const QDateTime now = h->server().clock().now();
        h->takeServer().reset();
        if (!launch(options()))
            return false;
        h->freezeAt(now);
        return true;
    }

    QStringList send(const QStringList &numbers, const QString &code = QStringLiteral("1234"))
    {
        auto *reply = h->api().sendSms(h->domestic(numbers, h->domesticCode, {code}));
        QStringList codes;
        if (waitFor(reply)) {
            for (const auto &s : reply->result().sendStatusSet)
                codes.append(s.code == QLatin1String("Ok") ? s.serialNo : s.code);
        }
        return codes;
    }

    QList<domain::DeliveryReceipt> pull(int limit)
    {
        domain::PullSmsSendStatusRequest r;
        r.limit = limit;
        r.smsSdkAppId = appId();
        auto *reply = h->api().pullSmsSendStatus(r);
        waitFor(reply);
        return reply->result().pullSmsSendStatusSet;
    }

    domain::SendStatusStatistics statistics()
    {
        domain::SendStatusStatisticsRequest r;
        r.beginTime = QStringLiteral("2026031000");
        r.endTime = QStringLiteral("2026031023");
        r.smsSdkAppId = appId();
        auto *reply = h->api().sendStatusStatistics(r);
        waitFor(reply);
        return reply->result().sendStatusStatistics;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        h = std::make_unique<Harness>();
        QVERIFY(launch(options()));
        QCOMPARE(h->server().clock().now(), beijing());
    }

    void cleanup()
    {
        h.reset();
        m_dir.reset();
    }

    void stateSurvivesARestart()
    {
        h->addStandardFixtures();
        h->settings().receiptFailurePercent = 0;
        const qint64 start = h->now();
        const QStringList first = send({cn(1001), cn(1002), cn(1003), cn(6666), cn(7777)});
        QCOMPARE(first.size(), 5);
        for (const QString &serial : first)
            QVERIFY2(serial.startsWith(QLatin1String("2019:")), qPrintable(serial));
        // A signature under review at the time of the restart.
        domain::AddSmsSignRequest sign;
        sign.signName = QStringLiteral("星河商城");
        sign.proofImage = QString::fromLatin1(QByteArray("no image").toBase64());
        sign.qualificationId = 1001;
        auto *added = h->api().addSmsSign(sign);
        SB_WAIT(added);
        QVERIFY2(added->succeeded(), qPrintable(added->error().summary()));
        const qint64 signId = added->result().addSignStatus.signId;

        h->advance(8);
        const auto pulledBefore = pull(2);
        QCOMPARE(pulledBefore.size(), 2);
        const qint64 balance = h->state().balance(h->now());
        const auto statsBefore = statistics();
        const int records = int(h->state().sends.size());

        QVERIFY(restart());

        // Records, statistics, balance.
        QCOMPARE(int(h->state().sends.size()), records);
        QCOMPARE(h->state().balance(h->now()), balance);
        QCOMPARE(statistics(), statsBefore);
        QCOMPARE(h->state().signs.size(), 3);
        QCOMPARE(h->state().templates.size(), 5);

        // The receipt queue holds exactly the three not pulled before.
        QSet<QString> before;
        for (const auto &r : pulledBefore)
            before.insert(r.serialNo);
        const auto after = pull(100);
        QCOMPARE(after.size(), 3);
        for (const auto &r : after) {
            QVERIFY2(!before.contains(r.serialNo), "a receipt pulled before the restart came again");
            QVERIFY(first.contains(r.serialNo));
        }
        QCOMPARE(pull(100).size(), 0);
        // By phone number, the pulled ones are still there.
        domain::PullSmsSendStatusByPhoneNumberRequest byPhone;
        byPhone.beginTime = start;
        byPhone.phoneNumber = pulledBefore.first().phoneNumber;
        byPhone.smsSdkAppId = appId();
        auto *phoneReply = h->api().pullSmsSendStatusByPhoneNumber(byPhone);
        SB_WAIT(phoneReply);
        QCOMPARE(phoneReply->result().pullSmsSendStatusSet.value(0).serialNo, pulledBefore.first().serialNo);

        // Replies arrive as scheduled before the restart.
        h->advance(2);
        domain::PullSmsReplyStatusRequest replies;
        replies.smsSdkAppId = appId();
        auto *replyReply = h->api().pullSmsReplyStatus(replies);
        SB_WAIT(replyReply);
        QCOMPARE(replyReply->result().pullSmsReplyStatusSet.size(), 2);

        // Frequency windows: 10 s after the first send, the 30-second window
        // of each number is still closed; the opt-out of 7777 is kept.
        const QStringList codes = send({cn(1001), cn(7777), cn(1004)});
        QCOMPARE(codes.size(), 3);
        QCOMPARE(codes.at(0), QStringLiteral("LimitExceeded.PhoneNumberThirtySecondLimit"));
        QCOMPARE(codes.at(1), QStringLiteral("FailedOperation.PhoneNumberInBlacklist"));
        QVERIFY2(codes.at(2).startsWith(QLatin1String("2019:")), qPrintable(codes.at(2)));
        // Same-content counters: the same code twice more to 1002 (30 s apart)
        // hits the daily same-content limit on the second.
        h->advance(30);
        QCOMPARE(send({cn(1002)}).value(0).left(5), QStringLiteral("2019:"));
        h->advance(30);
        QCOMPARE(send({cn(1002)}), QStringList{QStringLiteral("LimitExceeded.PhoneNumberSameContentDailyLimit")});

        // Daily counters: 5 + 1 (1004) + 1 (1002) accepted today.
        QCOMPARE(h->state().dailyCounters.value(appId() + QStringLiteral("|20260310|all")), 7);
        h->settings().appDailyLimit = 7;
        QCOMPARE(send({cn(1005)}), QStringList{QStringLiteral("LimitExceeded.AppDailyLimit")});

        // Serial numbers continue; none is handed out twice.
        QSet<QString> serials;
        for (const auto &s : h->state().sends) {
            if (s.serialNo.isEmpty())
                continue;
            QVERIFY2(!serials.contains(s.serialNo), qPrintable(s.serialNo));
            serials.insert(s.serialNo);
        }

        // The review that was running goes on, and decides by the same rules.
        domain::DescribeSmsSignListRequest describe;
        describe.signIdSet = {signId};
        h->advance(30);
        auto *described = h->api().describeSmsSignList(describe);
        SB_WAIT(described);
        QCOMPARE(described->result().describeSignListStatusSet.value(0).status, domain::ReviewStatus::Rejected);
    }

    // A killed process never gets to save at exit: the autosave keeps the
    // file close behind, and only writes when something happened.
    void autosaveWritesOnlyAfterRequests()
    {
        const QString path = options().statePath;
        QFile::remove(path);
        h->addStandardFixtures();
        auto *autosave = new sandbox::SandboxAutosave(&h->server(), path, 50);
        QTest::qWait(200);
        QVERIFY(!QFile::exists(path)); // nothing asked yet, nothing written

        QCOMPARE(send({QStringLiteral("+8613800138000")}).size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), 2000);
        sandbox::SandboxState reloaded;
        QString error;
        QVERIFY2(reloaded.load(path, &error), qPrintable(error));
        QCOMPARE(int(reloaded.sends.size()), int(h->state().sends.size()));

        const QDateTime written = QFileInfo(path).lastModified();
        QTest::qWait(200);
        QCOMPARE(QFileInfo(path).lastModified(), written); // idle: untouched
        QVERIFY(autosave->saveIfChanged(&error));
    }

    void pulledReceiptsStayPulledOverSeveralRestarts()
    {
        h->addStandardFixtures();
        const QStringList serials = send({cn(1001), cn(1002), cn(1003)});
        h->advance(8);
        QSet<QString> seen;
        for (int round = 0; round < 3; ++round) {
            const auto page = pull(1);
            QCOMPARE(page.size(), 1);
            QVERIFY(!seen.contains(page.first().serialNo));
            seen.insert(page.first().serialNo);
            QVERIFY(restart());
        }
        QCOMPARE(pull(100).size(), 0);
        QCOMPARE(seen, QSet<QString>(serials.begin(), serials.end()));
    }

    void demoAccountSurvivesARestart()
    {
        SandboxOptions o = options();
        o.demo = true;
        o.statePath = m_dir->filePath(QStringLiteral("demo.json"));
        h->takeServer().reset();
        QVERIFY(launch(o));
        const int sends = int(h->state().sends.size());
        QVERIFY(sends >= 100);
        QVERIFY(!h->state().signs.isEmpty());
        QVERIFY(!h->state().templates.isEmpty());
        QString error;
        QVERIFY2(SandboxLauncher::save(h->server(), o.statePath, &error), qPrintable(error));
        h->takeServer().reset();
        QVERIFY(launch(o));
        QCOMPARE(int(h->state().sends.size()), sends);
        // The demo history's receipts that had not been pulled are still
        // queued, and only those.
        int unpulled = 0;
        for (const auto &s : h->state().sends)
            unpulled += s.receiptStatus != 0 && !s.receiptPulled;
        QVERIFY(unpulled > 0);
        QCOMPARE(pull(100).size(), unpulled);
        QCOMPARE(pull(100).size(), 0);
    }

    void jsonRoundTrip()
    {
        h->addStandardFixtures();
        send({cn(1001), cn(1002), cn(6666), QStringLiteral("+86123")});
        h->state().optOut.insert(cn(1099));
        h->state().ipWhitelist = {QStringLiteral("127.0.0.1")};
        h->state().inArrears = false;
        const QJsonObject json = h->state().toJson();
        sandbox::SandboxState copy;
        QString error;
        QVERIFY2(copy.fromJson(json, &error), qPrintable(error));
        QCOMPARE(copy.toJson(), json);
        QCOMPARE(copy.sendBySerial.size(), h->state().sendBySerial.size());
        QCOMPARE(copy.pendingReceipts.size(), h->state().pendingReceipts.size());
        QCOMPARE(copy.pendingReplies.size(), h->state().pendingReplies.size());
        QCOMPARE(copy.sendsByPhone, h->state().sendsByPhone);
    }

    // The state file's format: every field of every record under its name,
    // read and written back unchanged, so files saved by earlier versions
    // still load.
    void stateFileFormat()
    {
        const auto times = [](std::initializer_list<qint64> list) {
            QJsonArray out;
            for (qint64 t : list)
                out.append(t);
            return out;
        };
        const QJsonObject file {
            {QStringLiteral("version"), 1},
            {QStringLiteral("secretId"), QStringLiteral("AKIDfile")},
            {QStringLiteral("secretKey"), QStringLiteral("file-key")},
            {QStringLiteral("defaultAppId"), QStringLiteral("1400000009")},
            {QStringLiteral("enterpriseVerified"), true},
            {QStringLiteral("inArrears"), true},
            {QStringLiteral("ipWhitelist"), QJsonArray {QStringLiteral("10.0.0.1")}},
            {QStringLiteral("optOut"), QJsonArray {QStringLiteral("+8613800001234")}},
            {QStringLiteral("nextSignId"), 100007},
            {QStringLiteral("nextTemplateId"), 200008},
            {QStringLiteral("nextPackageId"), 300009},
            {QStringLiteral("serialCounter"), 42},
            {QStringLiteral("apps"),
             QJsonArray {QJsonObject {{QStringLiteral("sdkAppId"), QStringLiteral("1400000009")},
                                      {QStringLiteral("name"), QStringLiteral("App")},
                                      {QStringLiteral("enabled"), false},
                                      {QStringLiteral("foreign"), true}}}},
            {QStringLiteral("signs"),
             QJsonArray {
                 QJsonObject {{QStringLiteral("id"), 100006},
                              {QStringLiteral("name"), QStringLiteral("沙盒科技")},
                              {QStringLiteral("signType"), 1},
                              {QStringLiteral("documentType"), 4},
                              {QStringLiteral("international"), 1},
                              {QStringLiteral("signPurpose"), 1},
                              {QStringLiteral("proofDecodes"), false},
                              {QStringLiteral("hasCommissionImage"), true},
                              {QStringLiteral("remark"), QStringLiteral("why")},
                              {QStringLiteral("qualificationId"), 1001},
                              {QStringLiteral("status"), -1},
                              {QStringLiteral("rejectReason"), QStringLiteral("sign.proof")},
                              {QStringLiteral("createTime"), 1000},
                              {QStringLiteral("reviewAt"), 1030}}}},
            {QStringLiteral("templates"),
             QJsonArray {QJsonObject {{QStringLiteral("id"), 200007},
                                      {QStringLiteral("name"), QStringLiteral("Notice")},
                                      {QStringLiteral("content"), QStringLiteral("Hi {1}")},
                                      {QStringLiteral("smsType"), 3},
                                      {QStringLiteral("international"), 1},
                                      {QStringLiteral("remark"), QStringLiteral("why")},
                                      {QStringLiteral("status"), 2},
                                      {QStringLiteral("rejectReason"), QString()},
                                      {QStringLiteral("createTime"), 1001},
                                      {QStringLiteral("reviewAt"), 1031}}}},
            {QStringLiteral("qualifications"),
             QJsonArray {QJsonObject {{QStringLiteral("id"), 1001},
                                      {QStringLiteral("name"), QStringLiteral("Q")},
                                      {QStringLiteral("status"), 0}}}},
            {QStringLiteral("packages"),
             QJsonArray {QJsonObject {{QStringLiteral("id"), 300008},
                                      {QStringLiteral("type"), 0},
                                      {QStringLiteral("amount"), 500},
                                      {QStringLiteral("usage"), 7},
                                      {QStringLiteral("createTime"), 900},
                                      {QStringLiteral("effectiveTime"), 901},
                                      {QStringLiteral("expiredTime"), 99999}}}},
            {QStringLiteral("sends"),
             QJsonArray {
                 QJsonObject {{QStringLiteral("serialNo"), QStringLiteral("2019:1")},
                              {QStringLiteral("phoneNumber"), QStringLiteral("+447400123456")},
                              {QStringLiteral("countryCode"), QStringLiteral("44")},
                              {QStringLiteral("subscriber"), QStringLiteral("7400123456")},
                              {QStringLiteral("isoCode"), QStringLiteral("GB")},
                              {QStringLiteral("appId"), QStringLiteral("1400000009")},
                              {QStringLiteral("templateId"), QStringLiteral("200007")},
                              {QStringLiteral("signName"), QStringLiteral("沙盒科技")},
                              {QStringLiteral("content"), QStringLiteral("Hi 5")},
                              {QStringLiteral("sessionContext"), QStringLiteral("ctx")},
                              {QStringLiteral("requestCode"), QStringLiteral("Ok")},
                              {QStringLiteral("fee"), 2},
                              {QStringLiteral("sendTime"), 1100},
                              {QStringLiteral("receiptStatus"), 2},
                              {QStringLiteral("receiptTime"), 1105},
                              {QStringLiteral("receiptDescription"), QStringLiteral("MK:0001")},
                              {QStringLiteral("failureClass"), QStringLiteral("invalid")},
                              {QStringLiteral("receiptPulled"), true}}}},
            {QStringLiteral("replies"),
             QJsonArray {
                 QJsonObject {{QStringLiteral("appId"), QStringLiteral("1400000009")},
                              {QStringLiteral("phoneNumber"), QStringLiteral("+447400123456")},
                              {QStringLiteral("countryCode"), QStringLiteral("44")},
                              {QStringLiteral("subscriber"), QStringLiteral("7400123456")},
                              {QStringLiteral("signName"), QStringLiteral("沙盒科技")},
                              {QStringLiteral("content"), QStringLiteral("R")},
                              {QStringLiteral("extendCode"), QStringLiteral("01")},
                              {QStringLiteral("replyTime"), 1110},
                              {QStringLiteral("pulled"), false}}}},
            {QStringLiteral("pendingOptOuts"),
             QJsonArray {QJsonObject {{QStringLiteral("time"), 1110},
                                      {QStringLiteral("phone"), QStringLiteral("+447400123456")}}}},
            {QStringLiteral("dailyCounters"),
             QJsonObject {{QStringLiteral("1400000009|20260310|all"), 3}}},
            {QStringLiteral("recentByPhone"),
             QJsonObject {{QStringLiteral("+447400123456"), times({1100, 1101})}}},
            {QStringLiteral("recentByPhoneContent"),
             QJsonObject {{QStringLiteral("+447400123456|abc"), times({1100})}}},
        };

        sandbox::SandboxState state;
        QString error;
        QVERIFY2(state.fromJson(file, &error), qPrintable(error));
        QCOMPARE(state.toJson(), file);

        // Spot checks that the names reach the right members.
        QCOMPARE(state.apps.value(QStringLiteral("1400000009")).foreign, true);
        const sandbox::SignRecord sign = state.signs.value(100006);
        QCOMPARE(sign.status, sandbox::ReviewStatusCode::Rejected);
        QCOMPARE(sign.documentType, 4);
        QCOMPARE(sign.proofDecodes, false);
        QCOMPARE(sign.reviewAt, 1030);
        const sandbox::TemplateRecord templ = state.templates.value(200007);
        QCOMPARE(templ.status, sandbox::ReviewStatusCode::ApprovedPending);
        QCOMPARE(templ.smsType, 3);
        QCOMPARE(state.packages.value(0).usage, 7);
        QCOMPARE(state.sends.at(0).receiptDescription, QStringLiteral("MK:0001"));
        QCOMPARE(state.sends.at(0).fee, 2);
        QCOMPARE(state.replies.at(0).extendCode, QStringLiteral("01"));
        QCOMPARE(state.recentByPhone.value(QStringLiteral("+447400123456")),
                 (QList<qint64> {1100, 1101}));
        QCOMPARE(state.sendBySerial.value(QStringLiteral("2019:1")), 0);
        QVERIFY(state.pendingReceipts.empty()); // pulled already
        QCOMPARE(state.pendingReplies.size(), size_t(1));
    }

    void keysOnTheCommandLineWin()
    {
        QString error;
        QVERIFY(SandboxLauncher::save(h->server(), options().statePath, &error));
        h->takeServer().reset();
        SandboxOptions o = options();
        o.secretKey = QStringLiteral("a-new-key");
        QVERIFY(launch(o));
        QCOMPARE(h->state().secretKey, QStringLiteral("a-new-key"));
        auto *reply = h->api().describeSmsSignList({});
        SB_WAIT(reply);
        QCOMPARE(reply->error().code(), QStringLiteral("AuthFailure.SignatureFailure"));
        h->client().setCredential({secretId(), QStringLiteral("a-new-key"), {}});
        reply = h->api().describeSmsSignList({});
        SB_WAIT(reply);
        QVERIFY2(reply->succeeded(), qPrintable(reply->error().summary()));
    }

    void generatedKeyIsReported()
    {
        SandboxOptions o;
        SandboxLauncher::Started started = SandboxLauncher::launch(o);
        QVERIFY(started.server);
        QVERIFY(started.generatedKey);
        QVERIFY(started.server->service().state().secretId.startsWith(QLatin1String("AKIDsandbox")));
        QVERIFY(started.server->service().state().secretKey.size() >= 32);
        QCOMPARE(started.server->service().state().defaultAppId, QStringLiteral("1400000001"));
        QVERIFY(started.server->endpoint().port() > 0);
    }

    void badStartsAreRefused_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QByteArray>("file");
        QTest::newRow("not JSON") << "file" << QByteArray("hello");
        QTest::newRow("wrong version") << "file" << QByteArray("{\"version\":99}");
        QTest::newRow("bad clock") << "clock" << QByteArray();
        QTest::newRow("bad faults") << "faults" << QByteArray();
    }

    void badStartsAreRefused()
    {
        QFETCH(QString, what);
        QFETCH(QByteArray, file);
        SandboxOptions o = options();
        o.statePath = m_dir->filePath(QStringLiteral("bad.json"));
        if (what == QLatin1String("file")) {
            QFile f(o.statePath);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(file);
        } else if (what == QLatin1String("clock")) {
            o.clock = QStringLiteral("next tuesday");
        } else {
            o.faults = QStringLiteral("SendSms:explode=1");
        }
        const SandboxLauncher::Started started = SandboxLauncher::launch(o);
        QVERIFY(!started.server);
        QVERIFY(!started.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_SandboxState)
#include "tst_sandboxstate.moc"
