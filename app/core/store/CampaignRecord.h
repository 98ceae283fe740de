// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Market.h"

#include <QDateTime>
#include <QString>

namespace sms::store {

// Where a campaign stands as a whole. The numbers are stored: never reorder.
enum class CampaignState {
    Importing = 0, // recipients are still arriving
    Ready = 1, // imported, nothing sent yet
    Running = 2, // a runner is (or was, until it died) sending it
    Paused = 3,
    Cancelled = 4,
    Finished = 5, // nothing left in the queue; some numbers may still be uncertain
};

// One campaign of the journal: what it sends, from which application.
struct CampaignRecord
{
    qint64 id = 0;
    QString name;
    QDateTime created;
    QString signName; // the approved signature's text; empty for international only
    QString templateId;
    QString appId; // SmsSdkAppId
    domain::Market market = domain::Market::Domestic; // the template's
    bool marketing = false; // a marketing template: only sent 08:00-22:00 Beijing time
    QDateTime startAt; // not before; invalid: at once
    CampaignState state = CampaignState::Importing;
};

} // namespace sms::store
