// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/RecipientSink.h"
#include "store/StoreLocation.h"

#include <QString>

#include <memory>

class QThread;

namespace sms::store {

class Database;

// Where an import (campaign::ImportJob) delivers a campaign's recipients:
// straight into the journal of the store at location (or the SQLite file at
// databasePath). An import runs on a worker thread and Qt Sql connections
// belong to one thread, so the chunks are written through a connection of
// the calling thread, opened at the first chunk and closed when the import
// finishes there (on a shared store, a connection per chunk would cost the
// server a new session each time): the GUI thread's connection is never
// touched, and nothing is left open in a thread that ends.
class JournalImportSink : public campaign::RecipientSink
{
public:
    JournalImportSink(const QString &databasePath, qint64 campaignId);
    JournalImportSink(const StoreLocation &location, qint64 campaignId);

    ~JournalImportSink() override;

    bool accept(const QList<campaign::Recipient> &chunk) override;
    void finish() override;
    // Why the latest chunk was refused; empty when none was.
    QString errorString() const { return m_error; }

private:
    StoreLocation m_location;
    std::unique_ptr<Database> m_db;
    QThread *m_thread = nullptr; // where m_db was opened
    qint64 m_written = 0;
    qint64 m_campaignId;
    QString m_error;
};

} // namespace sms::store
