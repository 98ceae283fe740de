// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/HistoryRow.h"

#include <QList>
#include <QString>

namespace sms::store {
class Database;
}

namespace sms::testsupport {

// Writes a send history straight into a database (bulk inserts, one
// transaction): campaigns, batches of 200, recipients with their outcome,
// receipts and replies. Deterministic: send i's number, time and fate
// follow from i alone (outcome()), so a test can work out what any filter
// must return without asking SQL.
class HistoryGenerator
{
public:
    enum class Outcome {
        DailyLimit, // refused: LimitExceeded.PhoneNumberDailyLimit
        SensitiveWord, // refused: FailedOperation.ContainSensitiveWord
        EmptyNumber, // accepted, FAIL receipt "MK:0001 空号"
        Blocklist, // accepted, FAIL receipt "DB:0141 运营商黑名单"
        NoReceipt, // accepted, no receipt
        Uncertain, // the batch's answer was lost
        Delivered, // accepted, SUCCESS receipt
    };

    struct Spec
    {
        qint64 sends = 1000;
        int campaigns = 4;
        int distinctNumbers = 300;
        qint64 firstSentAtMs = 1'767'225'600'000; // 2026-01-01 00:00 UTC
        qint64 stepMs = 60'000;
    };

    static Outcome outcome(qint64 i);
    static QString phone(qint64 i, const Spec &spec);
    static QString templateOf(int campaign) { return QString::number(100000 + campaign % 3); }
    static QString signOf(int campaign);
    static QString appOf(int campaign);

    // Writes the history; returns the rows as the reader should list them
    // (oldest first, receipt descriptions filled), or an empty list with
    // *error set.
    static QList<history::HistoryRow> generate(store::Database &database, const Spec &spec,
                                               QString *error = nullptr, bool keepRows = true);
};

} // namespace sms::testsupport
