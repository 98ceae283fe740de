// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/ListQuery.h"

namespace sms::sandbox {

ServiceResult ListQuery::parse(const RequestContext &ctx, const QJsonObject &body,
                               QLatin1String idField, const char *tooMany, ListQuery *query)
{
    query->international = body.value(QLatin1String("International")).toInt();
    query->ids = body.value(idField).toArray();
    query->limit = body.contains(QLatin1String("Limit")) ? body.value(QLatin1String("Limit")).toInt()
                                                         : 10;
    query->offset = body.value(QLatin1String("Offset")).toInt();
    // Limit 0 would answer an empty page that looks like "no records".
    if (query->ids.size() > 100 || query->limit < 1 || query->limit > 100 || query->offset < 0)
        return ServiceResult::error(QStringLiteral("InvalidParameterValue"), ctx.text(tooMany));
    return {};
}

} // namespace sms::sandbox
