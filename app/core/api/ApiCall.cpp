#include "api/ApiCall.h"

#include "api/ApiClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>

namespace sms::api {

ApiCall::ApiCall(const QString &action, const QJsonObject &payload, QObject *parent)
    : QObject(parent)
    , m_action(action)
    , m_payload(payload)
    // Serialized once: the signature covers these exact bytes, and a retry
    // must send the same bytes again.
    , m_body(QJsonDocument(payload).toJson(QJsonDocument::Compact))
{
}

ApiCall::~ApiCall()
{
    // Deleted while running: drop the transfer so no answer arrives for a
    // call that no longer exists.
    if (m_client && !isFinished())
        m_client->abortCall(this);
}

void ApiCall::cancel()
{
    if (isFinished())
        return;
    if (m_client) {
        m_client->abortCall(this);
        return;
    }
    m_error = ApiError(ApiError::Kind::Cancelled, QString::fromLatin1(ClientCode::Cancelled),
                       tr("The request was cancelled."));
    m_error.setAction(m_action);
    m_state = State::Finished;
    if (!m_finishQueued) {
        m_finishQueued = true;
        QMetaObject::invokeMethod(this, &ApiCall::finished, Qt::QueuedConnection);
    }
}

ApiError ApiCall::inspectResponse(const QJsonObject &response) const
{
    static const QLatin1String sets[] = {QLatin1String("SendStatusSet"),
                                         QLatin1String("SendMultiStatusSet")};
    domain::NumberFailures failures;
    int total = 0;
    for (const auto &key : sets) {
        const QJsonArray items = response.value(key).toArray();
        for (const QJsonValue &item : items) {
            const QJsonObject status = item.toObject();
            ++total;
            const QString code = status.value(QLatin1String("Code")).toString();
            // "Ok" is the only success; anything else, including a missing
            // Code, is a number that did not go out.
            if (code != QLatin1String("Ok")) {
                failures.append({status.value(QLatin1String("PhoneNumber")).toString(),
                                 code.isEmpty() ? QStringLiteral("ClientError.MissingStatusCode")
                                                : code,
                                 status.value(QLatin1String("Message")).toString(),
                                 status.value(QLatin1String("IsoCode")).toString()});
            }
        }
    }
    if (failures.isEmpty())
        return {};
    ApiError error(ApiError::Kind::PartialFailure, QString::fromLatin1(ClientCode::PartialFailure),
                   tr("The service refused %1 of %2 numbers.").arg(failures.size()).arg(total));
    error.setNumberFailures(failures);
    error.setAcceptedCount(total - int(failures.size()));
    return error;
}

} // namespace sms::api
