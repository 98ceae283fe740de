// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Market.h"
#include "domain/ReviewStatus.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace sms::review {

// How the codes of signatures and templates are said: translated words for
// pages and dialogs, and stable ids for smsctl's output and scripts. An
// unknown (std::nullopt) type or purpose is one this console did not
// submit, and says so.
class ReviewTexts
{
    Q_DECLARE_TR_FUNCTIONS(sms::review::ReviewTexts)

public:
    // "approved", "reviewing", "approved-pending", "rejected", "unknown".
    static QString statusId(domain::ReviewStatus status);
    // "Usable", "Under review", "Approved, waiting to take effect",
    // "Rejected", "Unknown status".
    static QString statusText(domain::ReviewStatus status);
    static QString marketText(domain::Market market);

    static QString signTypeText(std::optional<qint64> signType);
    static QString documentTypeText(std::optional<qint64> documentType);
    static QString signPurposeText(std::optional<qint64> signPurpose);
    static QString smsTypeText(std::optional<qint64> smsType);

    // What an unknown type or purpose reads as.
    static QString unknownText();
};

} // namespace sms::review
