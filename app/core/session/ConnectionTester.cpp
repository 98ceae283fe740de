// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/ConnectionTester.h"

#include "Localization.h"
#include "api/ApiClient.h"
#include "api/SmsApi.h"
#include "credentials/ProfileConfig.h"

namespace sms::session {

ConnectionTester::ConnectionTester(QObject *parent)
    : QObject(parent)
{ }

ConnectionTester::~ConnectionTester()
{
    drop();
}

void ConnectionTester::start(const credentials::Profile &profile, const api::Credential &credential,
                             qint64 clockOffsetSeconds, const QUrl &endpoint)
{
    drop();
    m_config = credentials::clientConfigFor(profile, Localization::apiLanguage(), endpoint);
    // One attempt: the operator asked for the service's answer, not retries.
    m_config.maxAttempts = 1;
    m_client = std::make_unique<api::ApiClient>();
    m_client->setConfig(m_config);
    m_client->setCredential(credential);
    m_client->clock().setOffsetSeconds(clockOffsetSeconds);
    m_api = std::make_unique<api::SmsApi>(m_client.get());

    domain::DescribeSmsSignListRequest request;
    request.international = 0;
    m_call = m_api->send(request, this, [this](api::ApiCall *call) {
        m_call = nullptr;
        emit finished(call->succeeded(), call->error());
    });
}

void ConnectionTester::cancel()
{
    if (m_call)
        m_call->cancel();
}

void ConnectionTester::drop()
{
    if (m_call) {
        m_call->disconnect(this);
        m_call->cancel();
        m_call = nullptr;
    }
    // The client owns the calls it started; they go with it.
    m_api.reset();
    m_client.reset();
}

} // namespace sms::session
