// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/RateLimiter.h"

#include <QElapsedTimer>
#include <QTest>

using sms::api::RateLimiter;
using namespace std::chrono;

class tst_RateLimiter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void documentedDefaults()
    {
        RateLimiter limiter;
        QCOMPARE(limiter.qps(QStringLiteral("SendSms")), 3000.0);
        QCOMPARE(limiter.qps(QStringLiteral("AddSmsSign")), 1.0);
        QCOMPARE(limiter.qps(QStringLiteral("DescribeSmsSignList")), 20.0);
        QCOMPARE(limiter.qps(QStringLiteral("PullSmsSendStatusByPhoneNumber")), 20.0);
        // No published limit: the conservative default.
        QCOMPARE(limiter.qps(QStringLiteral("SendMultiGlobalSms")), 20.0);
    }

    void slotsAreEvenlySpaced()
    {
        RateLimiter limiter;
        limiter.setQps(QStringLiteral("AddSmsSign"), 2); // one every 500 ms, and 25 to spare
        QCOMPARE(limiter.reserve(QStringLiteral("AddSmsSign")).count(), 0);
        const auto second = limiter.reserve(QStringLiteral("AddSmsSign"));
        const auto third = limiter.reserve(QStringLiteral("AddSmsSign"));
        // The calls follow each other at once; the lower bounds leave room
        // for this thread being descheduled on a busy machine.
        QVERIFY2(second >= milliseconds(400) && second <= milliseconds(526),
                 qPrintable(QString::number(second.count())));
        QVERIFY2(third >= milliseconds(900) && third <= milliseconds(1051),
                 qPrintable(QString::number(third.count())));
    }

    void slowActionsLeaveRoomForTheNetwork()
    {
        // One a second: two requests exactly a second apart here can arrive
        // less than a second apart at the service (the first one also opened
        // the connection), which refuses the second.
        RateLimiter limiter;
        limiter.setQps(QStringLiteral("AddSmsSign"), 1);
        limiter.reserve(QStringLiteral("AddSmsSign"));
        QElapsedTimer since;
        since.start();
        const auto wait = limiter.reserve(QStringLiteral("AddSmsSign"));
        QVERIFY2(wait + milliseconds(since.elapsed()) >= milliseconds(1049),
                 qPrintable(QString::number(wait.count())));
    }

    void actionsAreIndependent()
    {
        RateLimiter limiter;
        limiter.setQps(QStringLiteral("AddSmsSign"), 1);
        limiter.reserve(QStringLiteral("AddSmsSign"));
        QVERIFY(limiter.reserve(QStringLiteral("AddSmsSign")) > milliseconds(800));
        QCOMPARE(limiter.reserve(QStringLiteral("DeleteSmsSign")).count(), 0);
    }

    void idleTimeIsNotBanked()
    {
        // A quiet period must not let a burst through afterwards.
        RateLimiter limiter;
        limiter.setQps(QStringLiteral("X"), 20); // 50 ms
        limiter.reserve(QStringLiteral("X"));
        QTest::qWait(200);
        QCOMPARE(limiter.reserve(QStringLiteral("X")).count(), 0);
        QVERIFY(limiter.reserve(QStringLiteral("X")) >= milliseconds(25));
    }

    void unlimited()
    {
        RateLimiter limiter;
        limiter.setQps(QStringLiteral("X"), 0);
        for (int i = 0; i < 100; ++i)
            QCOMPARE(limiter.reserve(QStringLiteral("X")).count(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_RateLimiter)
#include "tst_ratelimiter.moc"
