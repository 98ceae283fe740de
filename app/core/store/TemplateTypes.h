// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/SmsType.h"

#include <QString>

#include <optional>

namespace sms::store {

class Database;

// What the operator said a template is for (notification, marketing,
// verification code) when the service's template list does not say: a
// template applied for elsewhere. The type drives pre-flight's
// verification-code rule and marketing hours, so the choice is remembered
// per template id in the profile's database, for the next campaign.
class TemplateTypes
{
public:
    explicit TemplateTypes(Database &database);

    // The type remembered for a template, if any.
    std::optional<domain::SmsType> type(const QString &templateId) const;
    bool remember(const QString &templateId, domain::SmsType type);

private:
    static QString keyOf(const QString &templateId);

    Database &m_db;
};

} // namespace sms::store
