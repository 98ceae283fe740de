// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/ReviewJob.h"

namespace sms::review {

ReviewJob::ReviewJob(QObject *parent)
    : QObject(parent)
{
    // Connected first: sms::onFinished()'s callback, connected later, still
    // runs before the deferred deletion happens.
    connect(this, &ReviewJob::finished, this, &QObject::deleteLater);
}

void ReviewJob::succeed(qint64 id)
{
    if (m_finished)
        return;
    m_id = id;
    end();
}

void ReviewJob::fail(const api::ApiError &error, const CheckProblems &problems)
{
    if (m_finished)
        return;
    m_error = error;
    m_problems = problems;
    end();
}

void ReviewJob::end()
{
    m_finished = true;
    // Never from inside the call that started the job: its caller connects
    // after the call returns.
    QMetaObject::invokeMethod(this, &ReviewJob::finished, Qt::QueuedConnection);
}

} // namespace sms::review
