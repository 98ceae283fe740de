// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Market.h"

#include <QString>
#include <QStringList>

namespace sms::store {

// Where one recipient stands. The numbers are stored: never reorder.
enum class RecipientState {
    Queued = 0, // to be sent
    InFlight = 1, // its batch is on the wire
    Accepted = 2, // the service said Ok (SerialNo kept): never sent again
    Refused = 3, // the service, or pre-flight, refused it (code kept)
    Uncertain = 4, // its batch's outcome is unknown: to be reconciled, never re-sent blindly
};

// One recipient as the journal holds it.
struct JournalRecipient
{
    qint64 id = 0;
    qint64 campaignId = 0;
    qint64 sourceRow = 0;
    QString input;
    QString phone; // E.164
    QStringList parameters;
    domain::Market market = domain::Market::Domestic;
    RecipientState state = RecipientState::Queued;
    qint64 batchId = 0; // the latest batch it went out in; 0 when never
    QString serialNo;
    qint64 fee = 0;
    QString code; // "Ok", the refusal's code, or pre-flight's
    QString message; // a refusal's; empty for an accepted number ("send success")
    QString requestId; // of its latest batch
};

} // namespace sms::store
