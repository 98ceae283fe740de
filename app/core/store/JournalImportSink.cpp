// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/JournalImportSink.h"

#include "store/CampaignJournal.h"
#include "store/Database.h"

namespace sms::store {

JournalImportSink::JournalImportSink(const QString &databasePath, qint64 campaignId)
    : JournalImportSink(StoreLocation::sqlite(databasePath), campaignId)
{ }

JournalImportSink::JournalImportSink(const StoreLocation &location, qint64 campaignId)
    : m_location(location)
    , m_campaignId(campaignId)
{ }

bool JournalImportSink::accept(const QList<campaign::Recipient> &chunk)
{
    Database db;
    if (!db.open(m_location, &m_error))
        return false;
    CampaignJournal journal(db);
    if (!journal.addRecipients(m_campaignId, chunk)) {
        m_error = journal.lastError();
        return false;
    }
    return true;
}

} // namespace sms::store
