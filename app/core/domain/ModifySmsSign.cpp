#include "domain/ModifySmsSign.h"

#include "domain/JsonFields.h"

namespace sms::domain {

QJsonObject ModifySmsSignRequest::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("SignId"), signId);
    o.insert(QLatin1String("SignName"), signName);
    o.insert(QLatin1String("SignType"), signType);
    o.insert(QLatin1String("DocumentType"), documentType);
    o.insert(QLatin1String("International"), international);
    o.insert(QLatin1String("SignPurpose"), signPurpose);
    o.insert(QLatin1String("ProofImage"), proofImage);
    if (commissionImage)
        o.insert(QLatin1String("CommissionImage"), *commissionImage);
    if (remark)
        o.insert(QLatin1String("Remark"), *remark);
    if (qualificationId)
        o.insert(QLatin1String("QualificationId"), *qualificationId);
    return o;
}

ModifySignStatus ModifySignStatus::fromJson(const QJsonObject &object)
{
    ModifySignStatus s;
    s.signId = json::integer(object.value(QLatin1String("SignId")));
    return s;
}

ModifySmsSignResult ModifySmsSignResult::fromJson(const QJsonObject &response)
{
    ModifySmsSignResult r;
    r.modifySignStatus
        = ModifySignStatus::fromJson(response.value(QLatin1String("ModifySignStatus")).toObject());
    r.requestId = json::string(response.value(QLatin1String("RequestId")));
    return r;
}

} // namespace sms::domain
