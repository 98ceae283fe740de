// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "review/CheckProblem.h"

#include <QObject>

namespace sms::review {

// The outcome of one thing asked of a SignatureStore or TemplateStore
// (load, refresh, add, modify, delete), for the caller that wants to know
// how its own request ended: the id it concerned, the error, and the local
// check problems when the store refused to send it.
//
// finished() is emitted once, always from the event loop, so connecting
// right after the call is in time (sms::onFinished(job, this, callback)
// works). The job deletes itself after finished(); a caller that does not
// care may ignore it.
class ReviewJob : public QObject
{
    Q_OBJECT

public:
    explicit ReviewJob(QObject *parent = nullptr);

    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && !m_error.isError(); }
    const api::ApiError &error() const { return m_error; }
    // What the local checks found when the store refused to send
    // (error().kind() is then ApiError::Kind::LocalCheck); empty otherwise.
    const CheckProblems &problems() const { return m_problems; }
    // The record it concerned: the new one's id after an add.
    qint64 id() const { return m_id; }

    // For the store that made the job: ends it (only the first call counts).
    void succeed(qint64 id = 0);
    void fail(const api::ApiError &error, const CheckProblems &problems = {});

Q_SIGNALS:
    void finished();

private:
    void end();

    bool m_finished = false;
    api::ApiError m_error;
    CheckProblems m_problems;
    qint64 m_id = 0;
};

} // namespace sms::review
