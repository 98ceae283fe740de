// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/Lifecycle.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace sms::history {

// Which sends the history shows. Every field narrows; an empty field does
// not. Sends only: a row that never left (queued, refused by pre-flight)
// is not history.
struct HistoryFilter
{
    QString number; // E.164 ("+8613800138000"); with numberIsPrefix its start
    bool numberIsPrefix = false;
    QDateTime from; // sent at or after; invalid: no bound
    QDateTime until; // sent before; invalid: no bound
    qint64 campaignId = 0;
    QString templateId;
    QString signName;
    QString appId; // SmsSdkAppId
    // The service's code of a refusal, or the carrier's code of a failed
    // receipt (the first word of its description, "MK:0001").
    QString code;
    std::optional<LifecycleState> lifecycle;
    bool failedOnly = false; // refused, or failed by its receipt

    bool isEmpty() const { return *this == HistoryFilter(); }
    bool operator==(const HistoryFilter &other) const = default;
};

} // namespace sms::history
