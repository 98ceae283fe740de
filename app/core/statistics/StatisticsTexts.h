// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace sms::statistics {

// How the statistics' reasons are said, for the page and smsctl: the
// service's classes of delivery failure translated, a receipt's own
// description as the carrier wrote it, and a name for a missing one.
class StatisticsTexts
{
    Q_DECLARE_TR_FUNCTIONS(sms::statistics::StatisticsTexts)

public:
    // "Invalid number" for DeliveryOutcomes::invalidNumber, "No description"
    // for an empty reason, the reason itself otherwise.
    static QString failureReason(const QString &reason);
};

} // namespace sms::statistics
