#pragma once

#include "domain/Market.h"
#include "domain/SignType.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace sms::domain {

// AddSmsSign: applies for a new signature; it goes to manual review.
// The fields of a signature application, the same for AddSmsSign and
// ModifySmsSign (which adds the SignId being changed).
template<typename Request>
QJsonObject signApplicationJson(const Request &r)
{
    QJsonObject o;
    o.insert(QLatin1String("SignName"), r.signName);
    o.insert(QLatin1String("SignType"), r.signType);
    o.insert(QLatin1String("DocumentType"), r.documentType);
    o.insert(QLatin1String("International"), r.international);
    o.insert(QLatin1String("SignPurpose"), r.signPurpose);
    o.insert(QLatin1String("ProofImage"), r.proofImage);
    if (r.commissionImage)
        o.insert(QLatin1String("CommissionImage"), *r.commissionImage);
    if (r.remark)
        o.insert(QLatin1String("Remark"), *r.remark);
    if (r.qualificationId)
        o.insert(QLatin1String("QualificationId"), *r.qualificationId);
    return o;
}

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
