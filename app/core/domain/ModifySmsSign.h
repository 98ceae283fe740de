#pragma once

#include "domain/Market.h"
#include "domain/SignType.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace sms::domain {

// ModifySmsSign: changes a signature that is under review or was rejected
// (an approved one is refused with SignAlreadyPassedCheck) and sends it back
// to review. Every field is sent again, not only the changed ones.
struct ModifySmsSignRequest
{
    static constexpr auto action = "ModifySmsSign";

    qint64 signId = 0;
    QString signName;
    qint64 signType = signTypeCode(SignType::Company);
    qint64 documentType = documentTypeCode(DocumentType::BusinessLicenceThreeInOne);
    // Must equal the signature's current value: a domestic signature cannot
    // be turned into an international one.
    qint64 international = marketCode(Market::Domestic);
    qint64 signPurpose = signPurposeCode(SignPurpose::SelfUse);
    QString proofImage; // base64 without the data: prefix
    std::optional<QString> commissionImage;
    std::optional<QString> remark;
    std::optional<qint64> qualificationId;

    QJsonObject toJson() const;

    friend bool operator==(const ModifySmsSignRequest &, const ModifySmsSignRequest &) = default;
};

struct ModifySignStatus
{
    qint64 signId = 0;

    static ModifySignStatus fromJson(const QJsonObject &object);

    friend bool operator==(const ModifySignStatus &, const ModifySignStatus &) = default;
};

struct ModifySmsSignResult
{
    ModifySignStatus modifySignStatus;
    QString requestId;

    static ModifySmsSignResult fromJson(const QJsonObject &response);

    friend bool operator==(const ModifySmsSignResult &, const ModifySmsSignResult &) = default;
};

} // namespace sms::domain
