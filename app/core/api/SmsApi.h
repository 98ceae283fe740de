// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OnFinished.h"
#include "api/Action.h"
#include "api/ApiClient.h"
#include "api/ApiReply.h"

#include <QObject>
#include <QPointer>

namespace sms::api {

// The API as typed calls: send(request) starts the action that the
// request's type belongs to (Action<Request>) and returns a reply typed for
// its result, so a caller cannot pair an action with the wrong payload or
// result type.
//
// Each call starts on the client and returns at once. The reply is owned as
// ApiClient::start() says (parented to the client); the caller deletes it
// with deleteLater() after finished(), or hands that to the overload that
// takes a callback. result() is read only once the reply has finished; a
// send's result() also holds the refused numbers when the call ends as a
// partial failure.
//
// SmsApi does not own the client, and holds no state besides it. Should the
// client be gone, every call still returns a reply, which finishes as
// cancelled, so callers need no null checks.
class SmsApi : public QObject
{
    Q_OBJECT

public:
    explicit SmsApi(ApiClient *client, QObject *parent = nullptr);

    ApiClient *client() const { return m_client; }

    template<typename Request> ApiReply<ResultOf<Request>> *send(const Request &request)
    {
        auto *reply = new ApiReply<ResultOf<Request>>(QString::fromLatin1(Action<Request>::name),
                                                      domain::json::toObject(request));
        // start() hands back the pointer it was given; the cast only restores
        // the type that ApiCall's interface erases.
        return static_cast<ApiReply<ResultOf<Request>> *>(start(reply));
    }

    // As send(request), and calls callback(reply) once it has finished,
    // unless context is gone by then; the reply is deleted afterwards
    // (sms::onFinished).
    template<typename Request, typename Callback>
    ApiReply<ResultOf<Request>> *send(const Request &request, const QObject *context,
                                      Callback &&callback)
    {
        return onFinished(send(request), context, std::forward<Callback>(callback));
    }

#ifndef Q_MOC_RUN
    // One method per action (sendSms, describeSmsSignList, ...), for call
    // sites that build the request in place: api.deleteSmsSign({signId}).
#define SMS_API_METHOD(Name, method, area, repeat, qps, set)                                       \
    ApiReply<domain::Name##Result> *method(const domain::Name##Request &request)                   \
    {                                                                                              \
        return send(request);                                                                      \
    }
    SMS_API_ACTIONS(SMS_API_METHOD)
#undef SMS_API_METHOD
#endif

private:
    ApiCall *start(ApiCall *call);

    QPointer<ApiClient> m_client;
};

} // namespace sms::api
