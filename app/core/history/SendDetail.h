// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/HistoryRow.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sms::history {

// Everything the journal knows about one send: the row, what its campaign
// asked for, the request it left in, its receipts and the number's replies
// since.
struct SendDetail
{
    struct Receipt
    {
        QString serialNo;
        QString status; // "SUCCESS", "FAIL" as the service wrote it
        QString description;
        qint64 userReceiveTime = 0; // as the service gave it (unix seconds)
        qint64 receivedAtMs = 0; // when this console stored it
    };
    struct Reply
    {
        QString content;
        QString signName;
        QString extendCode;
        qint64 replyTime = 0;
    };

    HistoryRow row;
    bool found = false;
    QString campaignName;
    QStringList parameters;
    QString sessionContext;
    QString input; // the number as it was given
    QString requestId; // of the batch it left in
    QString action; // SendSms, SendMultiGlobalSms
    QList<Receipt> receipts;
    QList<Reply> replies; // from the number, at or after the send
};

} // namespace sms::history
