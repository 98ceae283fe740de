// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/CampaignQuery.h"

#include "store/CampaignJournal.h"
#include "store/Database.h"

#include <QSet>

#include <atomic>

namespace sms::campaign {

namespace {
std::atomic<quint64> nextTicket {1};
} // namespace

// What lives on the query thread, touched only there.
struct CampaignQuery::Worker
{
    std::unique_ptr<store::Database> database;
    std::unique_ptr<store::CampaignJournal> journal;
    QString openError;
};

CampaignQuery::CampaignQuery(const store::StoreLocation &location, QObject *parent)
    : QObject(parent)
    , m_worker(std::make_shared<Worker>())
{
    // One thread, kept for as long as this lives: a connection belongs to
    // the thread that opened it, and the reads run in the order asked.
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
    m_pool.setObjectName(QStringLiteral("sms.campaign.query"));
    m_pool.start([worker = m_worker, location] {
        auto database = std::make_unique<store::Database>();
        if (!database->open(location, &worker->openError))
            return;
        worker->database = std::move(database);
        worker->journal = std::make_unique<store::CampaignJournal>(*worker->database);
    });
}

CampaignQuery::~CampaignQuery()
{
    // Reads not started yet are dropped; the connection is closed on its
    // thread, after the read under way.
    m_pool.clear();
    m_pool.start([worker = m_worker] {
        worker->journal.reset();
        worker->database.reset();
    });
    m_pool.waitForDone();
}

template<typename Work> quint64 CampaignQuery::post(Work work)
{
    const quint64 ticket = nextTicket++;
    m_pool.start([this, worker = m_worker, ticket, work] {
        if (worker->journal)
            return work(*worker->journal, ticket);
        QMetaObject::invokeMethod(
            this, [this, ticket, error = worker->openError] { emit failed(ticket, error); },
            Qt::QueuedConnection);
    });
    return ticket;
}

quint64 CampaignQuery::fetchRecipients(qint64 campaignId, qint64 afterId, int limit,
                                       bool problemsOnly, const QStringList &numbers)
{
    return post([=, this](const store::CampaignJournal &journal, quint64 ticket) {
        QList<store::JournalRecipient> rows
            = recipients(journal, campaignId, afterId, limit, problemsOnly, numbers);
        QMetaObject::invokeMethod(
            this, [this, ticket, rows = std::move(rows)] { emit recipientsReady(ticket, rows); },
            Qt::QueuedConnection);
    });
}

quint64 CampaignQuery::fetchRefusalGroups(qint64 campaignId)
{
    return post([=, this](const store::CampaignJournal &journal, quint64 ticket) {
        errors::ErrorGroupList groups = journal.refusalGroups(campaignId);
        QMetaObject::invokeMethod(
            this,
            [this, ticket, groups = std::move(groups)] { emit refusalGroupsReady(ticket, groups); },
            Qt::QueuedConnection);
    });
}

QList<store::JournalRecipient> CampaignQuery::recipients(const store::CampaignJournal &journal,
                                                         qint64 campaignId, qint64 afterId,
                                                         int limit, bool problemsOnly,
                                                         const QStringList &numbers)
{
    if (numbers.isEmpty()) {
        return problemsOnly
            ? journal.recipients(campaignId, store::RecipientState::Refused, afterId, limit)
            : journal.allRecipients(campaignId, afterId, limit);
    }
    // The rows of some numbers (a refusal group's): read in pages and kept
    // when they match, so that a long campaign is never read whole.
    const QSet<QString> wanted(numbers.cbegin(), numbers.cend());
    QList<store::JournalRecipient> page;
    qint64 after = afterId;
    constexpr int readAhead = 2000;
    while (page.size() < limit) {
        const QList<store::JournalRecipient> read = problemsOnly
            ? journal.recipients(campaignId, store::RecipientState::Refused, after, readAhead)
            : journal.allRecipients(campaignId, after, readAhead);
        for (const store::JournalRecipient &r : read) {
            if ((wanted.contains(r.phone) || wanted.contains(r.input)) && page.size() < limit)
                page.append(r);
        }
        if (read.size() < readAhead)
            break;
        after = read.constLast().id;
        if (page.size() == limit)
            break;
    }
    return page;
}

} // namespace sms::campaign
