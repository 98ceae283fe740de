// SPDX-License-Identifier: GPL-3.0-or-later
// What the sandbox reports after a send: delivery receipts that arrive some
// seconds later and are handed out once by PullSmsSendStatus (and as often as
// asked by phone number), the magic numbers' receipts and replies, the
// statistics actions counting what was really sent, package usage, send
// records, phone number info and conversion reports.

#include "SandboxHarness.h"

#include <QSet>
#include <QTest>

using namespace sms;
using namespace sandboxtest;
using api::ApiError;
using domain::DeliveryReceipt;
using domain::ReportStatus;

class tst_SandboxReports : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Harness> h;

    // Sends a verification code to numbers; returns the serial numbers
    // (empty for refused numbers).
    QStringList sendCode(const QStringList &numbers, const QString &code = QStringLiteral("482913"),
                         const QString &app = appId())
    {
        domain::SendSmsRequest r = h->domestic(numbers, h->domesticCode, {code});
        r.smsSdkAppId = app;
        r.sessionContext = QStringLiteral("ctx");
        auto *reply = h->api().sendSms(r);
        QStringList serials;
        if (!waitFor(reply))
            return serials;
        for (const auto &s : reply->result().sendStatusSet)
            serials.append(s.serialNo);
        return serials;
    }

    QList<DeliveryReceipt> pull(int limit = 100, const QString &app = appId())
    {
        domain::PullSmsSendStatusRequest r;
        r.limit = limit;
        r.smsSdkAppId = app;
        auto *reply = h->api().pullSmsSendStatus(r);
        if (!waitFor(reply) || !reply->succeeded()) {
            qWarning("PullSmsSendStatus: %s", qPrintable(reply->error().summary()));
            return {};
        }
        return reply->result().pullSmsSendStatusSet;
    }

    QList<DeliveryReceipt> pullByPhone(const QString &phone, qint64 begin)
    {
        domain::PullSmsSendStatusByPhoneNumberRequest r;
        r.beginTime = begin;
        r.phoneNumber = phone;
        r.smsSdkAppId = appId();
        auto *reply = h->api().pullSmsSendStatusByPhoneNumber(r);
        if (!waitFor(reply) || !reply->succeeded()) {
            qWarning("PullSmsSendStatusByPhoneNumber: %s", qPrintable(reply->error().summary()));
            return {};
        }
        return reply->result().pullSmsSendStatusSet;
    }

    QList<domain::ReplyRecord> pullReplies()
    {
        domain::PullSmsReplyStatusRequest r;
        r.limit = 100;
        r.smsSdkAppId = appId();
        auto *reply = h->api().pullSmsReplyStatus(r);
        if (!waitFor(reply) || !reply->succeeded())
            return {};
        return reply->result().pullSmsReplyStatusSet;
    }

    QList<domain::ReplyRecord> pullRepliesByPhone(const QString &phone, qint64 begin)
    {
        domain::PullSmsReplyStatusByPhoneNumberRequest r;
        r.beginTime = begin;
        r.phoneNumber = phone;
        r.smsSdkAppId = appId();
        auto *reply = h->api().pullSmsReplyStatusByPhoneNumber(r);
        if (!waitFor(reply) || !reply->succeeded())
            return {};
        return reply->result().pullSmsReplyStatusSet;
    }

    static QString hour(const QDateTime &t)
    {
        return t.toOffsetFromUtc(8 * 3600).toString(QStringLiteral("yyyyMMddHH"));
    }

    domain::SendStatusStatistics sendStatistics(const QString &begin, const QString &end,
                                                QString *code = nullptr)
    {
        domain::SendStatusStatisticsRequest r;
        r.beginTime = begin;
        r.endTime = end;
        r.smsSdkAppId = appId();
        auto *reply = h->api().sendStatusStatistics(r);
        waitFor(reply);
        if (code)
            *code = reply->error().code();
        return reply->result().sendStatusStatistics;
    }

    domain::CallbackStatusStatistics callbackStatistics(const QString &begin, const QString &end,
                                                        QString *code = nullptr)
    {
        domain::CallbackStatusStatisticsRequest r;
        r.beginTime = begin;
        r.endTime = end;
        r.smsSdkAppId = appId();
        auto *reply = h->api().callbackStatusStatistics(r);
        waitFor(reply);
        if (code)
            *code = reply->error().code();
        return reply->result().callbackStatusStatistics;
    }

private Q_SLOTS:
    void init()
    {
        h = std::make_unique<Harness>();
        h->addStandardFixtures();
    }

    void cleanup() { h.reset(); }

    // ---- Delivery receipts ----------------------------------------------------

    void receiptsArriveAfterSomeSecondsAndAreHandedOutOnce()
    {
        h->settings().receiptFailurePercent = 0;
        const qint64 sent = h->now();
        const QStringList numbers = {cn(1001), cn(1002), cn(1003), cn(1004), cn(1005)};
        const QStringList serials = sendCode(numbers);
        QCOMPARE(serials.size(), 5);
        QVERIFY(!serials.contains(QString()));

        QCOMPARE(pull().size(), 0);
        h->advance(1);
        QCOMPARE(pull().size(), 0); // never sooner than 2 s
        h->advance(7);
        const QList<DeliveryReceipt> receipts = pull();
        QCOMPARE(receipts.size(), 5); // never later than 8 s
        QSet<QString> seen;
        for (const DeliveryReceipt &r : receipts) {
            QVERIFY2(serials.contains(r.serialNo), qPrintable(r.serialNo));
            seen.insert(r.serialNo);
            QCOMPARE(r.status, ReportStatus::Success);
            QCOMPARE(r.reportStatus, QStringLiteral("SUCCESS"));
            QCOMPARE(r.description, QStringLiteral("DELIVRD 用户接收成功"));
            QVERIFY(r.userReceiveTime >= sent + 2 && r.userReceiveTime <= sent + 8);
            QCOMPARE(r.countryCode, QStringLiteral("86"));
            QCOMPARE(QStringLiteral("+86") + r.subscriberNumber, r.phoneNumber);
            QVERIFY(numbers.contains(r.phoneNumber));
            QCOMPARE(r.sessionContext, QStringLiteral("ctx"));
        }
        QCOMPARE(seen.size(), 5);
        // Handed out once: the queue is empty now, however long one waits.
        QCOMPARE(pull().size(), 0);
        h->advance(86400);
        QCOMPARE(pull().size(), 0);
    }

    void receiptsComeInTimeOrder()
    {
        const QStringList serials = sendCode({cn(1001), cn(1002), cn(1003), cn(1004), cn(1005), cn(1006)});
        h->advance(8);
        const auto receipts = pull();
        QCOMPARE(receipts.size(), 6);
        for (int i = 1; i < receipts.size(); ++i)
            QVERIFY(receipts.at(i - 1).userReceiveTime <= receipts.at(i).userReceiveTime);
    }

    void pullHonoursItsLimit()
    {
        QStringList numbers;
        for (int i = 0; i < 7; ++i)
            numbers.append(cn(1100 + i));
        const QStringList serials = sendCode(numbers);
        h->advance(8);
        QSet<QString> seen;
        const QList<int> sizes = {3, 3, 1, 0};
        for (int expected : sizes) {
            const auto page = pull(3);
            QCOMPARE(page.size(), expected);
            for (const auto &r : page) {
                QVERIFY2(!seen.contains(r.serialNo), "a receipt was handed out twice");
                seen.insert(r.serialNo);
            }
        }
        QCOMPARE(seen, QSet<QString>(serials.begin(), serials.end()));

        domain::PullSmsSendStatusRequest bad;
        bad.smsSdkAppId = appId();
        for (qint64 limit : {qint64(0), qint64(101)}) {
            bad.limit = limit;
            auto *reply = h->api().pullSmsSendStatus(bad);
            SB_WAIT(reply);
            QCOMPARE(reply->error().code(), QStringLiteral("InvalidParameterValue"));
        }
    }

    void receiptsBelongToTheirApplication()
    {
        const QString other = QStringLiteral("1400000002");
        h->state().apps.insert(other, {other, QStringLiteral("海外业务"), true, false});
        sendCode({cn(1001)});
        sendCode({cn(1002)}, QStringLiteral("1234"), other);
        h->advance(8);
        const auto mine = pull();
        QCOMPARE(mine.size(), 1);
        QCOMPARE(mine.first().phoneNumber, cn(1001));
        const auto theirs = pull(100, other);
        QCOMPARE(theirs.size(), 1);
        QCOMPARE(theirs.first().phoneNumber, cn(1002));
        // Unknown application.
        domain::PullSmsSendStatusRequest r;
        r.smsSdkAppId = QStringLiteral("1400999999");
        auto *reply = h->api().pullSmsSendStatus(r);
        SB_WAIT(reply);
        QCOMPARE(reply->error().code(), QStringLiteral("InvalidParameterValue.SdkAppIdNotExist"));
    }

    void refusedNumbersGetNoReceipt()
    {
        h->state().optOut.insert(cn(1002));
        const QStringList serials = sendCode({cn(1001), cn(1002), QStringLiteral("+86123")});
        QCOMPARE(serials.count(QString()), 2);
        h->advance(3600);
        QCOMPARE(pull().size(), 1);
    }

    void byPhoneNumberCanBeReadAgain()
    {
        const qint64 sent = h->now();
        const QStringList serials = sendCode({cn(1001)});
        QCOMPARE(pullByPhone(cn(1001), sent).size(), 0); // not arrived yet
        h->advance(8);
        QCOMPARE(pull().size(), 1);
        for (int i = 0; i < 3; ++i) {
            const auto receipts = pullByPhone(cn(1001), sent);
            QCOMPARE(receipts.size(), 1);
            QCOMPARE(receipts.first().serialNo, serials.first());
        }
        // Any spelling of the number finds it.
        QCOMPARE(pullByPhone(QStringLiteral("13800131001"), sent).size(), 1);
        // Other numbers have none.
        QCOMPARE(pullByPhone(cn(1002), sent).size(), 0);
        // The window is by send time.
        QCOMPARE(pullByPhone(cn(1001), sent + 1).size(), 0);
    }

    void byPhoneNumberWindow()
    {
        const qint64 now = h->now();
        auto code = [&](qint64 begin, std::optional<qint64> end, qint64 offset, qint64 limit,
                        const QString &phone) {
            domain::PullSmsSendStatusByPhoneNumberRequest r;
            r.beginTime = begin;
            r.endTime = end;
            r.offset = offset;
            r.limit = limit;
            r.phoneNumber = phone;
            r.smsSdkAppId = appId();
            auto *reply = h->api().pullSmsSendStatusByPhoneNumber(r);
            waitFor(reply);
            return reply->error().code();
        };
        QCOMPARE(code(now - 7 * 86400, std::nullopt, 0, 100, cn(1001)), QString());
        QCOMPARE(code(now - 7 * 86400 - 1, std::nullopt, 0, 100, cn(1001)),
                 QStringLiteral("InvalidParameterValue.BeginTimeVerifyFail"));
        QCOMPARE(code(now - 60, now - 120, 0, 100, cn(1001)),
                 QStringLiteral("InvalidParameterValue.EndTimeVerifyFail"));
        QCOMPARE(code(now - 60, std::nullopt, 1, 100, cn(1001)), QStringLiteral("InvalidParameterValue"));
        QCOMPARE(code(now - 60, std::nullopt, 0, 101, cn(1001)), QStringLiteral("InvalidParameterValue"));
        QCOMPARE(code(now - 60, std::nullopt, 0, 100, QStringLiteral("12345")),
                 QStringLiteral("InvalidParameterValue.IncorrectPhoneNumber"));
    }

    // ---- Magic numbers ------------------------------------------------------------

    void magicNumbers_data()
    {
        QTest::addColumn<int>("tail");
        QTest::addColumn<QString>("status"); // empty: no receipt at all
        QTest::addColumn<QString>("description");
        QTest::newRow("0000 empty number") << 0 << "FAIL" << "MK:0001 空号";
        QTest::newRow("0001 suspended") << 1 << "FAIL" << "MI:0013 停机";
        QTest::newRow("0002 carrier blocklist") << 2 << "FAIL" << "DB:0141 运营商黑名单";
        QTest::newRow("0003 never") << 3 << "" << "";
        QTest::newRow("1234 ordinary") << 1234 << "SUCCESS" << "DELIVRD 用户接收成功";
        QTest::newRow("6666 replies") << 6666 << "SUCCESS" << "DELIVRD 用户接收成功";
    }

    void magicNumbers()
    {
        QFETCH(int, tail);
        QFETCH(QString, status);
        QFETCH(QString, description);
        h->settings().receiptFailurePercent = 0; // only the magic fails
        const qint64 sent = h->now();
        const QString number = cn(tail);
        const QStringList serials = sendCode({number});
        QVERIFY(!serials.value(0).isEmpty()); // the send itself is accepted
        h->advance(8);
        const auto receipts = pull();
        if (status.isEmpty()) {
            QCOMPARE(receipts.size(), 0);
            h->advance(7 * 86400 - 60);
            QCOMPARE(pull().size(), 0);
            QCOMPARE(pullByPhone(number, sent).size(), 0);
            return;
        }
        QCOMPARE(receipts.size(), 1);
        QCOMPARE(receipts.first().serialNo, serials.first());
        QCOMPARE(receipts.first().reportStatus, status);
        QCOMPARE(receipts.first().description, description);
        QCOMPARE(pullByPhone(number, sent).value(0).reportStatus, status);
    }

    void failureShare()
    {
        QStringList numbers;
        for (int i = 0; i < 200; ++i)
            numbers.append(cn(4000 + i));
        h->settings().receiptFailurePercent = 100;
        sendCode(numbers);
        h->advance(8);
        const auto all = pull(100) + pull(100);
        QCOMPARE(all.size(), 200);
        const QStringList known = {QStringLiteral("MK:0001 空号"), QStringLiteral("MI:0013 停机"),
                                   QStringLiteral("DB:0141 运营商黑名单"), QStringLiteral("MI:0024 关机时间长"),
                                   QStringLiteral("MK:0010 网关内部错误")};
        QSet<QString> reasons;
        for (const auto &r : all) {
            QCOMPARE(r.status, ReportStatus::Fail);
            QVERIFY2(known.contains(r.description), qPrintable(r.description));
            reasons.insert(r.description);
        }
        QVERIFY2(reasons.size() >= 3, "failed receipts should give varied reasons");

        // The default share is small but real.
        h->settings().receiptFailurePercent = 4;
        numbers.clear();
        for (int i = 0; i < 200; ++i)
            numbers.append(cn(5000 + i));
        sendCode(numbers);
        h->advance(8);
        int failed = 0;
        for (const auto &r : pull(100) + pull(100))
            failed += r.status == ReportStatus::Fail;
        QVERIFY2(failed >= 1 && failed <= 20, qPrintable(QString::number(failed)));
    }

    void repliesAndOptOut()
    {
        const qint64 sent = h->now();
        sendCode({cn(6666), cn(7777), cn(1001)});
        QCOMPARE(pullReplies().size(), 0);
        // Until the "R" arrives the number is not opted out.
        QVERIFY(!h->state().optOut.contains(cn(7777)));
        h->advance(10);
        const auto replies = pullReplies();
        QCOMPARE(replies.size(), 2);
        QCOMPARE(pullReplies().size(), 0); // once
        for (const auto &r : replies) {
            QCOMPARE(r.signName, QStringLiteral("沙盒科技"));
            QCOMPARE(r.countryCode, QStringLiteral("86"));
            QCOMPARE(r.replyTime, sent + 10);
            if (r.phoneNumber == cn(6666)) {
                QCOMPARE(r.replyContent, QStringLiteral("收到，谢谢"));
                QCOMPARE(r.subscriberNumber, cn(6666).mid(3));
            } else {
                QCOMPARE(r.phoneNumber, cn(7777));
                QCOMPARE(r.replyContent, QStringLiteral("R"));
            }
        }
        // By phone number, as often as asked.
        QCOMPARE(pullRepliesByPhone(cn(6666), sent).size(), 1);
        QCOMPARE(pullRepliesByPhone(cn(6666), sent).size(), 1);
        QCOMPARE(pullRepliesByPhone(cn(1001), sent).size(), 0);

        // "R" opted 7777 out; 6666 is still reachable.
        h->advance(60);
        domain::SendSmsRequest r = h->domestic({cn(7777), cn(6666)}, h->domesticCode, {QStringLiteral("5555")});
        auto *reply = h->api().sendSms(r);
        SB_WAIT(reply);
        QCOMPARE(reply->error().kind(), ApiError::Kind::PartialFailure);
        QCOMPARE(codesOf(reply->result().sendStatusSet),
                 (QStringList{QStringLiteral("FailedOperation.PhoneNumberInBlacklist"), QStringLiteral("Ok")}));
        QCOMPARE(reply->error().numberFailures().first().phoneNumber, cn(7777));
    }

    // ---- Statistics -----------------------------------------------------------

    void sendStatusStatisticsCountWhatWasSent()
    {
        const QString from = hour(h->server().clock().now());
        // 3 accepted (one of 2 segments), 2 refused.
        sendCode({cn(1001), cn(1002)});
        const qint64 longTemplate = h->addTemplate(QString(80, QChar(0x6D4B)), 2);
        auto *reply = h->api().sendSms(h->domestic({cn(1003), QStringLiteral("+86123")}, longTemplate, {}));
        SB_WAIT(reply);
        sendCode({cn(1001)}); // 30-second limit

        domain::SendStatusStatistics s = sendStatistics(from, from);
        QCOMPARE(s.requestCount, 5);
        QCOMPARE(s.requestSuccessCount, 3);
        QCOMPARE(s.feeCount, 4);
        // Other hours saw nothing.
        const QString later = hour(h->server().clock().now().addSecs(3600));
        s = sendStatistics(later, later);
        QCOMPARE(s.requestCount, 0);
        QCOMPARE(s.feeCount, 0);
        // Request-level refusals are not sends.
        auto *refused = h->api().sendSms(h->domestic({cn(1009)}, 999999, {}));
        SB_WAIT(refused);
        QCOMPARE(sendStatistics(from, later).requestCount, 5);
        // A later send in a later hour counts in a range that includes it.
        h->advance(3600);
        sendCode({cn(1001)});
        QCOMPARE(sendStatistics(from, later).requestSuccessCount, 4);
        QCOMPARE(sendStatistics(later, later).requestSuccessCount, 1);
    }

    void statisticsValidation()
    {
        QString code;
        sendStatistics(QStringLiteral("2026-03-10"), QStringLiteral("2026031010"), &code);
        QCOMPARE(code, QStringLiteral("InvalidParameterValue.BeginTimeVerifyFail"));
        sendStatistics(QStringLiteral("2026031010"), QStringLiteral("20260310"), &code);
        QCOMPARE(code, QStringLiteral("InvalidParameterValue.EndTimeVerifyFail"));
        sendStatistics(QStringLiteral("2026031010"), QStringLiteral("2026031009"), &code);
        QCOMPARE(code, QStringLiteral("InvalidParameterValue.InvalidStartTime"));
        callbackStatistics(QStringLiteral("2026010100"), QStringLiteral("2026031010"), &code);
        QCOMPARE(code, QStringLiteral("InvalidParameterValue.EndTimeVerifyFail"));
        domain::SendStatusStatisticsRequest r;
        r.beginTime = QStringLiteral("2026031010");
        r.endTime = QStringLiteral("2026031010");
        r.smsSdkAppId = appId();
        r.limit = 10;
        auto *reply = h->api().sendStatusStatistics(r);
        SB_WAIT(reply);
        QCOMPARE(reply->error().code(), QStringLiteral("InvalidParameterValue"));
    }

    void callbackStatusStatisticsCountReceipts()
    {
        h->settings().receiptFailurePercent = 0;
        const QString from = hour(h->server().clock().now());
        sendCode({cn(1001), cn(1002), cn(0), cn(1), cn(2), cn(3)});
        sendCode({cn(1001)}); // refused: 30-second limit

        auto s = callbackStatistics(from, from);
        QCOMPARE(s.requestSuccessCount, 6);
        QCOMPARE(s.callbackCount, 0); // nothing arrived yet
        QCOMPARE(s.frequencyLimitCount, 1);

        h->advance(8);
        s = callbackStatistics(from, from);
        QCOMPARE(s.requestSuccessCount, 6);
        QCOMPARE(s.callbackCount, 5); // 0003 never reports
        QCOMPARE(s.callbackSuccessCount, 2);
        QCOMPARE(s.callbackFailCount, 3);
        QCOMPARE(s.invalidNumberCount, 1);
        QCOMPARE(s.shutdownErrorCount, 1);
        QCOMPARE(s.blackListCount, 1);
        QCOMPARE(s.internalErrorCount, 0);
        QCOMPARE(s.frequencyLimitCount, 1);
        // Pulling receipts does not change what the statistics count.
        QCOMPARE(pull().size(), 5);
        QCOMPARE(callbackStatistics(from, from).callbackCount, 5);
    }

    void smsPackagesStatisticsReflectUsage()
    {
        auto packages = [&](const QString &begin, const QString &end) {
            domain::SmsPackagesStatisticsRequest r;
            r.smsSdkAppId = appId();
            r.limit = 10;
            r.beginTime = begin;
            r.endTime = end;
            auto *reply = h->api().smsPackagesStatistics(r);
            waitFor(reply);
            return reply->result().smsPackagesStatisticsSet;
        };
        // seedAccount's package was created a day before the frozen "now".
        const QString dayBefore = hour(h->server().clock().now().addDays(-1));
        const QString nowHour = hour(h->server().clock().now());
        auto set = packages(dayBefore, nowHour);
        QCOMPARE(set.size(), 1);
        QCOMPARE(set.first().currentUsage, 0);
        QCOMPARE(set.first().packageAmount, 5'000'000);
        QCOMPARE(set.first().type, domain::PackageType::Purchased);

        sendCode({cn(1001), cn(1002), cn(1003)});
        const qint64 longTemplate = h->addTemplate(QString(130, QChar(0x6D4B)), 2); // 136: 3 segments
        auto *reply = h->api().sendSms(h->domestic({cn(1004)}, longTemplate, {}));
        SB_WAIT(reply);
        QCOMPARE(reply->result().sendStatusSet.value(0).fee, 3);
        set = packages(dayBefore, nowHour);
        QCOMPARE(set.first().currentUsage, 6);
        QCOMPARE(h->state().balance(h->now()), 5'000'000 - 6);

        // Packages are selected by creation time.
        h->state().addPackage(1000, 0, h->now(), h->now(), h->now() + 86400);
        QCOMPARE(packages(dayBefore, nowHour).size(), 2);
        QCOMPARE(packages(nowHour, nowHour).size(), 1);
        QCOMPARE(packages(nowHour, nowHour).first().type, domain::PackageType::Gifted);
        QCOMPARE(packages(dayBefore, dayBefore).size(), 1);
    }

    // ---- Records, numbers, conversions ---------------------------------------

    void describeSendRecordList()
    {
        h->settings().receiptFailurePercent = 0;
        const qint64 start = h->now();
        sendCode({cn(1001)}, QStringLiteral("482913"));
        h->advance(40);
        sendCode({cn(1001)}, QStringLiteral("12"));
        sendCode({cn(1001)}, QStringLiteral("77")); // refused: 30 s

        auto records = [&](std::optional<qint64> limit = std::nullopt, std::optional<qint64> offset = std::nullopt) {
            domain::DescribeSendRecordListRequest r;
            r.phoneNumber = cn(1001);
            r.smsSdkAppId = appId();
            r.beginTime = start;
            r.limit = limit;
            r.offset = offset;
            auto *reply = h->api().describeSendRecordList(r);
            waitFor(reply);
            return reply->result();
        };
        auto result = records();
        QCOMPARE(result.totalCount, 3);
        QCOMPARE(result.sendRecordSet.size(), 3);
        // Newest first.
        const auto &refused = result.sendRecordSet.at(0);
        QCOMPARE(refused.status, domain::SendRecordStatus::SubmitFailed);
        QCOMPARE(refused.requestCode, QStringLiteral("LimitExceeded.PhoneNumberThirtySecondLimit"));
        QCOMPARE(refused.serialNo, QString());
        const auto &sending = result.sendRecordSet.at(1);
        QCOMPARE(sending.status, domain::SendRecordStatus::Sending);
        QCOMPARE(sending.requestCode, QStringLiteral("Ok"));
        QCOMPARE(sending.userReceiveTime, 0);
        QCOMPARE(sending.content, QStringLiteral("【沙盒科技】您的验证码为12，5分钟内有效。"));
        const auto &delivered = result.sendRecordSet.at(2);
        QCOMPARE(delivered.status, domain::SendRecordStatus::Delivered);
        QCOMPARE(delivered.statusCode, QStringLiteral("DELIVRD"));
        QVERIFY(delivered.userReceiveTime > start);
        QCOMPARE(delivered.sendTime, start);
        QCOMPARE(delivered.isoCode, QStringLiteral("CN"));
        // Codes are masked.
        QCOMPARE(delivered.content, QStringLiteral("【沙盒科技】您的验证码为******，5分钟内有效。"));

        QCOMPARE(records(1, 1).sendRecordSet.value(0).status, domain::SendRecordStatus::Sending);
        QCOMPARE(records(1, 1).totalCount, 3);

        // A failed delivery.
        sendCode({cn(0)});
        h->advance(8);
        domain::DescribeSendRecordListRequest r;
        r.phoneNumber = cn(0);
        r.smsSdkAppId = appId();
        r.beginTime = start;
        auto *reply = h->api().describeSendRecordList(r);
        SB_WAIT(reply);
        QCOMPARE(reply->result().sendRecordSet.value(0).status, domain::SendRecordStatus::DeliveryFailed);
        QCOMPARE(reply->result().sendRecordSet.value(0).statusCode, QStringLiteral("MK:0001"));

        // Windows and limits.
        auto code = [&](qint64 begin, std::optional<qint64> limit) {
            domain::DescribeSendRecordListRequest bad = r;
            bad.beginTime = begin;
            bad.limit = limit;
            auto *c = h->api().describeSendRecordList(bad);
            waitFor(c);
            return c->error().code();
        };
        QCOMPARE(code(h->now() - 72 * 3600 - 1, std::nullopt), QStringLiteral("InvalidParameterValue.BeginTimeVerifyFail"));
        QCOMPARE(code(h->now() + 10, std::nullopt), QStringLiteral("InvalidParameterValue.BeginTimeVerifyFail"));
        QCOMPARE(code(start, 51), QStringLiteral("InvalidParameterValue"));
        QCOMPARE(code(start, 0), QStringLiteral("InvalidParameterValue"));
        QCOMPARE(code(start, 50), QString());
    }

    void describePhoneNumberInfo_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("nation");
        QTest::addColumn<QString>("iso");
        QTest::newRow("E.164") << "+8613800131234" << "Ok" << "+8613800131234" << "86" << "CN";
        QTest::newRow("bare") << "13800131234" << "Ok" << "+8613800131234" << "86" << "CN";
        QTest::newRow("0086") << "008613800131234" << "Ok" << "+8613800131234" << "86" << "CN";
        QTest::newRow("trunk 0 after +86 dropped") << "+86018501234444" << "Ok" << "+8618501234444" << "86" << "CN";
        QTest::newRow("UK") << "+447400123456" << "Ok" << "+447400123456" << "44" << "GB";
        QTest::newRow("Hong Kong") << "+85251234567" << "Ok" << "+85251234567" << "852" << "HK";
        QTest::newRow("letters") << "not a number" << "InvalidParameterValue.IncorrectPhoneNumber"
                                 << "not a number" << "" << "DEF";
        QTest::newRow("too short") << "+86138" << "InvalidParameterValue.IncorrectPhoneNumber"
                                   << "+86138" << "86" << "DEF";
    }

    void describePhoneNumberInfo()
    {
        QFETCH(QString, input);
        QFETCH(QString, code);
        QFETCH(QString, phone);
        QFETCH(QString, nation);
        QFETCH(QString, iso);
        auto *reply = h->api().describePhoneNumberInfo({{input}});
        SB_WAIT(reply);
        QVERIFY2(reply->succeeded(), qPrintable(reply->error().summary()));
        const auto info = reply->result().phoneNumberInfoSet.value(0);
        QCOMPARE(info.code, code);
        QCOMPARE(info.phoneNumber, phone);
        QCOMPARE(info.nationCode, nation);
        QCOMPARE(info.isoCode, iso);
        QVERIFY(!info.message.isEmpty());
        if (info.isOk())
            QVERIFY(!info.isoName.isEmpty());
    }

    void describePhoneNumberInfoLimits()
    {
        QStringList many;
        for (int i = 0; i < 201; ++i)
            many.append(cn(i));
        auto *reply = h->api().describePhoneNumberInfo({many});
        SB_WAIT(reply);
        QCOMPARE(reply->error().code(), QStringLiteral("LimitExceeded.PhoneNumberCountLimit"));
        many.removeLast();
        reply = h->api().describePhoneNumberInfo({many});
        SB_WAIT(reply);
        QVERIFY2(reply->succeeded(), qPrintable(reply->error().summary()));
        QCOMPARE(reply->result().phoneNumberInfoSet.size(), 200);
        QCOMPARE(reply->result().phoneNumberInfoSet.first().isoName, QStringLiteral("China"));
    }

    void reportConversion()
    {
        const QStringList serials = sendCode({cn(1001)});
        auto report = [&](const QString &app, const QString &serial) {
            domain::ReportConversionRequest r;
            r.smsSdkAppId = app;
            r.serialNo = serial;
            r.conversionTime = h->now();
            auto *reply = h->api().reportConversion(r);
            waitFor(reply);
            return reply;
        };
        auto *ok = report(appId(), serials.first());
        QVERIFY2(ok->succeeded(), qPrintable(ok->error().summary()));
        QCOMPARE(ok->result().reportConversionStatus.code, QStringLiteral("ok"));
        QVERIFY(ok->result().reportConversionStatus.isOk());

        auto *unknown = report(appId(), QStringLiteral("2019:1"));
        QVERIFY(unknown->succeeded());
        QVERIFY(!unknown->result().reportConversionStatus.isOk());
        QVERIFY(!unknown->result().reportConversionStatus.message.isEmpty());

        const QString other = QStringLiteral("1400000002");
        h->state().apps.insert(other, {other, QStringLiteral("海外业务"), true, false});
        QVERIFY(!report(other, serials.first())->result().reportConversionStatus.isOk());
        QCOMPARE(report(QStringLiteral("1400999999"), serials.first())->error().code(),
                 QStringLiteral("InvalidParameterValue.SdkAppIdNotExist"));
    }

    void multiGlobalSendsHaveReceiptsToo()
    {
        domain::SendMultiGlobalSmsRequest r;
        r.smsSdkAppId = appId();
        domain::MultiSmsInfo item;
        item.phoneNumber = QStringLiteral("+447400120000");
        item.templateId = QString::number(h->globalCode);
        item.templateParamSet = {QStringLiteral("1234")};
        r.multiSmsInfoSet = {item};
        auto *reply = h->api().sendMultiGlobalSms(r);
        SB_WAIT(reply);
        QVERIFY2(reply->succeeded(), qPrintable(reply->error().summary()));
        h->advance(8);
        const auto receipts = pull();
        QCOMPARE(receipts.size(), 1);
        QCOMPARE(receipts.first().countryCode, QStringLiteral("44"));
        QCOMPARE(receipts.first().reportStatus, QStringLiteral("FAIL")); // tail 0000
    }
};

QTEST_GUILESS_MAIN(tst_SandboxReports)
#include "tst_sandboxreports.moc"
