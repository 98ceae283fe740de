// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "domain/DescribeSmsTemplateList.h"

#include <QObject>

#include <functional>
#include <optional>

namespace sms::api {
class SmsApi;
}

namespace sms::cli {

// Finds one template's listing (content, market, status) by its id, among
// the mainland templates first and then the international ones, since the
// list is asked per market. done(facts, error) runs once, unless context is
// gone: facts is std::nullopt when no template has that id or the service
// refused (error says which).
class TemplateLookup
{
public:
    using Done = std::function<void(const std::optional<domain::DescribeTemplateListStatus> &,
                                    const api::ApiError &)>;

    static void find(api::SmsApi &api, qint64 templateId, const QObject *context, Done done);

private:
    static void findIn(api::SmsApi &api, qint64 templateId, int international,
                       const QObject *context, Done done);
};

} // namespace sms::cli
