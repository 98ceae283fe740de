// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/SignatureStore.h"

#include "review/SignatureChecks.h"

namespace sms::review {

SignatureStore::SignatureStore(session::Session &session, const Options &options, QObject *parent)
    : RecordStore(session, QStringLiteral("signatures"), options, parent)
{ }

QList<SignatureStore::Item> SignatureStore::items(const domain::DescribeSmsSignListResult &result)
{
    return result.describeSignListStatusSet;
}

domain::SignApplication SignatureStore::normalized(const domain::SignApplication &application)
{
    domain::SignApplication a = application;
    a.signName = SignatureChecks::normalizedName(a.signName);
    return a;
}

CheckProblems SignatureStore::checkAdd(const domain::SignApplication &application,
                                       const QList<SignatureRecord> &known)
{
    return SignatureChecks::checkAdd(application, known);
}

CheckProblems SignatureStore::checkModify(const domain::SignApplication &application,
                                          const SignatureRecord *existing,
                                          const QList<SignatureRecord> &known)
{
    if (!existing)
        return SignatureChecks::check(application);
    return SignatureChecks::checkModify(application, *existing, known);
}

SignatureStore::ModifyRequest
SignatureStore::modifyRequest(qint64 id, const domain::SignApplication &application)
{
    ModifyRequest request;
    static_cast<domain::SignApplication &>(request) = application;
    request.signId = id;
    return request;
}

SignatureSubmission SignatureStore::submission(const domain::SignApplication &application)
{
    return {application.signType, application.documentType, application.signPurpose,
            application.remark, QDateTime::currentSecsSinceEpoch()};
}

void SignatureStore::describe(Item &listed, qint64 id, const domain::SignApplication &application)
{
    listed.signId = id;
    listed.signName = application.signName;
    listed.qualificationId = application.qualificationId.value_or(0);
}

} // namespace sms::review
