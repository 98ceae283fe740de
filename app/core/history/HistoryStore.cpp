// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/HistoryStore.h"

#include "domain/PhoneNumber.h"
#include "history/HistoryExport.h"
#include "session/Session.h"
#include "store/Database.h"

#include <QDateTime>
#include <QFileInfo>

namespace sms::history {

using api::ApiError;

HistoryStore::HistoryStore(session::Session &session, const Options &options, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_options(options)
    , m_lifecycle(options.waits)
{
    connect(&m_session, &session::Session::profileChanged, this, [this] {
        close();
        if (m_session.isReady())
            open();
    });
    connect(&m_session, &session::Session::readyChanged, this, [this] {
        if (m_session.isReady() && !isOpen())
            open();
    });
    if (m_session.isReady())
        open();
}

HistoryStore::~HistoryStore() = default;

store::StoreLocation HistoryStore::storeLocation() const
{
    return m_query ? m_query->location() : store::StoreLocation();
}

qint64 HistoryStore::nowMs() const
{
    return m_options.clock ? m_options.clock() : QDateTime::currentMSecsSinceEpoch();
}

QString HistoryStore::filterNumber(const QString &typed, bool prefix)
{
    QString text = typed;
    text.remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
    if (text.isEmpty())
        return {};
    if (!prefix) {
        const domain::PhoneNumber number = domain::PhoneNumber::parse(text);
        return number.isValid() ? number.e164() : text;
    }
    if (text.startsWith(QLatin1String("00")))
        return QLatin1Char('+') + text.mid(2);
    if (!text.startsWith(QLatin1Char('+')))
        return QStringLiteral("+86") + text;
    return text;
}

void HistoryStore::open()
{
    m_query = std::make_unique<HistoryQuery>(
        m_session.storeFor(m_options.store, m_options.databaseDirectory), m_lifecycle);
    connect(m_query.get(), &HistoryQuery::pageReady, this, &HistoryStore::onPage);
    connect(m_query.get(), &HistoryQuery::failed, this, &HistoryStore::onFailed);
    connect(m_query.get(), &HistoryQuery::detailReady, this,
            [this](quint64 ticket, const SendDetail &detail) {
                if (ticket == m_detailTicket)
                    emit detailLoaded(detail);
            });
    connect(m_query.get(), &HistoryQuery::failuresReady, this,
            [this](quint64 ticket, const FailureSummary &summary) {
                if (ticket != m_failuresTicket)
                    return;
                m_failures = summary;
                emit failuresLoaded(summary);
            });
    connect(m_query.get(), &HistoryQuery::campaignsReady, this,
            [this](quint64, const HistoryQuery::Campaigns &campaigns) {
                m_campaigns = campaigns;
                emit campaignsLoaded();
            });
    connect(m_query.get(), &HistoryQuery::databaseChanged, this, [this] {
        emit databaseChanged();
        if (isLoading()) {
            m_changedWhileLoading = true;
            return;
        }
        refresh();
        if (m_failuresLoaded)
            loadFailures(m_failures.from, m_failures.until);
    });
    if (m_options.pollIntervalMs > 0)
        m_query->setPollInterval(m_options.pollIntervalMs);
    emit opened();
    restart(m_options.pageSize);
}

void HistoryStore::close()
{
    m_query.reset();
    m_campaigns.clear();
    m_failures = {};
    m_failuresLoaded = false;
    m_atEnd = false;
    setLoading(0);
    replaceRows({});
}

void HistoryStore::setFilter(const HistoryFilter &filter)
{
    if (filter == m_filter && isOpen())
        return;
    m_filter = filter;
    if (!isOpen())
        return;
    // What is shown belongs to the old filter: it goes at once, so that
    // no row of it is taken for an answer to the new one.
    replaceRows({});
    restart(m_options.pageSize);
}

void HistoryStore::restart(int limit)
{
    if (!m_query)
        return;
    m_query->cancelPages();
    m_changedWhileLoading = false;
    m_pageReplaces = true;
    m_pageLimit = limit;
    m_atEnd = false;
    setLoading(m_query->fetchPage(m_filter, {}, limit, nowMs()));
}

void HistoryStore::refresh()
{
    if (!m_query)
        return;
    const int loaded = int(qMin<qsizetype>(m_rows.size(), maxRefreshRows));
    restart(qMax(loaded, m_options.pageSize));
}

void HistoryStore::fetchMore()
{
    if (!canFetchMore())
        return;
    m_pageReplaces = false;
    m_pageLimit = m_options.pageSize;
    const auto after = m_rows.isEmpty() ? store::HistoryReader::Cursor()
                                        : store::HistoryReader::Cursor::after(m_rows.constLast());
    setLoading(m_query->fetchPage(m_filter, after, m_pageLimit, nowMs()));
}

int HistoryStore::indexOf(qint64 recipientId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == recipientId)
            return i;
    }
    return -1;
}

void HistoryStore::onPage(quint64 ticket, const QList<HistoryRow> &rows)
{
    if (ticket != m_pageTicket)
        return;
    m_atEnd = rows.size() < m_pageLimit;
    if (m_pageReplaces) {
        replaceRows(rows);
    } else if (!rows.isEmpty()) {
        const int first = int(m_rows.size());
        emit aboutToAppend(first, first + int(rows.size()) - 1);
        m_rows += rows;
        emit appended();
    }
    setLoading(0);
    if (m_changedWhileLoading) {
        m_changedWhileLoading = false;
        refresh();
    }
}

void HistoryStore::onFailed(quint64 ticket, const QString &error)
{
    // Said once, for what the page waits for: a database that cannot be
    // opened fails every request (the change poll, the campaign list) alike.
    if (ticket != m_pageTicket && ticket != m_detailTicket && ticket != m_failuresTicket)
        return;
    if (ticket == m_pageTicket) {
        m_atEnd = true;
        setLoading(0);
    }
    emit failed(ApiError::client(
        ApiError::Kind::Configuration, journalUnavailableCode,
        tr("The send history in %1 cannot be read: %2").arg(storeLocation().displayName(), error)));
}

void HistoryStore::setLoading(quint64 ticket)
{
    const bool was = isLoading();
    m_pageTicket = ticket;
    if (was != isLoading())
        emit loadingChanged(isLoading());
}

void HistoryStore::replaceRows(const QList<HistoryRow> &rows)
{
    emit aboutToReset();
    m_rows = rows;
    emit reset();
}

void HistoryStore::loadDetail(qint64 recipientId)
{
    if (m_query)
        m_detailTicket = m_query->fetchDetail(recipientId);
}

void HistoryStore::loadFailures(const QDateTime &from, const QDateTime &until)
{
    if (!m_query)
        return;
    m_failuresLoaded = true;
    m_failures.from = from;
    m_failures.until = until;
    m_failuresTicket = m_query->fetchFailures(from, until);
}

QDateTime HistoryStore::startOfToday() const
{
    return QDateTime::fromMSecsSinceEpoch(nowMs()).date().startOfDay();
}

void HistoryStore::loadFailuresToday()
{
    // Open-ended: a send made after the question still counts today.
    loadFailures(startOfToday(), {});
}

void HistoryStore::loadCampaigns()
{
    if (m_query)
        m_query->fetchCampaigns();
}

HistoryExport *HistoryStore::exportCsv(const QString &path)
{
    if (!m_query)
        return nullptr;
    auto *job = new HistoryExport(storeLocation(), m_filter, m_lifecycle, nowMs(), path, this);
    job->start();
    return job;
}

} // namespace sms::history
