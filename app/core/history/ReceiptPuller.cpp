// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/ReceiptPuller.h"

#include "Logging.h"
#include "api/SmsApi.h"
#include "store/ChangeFeed.h"
#include "store/Database.h"
#include "store/HistoryJournal.h"
#include "store/ReceiptPullerLock.h"

#include <QTimer>

#include <algorithm>

namespace sms::history {

using api::ApiError;

namespace {
// The pulls by number reach seven days back; BeginTime stays a little
// inside, since the service checks it against its own clock.
constexpr qint64 kByNumberReachSeconds = 7 * 24 * 3600 - 300;
// How often a client that stands by asks whether the puller has gone.
constexpr int kStandByRetryMs = 60'000;
} // namespace

ReceiptPuller::ReceiptPuller(api::SmsApi &api, store::Database &database, const QString &appId,
                             const Options &options, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_history(std::make_unique<store::HistoryJournal>(database))
    , m_lock(std::make_unique<store::ReceiptPullerLock>(database, appId))
    , m_appId(appId)
    , m_options(options)
    , m_timer(new QTimer(this))
{
    m_options.pageSize = std::clamp(m_options.pageSize, 1, 100);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &ReceiptPuller::pullNow);
}

ReceiptPuller::ReceiptPuller(api::SmsApi &api, store::Database &database, const QString &appId,
                             QObject *parent)
    : ReceiptPuller(api, database, appId, Options(), parent)
{ }

ReceiptPuller::~ReceiptPuller() = default;

QString ReceiptPuller::pendingKey(const QString &appId)
{
    return QStringLiteral("receipts.pending:") + appId;
}

QString ReceiptPuller::lostKey(const QString &appId)
{
    return QStringLiteral("receipts.lost:") + appId;
}

void ReceiptPuller::setInterval(int ms)
{
    m_options.intervalMs = std::max(ms, 0);
    if (m_timer->isActive())
        m_timer->start(m_options.intervalMs);
}

void ReceiptPuller::start()
{
    if (m_running)
        return;
    m_running = true;
    Q_EMIT runningChanged(true);
    pullNow();
}

void ReceiptPuller::stop()
{
    m_timer->stop();
    // Another client takes over at its next try; a pull on the wire keeps
    // the lock until its answer is stored (endCycle).
    if (!m_pulling)
        m_lock->release();
    if (!m_running)
        return;
    m_running = false;
    Q_EMIT runningChanged(false);
}

qint64 ReceiptPuller::nowMs() const
{
    // The service's time as the client knows it: the journal's send times
    // are written in it.
    return m_api.client() ? m_api.client()->clock().now().toMSecsSinceEpoch()
                          : QDateTime::currentMSecsSinceEpoch();
}

ApiError ReceiptPuller::journalError() const
{
    return ApiError::client(ApiError::Kind::Configuration, "ClientError.JournalUnavailable",
                            tr("The history in %1 cannot be written: %2")
                                .arg(m_history->database().path(), m_history->lastError()));
}

void ReceiptPuller::announce(const QString &topic)
{
    store::ChangeFeed::notify(m_history->database(), topic);
}

bool ReceiptPuller::isPuller() const
{
    return m_lock->isHeld();
}

bool ReceiptPuller::markLost(qint64 atMs)
{
    // The latest such time: recovery covers every send before it.
    const qint64 earlier = m_history->value(lostKey(m_appId)).toLongLong();
    return m_history->setValue(lostKey(m_appId), QString::number(std::max(earlier, atMs)));
}

void ReceiptPuller::pullNow()
{
    if (m_pulling || m_appId.isEmpty())
        return;
    m_timer->stop();
    m_pulling = true;
    // One client of a shared store pulls the queues; the others stand by
    // and see what it stores through their change feed. The lease outlasts
    // several cycles, so a puller that is only slow keeps it.
    const bool wasPuller = m_lock->isHeld();
    const qint64 lease = std::max<qint64>(store::ReceiptPullerLock::defaultLeaseMs,
                                          3 * qint64(m_options.intervalMs));
    if (!m_lock->tryAcquire(QDateTime::currentMSecsSinceEpoch(), lease)) {
        if (wasPuller || !m_standingBy) {
            m_standingBy = true;
            Q_EMIT pullerChanged(false);
        }
        m_pulling = false;
        if (m_running)
            m_timer->start(std::min(m_options.intervalMs, kStandByRetryMs));
        Q_EMIT cycleFinished();
        return;
    }
    if (!wasPuller) {
        m_standingBy = false;
        Q_EMIT pullerChanged(true);
    }
    // A pull recorded and never cleared: its answer was lost with the
    // process or puller that made it.
    const QString pending = m_history->value(pendingKey(m_appId));
    if (!pending.isEmpty()) {
        if (!markLost(pending.toLongLong()) || !m_history->removeValue(pendingKey(m_appId)))
            return endCycle(journalError());
    }
    pullReceipts();
}

void ReceiptPuller::pullReceipts()
{
    const qint64 at = nowMs();
    if (!m_history->setValue(pendingKey(m_appId), QString::number(at)))
        return endCycle(journalError());
    domain::PullSmsSendStatusRequest request;
    request.limit = m_options.pageSize;
    request.smsSdkAppId = m_appId;
    m_api.send(request, this, [this, at](auto *reply) {
        if (reply->error().isError()) {
            const bool lost = reply->error().outcomeUnknown();
            if (lost && !markLost(at))
                return endCycle(journalError());
            m_history->removeValue(pendingKey(m_appId));
            if (lost)
                qCInfo(lcStore) << "a receipt pull's answer was lost; its receipts will be "
                                   "asked for by number";
            return endCycle(reply->error());
        }
        const domain::DeliveryReceiptList receipts = reply->result().pullSmsSendStatusSet;
        const int stored = m_history->storeReceipts(m_appId, receipts);
        if (stored < 0) {
            // Handed out but not kept: the mark stays (the next cycle turns
            // it into a recovery).
            return endCycle(journalError());
        }
        m_history->removeValue(pendingKey(m_appId));
        if (stored > 0) {
            m_totalReceipts += stored;
            announce(QString::fromLatin1(store::ChangeFeed::ReceiptsTopic));
            Q_EMIT receiptsStored(stored);
        }
        if (receipts.size() >= m_options.pageSize)
            return pullReceipts();
        pullReplies();
    });
}

void ReceiptPuller::pullReplies()
{
    domain::PullSmsReplyStatusRequest request;
    request.limit = m_options.pageSize;
    request.smsSdkAppId = m_appId;
    m_api.send(request, this, [this](auto *reply) {
        if (reply->error().isError())
            return endCycle(reply->error());
        const domain::ReplyRecordList replies = reply->result().pullSmsReplyStatusSet;
        const auto counts = m_history->storeReplies(m_appId, replies);
        if (!counts)
            return endCycle(journalError());
        if (counts->stored > 0) {
            m_totalReplies += counts->stored;
            announce(QString::fromLatin1(store::ChangeFeed::ReceiptsTopic));
            Q_EMIT repliesStored(counts->stored);
        }
        if (counts->optedOut > 0) {
            announce(QString::fromLatin1(store::ChangeFeed::OptOutTopic));
            Q_EMIT optedOut(counts->optedOut);
        }
        if (replies.size() >= m_options.pageSize)
            return pullReplies();
        recover();
    });
}

void ReceiptPuller::recover()
{
    m_recovering = m_history->value(lostKey(m_appId));
    m_toRecover.clear();
    if (!m_recovering.isEmpty()) {
        const qint64 lostAt = m_recovering.toLongLong();
        const qint64 from = nowMs() - m_options.recoveryWindowSeconds * 1000;
        const auto waiting = m_history->waitingForReceipt(m_appId, from, lostAt);
        for (const store::HistoryJournal::WaitingNumber &w : waiting)
            m_toRecover.append({w.phone, w.firstSentAt});
        qCInfo(lcStore) << "recovering lost receipts of" << m_toRecover.size() << "numbers";
    }
    recoverNext();
}

void ReceiptPuller::recoverNext()
{
    if (m_toRecover.isEmpty()) {
        // Every number was asked: the mark goes, unless a newer loss moved it.
        if (!m_recovering.isEmpty() && m_history->value(lostKey(m_appId)) == m_recovering
            && !m_history->removeValue(lostKey(m_appId)))
            return endCycle(journalError());
        m_recovering.clear();
        if (m_history->linkReceipts() < 0)
            return endCycle(journalError());
        return endCycle();
    }
    const auto [phone, firstSentAt] = m_toRecover.constFirst();
    const qint64 now = nowMs() / 1000;
    domain::PullSmsSendStatusByPhoneNumberRequest request;
    request.phoneNumber = phone;
    request.smsSdkAppId = m_appId;
    request.limit = 100;
    // A number gets at most ten messages a day by default: a hundred
    // receipts cover the seven days.
    request.beginTime = std::max(firstSentAt / 1000 - 60, now - kByNumberReachSeconds);
    request.endTime = now;
    m_api.send(request, this, [this](auto *reply) {
        if (reply->error().isError())
            return endCycle(reply->error());
        const int stored = m_history->storeReceipts(m_appId, reply->result().pullSmsSendStatusSet);
        if (stored < 0)
            return endCycle(journalError());
        if (stored > 0) {
            m_totalReceipts += stored;
            announce(QString::fromLatin1(store::ChangeFeed::ReceiptsTopic));
            Q_EMIT receiptsStored(stored);
        }
        m_toRecover.removeFirst();
        recoverNext();
    });
}

void ReceiptPuller::endCycle(const ApiError &error)
{
    m_pulling = false;
    m_lastError = error;
    m_toRecover.clear();
    m_recovering.clear();
    if (error.isError()) {
        qCWarning(lcStore) << "pulling receipts failed:" << error.summary();
        Q_EMIT failed(error);
    } else {
        m_lastSuccess = QDateTime::currentDateTimeUtc();
    }
    if (m_running)
        m_timer->start(m_options.intervalMs);
    else
        m_lock->release();
    Q_EMIT cycleFinished();
}

} // namespace sms::history
