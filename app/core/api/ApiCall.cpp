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
#include <QTcpSocket>
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

// What the status line and the headers said, as far as they arrived.
void readHead(const QNetworkReply &reply, TransferFacts &facts)
{
    const QVariant status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute);
    facts.httpStatus = status.isValid() ? status.toInt() : 0;
    facts.reasonPhrase = reply.attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    facts.contentLength = reply.hasRawHeader("Content-Length")
        ? std::optional<QByteArray>(reply.rawHeader("Content-Length"))
        : std::nullopt;
    facts.transferEncoding = reply.rawHeader("Transfer-Encoding");
}

// A greeting is one line; this is enough to say what kind of server it is.
constexpr qint64 kGreetingBytes = 256;
// A server that speaks first does so as soon as it accepts a connection.
constexpr int kGreetingWaitMs = 500;

} // namespace

ApiCall::ApiCall(const QString &action, const QJsonObject &payload, QObject *parent)
    : QObject(parent)
    , m_action(action)
    , m_payload(payload)
    // Serialized once: the signature covers these exact bytes, and a retry
    // must send the same bytes again.
    , m_body(QJsonDocument(payload).toJson(QJsonDocument::Compact))
{ }

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
    if (delayMs > 0) {
        wait(delayMs, std::move(due));
        // Announced last, everywhere: a slot that cancels the call from here
        // finds it consistent, and its timer or transfer is then stopped.
        setState(State::Queued);
        return;
    }
    // A free slot is taken at once: a detour through the event loop would
    // let whatever else is queued there (a campaign recording an answer and
    // syncing its journal) go first, and the request leave that much later.
    setState(State::Queued);
    if (m_state == State::Queued)
        due();
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

qint64 ApiCall::remainingMs() const
{
    return m_deadline.isForever() ? -1 : m_deadline.remainingTime();
}

void ApiCall::transmit(QNetworkAccessManager &nam, const QNetworkRequest &request,
                       const Limits &limits, Answered answered)
{
    Q_ASSERT(!m_reply && !m_probe);
    if (m_attempts == 0)
        m_deadline = QDeadlineTimer(std::max(0, limits.timeoutMs), Qt::PreciseTimer);
    ++m_attempts;
    m_serverDate = {};
    m_answered = std::move(answered);
    m_facts = {};
    m_facts.host = request.url().host();
    m_facts.https = request.url().scheme() == QLatin1String("https");
    m_facts.timeoutMs = limits.timeoutMs;
    m_facts.maxResponseBytes = limits.maxResponseBytes;

    qCDebug(lcApi).nospace() << "-> " << m_action << " attempt " << m_attempts << ", "
                             << m_body.size() << " bytes to " << m_facts.host << ", "
                             << remainingMs() << " ms left";

    // Every attempt is ours to count and to decide on: Qt's own silent
    // re-send is refused by the body (see OneShotBody).
    auto *body = new OneShotBody(m_body);
    QNetworkReply *reply = nam.post(request, body);
    body->setParent(reply);
    // Qt then reads from the socket only as fast as this call takes the
    // bytes, so the size cap bounds memory whatever the framing, and Qt's
    // network thread never spins on a flood it cannot be told to stop. Set
    // again from the event loop: the reply passes the size on to its network
    // thread only once the transfer is set up, which post() leaves to the
    // event loop too (Qt 6.4 never passes on a size set before that). It
    // must be in place before the answer: set any later, a flood has
    // already trapped that thread. The price, over cleartext (this
    // computer only): Qt 6.4 then sometimes closes a kept-alive connection
    // after a small answer, and the next call opens another one; over
    // https the connection is kept.
    reply->setReadBufferSize(kReadChunkBytes);
    QMetaObject::invokeMethod(
        reply, [reply] { reply->setReadBufferSize(kReadChunkBytes); }, Qt::QueuedConnection);
    m_reply = reply;

    connect(reply, &QNetworkReply::metaDataChanged, this, &ApiCall::onMetaDataChanged);
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
    armTimer(int(remainingMs()), [this] {
        m_facts.timedOut = true;
        if (m_reply)
            m_reply->abort();
    });
    setState(State::InFlight);
}

void ApiCall::onMetaDataChanged()
{
    if (!m_reply)
        return;
    readHead(*m_reply, m_facts);
    // A length that cannot be trusted: Qt would take the body as it comes
    // and wait for an end that may never come. The head is proof enough.
    if (!TransportClassifier::framingProblem(m_facts).isEmpty())
        m_reply->abort();
}

void ApiCall::onReadyRead()
{
    if (!m_reply)
        return;
    // At most kReadChunkBytes are waiting: the reply's read buffer is bounded.
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
    // An aborted reply (timeout, size cap, broken framing) is closed: nothing
    // more is read from it.
    if (reply->isOpen()) {
        const QByteArray rest = reply->readAll();
        m_facts.receivedBytes += rest.size();
        m_facts.body += rest;
        if (m_facts.receivedBytes > m_facts.maxResponseBytes) {
            m_facts.tooLarge = true;
            m_facts.body.clear();
        }
    }
    m_reply = nullptr;
    reply->disconnect(this);
    reply->deleteLater();

    m_serverDate = parseHttpDate(reply->rawHeader("Date"));
    readHead(*reply, m_facts);
    m_facts.error = reply->error();
    m_facts.errorString = reply->errorString();

    if (TransportClassifier::needsGreeting(m_facts)) {
        probeGreeting(reply->url());
        return;
    }
    conclude();
}

void ApiCall::probeGreeting(const QUrl &url)
{
    // Qt drops the bytes of an answer that is not HTTP and reports a closed
    // connection. A server that speaks first (SSH, SMTP, a database) says
    // what it is on a connection of its own, without being sent anything:
    // nothing of the request is repeated.
    auto *socket = new QTcpSocket(this);
    m_probe = socket;
    const auto done = [this, socket] {
        if (m_probe != socket)
            return;
        m_probe = nullptr;
        disarmTimer();
        m_facts.greeting += socket->read(kGreetingBytes - m_facts.greeting.size());
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
        qCDebug(lcApi).nospace() << m_action << ": the server said " << m_facts.greeting.size()
                                 << " bytes unasked";
        conclude();
    };
    connect(socket, &QTcpSocket::readyRead, this, [this, socket, done] {
        if (socket->bytesAvailable() + m_facts.greeting.size() >= kGreetingBytes
            || socket->canReadLine())
            done();
    });
    connect(socket, &QTcpSocket::disconnected, this, done);
    connect(socket, &QTcpSocket::errorOccurred, this, done);
    armTimer(int(std::min<qint64>(kGreetingWaitMs, std::max<qint64>(0, remainingMs()))), done);
    socket->connectToHost(url.host(), quint16(url.port(80)));
}

void ApiCall::conclude()
{
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
    if (QTcpSocket *probe = m_probe) {
        m_probe = nullptr;
        probe->disconnect(this);
        probe->abort();
        probe->deleteLater();
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
    // Only a refused number's status is read whole: the typed result reads
    // every status again, and an answer is mostly "Ok"s. The test is
    // SendStatus::isOk() on the Code as fromObject() would read it.
    const QLatin1String codeKey("Code");
    for (const QJsonValue &item : items) {
        const QJsonObject object = item.toObject();
        const QJsonValue code = object.value(codeKey);
        if (code.isString() && code.toString() == QLatin1String("Ok"))
            continue;
        const auto status = domain::json::fromObject<domain::SendStatus>(object);
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
