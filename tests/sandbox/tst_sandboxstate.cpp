// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's state survives a restart: SandboxLauncher with a state
// database, send, relaunch, and everything that matters afterwards is still
// there: send records, the receipt queue (without what was already pulled),
// replies, frequency windows, daily counters, the opt-out list, reviews in
// progress, package usage and serial numbers. Each request is on disk when
// its answer leaves; the database and its journal files are readable by
// their owner only; a second sandbox on the same state is refused; the JSON
// state files of earlier versions are imported.

#include "SandboxHarness.h"
#include "sandbox/SandboxLauncher.h"
#include "sandbox/SandboxStore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace sms;
using namespace sandboxtest;
using api::ApiError;
using sandbox::SandboxLauncher;
using sandbox::SandboxOptions;

namespace {
QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The permission bits of a file, as ls shows them (0600); -1 if it is gone.
int fileMode(const QString &path)
{
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 0777);
}
} // namespace

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
        o.statePath = m_dir->filePath(QStringLiteral("sandbox-state.sqlite"));
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

    // Stops the sandbox, and starts a new one from the database at the same
    // sandbox time.
    bool restart()
    {
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

    // A state file as earlier versions wrote it: every field of every record.
    static QJsonObject legacyStateFile()
    {
        const auto times = [](std::initializer_list<qint64> list) {
            QJsonArray out;
            for (qint64 t : list)
                out.append(t);
            return out;
        };
        return QJsonObject {
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

    // A killed process never gets to save at exit: every answered request
    // is in the database already. The files as they are on disk while the
    // sandbox runs (what a SIGKILL leaves) hold each answered send, pull
    // and new template.
    void everyAnsweredRequestIsOnDisk()
    {
        h->addStandardFixtures();
        h->settings().receiptFailurePercent = 0;
        const QStringList serials = send({cn(1001), cn(1002), cn(6666)});
        QCOMPARE(serials.size(), 3);
        h->advance(8);
        QCOMPARE(pull(1).size(), 1);
        const QString path = options().statePath;

        const QString copy = m_dir->filePath(QStringLiteral("killed.sqlite"));
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            if (QFile::exists(path + suffix))
                QVERIFY(QFile::copy(path + suffix, copy + suffix));
        }
        sandbox::SandboxStore store;
        sandbox::SandboxState onDisk;
        QString error;
        QVERIFY2(store.open(copy, {}, &error), qPrintable(error));
        QVERIFY2(store.load(onDisk, &error), qPrintable(error));
        QCOMPARE(onDisk.sends, h->state().sends);
        QCOMPARE(onDisk.replies, h->state().replies);
        QCOMPARE(onDisk.templates, h->state().templates);
        QCOMPARE(onDisk.packages, h->state().packages);
        QCOMPARE(onDisk.dailyCounters, h->state().dailyCounters);
        QCOMPARE(onDisk.serialCounter, h->state().serialCounter);
        QCOMPARE(onDisk.pendingReceipts.size(), h->state().pendingReceipts.size());
        int pulled = 0;
        for (const auto &s : onDisk.sends)
            pulled += s.receiptPulled;
        QCOMPARE(pulled, 1);
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
        o.statePath = m_dir->filePath(QStringLiteral("demo.sqlite"));
        h->takeServer().reset();
        QVERIFY(launch(o));
        const int sends = int(h->state().sends.size());
        QVERIFY(sends >= 100);
        QVERIFY(!h->state().signs.isEmpty());
        QVERIFY(!h->state().templates.isEmpty());
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

    // Everything the account holds goes into the database and comes back
    // unchanged, lookups included.
    void storeRoundTrip()
    {
        h->addStandardFixtures();
        send({cn(1001), cn(1002), cn(6666), cn(7777), QStringLiteral("+86123")});
        h->advance(12);
        pull(1);
        h->state().optOut.insert(cn(1099));
        h->state().ipWhitelist = {QStringLiteral("127.0.0.1")};
        h->state().inArrears = true;
        h->state().enterpriseVerified = false;
        QString error;
        QVERIFY2(h->server().saveState(&error), qPrintable(error));
        const QString path = options().statePath;
        const std::unique_ptr<sandbox::SandboxServer> stopped = h->takeServer();
        stopped->setStore(nullptr); // closes the database and releases its lock
        const sandbox::SandboxState &before = stopped->service().state();

        sandbox::SandboxStore store;
        sandbox::SandboxState copy;
        QVERIFY2(store.open(path, {}, &error), qPrintable(error));
        QVERIFY(store.hasAccount());
        QVERIFY2(store.load(copy, &error), qPrintable(error));
        QCOMPARE(copy.secretId, before.secretId);
        QCOMPARE(copy.secretKey, before.secretKey);
        QCOMPARE(copy.defaultAppId, before.defaultAppId);
        QCOMPARE(copy.enterpriseVerified, false);
        QCOMPARE(copy.inArrears, true);
        QCOMPARE(copy.ipWhitelist, before.ipWhitelist);
        QCOMPARE(copy.optOut, before.optOut);
        QCOMPARE(copy.apps, before.apps);
        QCOMPARE(copy.signs, before.signs);
        QCOMPARE(copy.templates, before.templates);
        QCOMPARE(copy.qualifications, before.qualifications);
        QCOMPARE(copy.packages, before.packages);
        QCOMPARE(copy.nextSignId, before.nextSignId);
        QCOMPARE(copy.nextTemplateId, before.nextTemplateId);
        QCOMPARE(copy.nextPackageId, before.nextPackageId);
        QCOMPARE(copy.serialCounter, before.serialCounter);
        QCOMPARE(copy.sends, before.sends);
        QCOMPARE(copy.replies, before.replies);
        QVERIFY(copy.pendingOptOuts == before.pendingOptOuts);
        QCOMPARE(copy.dailyCounters, before.dailyCounters);
        QCOMPARE(copy.sendBySerial, before.sendBySerial);
        QCOMPARE(copy.sendsByPhone, before.sendsByPhone);
        QVERIFY(copy.pendingReceipts == before.pendingReceipts);
        QVERIFY(copy.pendingReplies == before.pendingReplies);
    }

    // The JSON state file of earlier versions: every field of every record
    // under its name is imported, so no rehearsal is lost; the JSON is kept
    // aside, readable by its owner only.
    void jsonStateFileIsImported()
    {
        const QJsonObject file = legacyStateFile();

        sandbox::SandboxState state;
        QString error;
        QVERIFY2(state.fromJson(file, &error), qPrintable(error));

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
        QCOMPARE(state.sendBySerial.value(QStringLiteral("2019:1")), 0);
        QVERIFY(state.pendingReceipts.empty()); // pulled already
        QCOMPARE(state.pendingReplies.size(), size_t(1));

        // Given as --state, the file becomes a database with the same account.
        const QString path = m_dir->filePath(QStringLiteral("rehearsal.json"));
        {
            QFile json(path);
            QVERIFY(json.open(QIODevice::WriteOnly));
            json.write(QJsonDocument(file).toJson());
            QVERIFY(json.setPermissions(json.permissions() | QFile::ReadOther | QFile::ReadGroup));
        }
        SandboxOptions o = options();
        o.statePath = path;
        o.secretId.clear();
        o.secretKey.clear();
        h->takeServer().reset();
        QVERIFY(launch(o));
        const sandbox::SandboxState &imported = h->state();
        QCOMPARE(imported.secretId, QStringLiteral("AKIDfile"));
        QCOMPARE(imported.secretKey, QStringLiteral("file-key"));
        QCOMPARE(imported.defaultAppId, QStringLiteral("1400000009"));
        QCOMPARE(imported.inArrears, true);
        QCOMPARE(imported.ipWhitelist, state.ipWhitelist);
        QCOMPARE(imported.optOut, state.optOut);
        QCOMPARE(imported.nextSignId, 100007);
        QCOMPARE(imported.serialCounter, 42);
        QCOMPARE(imported.apps, state.apps);
        QCOMPARE(imported.signs, state.signs);
        QCOMPARE(imported.templates, state.templates);
        QCOMPARE(imported.qualifications, state.qualifications);
        QCOMPARE(imported.packages, state.packages);
        QCOMPARE(imported.sends, state.sends);
        QCOMPARE(imported.replies, state.replies);
        QVERIFY(imported.pendingOptOuts == state.pendingOptOuts);
        QCOMPARE(imported.dailyCounters, state.dailyCounters);
        QVERIFY(imported.pendingReplies == state.pendingReplies);
        QCOMPARE(imported.sendBySerial, state.sendBySerial);

        QFile database(path);
        QVERIFY(database.open(QIODevice::ReadOnly));
        QCOMPARE(database.read(15), QByteArray("SQLite format 3"));
        const QString backup = path + QStringLiteral(".imported");
        QFile kept(backup);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(kept.readAll()).object(), file);
        QCOMPARE(fileMode(backup), 0600);
        QCOMPARE(fileMode(path), 0600);

        // A restart reads the database; the import happens once.
        h->takeServer().reset();
        QVERIFY(launch(o));
        QCOMPARE(h->state().sends, state.sends);
        QCOMPARE(h->state().signs, state.signs);
    }

    // The GUI's file of earlier versions sits at another path: imported when
    // there is no database yet, and then out of the way.
    void jsonStateFileAtAnotherPathIsImported()
    {
        const QString legacy = m_dir->filePath(QStringLiteral("sandbox-state.json"));
        QFile json(legacy);
        QVERIFY(json.open(QIODevice::WriteOnly));
        json.write(QJsonDocument(legacyStateFile()).toJson());
        json.close();
        sandbox::SandboxState expected;
        QString error;
        QVERIFY2(expected.fromJson(legacyStateFile(), &error), qPrintable(error));

        SandboxOptions o = options();
        o.statePath = m_dir->filePath(QStringLiteral("fresh.sqlite"));
        o.importStatePath = legacy;
        o.secretId.clear();
        o.secretKey.clear();
        h->takeServer().reset();
        QVERIFY(launch(o));
        QCOMPARE(h->state().secretId, QStringLiteral("AKIDfile"));
        QCOMPARE(h->state().sends, expected.sends);
        QCOMPARE(h->state().templates, expected.templates);
        QVERIFY(!QFile::exists(legacy));
        QCOMPARE(fileMode(legacy + QStringLiteral(".imported")), 0600);

        // Once there is a database, a file at the import path is left alone.
        QVERIFY(QFile::copy(legacy + QStringLiteral(".imported"), legacy));
        h->state().secretKey = QStringLiteral("changed since the import");
        QVERIFY(h->server().saveState());
        h->takeServer().reset();
        QVERIFY(launch(o));
        QCOMPARE(h->state().secretKey, QStringLiteral("changed since the import"));
        QVERIFY(QFile::exists(legacy));
    }

    // The database holds the SecretKey: it and the journal files next to it
    // are readable by their owner only, whatever the umask; a database left
    // readable by others (by hand, or by an earlier version) is narrowed.
    void stateFilesAreReadableByTheirOwnerOnly()
    {
        SandboxOptions o = options();
        o.statePath = m_dir->filePath(QStringLiteral("owner-only.sqlite"));
        h->takeServer().reset();
        const mode_t umask = ::umask(0);
        const bool launched = launch(o);
        h->addStandardFixtures();
        const QStringList sent = send({cn(1001)});
        ::umask(umask);
        QVERIFY(launched);
        QCOMPARE(sent.size(), 1);
        for (const char *suffix : {"", "-wal", "-shm"}) {
            const QString file = o.statePath + QLatin1String(suffix);
            QVERIFY2(QFile::exists(file), qPrintable(file));
            QCOMPARE(fileMode(file), 0600);
        }

        h->takeServer().reset();
        QVERIFY(QFile::setPermissions(o.statePath,
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup
                                          | QFile::ReadOther));
        QCOMPARE(fileMode(o.statePath), 0644);
        QVERIFY(launch(o));
        QCOMPARE(fileMode(o.statePath), 0600);
        QCOMPARE(h->state().sends.size(), size_t(1));
    }

    // Two sandboxes on one state would each overwrite the other's records:
    // the second is refused, and told who holds the state.
    void secondSandboxOnTheSameStateIsRefused()
    {
        h->addStandardFixtures();
        const SandboxLauncher::Started second = SandboxLauncher::launch(options());
        QVERIFY(!second.server);
        QVERIFY2(second.error.contains(options().statePath), qPrintable(second.error));
        QVERIFY2(second.error.contains(
                     QStringLiteral("process %1").arg(QCoreApplication::applicationPid())),
                 qPrintable(second.error));
        QVERIFY2(second.error.contains(QSysInfo::machineHostName()), qPrintable(second.error));

        // The first one goes on serving and saving; when it stops, the next
        // one starts and finds what it did.
        QCOMPARE(send({cn(1001)}).size(), 1);
        const auto sends = h->state().sends;
        h->takeServer().reset();
        QVERIFY(launch(options()));
        QCOMPARE(h->state().sends, sends);
    }

    void keysOnTheCommandLineWin()
    {
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
        QTest::newRow("another SQLite database")
            << "sql" << QByteArray("CREATE TABLE photos (id INTEGER, name TEXT)");
        QTest::newRow("a later schema") << "sql"
                                        << QByteArray("CREATE TABLE schema_version (version "
                                                      "INTEGER); INSERT INTO schema_version "
                                                      "VALUES (2)");
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
        } else if (what == QLatin1String("sql")) {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("badStart"));
            db.setDatabaseName(o.statePath);
            QVERIFY(db.open());
            for (const QByteArray &statement : file.split(';'))
                QVERIFY(QSqlQuery(db).exec(QString::fromLatin1(statement)));
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("badStart"));
        } else if (what == QLatin1String("clock")) {
            o.clock = QStringLiteral("next tuesday");
        } else {
            o.faults = QStringLiteral("SendSms:explode=1");
        }
        const QByteArray before = QFile::exists(o.statePath) ? readAll(o.statePath) : QByteArray();
        const SandboxLauncher::Started started = SandboxLauncher::launch(o);
        QVERIFY(!started.server);
        QVERIFY(!started.error.isEmpty());
        // What was there is left as it was, and not locked.
        if (what == QLatin1String("file") || what == QLatin1String("sql"))
            QCOMPARE(readAll(o.statePath), before);
        QVERIFY(!QFile::exists(o.statePath + QStringLiteral(".lock")));
    }
};

QTEST_GUILESS_MAIN(tst_SandboxState)
#include "tst_sandboxstate.moc"
