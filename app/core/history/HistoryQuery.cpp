// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/HistoryQuery.h"

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
    QTimer *poll = nullptr;
    qint64 dataVersion = -1;
    std::atomic<quint64> pageGeneration {0};
};

HistoryQuery::HistoryQuery(const QString &databasePath, const Lifecycle &lifecycle, QObject *parent)
    : QObject(parent)
    , m_path(databasePath)
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
            delete worker->poll;
            worker->poll = nullptr;
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
        [this, worker = m_worker, ticket, work, path = m_path, lifecycle = m_lifecycle] {
            if (!worker->database && worker->openError.isEmpty()) {
                auto database = std::make_unique<store::Database>();
                if (database->open(path, &worker->openError)) {
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
        if (!w.poll) {
            w.poll = new QTimer;
            w.dataVersion = w.reader->dataVersion();
            QObject::connect(w.poll, &QTimer::timeout, w.poll, [this, &w] {
                const qint64 version = w.reader->dataVersion();
                if (version == w.dataVersion)
                    return;
                w.dataVersion = version;
                QMetaObject::invokeMethod(
                    this, [this] { emit databaseChanged(); }, Qt::QueuedConnection);
            });
        }
        if (ms > 0)
            w.poll->start(ms);
        else
            w.poll->stop();
    });
}

} // namespace sms::history
