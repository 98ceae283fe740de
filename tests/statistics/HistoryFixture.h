// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Writes a send history straight into a profile database (schema 2), the
// way the campaign runner and the receipt puller leave it, so that the
// statistics can be checked against counts known in advance.

#include "store/Database.h"
#include "store/JournalRecipient.h"
#include "store/Statement.h"

#include <QDateTime>
#include <QString>

#include <memory>

class HistoryFixture
{
public:
    enum Receipt { NoReceipt = 0, Delivered = 1, Failed = 2 };

    explicit HistoryFixture(sms::store::Database &database);
    ~HistoryFixture();

    // A campaign of the application; returns its id.
    qint64 campaign(const QString &appId);
    // One number sent at sentAt (invalid: never sent) in the given state.
    // A receipt row is written for Delivered and Failed.
    void add(qint64 campaignId, const QDateTime &sentAt, sms::store::RecipientState state,
             const QString &code = QStringLiteral("Ok"), qint64 fee = 1,
             Receipt receipt = NoReceipt, const QString &description = {});

    // Many rows in one transaction (benchmarks): add() calls inside work run
    // in it.
    bool batch(const std::function<bool()> &work) { return m_db.transaction(work); }

private:
    sms::store::Database &m_db;
    std::unique_ptr<sms::store::Statement> m_recipient;
    std::unique_ptr<sms::store::Statement> m_receipt;
    qint64 m_serial = 0;
};
