// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/FieldSchema.h"

#include <QList>
#include <QString>

namespace sms::api {

// Which part of the service an action belongs to; the sandbox routes by it.
enum class ActionArea {
    Sending, // SendSms, SendMultiGlobalSms
    Reports, // receipts, replies, statistics, number lookups, conversions
    Signatures,
    Templates,
};

// The facts about one action of API 2021-01-11, as listed in ActionRegistry.
struct ActionInfo
{
    QString name;
    ActionArea area;
    // A read that may be repeated after a lost answer without changing
    // anything. Sends, changes and the queue-style pulls (whose records are
    // handed out once) are not.
    bool safeToRepeat;
    // The service's default per-action limit; 0 when none is published.
    double documentedQps;
    // The array of per-number outcomes in a successful answer (each item has
    // a Code that is "Ok" or why that number was refused); empty for actions
    // without one.
    QString statusSetKey;
    // The request's fields: JSON name, type, required.
    QList<domain::json::FieldSchema> requestFields;
};

} // namespace sms::api
