// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/JournalImportSink.h"

#include "store/CampaignJournal.h"
#include "store/Database.h"

#include <QThread>

namespace sms::store {

JournalImportSink::JournalImportSink(const QString &databasePath, qint64 campaignId)
    : JournalImportSink(StoreLocation::sqlite(databasePath), campaignId)
{ }

JournalImportSink::JournalImportSink(const StoreLocation &location, qint64 campaignId)
    : m_location(location)
    , m_campaignId(campaignId)
{ }

JournalImportSink::~JournalImportSink()
{
    finish();
}

void JournalImportSink::finish()
{
    // PostgreSQL plans a campaign's queue reads from the table's statistics,
    // which its background analysis brings up to date only a minute or more
    // later: a large import would be read with the plan of a table that did
    // not have it (a scan of the whole campaign for every few thousand rows).
    constexpr qint64 kAnalyzeAfterRows = 10000;
    if (m_db && m_db->engine() == Engine::Postgres && m_written >= kAnalyzeAfterRows)
        m_db->exec(QStringLiteral("ANALYZE recipients"));
    m_written = 0;
    m_db.reset();
    m_thread = nullptr;
}

bool JournalImportSink::accept(const QList<campaign::Recipient> &chunk)
{
    if (m_db && (m_thread != QThread::currentThread() || m_db->connectionLost()))
        finish();
    if (!m_db) {
        auto db = std::make_unique<Database>();
        if (!db->open(m_location, &m_error))
            return false;
        m_db = std::move(db);
        m_thread = QThread::currentThread();
    }
    CampaignJournal journal(*m_db);
    if (!journal.addRecipients(m_campaignId, chunk)) {
        m_error = journal.lastError();
        return false;
    }
    m_written += chunk.size();
    return true;
}

} // namespace sms::store
