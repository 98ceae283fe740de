// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/Lifecycle.h"
#include "store/JournalRecipient.h"

#include <QString>

namespace sms::history {

// One send as the history lists it: the number's row of the journal with
// its campaign's template, signature and application, and its receipt.
struct HistoryRow
{
    qint64 id = 0; // the recipient's
    qint64 campaignId = 0;
    int campaignKind = 0; // 0 campaign, 1 single message, 2 found at the service
    QString phone;
    qint64 sentAtMs = 0;
    QString templateId;
    QString signName;
    QString appId;
    QString serialNo;
    qint64 fee = 0;
    QString code; // "Ok", or the refusal's
    QString message;
    store::RecipientState state = store::RecipientState::Queued;
    Lifecycle::Receipt receipt = Lifecycle::Receipt::None;
    qint64 receiptAtMs = 0;
    QString receiptDescription; // "DELIVRD 用户接收成功", "MK:0001 空号"

    LifecycleState lifecycle(const Lifecycle &rules, qint64 nowMs) const
    {
        return rules.state(state, receipt, sentAtMs, nowMs);
    }
    // What to look up in the error catalog: a refusal's code, or the
    // carrier's code at the start of a failed receipt's description; empty
    // for a send that did not fail.
    QString failureCode() const
    {
        if (state == store::RecipientState::Refused)
            return code;
        if (receipt == Lifecycle::Receipt::Failed)
            return receiptCode(receiptDescription);
        if (state == store::RecipientState::Uncertain)
            return code;
        return {};
    }
    // "MK:0001 空号" -> "MK:0001".
    static QString receiptCode(const QString &description)
    {
        return description.section(QLatin1Char(' '), 0, 0);
    }
};

} // namespace sms::history
