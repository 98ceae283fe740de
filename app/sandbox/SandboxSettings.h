// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace sms::sandbox {

// Every rule the sandbox enforces, with the service's documented defaults
// where there are any. All of them can be changed (tests, --state files), so
// each rule's error can be produced on purpose. Defaults let a campaign of
// 1,000,000 unique numbers through.
struct SandboxSettings
{
    // Protocol
    qint64 maxBodyBytes = 1024 * 1024; // RequestSizeLimitExceeded, before the body is read
    qint64 maxHeaderBytes = 64 * 1024; // request line and headers; HTTP 431 beyond
    int headerTimeoutMs = 10'000; // request line and headers complete within; else 408
    int idleTimeoutMs = 30'000; // closes a connection idle between requests; a body
                                // must arrive within it after its headers (408)
    int maxConnectionsPerPeer = 64; // open at once from one address; HTTP 503 beyond
    qint64 signatureWindowSeconds = 300;     // AuthFailure.SignatureExpire
    QHash<QString, double> qps;              // per action; empty = documented defaults
    QStringList regions = {QStringLiteral("ap-guangzhou"), QStringLiteral("ap-beijing"),
                           QStringLiteral("ap-nanjing"), QStringLiteral("ap-shanghai"),
                           QStringLiteral("ap-singapore"), QStringLiteral("ap-hongkong")};

    // SendSms, per request
    int maxNumbersPerRequest = 200;
    int sessionContextMaxBytes = 511;        // "less than 512 bytes"
    int contentMaxLength = 500;
    int marketingStartHour = 8;              // Beijing time, inclusive
    int marketingEndHour = 22;               // exclusive

    // SendSms, per parameter and per number
    int templateParamMaxLength = 6;          // accounts opened after 2024-01-25
    int verificationCodeMaxDigits = 6;
    int perNumberThirtySeconds = 1;
    int perNumberOneHour = 5;
    int perNumberDaily = 10;
    int perNumberSameContentDaily = 2;

    // Per application, per Beijing calendar day (counted in numbers sent)
    qint64 appDailyLimit = 20'000'000;
    qint64 appMainlandDailyLimit = 10'000'000;
    qint64 appGlobalDailyLimit = 10'000'000;
    qint64 appCountryDailyLimit = 1'000'000; // per country or region, international
    qint64 globalDailyLimit = 5'000'000;     // LimitExceeded.DailyLimit (international total)
    // International destinations the application refuses (ISO codes).
    QStringList blockedCountries = {QStringLiteral("KP")};
    // Destinations the service cannot reach at all.
    QStringList unsupportedCountries = {QStringLiteral("AQ")};

    // Signatures and templates
    int maxSignatures = 50;
    int maxTemplates = 300;
    int reviewDelaySeconds = 30;
    QStringList sensitiveWords = {QStringLiteral("赌博"), QStringLiteral("博彩"),
                                  QStringLiteral("代开发票"), QStringLiteral("贷款秒批"),
                                  QStringLiteral("casino"), QStringLiteral("gamble")};

    // Delivery receipts
    int receiptMinDelaySeconds = 2;
    int receiptMaxDelaySeconds = 8;
    int receiptFailurePercent = 4;           // share of FAIL receipts
};

} // namespace sms::sandbox
