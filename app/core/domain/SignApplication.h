// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/JsonFields.h"
#include "domain/Market.h"
#include "domain/SignType.h"

#include <QString>

#include <optional>

namespace sms::domain {

// The fields of a signature application, the same for AddSmsSign and
// ModifySmsSign (which adds the SignId being changed).
struct SignApplication
{
    QString signName; // the text shown in 【】, 2-12 characters
    qint64 signType = signTypeCode(SignType::Company);
    qint64 documentType = documentTypeCode(DocumentType::BusinessLicenceThreeInOne);
    // On a modification it must equal the signature's current value: a
    // domestic signature cannot be turned into an international one.
    qint64 international = marketCode(Market::Domestic);
    qint64 signPurpose = signPurposeCode(SignPurpose::SelfUse);
    // Base64 without the "data:image/jpeg;base64," prefix.
    QString proofImage;
    std::optional<QString> commissionImage; // only with SignPurpose ForOthers
    std::optional<QString> remark;
    std::optional<qint64> qualificationId; // required for domestic signatures

    static constexpr auto jsonFields()
    {
        using S = SignApplication;
        return std::tuple {json::field("SignName", &S::signName),
                           json::field("SignType", &S::signType),
                           json::field("DocumentType", &S::documentType),
                           json::field("International", &S::international),
                           json::field("SignPurpose", &S::signPurpose),
                           json::field("ProofImage", &S::proofImage),
                           json::field("CommissionImage", &S::commissionImage),
                           json::field("Remark", &S::remark),
                           json::field("QualificationId", &S::qualificationId)};
    }
};

} // namespace sms::domain
