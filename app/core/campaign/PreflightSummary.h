// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/Recipient.h"
#include "domain/SmsPackagesStatistics.h"
#include "review/CheckProblem.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>

namespace sms::campaign {

// A campaign's totals after pre-flight: how many rows will be sent and how
// many will not (by the code the service would answer), how the sendable
// ones split between the mainland and the rest of the world (two separate
// sends: one request cannot mix them), what they will cost in segments,
// and what stops the whole campaign (blockers: an unapproved template or
// signature, marketing outside its hours, too small a balance).
struct PreflightSummary
{
    Q_DECLARE_TR_FUNCTIONS(sms::campaign::PreflightSummary)

public:
    qint64 rows = 0;
    qint64 sendable = 0;
    qint64 domestic = 0; // sendable, mainland China
    qint64 international = 0; // sendable, elsewhere (Hong Kong, Macao and Taiwan included)
    // Rows whose number appeared earlier in the list, whether or not they
    // were dropped (a problem under duplicateCode()) or kept to be sent again.
    qint64 duplicates = 0;
    qint64 domesticSegments = 0; // billed segments of the sendable rows
    qint64 internationalSegments = 0;
    QMap<QString, qint64> problemsByCode; // rows that will not be sent
    review::CheckProblems blockers; // each stops every row (field "" or the request's)

    qint64 segments() const { return domesticSegments + internationalSegments; }
    qint64 problemRows() const { return rows - sendable; }
    bool isMixed() const { return domestic > 0 && international > 0; }
    bool canSend() const { return blockers.isEmpty() && sendable > 0; }

    // Counts one checked row; segments are those of its message (0 when it
    // is not sendable).
    void add(const Recipient &recipient, int segments);
    // Adds the counts of another part of the same campaign.
    void merge(const PreflightSummary &other);

    // Segments left in the packages in effect at `at`: what
    // SmsPackagesStatistics returns, every package listed (the action selects
    // them by creation time, so ask for a range covering all of them).
    static qint64 remainingSegments(const QList<domain::SmsPackagesStatistics> &packages,
                                    const QDateTime &at);
    // Adds an InsufficientBalanceInSmsPackage blocker when the campaign's
    // segments exceed what the packages have left; returns whether they suffice.
    bool checkBalance(const QList<domain::SmsPackagesStatistics> &packages, const QDateTime &at);
};

} // namespace sms::campaign
