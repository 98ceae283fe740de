// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "api/ClientConfig.h"
#include "api/Credential.h"
#include "credentials/Profile.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

namespace sms::api {
class ApiCall;
class ApiClient;
class SmsApi;
} // namespace sms::api

namespace sms::session {

// "Test connection": whether a profile's settings and a pair of keys are
// accepted by the service, before anything is saved or activated.
//
// Each test runs DescribeSmsSignList (a read that changes nothing) once, on a
// client of its own: the session's client keeps its settings, its rate
// limits and its clock, and the operator gets the service's first answer
// rather than a retry's. The client is configured by clientConfigFor(), so a
// profile means here what it means to the session.
class ConnectionTester : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionTester(QObject *parent = nullptr);
    ~ConnectionTester() override;

    // Starts a test of profile with credential, signing with this computer's
    // clock plus clockOffsetSeconds. endpoint replaces the profile's own (the
    // built-in sandbox's address is known only once it runs). A test still
    // running is dropped without a signal: its answer would be about other
    // values.
    void start(const credentials::Profile &profile, const api::Credential &credential,
               qint64 clockOffsetSeconds, const QUrl &endpoint = QUrl());
    bool isRunning() const { return !m_call.isNull(); }
    // Where and how the latest test talked to the service.
    api::ClientConfig config() const { return m_config; }

public Q_SLOTS:
    // Stops a running test; finished(false, a ClientError.Cancelled error)
    // follows from the event loop. Does nothing when no test runs.
    void cancel();

Q_SIGNALS:
    // Once per test that was not dropped. error is empty on success.
    void finished(bool succeeded, const sms::api::ApiError &error);

private:
    void drop();

    api::ClientConfig m_config;
    std::unique_ptr<api::ApiClient> m_client;
    std::unique_ptr<api::SmsApi> m_api;
    QPointer<api::ApiCall> m_call;
};

} // namespace sms::session
