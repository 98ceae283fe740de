// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

#include <functional>

namespace sms::api {

// The time used for X-TC-Timestamp. The service refuses requests whose
// timestamp is more than five minutes off, and desktop clocks drift, so the
// clock carries an offset that the UI can set after measuring the server's
// Date header. Tests can also replace the time source.
class ApiClock
{
public:
    using Source = std::function<QDateTime()>;

    ApiClock();

    QDateTime now() const;
    qint64 nowSecs() const { return now().toSecsSinceEpoch(); }

    qint64 offsetSeconds() const { return m_offset; }
    void setOffsetSeconds(qint64 offset) { m_offset = offset; }

    // The uncorrected time, before the offset is added.
    void setSource(Source source);

private:
    Source m_source;
    qint64 m_offset = 0;
};

} // namespace sms::api
