// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class QTimer;

namespace sms::api {
class SmsApi;
}

namespace sms::store {
class Database;
class HistoryJournal;
class ReceiptPullerLock;
} // namespace sms::store

namespace sms::history {

// Pulls one application's delivery receipts (PullSmsSendStatus) and
// replies (PullSmsReplyStatus) into the profile's database, in the
// background: a cycle now and then one every interval while it runs, or a
// single cycle on request. The client's rate limiter keeps each action
// within its QPS.
//
// The service hands each receipt and reply out once, so a pulled page is
// committed durably (HistoryJournal) before anything is signalled and
// before the next page is asked for. A pull whose answer never arrives
// (the connection dropped after the service handed the page out, the
// process died with the request on the wire) would lose those receipts for
// good; so before each receipt pull the time is recorded, and cleared once
// its answer is committed. A pull left recorded, or one that failed in a
// way that may have reached the service, marks the receipts as lost up to
// that time; after the queue is drained, each number still waiting for a
// receipt for a send before then is asked again with
// PullSmsSendStatusByPhoneNumber (which can be repeated), within the seven
// days it reaches back, and what comes back is stored once
// (HistoryJournal's unique receipts). The mark goes once every number was
// asked.
//
// Clients sharing a store pull the queues once for all of them: a cycle
// first takes or renews store::ReceiptPullerLock; a client that finds
// another one holding it pulls nothing (pullerChanged(false), then
// cycleFinished()) and tries again within a minute. After each commit the
// puller announces the change (store::ChangeFeed::notify), so the others'
// views refresh.
//
// A cycle:
//
//   receipts page ──(a full page)──> receipts page ...
//        │ (fewer: the queue is empty)
//        v
//   replies page ──(a full page)──> replies page ...
//        │
//        v
//   recovery (only when receipts were lost): one pull by number each
//        │
//        v
//   receipts kept without their send are attached to it ── cycleFinished()
//
// A failure ends the cycle (failed(), then cycleFinished()); the next one
// starts at the interval as usual.
//
// The database and the API must outlive the puller, in its thread.
class ReceiptPuller : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int intervalMs = 30'000; // between the end of a cycle and the next
        int pageSize = 100; // records per queue pull, at most 100
        // How far back a recovery looks; the pulls by number reach seven
        // days back, and a little is kept for the clocks.
        qint64 recoveryWindowSeconds = 7 * 24 * 3600 - 600;
    };

    ReceiptPuller(api::SmsApi &api, store::Database &database, const QString &appId,
                  const Options &options, QObject *parent = nullptr);
    ReceiptPuller(api::SmsApi &api, store::Database &database, const QString &appId,
                  QObject *parent = nullptr);
    ~ReceiptPuller() override;

    QString appId() const { return m_appId; }
    // Started (a cycle every interval), until stop().
    bool isRunning() const { return m_running; }
    // A cycle is under way.
    bool isPulling() const { return m_pulling; }
    // This client pulls the queues for every client of the store
    // (store::ReceiptPullerLock); false while another one does, and before
    // the first cycle.
    bool isPuller() const;
    int interval() const { return m_options.intervalMs; }
    void setInterval(int ms);
    // Totals since the puller was made.
    int totalReceipts() const { return m_totalReceipts; }
    int totalReplies() const { return m_totalReplies; }
    // When the latest cycle ended without a failure; invalid before.
    QDateTime lastSuccess() const { return m_lastSuccess; }
    // The error of the latest cycle; none when it succeeded.
    api::ApiError lastError() const { return m_lastError; }

    // The store_state keys of the marks above, for an application.
    static QString pendingKey(const QString &appId);
    static QString lostKey(const QString &appId);

public Q_SLOTS:
    // A cycle now, then one every interval.
    void start();
    // No further cycle; a call on the wire is still committed when it
    // answers.
    void stop();
    // One cycle now, unless one is under way.
    void pullNow();

Q_SIGNALS:
    // After each commit of new records (count > 0).
    void receiptsStored(int count);
    void repliesStored(int count);
    // Numbers an unsubscribe reply put on the opt-out list.
    void optedOut(int count);
    void failed(const sms::api::ApiError &error);
    void cycleFinished();
    void runningChanged(bool running);
    // This client became the store's puller (true), or found another one
    // pulling and stands by (false): its cycles then pull nothing and come
    // again every minute at most, to take over when the other stops.
    void pullerChanged(bool puller);

private:
    void pullReceipts();
    void pullReplies();
    void recover();
    void recoverNext();
    void endCycle(const api::ApiError &error = {});
    api::ApiError journalError() const;
    qint64 nowMs() const;
    bool markLost(qint64 atMs);
    void announce(const QString &topic);

    api::SmsApi &m_api;
    std::unique_ptr<store::HistoryJournal> m_history;
    std::unique_ptr<store::ReceiptPullerLock> m_lock;
    bool m_standingBy = false;
    QString m_appId;
    Options m_options;
    QTimer *m_timer = nullptr;
    bool m_running = false;
    bool m_pulling = false;
    int m_totalReceipts = 0;
    int m_totalReplies = 0;
    QDateTime m_lastSuccess;
    api::ApiError m_lastError;
    // The recovery under way: the mark it answers, and the numbers left.
    QString m_recovering;
    QList<QPair<QString, qint64>> m_toRecover;
};

} // namespace sms::history
