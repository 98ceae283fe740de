// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/Lifecycle.h"

#include <iterator>

namespace sms::history {

using store::RecipientState;

namespace {
struct StateName
{
    LifecycleState state;
    const char *key;
    const char *text;
};

// In the order of LifecycleState.
const StateName names[] = {
    {LifecycleState::Queued, "queued", QT_TRANSLATE_NOOP("sms::history::Lifecycle", "Queued")},
    {LifecycleState::Sending, "sending", QT_TRANSLATE_NOOP("sms::history::Lifecycle", "Sending")},
    {LifecycleState::Uncertain, "uncertain",
     QT_TRANSLATE_NOOP("sms::history::Lifecycle", "Uncertain")},
    {LifecycleState::Refused, "refused", QT_TRANSLATE_NOOP("sms::history::Lifecycle", "Refused")},
    {LifecycleState::Accepted, "accepted",
     QT_TRANSLATE_NOOP("sms::history::Lifecycle", "Accepted")},
    {LifecycleState::Delivered, "delivered",
     QT_TRANSLATE_NOOP("sms::history::Lifecycle", "Delivered")},
    {LifecycleState::Failed, "failed", QT_TRANSLATE_NOOP("sms::history::Lifecycle", "Failed")},
    {LifecycleState::NoReceiptYet, "no-receipt-yet",
     QT_TRANSLATE_NOOP("sms::history::Lifecycle", "No receipt yet")},
    {LifecycleState::Unknown, "unknown", QT_TRANSLATE_NOOP("sms::history::Lifecycle", "Unknown")},
};
} // namespace

Lifecycle::Lifecycle(const Waits &waits)
    : m_waits(waits)
{ }

LifecycleState Lifecycle::state(RecipientState state, Receipt receipt, qint64 sentAtMs,
                                qint64 nowMs) const
{
    if (state == RecipientState::Refused)
        return LifecycleState::Refused;
    if (receipt == Receipt::Delivered)
        return LifecycleState::Delivered;
    if (receipt == Receipt::Failed)
        return LifecycleState::Failed;
    switch (state) {
    case RecipientState::Queued:
        return LifecycleState::Queued;
    case RecipientState::InFlight:
        return LifecycleState::Sending;
    case RecipientState::Uncertain:
        return LifecycleState::Uncertain;
    case RecipientState::Accepted:
    case RecipientState::Refused:
        break;
    }
    const qint64 age = nowMs - sentAtMs;
    if (age < m_waits.receiptDueMs)
        return LifecycleState::Accepted;
    if (age < m_waits.unknownAfterMs)
        return LifecycleState::NoReceiptYet;
    return LifecycleState::Unknown;
}

QString Lifecycle::sqlCondition(LifecycleState lifecycle, qint64 nowMs, const QString &a) const
{
    // The same rules as state(), in the same order: a refusal first, then a
    // receipt, then the journal state, then the age of an accepted send.
    const QString notRefused
        = QStringLiteral("%1.state <> %2").arg(a).arg(int(RecipientState::Refused));
    const QString noReceipt = QStringLiteral("%1.receipt_state IS NULL").arg(a);
    auto inState = [&](RecipientState s) {
        return QStringLiteral("(%1.state = %2 AND %3)").arg(a).arg(int(s)).arg(noReceipt);
    };
    // age < wait  <=>  sent_at > now - wait
    const qint64 dueLine = nowMs - m_waits.receiptDueMs;
    const qint64 unknownLine = nowMs - m_waits.unknownAfterMs;
    const QString accepted = QStringLiteral("%1.state = %2 AND %3")
                                 .arg(a)
                                 .arg(int(RecipientState::Accepted))
                                 .arg(noReceipt);
    switch (lifecycle) {
    case LifecycleState::Refused:
        return QStringLiteral("(%1.state = %2)").arg(a).arg(int(RecipientState::Refused));
    case LifecycleState::Delivered:
        return QStringLiteral("(%1 AND %2.receipt_state = %3)")
            .arg(notRefused, a)
            .arg(int(Receipt::Delivered));
    case LifecycleState::Failed:
        return QStringLiteral("(%1 AND %2.receipt_state = %3)")
            .arg(notRefused, a)
            .arg(int(Receipt::Failed));
    case LifecycleState::Queued:
        return inState(RecipientState::Queued);
    case LifecycleState::Sending:
        return inState(RecipientState::InFlight);
    case LifecycleState::Uncertain:
        return inState(RecipientState::Uncertain);
    case LifecycleState::Accepted:
        return QStringLiteral("(%1 AND %2.sent_at > %3)").arg(accepted, a).arg(dueLine);
    case LifecycleState::NoReceiptYet:
        return QStringLiteral("(%1 AND %2.sent_at <= %3 AND %2.sent_at > %4)")
            .arg(accepted, a)
            .arg(dueLine)
            .arg(unknownLine);
    case LifecycleState::Unknown:
        return QStringLiteral("(%1 AND %2.sent_at <= %3)").arg(accepted, a).arg(unknownLine);
    }
    return QStringLiteral("0");
}

QString Lifecycle::sqlFailedCondition(const QString &a) const
{
    return QStringLiteral("(%1 OR %2)")
        .arg(sqlCondition(LifecycleState::Refused, 0, a),
             sqlCondition(LifecycleState::Failed, 0, a));
}

bool Lifecycle::isFailure(LifecycleState lifecycle)
{
    return lifecycle == LifecycleState::Refused || lifecycle == LifecycleState::Failed;
}

QList<LifecycleState> Lifecycle::allStates()
{
    QList<LifecycleState> states;
    for (const StateName &name : names)
        states.append(name.state);
    return states;
}

QString Lifecycle::key(LifecycleState lifecycle)
{
    return QString::fromLatin1(names[int(lifecycle)].key);
}

std::optional<LifecycleState> Lifecycle::fromKey(const QString &key)
{
    for (const StateName &name : names) {
        if (key == QLatin1String(name.key))
            return name.state;
    }
    return std::nullopt;
}

QString Lifecycle::text(LifecycleState lifecycle)
{
    return tr(names[int(lifecycle)].text);
}

} // namespace sms::history
