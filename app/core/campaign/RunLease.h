// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QTimer;

namespace sms::store {
class Database;
}

namespace sms::campaign {

// This client's run on a campaign, in the store's runs table, with a lease
// renewed on a timer while it lives: the other clients of a shared store
// see who is sending, and take a run whose lease has passed for dead (they
// end it and turn its batches in flight uncertain). The run is ended when
// the lease is ended or destroyed.
class RunLease : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString program = QStringLiteral("SMS Console"); // as the runs list shows it
        int leaseMs = 60'000;
        int renewMs = 15'000; // well within the lease, so that one late renewal is harmless
    };

    enum class Renewal { Renewed, Taken, Unreachable };

    RunLease(store::Database &database, qint64 campaignId, const Options &options,
             QObject *parent = nullptr);
    ~RunLease() override;

    // Registers a new run (ending this one first, if any) and starts renewing
    // it. False when the store cannot record it.
    bool start();
    // Ends the run, if any; nothing is renewed after it.
    void end();
    // Renews the lease now, as the timer does. The timer stops while the
    // store is unreachable, and starts again with a renewal that succeeds.
    Renewal renew();
    qint64 runId() const { return m_runId; }
    bool isActive() const { return m_runId > 0; }

Q_SIGNALS:
    // The timer renewed the lease.
    void renewed();
    // Another client ended this run, taking it for dead: nothing more may
    // leave under it. The run is over; start() registers a new one.
    void taken();
    // A renewal could not be written (the store's connection is lost). The
    // run goes on; the lease may pass meanwhile.
    void unreachable();

private:
    void onTimer();

    store::Database &m_db;
    qint64 m_campaignId;
    Options m_options;
    qint64 m_runId = 0;
    QTimer *m_timer;
};

} // namespace sms::campaign
