// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/RetryPolicy.h"

#include "api/ActionRegistry.h"

#include <QRandomGenerator>

#include <algorithm>

namespace sms::api {

bool RetryPolicy::isSafeToRepeat(const QString &action)
{
    const ActionInfo *info = ActionRegistry::find(action);
    return info && info->safeToRepeat;
}

bool RetryPolicy::isTransient(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
        return true;
    case ApiError::Kind::HttpStatus:
        return error.httpStatus() >= 500 && error.httpStatus() <= 599;
    case ApiError::Kind::Service: {
        const QString code = error.code();
        return code == QLatin1String("RequestLimitExceeded")
            || code.startsWith(QLatin1String("RequestLimitExceeded."))
            || code == QLatin1String("InternalError.Timeout")
            || code == QLatin1String("InternalError.SendAndRecvFail")
            || code == QLatin1String("ServiceUnavailable");
    }
    default:
        return false;
    }
}

bool RetryPolicy::shouldRetry(const QString &action, const ApiError &error, int attemptsSoFar,
                              int maxAttempts)
{
    return attemptsSoFar < maxAttempts && isSafeToRepeat(action) && isTransient(error);
}

int RetryPolicy::delayMs(int attemptsSoFar, int baseDelayMs, const ApiError &cause)
{
    constexpr int cap = 30000;
    const int exponent = std::clamp(attemptsSoFar - 1, 0, 16);
    const double nominal = std::min<double>(cap, double(baseDelayMs) * double(1 << exponent));
    const double jitter = 0.5 + QRandomGenerator::global()->generateDouble();
    int delay = int(std::min<double>(cap, nominal * jitter));
    if (cause.code().startsWith(QLatin1String("RequestLimitExceeded")))
        delay = std::max(delay, 1000);
    return std::max(delay, 0);
}

bool RetryPolicy::fitsBeforeDeadline(int delayMs, qint64 remainingMs)
{
    return remainingMs < 0 || remainingMs - std::max(delayMs, 0) >= kMinAttemptMs;
}

bool RetryPolicy::mayHaveBeenCarriedOut(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::Timeout:
    case ApiError::Kind::HttpStatus:
    case ApiError::Kind::Protocol:
    case ApiError::Kind::Cancelled:
        return true;
    case ApiError::Kind::Network:
        return error.code() != QLatin1String(ClientCode::DnsFailure)
            && error.code() != QLatin1String(ClientCode::ConnectionRefused);
    default:
        return false;
    }
}

} // namespace sms::api
