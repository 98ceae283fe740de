// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Market.h"

#include <QString>
#include <QStringList>

namespace sms::campaign {

// One recipient as it enters a campaign: where it came from (the 1-based row
// of the source, the header row included when there is one, so it is the row
// number a spreadsheet shows), its number as given and normalised, its
// template parameters, and what pre-flight found.
struct Recipient
{
    qint64 sourceRow = 0;
    QString input; // the number as the file had it
    QString phone; // E.164 (+8613800000000), empty when it could not be read
    QStringList parameters;
    domain::Market market = domain::Market::Domestic;
    QString problemCode; // the service's code pre-flight predicts, empty when none
    QString problem; // a translated sentence, empty when none
    bool isSendable() const { return problemCode.isEmpty() && !phone.isEmpty(); }
};

} // namespace sms::campaign
