// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/PreflightSummary.h"

#include <QLocale>

#include <algorithm>

namespace sms::campaign {

void PreflightSummary::add(const Recipient &recipient, int segments)
{
    ++rows;
    if (!recipient.isSendable()) {
        ++problemsByCode[recipient.problemCode.isEmpty()
                             ? QStringLiteral("InvalidParameterValue.IncorrectPhoneNumber")
                             : recipient.problemCode];
        return;
    }
    ++sendable;
    if (recipient.market == domain::Market::Domestic) {
        ++domestic;
        domesticSegments += segments;
    } else {
        ++international;
        internationalSegments += segments;
    }
}

void PreflightSummary::merge(const PreflightSummary &other)
{
    rows += other.rows;
    sendable += other.sendable;
    domestic += other.domestic;
    international += other.international;
    duplicates += other.duplicates;
    domesticSegments += other.domesticSegments;
    internationalSegments += other.internationalSegments;
    for (auto it = other.problemsByCode.cbegin(); it != other.problemsByCode.cend(); ++it)
        problemsByCode[it.key()] += it.value();
    for (const review::CheckProblem &blocker : other.blockers) {
        if (!blockers.contains(blocker))
            blockers.append(blocker);
    }
}

qint64 PreflightSummary::remainingSegments(const QList<domain::SmsPackagesStatistics> &packages,
                                           const QDateTime &at)
{
    const qint64 now = at.toSecsSinceEpoch();
    qint64 total = 0;
    for (const domain::SmsPackagesStatistics &package : packages) {
        if (package.packageEffectiveTime <= now && now < package.packageExpiredTime)
            total += std::max<qint64>(0, package.packageAmount - package.currentUsage);
    }
    return total;
}

bool PreflightSummary::checkBalance(const QList<domain::SmsPackagesStatistics> &packages,
                                    const QDateTime &at)
{
    const qint64 remaining = remainingSegments(packages, at);
    if (segments() <= remaining)
        return true;
    const QLocale locale;
    blockers.append({QString(), QStringLiteral("FailedOperation.InsufficientBalanceInSmsPackage"),
                     tr("The campaign needs %1 segments; the SMS packages have %2 left.")
                         .arg(locale.toString(segments()), locale.toString(remaining))});
    return false;
}

} // namespace sms::campaign
