// SPDX-License-Identifier: GPL-3.0-or-later
#include "statistics/StatisticsJob.h"

namespace sms::statistics {

void StatisticsJob::finish()
{
    if (m_finishing)
        return;
    m_finishing = true;
    QMetaObject::invokeMethod(this, &StatisticsJob::finished, Qt::QueuedConnection);
}

void StatisticsJob::fail(const api::ApiError &error)
{
    if (!m_error.isError())
        m_error = error;
}

} // namespace sms::statistics
