#pragma once

#include "domain/Market.h"
#include "domain/SignType.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace sms::domain {

// AddSmsSign: applies for a new signature; it goes to manual review.
struct AddSmsSignRequest
{
    static constexpr auto action = "AddSmsSign";

    QString signName; // the text shown in 【】, 2-12 characters
    qint64 signType = signTypeCode(SignType::Company);
    qint64 documentType = documentTypeCode(DocumentType::BusinessLicenceThreeInOne);
    qint64 international = marketCode(Market::Domestic);
    qint64 signPurpose = signPurposeCode(SignPurpose::SelfUse);
    // Base64 without the "data:image/jpeg;base64," prefix.
    QString proofImage;
    std::optional<QString> commissionImage; // only with SignPurpose ForOthers
    std::optional<QString> remark;
    std::optional<qint64> qualificationId; // required for domestic signatures

    QJsonObject toJson() const;

    friend bool operator==(const AddSmsSignRequest &, const AddSmsSignRequest &) = default;
};

struct AddSignStatus
{
    qint64 signId = 0;

    static AddSignStatus fromJson(const QJsonObject &object);

    friend bool operator==(const AddSignStatus &, const AddSignStatus &) = default;
};

struct AddSmsSignResult
{
    AddSignStatus addSignStatus;
    QString requestId;

    static AddSmsSignResult fromJson(const QJsonObject &response);

    friend bool operator==(const AddSmsSignResult &, const AddSmsSignResult &) = default;
};

} // namespace sms::domain
