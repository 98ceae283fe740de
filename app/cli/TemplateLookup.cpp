// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/TemplateLookup.h"

#include "api/SmsApi.h"

namespace sms::cli {

void TemplateLookup::find(api::SmsApi &api, qint64 templateId, const QObject *context, Done done)
{
    findIn(api, templateId, 0, context, std::move(done));
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
