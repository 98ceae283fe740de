// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/SmsApi.h"

namespace sms::api {

SmsApi::SmsApi(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

ApiCall *SmsApi::start(ApiCall *call)
{
    if (!m_client) {
        // Nothing can send it; a reply that finishes keeps the caller's
        // finished() handling the only path, instead of a null to check.
        call->setParent(this);
        call->cancel();
        return call;
    }
    return m_client->start(call);
}

} // namespace sms::api
