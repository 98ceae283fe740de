// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/JournalRecipient.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace sms::history {

// What became of one send, as an operator asks it: "did this person get our
// message?". The numbers are not stored anywhere; the keys are (smsctl's
// --json, CSV exports), so keep them stable.
enum class LifecycleState {
    Queued, // sent once, then put back in the queue (the request never left)
    Sending, // its batch is on the wire
    Uncertain, // the request may or may not have been carried out: reconcile
    Refused, // the service (or its carrier check) refused the number
    Accepted, // accepted; its receipt is not due yet
    Delivered, // the receipt says the handset got it
    Failed, // the receipt says it was not delivered
    NoReceiptYet, // accepted, and its receipt is overdue
    Unknown, // accepted, and a receipt is not to be expected any more
};

// The one definition of a send's lifecycle, from its journal state, its
// receipt (if any) and how long ago it left. The SQL filters of the history
// (store::HistoryReader) are built from sqlCondition(), and the rows are
// labelled with state(): both come from the rules here, and a test holds
// them to the same answer for every combination.
//
//   accepted --(receipt SUCCESS)--> delivered
//      |     --(receipt FAIL)-----> failed
//      |  no receipt after Waits::receiptDue
//      v
//   no receipt yet --(a receipt still arrives)--> delivered / failed
//      |  no receipt after Waits::unknownAfter
//      v
//   unknown
//
// A receipt decides, whatever else the journal says (it proves the message
// left), except for a refused number, which never left. Nothing without a
// receipt is ever called delivered.
class Lifecycle
{
    Q_DECLARE_TR_FUNCTIONS(sms::history::Lifecycle)

public:
    struct Waits
    {
        // Receipts normally arrive within seconds to a few minutes.
        qint64 receiptDueMs = 10 * 60 * 1000;
        // The service keeps a send's record, and hands out its receipt, for
        // 72 hours; after that no receipt can come.
        qint64 unknownAfterMs = 72LL * 3600 * 1000;
    };

    // recipients.receipt_state.
    enum class Receipt { None = 0, Delivered = 1, Failed = 2 };

    Lifecycle() = default;
    explicit Lifecycle(const Waits &waits);

    Waits waits() const { return m_waits; }

    LifecycleState state(store::RecipientState state, Receipt receipt, qint64 sentAtMs,
                         qint64 nowMs) const;

    // An SQL condition on a recipients row named alias that holds exactly
    // for the rows state() puts in lifecycle at nowMs. Only integers go in
    // the text, never anything typed by a person.
    QString sqlCondition(LifecycleState lifecycle, qint64 nowMs,
                         const QString &alias = QStringLiteral("r")) const;
    // "Failed only": refused or failed by its receipt.
    QString sqlFailedCondition(const QString &alias = QStringLiteral("r")) const;
    static bool isFailure(LifecycleState lifecycle);

    static QList<LifecycleState> allStates();
    // Stable English words for scripts: "no-receipt-yet", ...
    static QString key(LifecycleState lifecycle);
    static std::optional<LifecycleState> fromKey(const QString &key);
    // Translated, for the page.
    static QString text(LifecycleState lifecycle);

private:
    Waits m_waits;
};

} // namespace sms::history
