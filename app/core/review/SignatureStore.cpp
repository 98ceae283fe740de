// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/SignatureStore.h"

namespace sms::review {

SignatureStore::SignatureStore(session::Session &session, const Options &options, QObject *parent)
    : RecordStore(session, QStringLiteral("signatures"), options, parent)
{ }

domain::SignApplication SignatureStore::normalized(const domain::SignApplication &application)
{
    domain::SignApplication a = application;
    a.signName = SignatureChecks::normalizedName(a.signName);
    return a;
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
