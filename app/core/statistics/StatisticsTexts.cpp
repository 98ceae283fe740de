// SPDX-License-Identifier: GPL-3.0-or-later
#include "statistics/StatisticsTexts.h"

#include "statistics/DeliveryOutcomes.h"

namespace sms::statistics {

QString StatisticsTexts::failureReason(const QString &reason)
{
    if (reason.isEmpty())
        return tr("No description");
    if (reason == QLatin1String(DeliveryOutcomes::internalError))
        return tr("Carrier error");
    if (reason == QLatin1String(DeliveryOutcomes::invalidNumber))
        return tr("Invalid number");
    if (reason == QLatin1String(DeliveryOutcomes::shutdown))
        return tr("Handset off");
    if (reason == QLatin1String(DeliveryOutcomes::blacklist))
        return tr("Carrier blocklist");
    if (reason == QLatin1String(DeliveryOutcomes::frequencyLimit))
        return tr("Frequency limit");
    return reason;
}

} // namespace sms::statistics
