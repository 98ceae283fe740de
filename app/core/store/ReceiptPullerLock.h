// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace sms::store {

class Database;

// Which client of a store pulls the queue-style receipts and replies. The
// service hands each queued record out once, to whoever asks first: two
// clients of one team pulling at once would split the records between their
// processes, and each would report only part of them. So one pulls, the
// others see what it stored (ChangeFeed) and try again now and then to take
// over when it stops.
//
// PostgreSQL: a session-level pg_try_advisory_lock(key(scope)) held by the
// puller's connection; the server releases it when that connection ends,
// whatever happened to the client.
// SQLite: a lease row in store_state (key stateKey(scope), value
// "<until ms> <owner>"), taken or renewed with one guarded upsert that
// succeeds only when the row is free, expired or already this owner's. A
// client that dies leaves a lease that expires; the clocks of the clients
// must be in step to well within a lease.
//
// Lives in the database's thread.
class ReceiptPullerLock
{
public:
    // scope: what is pulled (the application id: the service keeps a queue
    // per application, and two operators may work two of them); one lock
    // per scope. owner: who this client is, for the SQLite lease; empty:
    // host, pid and a number of its own, so that two pullers of one
    // process are two clients too.
    explicit ReceiptPullerLock(Database &database, const QString &scope = {},
                               const QString &owner = {});
    ~ReceiptPullerLock(); // releases
    ReceiptPullerLock(const ReceiptPullerLock &) = delete;
    ReceiptPullerLock &operator=(const ReceiptPullerLock &) = delete;

    // Takes the lock, or keeps (renews) it when this client has it. True
    // while this client is the puller. leaseMs: how long an SQLite lease
    // holds without a renewal; the puller renews it on every cycle, so it
    // must be longer than the time between them.
    bool tryAcquire(qint64 nowMs, qint64 leaseMs = defaultLeaseMs);
    // Gives the lock up at once (the others take it at their next try).
    void release();
    bool isHeld() const { return m_held; }
    QString owner() const { return m_owner; }

    static constexpr qint64 defaultLeaseMs = 3 * 60 * 1000;
    // The advisory lock's key on PostgreSQL, the same for every client: a
    // fixed upper half ("SMSR") and 32 bits of the scope's SHA-256 below.
    static qint64 key(const QString &scope);
    // The store_state row's key on SQLite: "receipt_puller", and
    // "receipt_puller:<scope>" for a scope.
    static QString stateKey(const QString &scope);

private:
    Database &m_db;
    QString m_scope;
    QString m_owner;
    bool m_held = false;
};

} // namespace sms::store
