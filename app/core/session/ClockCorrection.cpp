// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/ClockCorrection.h"

#include "Logging.h"
#include "api/ApiClient.h"

#include <cstdlib>

namespace sms::session {

ClockCorrection::ClockCorrection(api::ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    connect(m_client, &api::ApiClient::clockSkewDetected, this, &ClockCorrection::onSkew);
}

qint64 ClockCorrection::offset() const
{
    return m_client->clock().offsetSeconds();
}

void ClockCorrection::setOffset(qint64 seconds)
{
    m_pending.reset();
    m_client->clock().setOffsetSeconds(seconds);
    emit changed();
}

bool ClockCorrection::correct(qint64 relativeSeconds)
{
    qint64 relative = relativeSeconds;
    if (m_pending) {
        relative = *m_pending;
    } else if (const auto measured = m_client->lastMeasuredOffset();
               measured && std::abs(*measured) <= kThresholdSeconds) {
        return false; // already in step with the service
    }
    m_pending.reset();
    m_client->clock().setOffsetSeconds(offset() + relative);
    qCInfo(lcApi) << "signing clock corrected by" << relative << "s; offset now" << offset();
    emit changed();
    return true;
}

bool ClockCorrection::correctPending()
{
    return m_pending && correct(*m_pending);
}

void ClockCorrection::dismiss()
{
    if (!m_pending)
        return;
    m_pending.reset();
    emit changed();
}

void ClockCorrection::onSkew(qint64 offsetSeconds)
{
    if (std::abs(offsetSeconds) <= kThresholdSeconds)
        return;
    m_pending = offsetSeconds;
    emit changed();
}

} // namespace sms::session
