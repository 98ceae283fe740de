// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace sms::store {

// One number on the opt-out list.
struct OptOutEntry
{
    QString phone; // E.164
    QDateTime since; // when it asked (the reply's time), or was added by hand
    qint64 replyId = 0; // the reply that put it there; 0 when added by hand
    QString replyContent; // that reply's text
    QString note; // the operator's, for a number added by hand
};

} // namespace sms::store
