// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "statistics/StatisticsReport.h"

#include <QObject>

namespace sms::statistics {

// One load of the statistics, from the service (CloudStatisticsJob) or from
// the local history (LocalStatisticsJob). A one-shot job: finished() is
// emitted once, never from inside start(), so it is handled with
// sms::onFinished(job, context, callback).
class StatisticsJob : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void start() = 0;

    // After finished():
    bool succeeded() const { return !m_error.isError(); }
    api::ApiError error() const { return m_error; }
    const StatisticsReport &report() const { return m_report; }

Q_SIGNALS:
    void finished();

protected:
    // Emits finished() from the event loop, once.
    void finish();
    // Keeps the first failure: the one an operator can act on.
    void fail(const api::ApiError &error);

    StatisticsReport m_report;

private:
    api::ApiError m_error;
    bool m_finishing = false;
};

} // namespace sms::statistics
