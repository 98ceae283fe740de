// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/RequestContext.h"

#include <QJsonArray>
#include <QList>
#include <QMap>

#include <optional>

namespace sms::sandbox {

// What a DescribeSmsSignList / DescribeSmsTemplateList request asks for:
// records of one market, either by id (at most 100) or one page of them.
struct ListQuery
{
    int international = 0;
    QJsonArray ids;
    int limit = 10;
    int offset = 0;

    // Reads the request and checks its ids and paging (International is the
    // caller's to check); idField is "SignIdSet" or "TemplateIdSet", tooMany
    // the (untranslated) message for a request over the limits.
    static ServiceResult parse(const RequestContext &ctx, const QJsonObject &body,
                               QLatin1String idField, const char *tooMany, ListQuery *query);

    // The selected records in id order, or nothing when an asked-for id does
    // not exist in this market.
    template<typename Record, typename InMarket>
    std::optional<QList<const Record *>> select(const QMap<qint64, Record> &records,
                                                InMarket inMarket) const
    {
        QList<const Record *> selected;
        if (!ids.isEmpty()) {
            for (const QJsonValue &v : ids) {
                const auto it = records.constFind(v.toInteger());
                if (it == records.constEnd() || !inMarket(*it))
                    return std::nullopt;
                selected.append(&*it);
            }
            return selected;
        }
        int index = 0;
        for (const Record &record : records) {
            if (!inMarket(record) || index++ < offset)
                continue;
            if (selected.size() >= limit)
                break;
            selected.append(&record);
        }
        return selected;
    }
};

} // namespace sms::sandbox
