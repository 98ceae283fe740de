// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/TemplateLookup.h"

#include "api/SmsApi.h"
#include "cli/CampaignCommand.h"
#include "cli/TerminalText.h"

namespace sms::cli {

void TemplateLookup::find(api::SmsApi &api, const QString &templateId, const QObject *context,
                          QTextStream &err, Found found, Failed failed)
{
    findIn(api, templateId.toLongLong(), 0, context,
           [templateId, &err, found = std::move(found), failed = std::move(failed)](
               const std::optional<domain::DescribeTemplateListStatus> &facts,
               const api::ApiError &error) {
               if (error.isError()) {
                   err << tr("smsctl: cannot look up template %1: %2")
                              .arg(templateId, TerminalText::line(error.summary()))
                       << '\n';
                   return failed(CampaignCommand::exitCodeFor(error));
               }
               if (!facts) {
                   err << tr("smsctl: there is no template %1").arg(templateId) << '\n';
                   return failed(CampaignCommand::Usage);
               }
               found(*facts);
           });
}

void TemplateLookup::findIn(api::SmsApi &api, qint64 templateId, int international,
                            const QObject *context, Done done)
{
    domain::DescribeSmsTemplateListRequest request;
    request.international = international;
    request.templateIdSet = {templateId};
    api.send(request, context,
             [&api, templateId, international, context, done = std::move(done)](auto *reply) {
                 if (reply->error().isError())
                     return done(std::nullopt, reply->error());
                 const auto set = reply->result().describeTemplateStatusSet;
                 for (const auto &facts : set) {
                     if (facts.templateId == templateId)
                         return done(facts, {});
                 }
                 if (international == 0)
                     return findIn(api, templateId, 1, context, done);
                 done(std::nullopt, {});
             });
}

} // namespace sms::cli
