// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/RunLease.h"

#include "Logging.h"
#include "store/Database.h"
#include "store/RunRegistry.h"

#include <QTimer>

namespace sms::campaign {

RunLease::RunLease(store::Database &database, qint64 campaignId, const Options &options,
                   QObject *parent)
    : QObject(parent)
    , m_db(database)
    , m_campaignId(campaignId)
    , m_options(options)
    , m_timer(new QTimer(this))
{
    m_options.renewMs = std::max(m_options.renewMs, 1);
    m_options.leaseMs = std::max(m_options.leaseMs, m_options.renewMs);
    connect(m_timer, &QTimer::timeout, this, &RunLease::onTimer);
}

RunLease::~RunLease()
{
    end();
}

bool RunLease::start()
{
    end();
    m_runId = store::RunRegistry(m_db).start(m_campaignId, m_options.program, m_options.leaseMs);
    if (m_runId == 0)
        return false;
    qCInfo(lcCampaign) << "campaign" << m_campaignId << ": run" << m_runId << "started";
    m_timer->start(m_options.renewMs);
    return true;
}

void RunLease::end()
{
    m_timer->stop();
    if (m_runId == 0)
        return;
    // A run that cannot be ended now (the store is unreachable) ends when
    // its lease passes.
    store::RunRegistry(m_db).end(m_runId);
    qCInfo(lcCampaign) << "campaign" << m_campaignId << ": run" << m_runId << "ended";
    m_runId = 0;
}

RunLease::Renewal RunLease::renew()
{
    if (m_runId == 0)
        return Renewal::Taken;
    if (store::RunRegistry(m_db).renew(m_runId, m_options.leaseMs)) {
        if (!m_timer->isActive())
            m_timer->start(m_options.renewMs);
        return Renewal::Renewed;
    }
    // Renewed again by whoever reaches the store first (renew()).
    if (m_db.connectionLost()) {
        m_timer->stop();
        return Renewal::Unreachable;
    }
    qCWarning(lcCampaign) << "campaign" << m_campaignId << ": run" << m_runId
                          << "was ended by another client";
    m_timer->stop();
    m_runId = 0;
    return Renewal::Taken;
}

void RunLease::onTimer()
{
    switch (renew()) {
    case Renewal::Renewed:
        Q_EMIT renewed();
        break;
    case Renewal::Taken:
        Q_EMIT taken();
        break;
    case Renewal::Unreachable:
        Q_EMIT unreachable();
        break;
    }
}

} // namespace sms::campaign
