// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "errors/ErrorCategory.h"
#include "errors/GuidanceAction.h"
#include "errors/RetryAdvice.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace sms::errors {

// The translated guidance for one error, ready to show: the catalog entry in
// the current language plus what the error itself said (server message,
// RequestId, measured clock offset).
struct Guidance
{
    QString code;        // the code as reported
    QString matchedCode; // the catalog key that answered; empty for the generic entry
    bool exactMatch = false;

    ErrorCategory category = ErrorCategory::Service;
    QString categoryName;
    QString title;
    QString meaning;
    QStringList steps;

    RetryAdvice retry = RetryAdvice::AfterFixing;
    QString retryText;
    // Seconds until a retry makes sense, when that is known (rate limits,
    // daily limits, marketing hours). 0 means "now".
    std::optional<qint64> retryAfterSeconds;

    GuidanceActions actions;

    // From the error, when the guidance was made for one.
    QString serverMessage;
    QString requestId;
    QString action;
    std::optional<qint64> clockOffsetSeconds;
    bool outcomeUnknown = false;

    bool isFallback() const { return !exactMatch; }
    bool isGeneric() const { return matchedCode.isEmpty(); }
};

} // namespace sms::errors
