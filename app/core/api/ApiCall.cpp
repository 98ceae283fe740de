// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ApiCall.h"

#include "Logging.h"
#include "api/ActionRegistry.h"
#include "api/OneShotBody.h"
#include "api/ResponseParser.h"
#include "api/RetryPolicy.h"
#include "api/TransportClassifier.h"
#include "domain/SendStatus.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace sms::api {

namespace {

QDateTime parseHttpDate(const QByteArray &value)
{
    // RFC 7231 IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT".
    const QString text = QString::fromLatin1(value).trimmed();
    QDateTime date = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!date.isValid()) {
        date = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
        date.setTimeSpec(Qt::UTC);
    }
    return date.isValid() ? date.toUTC() : QDateTime();
}

} // namespace

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
    // call that no longer exists, and let the client count it as ended.
    if (!isFinished()) {
        abortTransfer();
        setState(State::Finished);
    }
}

void ApiCall::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void ApiCall::armTimer(int ms, std::function<void()> onTimeout)
{
    disarmTimer();
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    // A coarse timer may fire 5 % early: that would break the rate limit.
    timer->setTimerType(Qt::PreciseTimer);
    connect(timer, &QTimer::timeout, this, std::move(onTimeout));
    m_timer = timer;
    timer->start(std::max(0, ms));
}

void ApiCall::disarmTimer()
{
    if (QTimer *timer = m_timer) {
        m_timer = nullptr;
        timer->stop();
        timer->deleteLater();
    }
}

void ApiCall::wait(int delayMs, std::function<void()> due)
{
    armTimer(delayMs, [this, due = std::move(due)] {
        disarmTimer();
        due();
    });
}

void ApiCall::schedule(int delayMs, std::function<void()> due)
{
    Q_ASSERT(m_state == State::Created);
    wait(delayMs, std::move(due));
    // Announced last, everywhere: a slot that cancels the call from here
    // finds it consistent, and its timer or transfer is then stopped.
    setState(State::Queued);
}

void ApiCall::retry(int delayMs, const ApiError &cause, std::function<void()> due)
{
    Q_ASSERT(m_state == State::InFlight);
    m_response = {};
    m_requestId.clear();
    wait(delayMs, std::move(due));
    setState(State::Waiting);
    if (m_state == State::Waiting)
        emit retrying(m_attempts + 1, delayMs, cause);
}

void ApiCall::transmit(QNetworkAccessManager &nam, const QNetworkRequest &request,
                       const Limits &limits, Answered answered)
{
    Q_ASSERT(!m_reply);
    ++m_attempts;
    m_serverDate = {};
    m_answered = std::move(answered);
    m_facts = {};
    m_facts.host = request.url().host();
    m_facts.https = request.url().scheme() == QLatin1String("https");
    m_facts.timeoutMs = limits.timeoutMs;
    m_facts.maxResponseBytes = limits.maxResponseBytes;

    qCDebug(lcApi).nospace() << "-> " << m_action << " attempt " << m_attempts << ", "
                             << m_body.size() << " bytes to " << m_facts.host;

    // Every attempt is ours to count and to decide on: Qt's own silent
    // re-send is refused by the body (see OneShotBody).
    auto *body = new OneShotBody(m_body);
    QNetworkReply *reply = nam.post(request, body);
    body->setParent(reply);
    m_reply = reply;

    connect(reply, &QNetworkReply::readyRead, this, &ApiCall::onReadyRead);
    connect(reply, &QNetworkReply::encrypted, this, [this] { m_facts.encrypted = true; });
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Recorded and reported; never ignored.
        for (const QSslError &error : errors)
            m_facts.tlsErrors.append(error.errorString());
    });
    connect(reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    // The manager deletes its replies when it goes: the call must still end.
    connect(reply, &QObject::destroyed, this, [this] {
        m_reply = nullptr;
        if (m_state == State::InFlight)
            finish(ApiError::cancelled());
    });
    armTimer(limits.timeoutMs, [this] {
        m_facts.timedOut = true;
        if (m_reply)
            m_reply->abort();
    });
    setState(State::InFlight);
}

void ApiCall::onReadyRead()
{
    if (!m_reply)
        return;
    const QByteArray chunk = m_reply->readAll();
    m_facts.receivedBytes += chunk.size();
    if (m_facts.receivedBytes > m_facts.maxResponseBytes) {
        m_facts.tooLarge = true;
        m_facts.body.clear();
        m_reply->abort();
        return;
    }
    m_facts.body += chunk;
}

void ApiCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    disarmTimer();
    if (!m_facts.tooLarge && !m_facts.timedOut) {
        const QByteArray rest = reply->readAll();
        m_facts.receivedBytes += rest.size();
        m_facts.body += rest;
    }
    m_reply = nullptr;
    reply->disconnect(this);
    reply->deleteLater();

    m_serverDate = parseHttpDate(reply->rawHeader("Date"));
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    m_facts.httpStatus = status.isValid() ? status.toInt() : 0;
    m_facts.reasonPhrase = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    m_facts.error = reply->error();
    m_facts.errorString = reply->errorString();

    ApiError error = TransportClassifier::classify(m_facts);
    if (error.kind() == ApiError::Kind::None) {
        const ResponseParser::Parsed parsed = ResponseParser::parse(m_facts.body);
        m_response = parsed.response;
        m_requestId = parsed.requestId;
        error = parsed.error.isError() ? parsed.error : inspectResponse(m_response);
        if (m_facts.httpStatus)
            error.setHttpStatus(m_facts.httpStatus);
    }
    m_facts.body.clear();

    qCInfo(lcApi).nospace() << m_action << " attempt " << m_attempts << ": "
                            << (error.isError() ? error.code() : QStringLiteral("ok"))
                            << (m_requestId.isEmpty()
                                    ? QString()
                                    : QStringLiteral(" RequestId ") + m_requestId);
    // Whoever transmitted decides what comes next: retry() or finish().
    m_answered(withContext(error));
}

void ApiCall::abortTransfer()
{
    disarmTimer();
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void ApiCall::cancel()
{
    if (isFinished())
        return;
    finish(ApiError::cancelled());
}

ApiError ApiCall::withContext(ApiError error) const
{
    error.setAction(m_action);
    error.setRequestId(m_requestId);
    error.setServerDate(m_serverDate);
    error.setAttempts(m_attempts);
    return error;
}

void ApiCall::finish(ApiError error)
{
    if (isFinished())
        return;
    error = withContext(error);
    // A change that may have reached the service must be reconciled, not
    // repeated: only a request that was on the wire can have changed
    // anything.
    if (m_state == State::InFlight && !RetryPolicy::isSafeToRepeat(m_action))
        error.setOutcomeUnknown(RetryPolicy::mayHaveBeenCarriedOut(error));
    abortTransfer();
    m_error = error;
    setState(State::Finished);
    QMetaObject::invokeMethod(this, &ApiCall::finished, Qt::QueuedConnection);
}

ApiError ApiCall::inspectResponse(const QJsonObject &response) const
{
    const ActionInfo *info = ActionRegistry::find(m_action);
    if (!info || info->statusSetKey.isEmpty())
        return {};
    // Every item counts, also one that is not an object: "Ok" is the only
    // success, so a number is never reported as sent unless the service said
    // so.
    const QJsonArray items = response.value(info->statusSetKey).toArray();
    domain::NumberFailures failures;
    for (const QJsonValue &item : items) {
        const auto status = domain::json::fromObject<domain::SendStatus>(item.toObject());
        if (!status.isOk())
            failures.append(status.toFailure());
    }
    if (failures.isEmpty())
        return {};
    ApiError error = ApiError::client(
        ApiError::Kind::PartialFailure, ClientCode::PartialFailure,
        tr("The service refused %1 of %2 numbers.").arg(failures.size()).arg(items.size()));
    error.setNumberFailures(failures);
    error.setAcceptedCount(int(items.size() - failures.size()));
    return error;
}

} // namespace sms::api
