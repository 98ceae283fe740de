// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "domain/DescribeSmsTemplateList.h"

#include <QCoreApplication>
#include <QObject>
#include <QTextStream>

#include <functional>
#include <optional>

namespace sms::api {
class SmsApi;
}

namespace sms::cli {

// Finds one template's listing (content, market, status) for a command that
// sends it, among the mainland templates first and then the international
// ones, since the list is asked per market. found(facts) runs with the
// listing; when no template has that id or the service refused, the reason
// goes to err and failed(exitCode) runs instead (CampaignCommand's codes).
// Nothing runs once context is gone.
class TemplateLookup
{
    Q_DECLARE_TR_FUNCTIONS(sms::cli::TemplateLookup)

public:
    using Found = std::function<void(const domain::DescribeTemplateListStatus &)>;
    using Failed = std::function<void(int exitCode)>;

    static void find(api::SmsApi &api, const QString &templateId, const QObject *context,
                     QTextStream &err, Found found, Failed failed);

private:
    using Done = std::function<void(const std::optional<domain::DescribeTemplateListStatus> &,
                                    const api::ApiError &)>;
    static void findIn(api::SmsApi &api, qint64 templateId, int international,
                       const QObject *context, Done done);
};

} // namespace sms::cli
