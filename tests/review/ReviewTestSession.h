// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A session::Session for the review tests: the sandbox harness's API, a
// profile name that can be switched, and readiness that can be toggled, as
// AppController would change them.

#include "api/ApiError.h"
#include "api/SmsApi.h"
#include "session/Session.h"

#include <QList>

class ReviewTestSession : public sms::session::Session
{
    Q_OBJECT

public:
    explicit ReviewTestSession(sms::api::SmsApi &api, bool ready = true, QObject *parent = nullptr);

    sms::api::SmsApi &api() override { return m_api; }
    QString profileName() const override { return m_profile; }
    QString appId() const override;
    bool isSandbox() const override { return true; }
    bool isReady() const override { return m_ready; }
    void reportError(const sms::api::ApiError &error) override { reported.append(error); }

    // As AppController does when another profile becomes active: not ready,
    // profileChanged(), then ready again.
    void switchProfile(const QString &name);
    void setReady(bool ready);

    QList<sms::api::ApiError> reported;

private:
    sms::api::SmsApi &m_api;
    QString m_profile = QStringLiteral("review test");
    bool m_ready;
};

#include "review/CheckProblem.h"
#include "review/ReviewJob.h"

// How a store's job ended, read when it finished (the job deletes itself
// afterwards).
struct JobOutcome
{
    bool finished = false;
    sms::api::ApiError error;
    sms::review::CheckProblems problems;
    qint64 id = 0;

    bool succeeded() const { return finished && !error.isError(); }
};

// Waits for job to finish (at most timeoutMs).
JobOutcome waitFor(sms::review::ReviewJob *job, int timeoutMs = 20000);
