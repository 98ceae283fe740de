#include "domain/AddSmsSign.h"

#include "domain/JsonFields.h"

namespace sms::domain {

QJsonObject AddSmsSignRequest::toJson() const
{
    QJsonObject o;
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

AddSignStatus AddSignStatus::fromJson(const QJsonObject &object)
{
    AddSignStatus s;
    s.signId = json::integer(object.value(QLatin1String("SignId")));
    return s;
}

AddSmsSignResult AddSmsSignResult::fromJson(const QJsonObject &response)
{
    AddSmsSignResult r;
    r.addSignStatus
        = AddSignStatus::fromJson(response.value(QLatin1String("AddSignStatus")).toObject());
    r.requestId = json::string(response.value(QLatin1String("RequestId")));
    return r;
}

} // namespace sms::domain
