// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ApiClock.h"

namespace sms::api {

ApiClock::ApiClock()
    : m_source([] { return QDateTime::currentDateTimeUtc(); })
{
}

QDateTime ApiClock::now() const
{
    return m_source().toUTC().addSecs(m_offset);
}

void ApiClock::setSource(Source source)
{
    m_source = source ? std::move(source) : Source([] { return QDateTime::currentDateTimeUtc(); });
}

} // namespace sms::api
