// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace sms::store {

// Where one request of a campaign stands. The numbers are stored: never
// reorder.
enum class BatchState {
    InFlight = 1, // written before the request left; no answer yet
    Done = 2, // answered, each number settled
    Failed = 3, // refused whole, or never left: nothing was sent
    Uncertain = 4, // the answer was lost (or the process died): to be reconciled
};

// One request (SendSms or SendMultiGlobalSms) of a campaign.
struct BatchRecord
{
    qint64 id = 0;
    qint64 campaignId = 0;
    QString action;
    BatchState state = BatchState::InFlight;
    int size = 0;
    QString requestId;
    QDateTime started;
    QDateTime finished;
    QString code; // why it failed or is uncertain
    QString message;
};

} // namespace sms::store
