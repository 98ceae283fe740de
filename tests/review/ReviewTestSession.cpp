// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewTestSession.h"

#include "SandboxHarness.h"

#include <QEventLoop>
#include <QTimer>

ReviewTestSession::ReviewTestSession(sms::api::SmsApi &api, bool ready, QObject *parent)
    : Session(parent)
    , m_api(api)
    , m_ready(ready)
{ }

QString ReviewTestSession::appId() const
{
    return sandboxtest::appId();
}

void ReviewTestSession::switchProfile(const QString &name)
{
    setReady(false);
    m_profile = name;
    emit profileChanged();
    setReady(true);
}

void ReviewTestSession::setReady(bool ready)
{
    if (m_ready == ready)
        return;
    m_ready = ready;
    emit readyChanged();
}

JobOutcome waitFor(sms::review::ReviewJob *job, int timeoutMs)
{
    JobOutcome outcome;
    QEventLoop loop;
    QObject::connect(job, &sms::review::ReviewJob::finished, &loop, [&] {
        outcome.finished = true;
        outcome.error = job->error();
        outcome.problems = job->problems();
        outcome.id = job->id();
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return outcome;
}
