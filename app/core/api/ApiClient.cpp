#include "api/ApiClient.h"

#include "Logging.h"
#include "api/OneShotBody.h"
#include "api/RetryPolicy.h"
#include "api/Tc3Signer.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>

namespace sms::api {

namespace {

constexpr qint64 kSkewWarningSeconds = 60;

QByteArray hostHeader(const QUrl &url)
{
    // What QNetworkAccessManager itself puts in the Host header: the signature
    // must cover exactly that.
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
    if (url.port() != -1 && url.port() != defaultPort)
        host += ':' + QByteArray::number(url.port());
    return host;
}

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

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
{
    // Redirects would re-send a signed body to somewhere else: never follow.
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

ApiClient::~ApiClient() = default;

void ApiClient::setConfig(const ClientConfig &config)
{
    m_config = config;
}

void ApiClient::setCredential(const Credential &credential)
{
    m_credential = credential;
}

QString ApiClient::endpointProblem(const QUrl &endpoint)
{
    if (!endpoint.isValid() || endpoint.host().isEmpty())
        return tr("The endpoint \"%1\" is not a valid URL.").arg(endpoint.toDisplayString());
    const QString scheme = endpoint.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http")) {
        if (isLoopbackHost(endpoint.host()))
            return {};
        return tr("Plain http:// is only allowed for this computer (127.0.0.1, ::1, localhost); "
                  "use https:// so that your keys never cross a network unencrypted.");
    }
    return tr("The endpoint must start with https://.");
}

ApiCall *ApiClient::call(const QString &action, const QJsonObject &payload)
{
    return start(new ApiCall(action, payload));
}

ApiCall *ApiClient::start(ApiCall *call)
{
    Q_ASSERT(call && call->state() == ApiCall::State::Created);
    if (!call->parent())
        call->setParent(this);
    call->m_client = this;

    const QString problem = endpointProblem(m_config.endpoint);
    if (!problem.isEmpty()) {
        const bool insecure = m_config.endpoint.isValid() && !m_config.endpoint.host().isEmpty();
        complete(call, ApiError(ApiError::Kind::Configuration,
                                QString::fromLatin1(insecure ? ClientCode::InsecureEndpoint
                                                             : ClientCode::InvalidEndpoint),
                                problem));
        return call;
    }
    if (!m_credential.isComplete()) {
        complete(call, ApiError(ApiError::Kind::Configuration,
                                QString::fromLatin1(ClientCode::MissingCredentials),
                                tr("No API key is configured: a SecretId and a SecretKey are "
                                   "both needed.")));
        return call;
    }
    schedule(call, int(m_rateLimiter.reserve(call->action()).count()));
    return call;
}

void ApiClient::schedule(ApiCall *call, int delayMs)
{
    call->m_state = call->m_attempts == 0 ? ApiCall::State::Queued : ApiCall::State::Waiting;
    if (call->m_timer)
        call->m_timer->deleteLater();
    auto *timer = new QTimer(call);
    timer->setSingleShot(true);
    // A coarse timer may fire 5 % early: that would break the rate limit.
    timer->setTimerType(Qt::PreciseTimer);
    connect(timer, &QTimer::timeout, call, [this, call] { send(call); });
    call->m_timer = timer;
    timer->start(std::max(0, delayMs));
}

void ApiClient::send(ApiCall *call)
{
    if (call->m_timer) {
        call->m_timer->deleteLater();
        call->m_timer = nullptr;
    }
    ++call->m_attempts;
    call->m_state = ApiCall::State::InFlight;
    call->m_received.clear();
    call->m_receivedBytes = 0;
    call->m_timedOut = false;
    call->m_tooLarge = false;
    call->m_tlsErrors.clear();
    call->m_encrypted = false;

    QUrl url = m_config.endpoint;
    if (url.path().isEmpty())
        url.setPath(QStringLiteral("/"));

    const QByteArray contentType = "application/json";
    const qint64 timestamp = m_clock.nowSecs();

    Tc3Signer::Request toSign;
    toSign.headers = {{"content-type", contentType}, {"host", hostHeader(url)}};
    toSign.payload = call->m_body;
    toSign.timestamp = timestamp;
    toSign.service = m_config.service.toLatin1();
    const auto signature = Tc3Signer::sign(m_credential.secretId.toUtf8(),
                                           m_credential.secretKey.toUtf8(), toSign);

    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    request.setRawHeader("X-TC-Action", call->m_action.toLatin1());
    request.setRawHeader("X-TC-Version", m_config.apiVersion.toLatin1());
    request.setRawHeader("X-TC-Timestamp", QByteArray::number(timestamp));
    if (!m_config.region.isEmpty())
        request.setRawHeader("X-TC-Region", m_config.region.toLatin1());
    if (!m_config.language.isEmpty())
        request.setRawHeader("X-TC-Language", m_config.language.toLatin1());
    if (!m_credential.token.isEmpty())
        request.setRawHeader("X-TC-Token", m_credential.token.toUtf8());
    request.setRawHeader("X-TC-RequestClient", "SmsConsole_" SMS_VERSION);
    request.setRawHeader("Authorization", signature.authorization);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);

    qCDebug(lcApi).nospace() << "-> " << call->m_action << " attempt " << call->m_attempts << ", "
                             << call->m_body.size() << " bytes to " << url.host();

    // Every attempt is ours to count and to decide on: Qt's own silent
    // re-send is refused by the body (see OneShotBody).
    auto *body = new OneShotBody(call->m_body);
    QNetworkReply *reply = m_nam->post(request, body);
    body->setParent(reply);
    call->m_reply = reply;
    if (!call->m_countedActive) {
        call->m_countedActive = true;
        updateActive(+1);
    }

    connect(reply, &QNetworkReply::readyRead, call, [this, call, reply] {
        const QByteArray chunk = reply->readAll();
        call->m_receivedBytes += chunk.size();
        if (call->m_receivedBytes > m_config.maxResponseBytes) {
            call->m_tooLarge = true;
            reply->abort();
            return;
        }
        call->m_received += chunk;
    });
    connect(reply, &QNetworkReply::encrypted, call, [call] { call->m_encrypted = true; });
    connect(reply, &QNetworkReply::sslErrors, call, [call](const QList<QSslError> &errors) {
        // Recorded and reported; never ignored.
        for (const QSslError &error : errors)
            call->m_tlsErrors.append(error.errorString());
    });
    connect(reply, &QNetworkReply::finished, call, [this, call] { onReplyFinished(call); });

    auto *timer = new QTimer(call);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, call, [call] {
        call->m_timedOut = true;
        if (call->m_reply)
            call->m_reply->abort();
    });
    call->m_timer = timer;
    timer->start(m_config.timeoutMs);
}

void ApiClient::onReplyFinished(ApiCall *call)
{
    QNetworkReply *reply = call->m_reply;
    if (!reply || call->m_cancelled)
        return;
    if (call->m_timer) {
        call->m_timer->stop();
        call->m_timer->deleteLater();
        call->m_timer = nullptr;
    }
    if (!call->m_tooLarge && !call->m_timedOut) {
        const QByteArray rest = reply->readAll();
        call->m_receivedBytes += rest.size();
        call->m_received += rest;
    }
    call->m_reply = nullptr;
    reply->deleteLater();

    measureClock(call, reply);

    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttribute.isValid() ? statusAttribute.toInt() : 0;

    ApiError error;
    if (call->m_timedOut) {
        error = ApiError(ApiError::Kind::Timeout, QString::fromLatin1(ClientCode::Timeout),
                         tr("No complete answer within %1 s.")
                             .arg((m_config.timeoutMs + 999) / 1000));
    } else if (call->m_tooLarge) {
        error = ApiError(ApiError::Kind::Protocol, QString::fromLatin1(ClientCode::ResponseTooLarge),
                         tr("The answer was larger than %1 MiB and was not read.")
                             .arg(m_config.maxResponseBytes / (1024 * 1024)));
    } else if (status != 0 && status != 200) {
        QString snippet = QString::fromUtf8(call->m_received.left(200)).simplified();
        error = ApiError(ApiError::Kind::HttpStatus, QString::fromLatin1(ClientCode::HttpStatus),
                         tr("The server answered HTTP %1 %2 instead of 200.")
                                 .arg(status)
                                 .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute)
                                          .toString())
                             + (snippet.isEmpty() ? QString() : QStringLiteral(" ") + snippet));
        error.setHttpStatus(status);
    } else if (reply->error() != QNetworkReply::NoError) {
        error = classifyTransport(call, reply);
    } else {
        error = parseBody(call, call->m_received);
    }
    if (status)
        error.setHttpStatus(status);
    call->m_received.clear();

    qCInfo(lcApi).nospace() << call->m_action << " attempt " << call->m_attempts << ": "
                            << (error.isError() ? error.code() : QStringLiteral("ok"))
                            << (call->m_requestId.isEmpty()
                                    ? QString()
                                    : QStringLiteral(" RequestId ") + call->m_requestId);
    complete(call, error);
}

ApiError ApiClient::classifyTransport(ApiCall *call, QNetworkReply *reply) const
{
    using E = QNetworkReply::NetworkError;
    const E code = reply->error();
    const QString detail = reply->errorString();
    const QString host = m_config.endpoint.host();
    const bool handshakeUnfinished = m_config.endpoint.scheme() == QLatin1String("https")
        && !call->m_encrypted && !reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid();
    if (handshakeUnfinished
        && (code == E::RemoteHostClosedError || code == E::ContentReSendError
            || code == E::SslHandshakeFailedError || !call->m_tlsErrors.isEmpty())) {
        // Whatever ended it, no secure channel existed: say so, and never
        // blame the server's answer for it.
        return ApiError(ApiError::Kind::Tls, QString::fromLatin1(ClientCode::TlsError),
                        tr("The secure connection to %1 could not be established: %2")
                            .arg(host, call->m_tlsErrors.isEmpty()
                                           ? detail
                                           : call->m_tlsErrors.join(QStringLiteral("; "))));
    }
    switch (code) {
    case E::HostNotFoundError:
        return ApiError(ApiError::Kind::Network, QString::fromLatin1(ClientCode::DnsFailure),
                        tr("The name %1 could not be resolved (DNS).").arg(host));
    case E::ConnectionRefusedError:
        return ApiError(ApiError::Kind::Network, QString::fromLatin1(ClientCode::ConnectionRefused),
                        tr("%1 refused the connection.").arg(host));
    case E::ContentReSendError:
        // Qt wanted to re-send a state-changing request after the connection
        // dropped; OneShotBody refused, and that is what happened.
        return ApiError(ApiError::Kind::Network, QString::fromLatin1(ClientCode::ConnectionReset),
                        tr("The connection was closed after the request was sent and before "
                           "any answer arrived."));
    case E::RemoteHostClosedError:
        if (call->m_receivedBytes > 0
            || reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid()) {
            return ApiError(ApiError::Kind::Protocol,
                            QString::fromLatin1(ClientCode::TruncatedResponse),
                            tr("The connection closed in the middle of the answer (bytes received: "
                               "%1).")
                                .arg(call->m_receivedBytes));
        }
        return ApiError(ApiError::Kind::Network, QString::fromLatin1(ClientCode::ConnectionReset),
                        tr("The connection was closed before any answer arrived."));
    case E::SslHandshakeFailedError:
    case E::InsecureRedirectError: {
        QString text = tr("The secure connection to %1 could not be established: %2")
                           .arg(host, call->m_tlsErrors.isEmpty()
                                          ? detail
                                          : call->m_tlsErrors.join(QStringLiteral("; ")));
        return ApiError(ApiError::Kind::Tls, QString::fromLatin1(ClientCode::TlsError), text);
    }
    case E::TimeoutError:
        return ApiError(ApiError::Kind::Timeout, QString::fromLatin1(ClientCode::Timeout),
                        tr("The connection timed out."));
    case E::OperationCanceledError:
        return ApiError(ApiError::Kind::Cancelled, QString::fromLatin1(ClientCode::Cancelled),
                        tr("The request was cancelled."));
    case E::ProtocolUnknownError:
    case E::ProtocolInvalidOperationError:
    case E::ProtocolFailure:
        return ApiError(ApiError::Kind::Protocol, QString::fromLatin1(ClientCode::MalformedResponse),
                        tr("The answer broke the HTTP protocol: %1").arg(detail));
    default:
        if (!call->m_tlsErrors.isEmpty())
            return ApiError(ApiError::Kind::Tls, QString::fromLatin1(ClientCode::TlsError),
                            call->m_tlsErrors.join(QStringLiteral("; ")));
        return ApiError(ApiError::Kind::Network, QString::fromLatin1(ClientCode::NetworkError),
                        tr("Network error: %1").arg(detail));
    }
}

ApiError ApiClient::parseBody(ApiCall *call, const QByteArray &body)
{
    if (body.isEmpty())
        return ApiError(ApiError::Kind::Protocol, QString::fromLatin1(ClientCode::MalformedResponse),
                        tr("The server answered with an empty body."));

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // A document that is fine up to where it stops was cut short; anything
        // else was never JSON.
        const bool endsEarly = parseError.offset >= body.size() - 1
            && body.trimmed().startsWith('{');
        if (endsEarly)
            return ApiError(ApiError::Kind::Protocol,
                            QString::fromLatin1(ClientCode::TruncatedResponse),
                            tr("The answer ends in the middle of the JSON document (bytes: %1).")
                                .arg(body.size()));
        return ApiError(ApiError::Kind::Protocol, QString::fromLatin1(ClientCode::MalformedResponse),
                        tr("The answer is not JSON (%1 at byte %2).")
                            .arg(parseError.errorString())
                            .arg(parseError.offset));
    }
    const QJsonValue responseValue = document.object().value(QLatin1String("Response"));
    if (!document.isObject() || !responseValue.isObject())
        return ApiError(ApiError::Kind::Protocol, QString::fromLatin1(ClientCode::MalformedResponse),
                        tr("The answer is JSON but has no \"Response\" object."));

    const QJsonObject response = responseValue.toObject();
    call->m_response = response;
    call->m_requestId = response.value(QLatin1String("RequestId")).toString();

    const QJsonValue errorValue = response.value(QLatin1String("Error"));
    if (errorValue.isObject()) {
        const QJsonObject errorObject = errorValue.toObject();
        ApiError error = ApiError::service(errorObject.value(QLatin1String("Code")).toString(),
                                           errorObject.value(QLatin1String("Message")).toString());
        if (error.code().isEmpty())
            error = ApiError(ApiError::Kind::Protocol,
                             QString::fromLatin1(ClientCode::MalformedResponse),
                             tr("The answer reports an error without a code."));
        return error;
    }
    return call->inspectResponse(response);
}

void ApiClient::measureClock(ApiCall *call, QNetworkReply *reply)
{
    const QByteArray dateHeader = reply->rawHeader("Date");
    if (dateHeader.isEmpty())
        return;
    const QDateTime serverDate = parseHttpDate(dateHeader);
    if (!serverDate.isValid())
        return;
    call->m_serverDate = serverDate;
    const qint64 offset = serverDate.toSecsSinceEpoch() - m_clock.nowSecs();
    m_lastOffset = offset;
    if (std::abs(offset) > kSkewWarningSeconds) {
        qCWarning(lcApi) << "server clock differs from the signing clock by" << offset << "s";
        emit clockSkewDetected(offset);
    }
}

void ApiClient::complete(ApiCall *call, ApiError error)
{
    if (call->isFinished())
        return;
    error.setAction(call->m_action);
    error.setRequestId(call->m_requestId);
    error.setServerDate(call->m_serverDate);
    error.setAttempts(call->m_attempts);

    if (error.code() == QLatin1String("AuthFailure.SignatureExpire")
        || error.code() == QLatin1String("InternalError.RequestTimeException")) {
        std::optional<qint64> offset;
        if (call->m_serverDate.isValid()) {
            offset = m_lastOffset;
        } else {
            // No Date header: the message usually ends with the server's time
            // in epoch seconds.
            static const QRegularExpression trailingEpoch(QStringLiteral("(\\d{10})\\D*$"));
            const auto match = trailingEpoch.match(error.message());
            if (match.hasMatch())
                offset = match.captured(1).toLongLong() - m_clock.nowSecs();
        }
        error.setClockOffsetSeconds(offset);
    }

    if (error.isError() && error.kind() != ApiError::Kind::Cancelled
        && error.kind() != ApiError::Kind::Configuration
        && RetryPolicy::shouldRetry(call->m_action, error, call->m_attempts, m_config.maxAttempts)) {
        const int backoff = RetryPolicy::delayMs(call->m_attempts, m_config.retryBaseDelayMs, error);
        const int slot = int(m_rateLimiter.reserve(call->m_action).count());
        const int delay = std::max(backoff, slot);
        qCInfo(lcApi).nospace() << call->m_action << ": retrying in " << delay << " ms after "
                                << error.code();
        call->m_response = {};
        call->m_requestId.clear();
        emit call->retrying(call->m_attempts + 1, delay, error);
        schedule(call, delay);
        return;
    }

    // A change that may have reached the service must be reconciled, not
    // repeated: mark every failure after the request could have arrived.
    if (!RetryPolicy::isSafeToRepeat(call->m_action) && call->m_attempts > 0) {
        switch (error.kind()) {
        case ApiError::Kind::Timeout:
        case ApiError::Kind::HttpStatus:
        case ApiError::Kind::Protocol:
        case ApiError::Kind::Cancelled:
            error.setOutcomeUnknown(true);
            break;
        case ApiError::Kind::Network:
            error.setOutcomeUnknown(error.code() != QLatin1String(ClientCode::DnsFailure)
                                    && error.code() != QLatin1String(ClientCode::ConnectionRefused));
            break;
        default:
            break;
        }
    }
    call->m_error = error;
    finishCall(call);
}

void ApiClient::finishCall(ApiCall *call)
{
    if (call->m_timer) {
        call->m_timer->stop();
        call->m_timer->deleteLater();
        call->m_timer = nullptr;
    }
    if (call->m_countedActive) {
        call->m_countedActive = false;
        updateActive(-1);
    }
    call->m_state = ApiCall::State::Finished;
    if (!call->m_finishQueued) {
        call->m_finishQueued = true;
        QMetaObject::invokeMethod(call, &ApiCall::finished, Qt::QueuedConnection);
    }
}

void ApiClient::abortCall(ApiCall *call)
{
    if (call->isFinished())
        return;
    const bool wasInFlight = call->m_state == ApiCall::State::InFlight;
    call->m_cancelled = true;
    if (QNetworkReply *reply = call->m_reply) {
        call->m_reply = nullptr;
        reply->disconnect(call);
        reply->abort();
        reply->deleteLater();
    }
    ApiError error(ApiError::Kind::Cancelled, QString::fromLatin1(ClientCode::Cancelled),
                   tr("The request was cancelled."));
    error.setAction(call->m_action);
    error.setAttempts(call->m_attempts);
    // Only a request that was on the wire can have changed anything.
    if (wasInFlight && !RetryPolicy::isSafeToRepeat(call->m_action))
        error.setOutcomeUnknown(true);
    call->m_error = error;
    finishCall(call);
}

void ApiClient::updateActive(int delta)
{
    m_active += delta;
    emit activeCallsChanged(m_active);
}

} // namespace sms::api
