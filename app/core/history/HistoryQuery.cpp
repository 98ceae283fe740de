// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/HistoryQuery.h"

#include "store/ChangeFeed.h"
#include "store/Database.h"

#include <QTimer>

#include <atomic>

namespace sms::history {

using store::HistoryReader;

// What lives on the query thread. Touched only there, except the
// generation, which the owner bumps to cancel.
struct HistoryQuery::Worker
{
    std::unique_ptr<store::Database> database;
    std::unique_ptr<HistoryReader> reader;
    QString openError;
    std::unique_ptr<store::ChangeFeed> feed;
    std::atomic<quint64> pageGeneration {0};
};

HistoryQuery::HistoryQuery(const store::StoreLocation &location, const Lifecycle &lifecycle,
                           QObject *parent)
    : QObject(parent)
    , m_location(location)
    , m_lifecycle(lifecycle)
    , m_context(new QObject)
    , m_worker(std::make_shared<Worker>())
{
    m_thread.setObjectName(QStringLiteral("sms.history.query"));
    m_context->moveToThread(&m_thread);
    m_thread.start();
}

HistoryQuery::~HistoryQuery()
{
    cancelPages();
    // The connection and the timer belong to the thread: they go there.
    QMetaObject::invokeMethod(
        m_context,
        [worker = m_worker] {
            worker->feed.reset();
            worker->reader.reset();
            worker->database.reset();
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_context;
}

template<typename Work> quint64 HistoryQuery::post(Work work)
{
    const quint64 ticket = m_nextTicket++;
    QMetaObject::invokeMethod(
        m_context,
        [this, worker = m_worker, ticket, work, location = m_location, lifecycle = m_lifecycle] {
            if (!worker->database && worker->openError.isEmpty()) {
                auto database = std::make_unique<store::Database>();
                if (database->open(location, &worker->openError)) {
                    worker->database = std::move(database);
                    worker->reader = std::make_unique<HistoryReader>(*worker->database, lifecycle);
                }
            }
            if (!worker->reader) {
                QMetaObject::invokeMethod(
                    this, [this, ticket, error = worker->openError] { emit failed(ticket, error); },
                    Qt::QueuedConnection);
                return;
            }
            work(*worker, ticket);
        },
        Qt::QueuedConnection);
    return ticket;
}

quint64 HistoryQuery::fetchPage(const HistoryFilter &filter, const HistoryReader::Cursor &after,
                                int limit, qint64 nowMs)
{
    const quint64 generation = m_worker->pageGeneration.load();
    return post([this, filter, after, limit, nowMs, generation](Worker &w, quint64 ticket) {
        if (w.pageGeneration.load() != generation)
            return;
        w.reader->setInterrupt([&w, generation] { return w.pageGeneration.load() != generation; });
        bool ok = false;
        QList<HistoryRow> rows = w.reader->page(filter, after, limit, nowMs, &ok);
        w.reader->setInterrupt({});
        if (w.pageGeneration.load() != generation)
            return;
        if (!ok) {
            QMetaObject::invokeMethod(
                this, [this, ticket, error = w.reader->lastError()] { emit failed(ticket, error); },
                Qt::QueuedConnection);
            return;
        }
        QMetaObject::invokeMethod(
            this, [this, ticket, rows = std::move(rows)] { emit pageReady(ticket, rows); },
            Qt::QueuedConnection);
    });
}

void HistoryQuery::cancelPages()
{
    ++m_worker->pageGeneration;
}

quint64 HistoryQuery::fetchDetail(qint64 recipientId)
{
    return post([this, recipientId](Worker &w, quint64 ticket) {
        SendDetail detail = w.reader->detail(recipientId).value_or(SendDetail());
        QMetaObject::invokeMethod(
            this, [this, ticket, detail = std::move(detail)] { emit detailReady(ticket, detail); },
            Qt::QueuedConnection);
    });
}

quint64 HistoryQuery::fetchFailures(const QDateTime &from, const QDateTime &until)
{
    return post([this, from, until](Worker &w, quint64 ticket) {
        bool ok = false;
        FailureSummary summary = w.reader->failures(from, until, &ok);
        QMetaObject::invokeMethod(
            this,
            [this, ticket, ok, summary = std::move(summary), error = w.reader->lastError()] {
                if (ok)
                    emit failuresReady(ticket, summary);
                else
                    emit failed(ticket, error);
            },
            Qt::QueuedConnection);
    });
}

quint64 HistoryQuery::fetchCampaigns()
{
    return post([this](Worker &w, quint64 ticket) {
        Campaigns campaigns = w.reader->campaigns();
        QMetaObject::invokeMethod(
            this,
            [this, ticket, campaigns = std::move(campaigns)] {
                emit campaignsReady(ticket, campaigns);
            },
            Qt::QueuedConnection);
    });
}

void HistoryQuery::setPollInterval(int ms)
{
    post([this, ms](Worker &w, quint64) {
        if (ms <= 0) {
            w.feed.reset();
            return;
        }
        if (!w.feed) {
            w.feed = std::make_unique<store::ChangeFeed>(m_location);
            QObject::connect(w.feed.get(), &store::ChangeFeed::changed, w.feed.get(), [this] {
                QMetaObject::invokeMethod(
                    this, [this] { emit databaseChanged(); }, Qt::QueuedConnection);
            });
        }
        w.feed->setPollInterval(ms);
        // Writes of the last second are reported together: one refresh.
        w.feed->setCoalesceInterval(std::min(ms, 1000));
        if (!w.feed->isRunning())
            w.feed->start();
    });
}

} // namespace sms::history
