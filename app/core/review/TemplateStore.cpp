// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/TemplateStore.h"

namespace sms::review {

TemplateStore::TemplateStore(session::Session &session, const Options &options, QObject *parent)
    : RecordStore(session, QStringLiteral("templates"), options, parent)
{ }

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
