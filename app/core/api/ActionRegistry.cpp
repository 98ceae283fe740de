// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ActionRegistry.h"

#include "api/Action.h"

namespace sms::api {

namespace {
enum Repeat { Safe, Once };

QList<ActionInfo> makeTable()
{
    QList<ActionInfo> table;
#define SMS_API_ACTION_INFO(Name, method, area, repeat, qps, set)                                  \
    table.append({QStringLiteral(#Name), ActionArea::area, repeat == Safe, qps,                    \
                  QStringLiteral(set), domain::json::schemaOf<domain::Name##Request>()});
    SMS_API_ACTIONS(SMS_API_ACTION_INFO)
#undef SMS_API_ACTION_INFO
    return table;
}
} // namespace

const QList<ActionInfo> &ActionRegistry::all()
{
    static const QList<ActionInfo> table = makeTable();
    return table;
}

const ActionInfo *ActionRegistry::find(QStringView name)
{
    for (const ActionInfo &info : all()) {
        if (info.name == name)
            return &info;
    }
    return nullptr;
}

} // namespace sms::api
