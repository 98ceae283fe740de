// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace sms::domain {

// The codes that describe a signature application (AddSmsSign,
// ModifySmsSign). Retired codes are not listed: the service refuses them for
// new applications, so offering them would only produce errors.

// Who or what the signature names (SignType).
enum class SignType {
    Company = 0, // with DocumentType BusinessLicenceThreeInOne or BusinessLicence
    App = 1, // international only now
    Trademark = 4, // with DocumentType TrademarkRegistration
    Institution = 5, // government, public institution or other; codes 2 and 3
};

// The proof that comes with it (DocumentType).
enum class DocumentType {
    BusinessLicenceThreeInOne = 0, // unified social credit code licence
    BusinessLicence = 1,
    OrganizationCode = 2,
    SocialCreditCode = 3,
    AppScreenshot = 4, // not accepted for domestic signatures
    TrademarkRegistration = 7,
};

// SignPurpose: for the account's own business, or on behalf of someone else
// (then a CommissionImage is required).
enum class SignPurpose {
    SelfUse = 0,
    ForOthers = 1,
};

constexpr qint64 signTypeCode(SignType type)
{
    return qint64(type);
}
constexpr qint64 documentTypeCode(DocumentType type)
{
    return qint64(type);
}
constexpr qint64 signPurposeCode(SignPurpose purpose)
{
    return qint64(purpose);
}

} // namespace sms::domain
