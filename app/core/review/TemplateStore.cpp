// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/TemplateStore.h"

#include "review/TemplateChecks.h"

namespace sms::review {

TemplateStore::TemplateStore(session::Session &session, const Options &options, QObject *parent)
    : RecordStore(session, QStringLiteral("templates"), options, parent)
{ }

QList<TemplateStore::Item> TemplateStore::items(const domain::DescribeSmsTemplateListResult &result)
{
    return result.describeTemplateStatusSet;
}

CheckProblems TemplateStore::checkAdd(const domain::TemplateApplication &application,
                                      const QList<TemplateRecord> &)
{
    return TemplateChecks::check(application);
}

CheckProblems TemplateStore::checkModify(const domain::TemplateApplication &application,
                                         const TemplateRecord *existing,
                                         const QList<TemplateRecord> &)
{
    if (!existing)
        return TemplateChecks::check(application);
    return TemplateChecks::checkModify(application, *existing);
}

TemplateStore::ModifyRequest
TemplateStore::modifyRequest(qint64 id, const domain::TemplateApplication &application)
{
    ModifyRequest request;
    static_cast<domain::TemplateApplication &>(request) = application;
    request.templateId = id;
    return request;
}

TemplateSubmission TemplateStore::submission(const domain::TemplateApplication &application)
{
    return {application.smsType, application.remark, QDateTime::currentSecsSinceEpoch()};
}

void TemplateStore::describe(Item &listed, qint64 id,
                             const domain::TemplateApplication &application)
{
    listed.templateId = id;
    listed.templateName = application.templateName;
    listed.templateContent = application.templateContent;
}

} // namespace sms::review
