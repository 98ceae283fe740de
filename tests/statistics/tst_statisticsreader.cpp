// SPDX-License-Identifier: GPL-3.0-or-later
// The local statistics on a generated history whose counts are known:
// requests, accepted and billed per day and per hour in Beijing time, the
// edges of the range, refusals by code, delivery outcomes (delivered,
// failed by the receipt's description, no receipt yet, unknown) and the
// application filter.

#include "HistoryFixture.h"
#include "TestStore.h"
#include "store/Database.h"
#include "store/StatisticsReader.h"

#include <QTest>

using namespace sms;
using statistics::ReasonCount;
using statistics::ReasonCounts;
using statistics::StatisticsRange;
using store::RecipientState;

namespace {
QDateTime beijing(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, minute), StatisticsRange::zone());
}
const QString kApp = QStringLiteral("1400000001");
const QString kOtherApp = QStringLiteral("1400000002");
} // namespace

class tst_StatisticsReader : public QObject
{
    Q_OBJECT

private:
    TestStore m_store;
    std::unique_ptr<store::Database> m_db;

    statistics::StatisticsReport read(const StatisticsRange &range, const QString &appId = {},
                                      const QDateTime &unknownBefore = {})
    {
        store::StatisticsReader reader(*m_db);
        const auto report = reader.read({range, appId, unknownBefore});
        if (!report)
            qWarning("read failed: %s", qPrintable(reader.lastError()));
        return report.value_or(statistics::StatisticsReport());
    }

private Q_SLOTS:
    void init()
    {
        SMS_REQUIRE_TEST_STORE(m_store);
        m_db = std::make_unique<store::Database>();
        QString error;
        QVERIFY2(m_db->open(m_store.location(QStringLiteral("history.sqlite")), &error),
                 qPrintable(error));
        HistoryFixture f(*m_db);
        const qint64 c = f.campaign(kApp);
        const qint64 other = f.campaign(kOtherApp);
        QVERIFY(c > 0 && other > 0);
        // 9 March: 3 accepted (2 delivered, 1 of 2 segments), 1 refused.
        f.add(c, beijing(9, 0, 0), RecipientState::Accepted, QStringLiteral("Ok"), 1,
              HistoryFixture::Delivered);
        f.add(c, beijing(9, 8, 30), RecipientState::Accepted, QStringLiteral("Ok"), 2,
              HistoryFixture::Delivered);
        f.add(c, beijing(9, 23, 59), RecipientState::Accepted, QStringLiteral("Ok"), 1);
        f.add(c, beijing(9, 8, 31), RecipientState::Refused,
              QStringLiteral("LimitExceeded.PhoneNumberThirtySecondLimit"));
        // 10 March: 4 accepted (2 failed, 2 ways), 3 refused (2 codes), one
        // uncertain, one never sent, one refused by pre-flight.
        f.add(c, beijing(10, 9), RecipientState::Accepted, QStringLiteral("Ok"), 1,
              HistoryFixture::Failed, QStringLiteral("EMPTY_NUMBER"));
        f.add(c, beijing(10, 9, 10), RecipientState::Accepted, QStringLiteral("Ok"), 1,
              HistoryFixture::Failed, QStringLiteral("BLACKLIST"));
        f.add(c, beijing(10, 9, 20), RecipientState::Accepted, QStringLiteral("Ok"), 1,
              HistoryFixture::Delivered);
        f.add(c, beijing(10, 11), RecipientState::Accepted);
        f.add(c, beijing(10, 11), RecipientState::Refused,
              QStringLiteral("FailedOperation.PhoneNumberInBlacklist"));
        f.add(c, beijing(10, 11), RecipientState::Refused,
              QStringLiteral("FailedOperation.PhoneNumberInBlacklist"));
        f.add(c, beijing(10, 12), RecipientState::Refused,
              QStringLiteral("LimitExceeded.PhoneNumberThirtySecondLimit"));
        f.add(c, beijing(10, 12), RecipientState::Uncertain, QString());
        f.add(c, QDateTime(), RecipientState::Queued, QString());
        f.add(c, QDateTime(), RecipientState::Refused,
              QStringLiteral("InvalidParameterValue.IncorrectPhoneNumber"));
        // 11 March 00:00 Beijing is 10 March 16:00 UTC: the next day here.
        f.add(c, beijing(11, 0), RecipientState::Accepted, QStringLiteral("Ok"), 1,
              HistoryFixture::Failed, QStringLiteral("EMPTY_NUMBER"));
        // Another application: 2 accepted on 10 March.
        f.add(other, beijing(10, 10), RecipientState::Accepted, QStringLiteral("Ok"), 3);
        f.add(other, beijing(10, 10), RecipientState::Accepted, QStringLiteral("Ok"), 3);
    }

    void cleanup() { m_db.reset(); }

    void daysOfOneApplication()
    {
        const auto report = read({QDate(2026, 3, 8), QDate(2026, 3, 10)}, kApp);
        QCOMPARE(report.range.granularity(), StatisticsRange::Granularity::Day);
        QCOMPARE(report.buckets.size(), 3);
        QCOMPARE(report.buckets.at(0).start, beijing(8, 0));
        QCOMPARE(report.buckets.at(0).requests, 0);
        QCOMPARE(report.buckets.at(1).requests, 4);
        QCOMPARE(report.buckets.at(1).accepted, 3);
        QCOMPARE(report.buckets.at(1).billed, 4);
        QCOMPARE(report.buckets.at(2).requests, 8); // the uncertain one was sent
        QCOMPARE(report.buckets.at(2).accepted, 4);
        QCOMPARE(report.buckets.at(2).billed, 4);

        const ReasonCounts refused
            = {{QStringLiteral("FailedOperation.PhoneNumberInBlacklist"), 2},
               {QStringLiteral("LimitExceeded.PhoneNumberThirtySecondLimit"), 2}};
        QCOMPARE(report.refusedByCode, refused);

        QCOMPARE(report.delivery.accepted, 7);
        QCOMPARE(report.delivery.delivered, 3);
        QCOMPARE(report.delivery.failed, 2);
        QCOMPARE(report.delivery.noReceiptYet, 2);
        QCOMPARE(report.delivery.unknown, 0);
        const ReasonCounts failed
            = {{QStringLiteral("BLACKLIST"), 1}, {QStringLiteral("EMPTY_NUMBER"), 1}};
        QCOMPARE(report.delivery.failedByReason, failed);
    }

    void everyApplicationWithoutAFilter()
    {
        const auto report = read({QDate(2026, 3, 10), QDate(2026, 3, 12)});
        QCOMPARE(report.buckets.size(), 3);
        QCOMPARE(report.buckets.at(0).requests, 10);
        QCOMPARE(report.buckets.at(0).billed, 10);
        QCOMPARE(report.buckets.at(1).requests, 1);
        QCOMPARE(
            report.delivery.failedByReason,
            (ReasonCounts {{QStringLiteral("EMPTY_NUMBER"), 2}, {QStringLiteral("BLACKLIST"), 1}}));
        QCOMPARE(report.requests(), 11);
        QCOMPARE(report.accepted(), 7);
    }

    void hoursOfAShortRange()
    {
        const auto report = read({QDate(2026, 3, 9), QDate(2026, 3, 9)}, kApp);
        QCOMPARE(report.range.granularity(), StatisticsRange::Granularity::Hour);
        QCOMPARE(report.buckets.size(), 24);
        QCOMPARE(report.buckets.at(0).requests, 1); // 00:00 is the day's
        QCOMPARE(report.buckets.at(8).requests, 2);
        QCOMPARE(report.buckets.at(8).accepted, 1);
        QCOMPARE(report.buckets.at(8).billed, 2);
        QCOMPARE(report.buckets.at(23).requests, 1); // 23:59 too
        QCOMPARE(report.requests(), 4);
    }

    void oldSendsWithoutAReceiptAreUnknown()
    {
        const auto report = read({QDate(2026, 3, 9), QDate(2026, 3, 10)}, kApp, beijing(10, 0));
        // 9 March 23:59 is before the line, 10 March 11:00 after it.
        QCOMPARE(report.delivery.unknown, 1);
        QCOMPARE(report.delivery.noReceiptYet, 1);
    }

    void applicationsOfTheHistory()
    {
        store::StatisticsReader reader(*m_db);
        QCOMPARE(reader.appIds(), (QStringList {kApp, kOtherApp}));
    }

    void anEmptyHistoryHasEmptyBuckets()
    {
        const auto report = read({QDate(2025, 1, 1), QDate(2025, 1, 31)});
        QCOMPARE(report.buckets.size(), 31);
        QVERIFY(report.isEmpty());
        QCOMPARE(report.delivery.accepted, 0);
        QVERIFY(report.refusedByCode.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_StatisticsReader)
#include "tst_statisticsreader.moc"
