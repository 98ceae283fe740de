// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/DescribeSmsSignList.h"
#include "review/ReviewRecord.h"
#include "review/SignatureSubmission.h"

namespace sms::review {

// One signature: the service's list entry, and what this console submitted
// for it when it did (type, proof document, purpose). Those three are
// std::nullopt for a signature applied for elsewhere: the service's list
// does not carry them.
struct SignatureRecord : ReviewRecord<domain::DescribeSignListStatus, SignatureSubmission>
{
    qint64 id() const { return listed.signId; }
    // The text shown in 【】.
    QString name() const { return listed.signName; }

    std::optional<qint64> signType() const
    {
        return submitted ? std::optional(submitted->signType) : std::nullopt;
    }
    std::optional<qint64> documentType() const
    {
        return submitted ? std::optional(submitted->documentType) : std::nullopt;
    }
    std::optional<qint64> signPurpose() const
    {
        return submitted ? std::optional(submitted->signPurpose) : std::nullopt;
    }
};

} // namespace sms::review
