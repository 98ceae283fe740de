// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <utility>

namespace sms {

// Handles the end of a one-shot job and cleans up after it: when `job`
// emits finished(), callback(job) runs if context still exists, and then the
// job is deleted with deleteLater(), also when context was destroyed first.
// So a caller never writes deleteLater() itself:
//
//     sms::onFinished(api.send(request), this, [this](auto *reply) {
//         if (reply->succeeded())
//             show(reply->result());
//     });
//
// Job is any QObject with a finished() signal that is emitted once and not
// from inside the call that started it (ApiCall and ApiReply<T>,
// credentials::SecretJob), so connecting right after starting it is in
// time. Job and context live in the same thread. Returns job, for callers
// that keep a pointer to it (to cancel it, or to know the latest one).
template<typename Job, typename Callback>
Job *onFinished(Job *job, const QObject *context, Callback &&callback)
{
    QObject::connect(
        job, &Job::finished, context,
        [job, callback = std::forward<Callback>(callback)]() mutable { callback(job); },
        Qt::SingleShotConnection);
    // Connected second, so that it runs after the callback. The job is its
    // own context: this runs whether or not `context` still exists.
    QObject::connect(job, &Job::finished, job, &QObject::deleteLater, Qt::SingleShotConnection);
    return job;
}

} // namespace sms
