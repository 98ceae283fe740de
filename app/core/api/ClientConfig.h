// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace sms::api {

// Where and how to talk to the service. Plain value; no secrets in here, so
// it may be logged and stored in QSettings.
struct ClientConfig
{
    QUrl endpoint{QStringLiteral("https://sms.tencentcloudapi.com")};
    QString region = QStringLiteral("ap-guangzhou");
    // Language of the service's Error.Message: "zh-CN" or "en-US".
    QString language = QStringLiteral("zh-CN");
    // Name that goes into the credential scope; the product's name.
    QString service = QStringLiteral("sms");
    QString apiVersion = QStringLiteral("2021-01-11");
    // The whole call's time limit, retries and their backoff included: it
    // starts when the first attempt goes on the wire (a wait for a
    // rate-limit slot before that is the client's own pacing, not the
    // service's slowness), each attempt may use what is left of it, and a
    // retry that would not fit is not made.
    int timeoutMs = 15000;
    // Attempts in all for reads that are safe to repeat (1 = never retry).
    int maxAttempts = 3;
    // First backoff delay; doubled per retry, with jitter, capped at 30 s.
    int retryBaseDelayMs = 500;
    // Anything larger than this is not a response we asked for.
    qint64 maxResponseBytes = 16 * 1024 * 1024;
};

} // namespace sms::api
