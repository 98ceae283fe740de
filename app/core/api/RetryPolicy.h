// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"

#include <QString>

namespace sms::api {

// Which failures may be retried, and how long to wait. Only reads that are
// safe to repeat are ever retried; a send, a change, or a queue-style pull
// (whose records are handed out once) is never repeated by the client.
class RetryPolicy
{
public:
    // What the action registry says; false for a name it does not know.
    static bool isSafeToRepeat(const QString &action);
    static bool isTransient(const ApiError &error);
    static bool shouldRetry(const QString &action, const ApiError &error, int attemptsSoFar,
                            int maxAttempts);
    // Exponential backoff with full jitter between 50 % and 150 %, capped at
    // 30 s; at least one second after a rate-limit answer.
    static int delayMs(int attemptsSoFar, int baseDelayMs, const ApiError &cause);
    // Whether a retry after delayMs still fits in what is left of the call's
    // time limit (remainingMs; -1 for none), with time for an answer. A retry
    // that cannot get one before the limit only makes the operator wait.
    static bool fitsBeforeDeadline(int delayMs, qint64 remainingMs);
    // The least time an attempt is given: less could not bring an answer
    // from a distant service.
    static constexpr int kMinAttemptMs = 250;
    // Whether a request that went on the wire and then failed like this may
    // still have been carried out by the service (a timeout, a gateway error,
    // a connection lost after sending), as opposed to certainly not (DNS,
    // refused connection, TLS) or certainly refused (a service error).
    static bool mayHaveBeenCarriedOut(const ApiError &error);
};

} // namespace sms::api
