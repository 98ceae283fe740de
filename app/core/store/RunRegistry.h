// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/RunRecord.h"

#include <QList>

namespace sms::store {

class Database;

// The clients sending campaigns from this store, with their leases. A client
// registers a run when it starts sending a campaign, renews the lease while
// it lives and ends the run when it stops; a run whose lease has passed
// without an end belongs to a client that died.
//
// Times are this computer's clock. Clients sharing a store across computers
// must keep their clocks in step (NTP) to well within a lease; a lease is
// tens of seconds for that reason.
class RunRegistry
{
public:
    explicit RunRegistry(Database &database);

    // Registers this process (host, user, pid) as sending the campaign, with
    // a lease of leaseMs from now. Returns the run's id, 0 on failure.
    qint64 start(qint64 campaignId, const QString &program, qint64 leaseMs);
    // Extends the lease to leaseMs from now. False when the run is unknown
    // or already ended (another client decided it was dead).
    bool renew(qint64 runId, qint64 leaseMs);
    bool end(qint64 runId);
    // Ends the campaign's runs whose lease has passed (their clients died or
    // lost the store), and those of this computer whose process is gone (no
    // need to wait for the lease): a late renewal of one of them fails.
    // Returns how many, -1 on failure.
    int endExpired(qint64 campaignId);
    // The run's process was on this computer and no longer exists.
    static bool isGone(const RunRecord &run);

    // Runs that have not ended and whose lease still holds; of one campaign,
    // or of every campaign when campaignId is 0. Oldest first.
    QList<RunRecord> liveRuns(qint64 campaignId = 0) const;
    std::optional<RunRecord> run(qint64 runId) const;

    // This process's host and user, as a run records them.
    static QString hostName();
    static QString userName();

private:
    Database &m_db;
};

} // namespace sms::store
