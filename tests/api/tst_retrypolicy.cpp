// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/RetryPolicy.h"

#include <QTest>

using sms::api::ApiError;
using sms::api::RetryPolicy;

class tst_RetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void safeToRepeat_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<bool>("safe");
        const QStringList safe = {
            QStringLiteral("DescribeSmsSignList"), QStringLiteral("DescribeSmsTemplateList"),
            QStringLiteral("DescribePhoneNumberInfo"), QStringLiteral("DescribeSendRecordList"),
            QStringLiteral("SendStatusStatistics"), QStringLiteral("CallbackStatusStatistics"),
            QStringLiteral("SmsPackagesStatistics"), QStringLiteral("PullSmsSendStatusByPhoneNumber"),
            QStringLiteral("PullSmsReplyStatusByPhoneNumber")};
        const QStringList unsafe = {
            QStringLiteral("SendSms"), QStringLiteral("SendMultiGlobalSms"),
            QStringLiteral("AddSmsSign"), QStringLiteral("ModifySmsSign"),
            QStringLiteral("DeleteSmsSign"), QStringLiteral("AddSmsTemplate"),
            QStringLiteral("ModifySmsTemplate"), QStringLiteral("DeleteSmsTemplate"),
            QStringLiteral("PullSmsSendStatus"), QStringLiteral("PullSmsReplyStatus"),
            QStringLiteral("ReportConversion")};
        for (const auto &a : safe)
            QTest::newRow(qPrintable(a)) << a << true;
        for (const auto &a : unsafe)
            QTest::newRow(qPrintable(a)) << a << false;
    }

    void safeToRepeat()
    {
        QFETCH(QString, action);
        QFETCH(bool, safe);
        QCOMPARE(RetryPolicy::isSafeToRepeat(action), safe);
    }

    void transient_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("http");
        QTest::addColumn<bool>("transient");
        using K = ApiError::Kind;
        QTest::newRow("network") << int(K::Network) << QStringLiteral("ClientError.ConnectionReset") << 0 << true;
        QTest::newRow("timeout") << int(K::Timeout) << QStringLiteral("ClientError.Timeout") << 0 << true;
        QTest::newRow("502") << int(K::HttpStatus) << QStringLiteral("ClientError.HttpStatus") << 502 << true;
        QTest::newRow("404") << int(K::HttpStatus) << QStringLiteral("ClientError.HttpStatus") << 404 << false;
        QTest::newRow("tls") << int(K::Tls) << QStringLiteral("ClientError.TlsError") << 0 << false;
        QTest::newRow("limit") << int(K::Service) << QStringLiteral("RequestLimitExceeded") << 0 << true;
        QTest::newRow("uin limit") << int(K::Service) << QStringLiteral("RequestLimitExceeded.UinLimitExceeded") << 0 << true;
        QTest::newRow("ip limit") << int(K::Service) << QStringLiteral("RequestLimitExceeded.IPLimitExceeded") << 0 << true;
        QTest::newRow("backend timeout") << int(K::Service) << QStringLiteral("InternalError.Timeout") << 0 << true;
        QTest::newRow("sendrecv") << int(K::Service) << QStringLiteral("InternalError.SendAndRecvFail") << 0 << true;
        QTest::newRow("unavailable") << int(K::Service) << QStringLiteral("ServiceUnavailable") << 0 << true;
        QTest::newRow("signature") << int(K::Service) << QStringLiteral("AuthFailure.SignatureFailure") << 0 << false;
        QTest::newRow("daily limit") << int(K::Service) << QStringLiteral("LimitExceeded.PhoneNumberDailyLimit") << 0 << false;
        QTest::newRow("protocol") << int(K::Protocol) << QStringLiteral("ClientError.MalformedResponse") << 0 << false;
        QTest::newRow("partial") << int(K::PartialFailure) << QStringLiteral("ClientError.PartialFailure") << 0 << false;
    }

    void transient()
    {
        QFETCH(int, kind);
        QFETCH(QString, code);
        QFETCH(int, http);
        QFETCH(bool, transient);
        ApiError error(ApiError::Kind(kind), code, QString());
        error.setHttpStatus(http);
        QCOMPARE(RetryPolicy::isTransient(error), transient);
    }

    void mayHaveBeenCarriedOut_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("uncertain");
        using K = ApiError::Kind;
        // The request may have arrived and been acted on.
        QTest::newRow("timeout") << int(K::Timeout) << QStringLiteral("ClientError.Timeout")
                                 << true;
        QTest::newRow("gateway") << int(K::HttpStatus) << QStringLiteral("ClientError.HttpStatus")
                                 << true;
        QTest::newRow("truncated")
            << int(K::Protocol) << QStringLiteral("ClientError.TruncatedResponse") << true;
        QTest::newRow("cancelled")
            << int(K::Cancelled) << QStringLiteral("ClientError.Cancelled") << true;
        QTest::newRow("reset") << int(K::Network) << QStringLiteral("ClientError.ConnectionReset")
                               << true;
        // It certainly did not arrive, or the service answered.
        QTest::newRow("dns") << int(K::Network) << QStringLiteral("ClientError.DnsFailure")
                             << false;
        QTest::newRow("refused") << int(K::Network)
                                 << QStringLiteral("ClientError.ConnectionRefused") << false;
        QTest::newRow("tls") << int(K::Tls) << QStringLiteral("ClientError.TlsError") << false;
        QTest::newRow("service") << int(K::Service)
                                 << QStringLiteral("FailedOperation.SignatureIncorrectOrUnapproved")
                                 << false;
        QTest::newRow("partial") << int(K::PartialFailure)
                                 << QStringLiteral("ClientError.PartialFailure") << false;
        QTest::newRow("configuration")
            << int(K::Configuration) << QStringLiteral("ClientError.InsecureEndpoint") << false;
    }

    void mayHaveBeenCarriedOut()
    {
        QFETCH(int, kind);
        QFETCH(QString, code);
        QFETCH(bool, uncertain);
        QCOMPARE(
            RetryPolicy::mayHaveBeenCarriedOut(ApiError(ApiError::Kind(kind), code, QString())),
            uncertain);
    }

    void atMostThreeAttempts()
    {
        const ApiError error(ApiError::Kind::Network, QStringLiteral("ClientError.ConnectionReset"), QString());
        QVERIFY(RetryPolicy::shouldRetry(QStringLiteral("DescribeSmsSignList"), error, 1, 3));
        QVERIFY(RetryPolicy::shouldRetry(QStringLiteral("DescribeSmsSignList"), error, 2, 3));
        QVERIFY(!RetryPolicy::shouldRetry(QStringLiteral("DescribeSmsSignList"), error, 3, 3));
        QVERIFY(!RetryPolicy::shouldRetry(QStringLiteral("SendSms"), error, 1, 3));
    }

    void backoffGrowsWithJitterAndCap()
    {
        const ApiError error(ApiError::Kind::Network, QStringLiteral("ClientError.ConnectionReset"), QString());
        for (int i = 0; i < 50; ++i) {
            const int first = RetryPolicy::delayMs(1, 1000, error);
            const int second = RetryPolicy::delayMs(2, 1000, error);
            QVERIFY2(first >= 500 && first <= 1500, qPrintable(QString::number(first)));
            QVERIFY2(second >= 1000 && second <= 3000, qPrintable(QString::number(second)));
            QVERIFY(RetryPolicy::delayMs(20, 1000, error) <= 30000);
        }
        const ApiError limited(ApiError::Kind::Service, QStringLiteral("RequestLimitExceeded"), QString());
        QVERIFY(RetryPolicy::delayMs(1, 10, limited) >= 1000);
    }

    void retryFitsBeforeTheDeadline_data()
    {
        QTest::addColumn<int>("delayMs");
        QTest::addColumn<qint64>("remainingMs");
        QTest::addColumn<bool>("fits");
        const int least = RetryPolicy::kMinAttemptMs;
        QTest::newRow("no limit") << 30000 << qint64(-1) << true;
        QTest::newRow("plenty left") << 500 << qint64(10000) << true;
        QTest::newRow("just room for an attempt") << 500 << qint64(500 + least) << true;
        QTest::newRow("not quite") << 500 << qint64(500 + least - 1) << false;
        QTest::newRow("backoff past the deadline") << 1000 << qint64(900) << false;
        QTest::newRow("deadline passed") << 0 << qint64(0) << false;
    }

    void retryFitsBeforeTheDeadline()
    {
        QFETCH(int, delayMs);
        QFETCH(qint64, remainingMs);
        QFETCH(bool, fits);
        QCOMPARE(RetryPolicy::fitsBeforeDeadline(delayMs, remainingMs), fits);
    }
};

QTEST_GUILESS_MAIN(tst_RetryPolicy)
#include "tst_retrypolicy.moc"
