// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "errors/ErrorGroups.h"
#include "store/JournalRecipient.h"
#include "store/StoreLocation.h"

#include <QList>
#include <QObject>
#include <QStringList>
#include <QThreadPool>

#include <memory>

namespace sms::store {
class CampaignJournal;
}

namespace sms::campaign {

// The Campaigns page's reads of the journal (a page of a campaign's rows,
// its refusals grouped by code) on a thread of their own, with a connection
// of their own: even a read that scans a million rows never holds up the
// GUI thread, and a run writing the journal meanwhile never holds up the
// reads (WAL).
//
// Each request returns a ticket that its answer carries; answers arrive on
// the thread that owns this object, in the order asked. Tickets are unique
// in the process, so an answer meant for an earlier query object is never
// taken for one of this one's.
class CampaignQuery : public QObject
{
    Q_OBJECT

public:
    explicit CampaignQuery(const store::StoreLocation &location, QObject *parent = nullptr);
    // Drops the reads not started, and waits for the one under way.
    ~CampaignQuery() override;

    // A page of a campaign's recipients in source order, after afterId (see
    // recipients()).
    quint64 fetchRecipients(qint64 campaignId, qint64 afterId, int limit, bool problemsOnly,
                            const QStringList &numbers);
    quint64 fetchRefusalGroups(qint64 campaignId);

    // A page of a campaign's recipients in source order, after afterId:
    // every row, or (problemsOnly) only the refused ones; and, when numbers
    // is not empty, only those numbers (E.164 or as given).
    static QList<store::JournalRecipient> recipients(const store::CampaignJournal &journal,
                                                     qint64 campaignId, qint64 afterId, int limit,
                                                     bool problemsOnly, const QStringList &numbers);

Q_SIGNALS:
    void recipientsReady(quint64 ticket, const QList<sms::store::JournalRecipient> &rows);
    void refusalGroupsReady(quint64 ticket, const sms::errors::ErrorGroupList &groups);
    // The journal cannot be opened on the query thread.
    void failed(quint64 ticket, const QString &error);

private:
    struct Worker;
    template<typename Work> quint64 post(Work work);

    QThreadPool m_pool;
    std::shared_ptr<Worker> m_worker;
};

} // namespace sms::campaign
