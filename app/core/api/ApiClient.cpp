// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ApiClient.h"

#include "Logging.h"
#include "api/RetryPolicy.h"
#include "api/Tc3Signer.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QPointer>
#include <QRegularExpression>

#include <utility>

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

ApiClient::~ApiClient()
{
    // The calls first: their transfers are aborted while the network
    // manager still runs, and its thread then has nothing left to finish.
    abortAll();
}

void ApiClient::abortAll()
{
    const QList<QPointer<ApiCall>> calls = std::exchange(m_calls, {});
    for (const QPointer<ApiCall> &call : calls) {
        if (call)
            call->cancel();
    }
}

void ApiClient::setConfig(const ClientConfig &config)
{
    m_config = config;
}

void ApiClient::setCredential(const Credential &credential)
{
    m_credential = credential;
}

ApiError ApiClient::checkEndpoint(const QUrl &endpoint, const QString &typed)
{
    using K = ApiError::Kind;
    if (!endpoint.isValid() || endpoint.host().isEmpty()) {
        const QString shown
            = endpoint.isValid() || typed.isEmpty() ? endpoint.toDisplayString() : typed;
        return ApiError::client(K::Configuration, ClientCode::InvalidEndpoint,
                                tr("The endpoint \"%1\" is not a valid URL.").arg(shown));
    }
    const QString scheme = endpoint.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme != QLatin1String("http"))
        return ApiError::client(K::Configuration, ClientCode::InvalidEndpoint,
                                tr("The endpoint must start with https://."));
    if (isLoopbackHost(endpoint.host()))
        return {};
    return ApiError::client(
        K::Configuration, ClientCode::InsecureEndpoint,
        tr("Plain http:// is only allowed for this computer (127.0.0.1, ::1, localhost); "
           "use https:// so that your keys never cross a network unencrypted."));
}

QString ApiClient::endpointProblem(const QUrl &endpoint, const QString &typed)
{
    return checkEndpoint(endpoint, typed).message();
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
    m_calls.removeIf([](const QPointer<ApiCall> &c) { return !c || c->isFinished(); });
    m_calls.append(call);

    // Counted from the first attempt on the wire until the call ends.
    connect(call, &ApiCall::stateChanged, this,
            [this, counted = false](ApiCall::State state) mutable {
                if (state == ApiCall::State::InFlight && !counted) {
                    counted = true;
                    updateActive(+1);
                } else if (state == ApiCall::State::Finished && counted) {
                    counted = false;
                    updateActive(-1);
                }
            });

    if (const ApiError problem = checkEndpoint(m_config.endpoint); problem.isError()) {
        call->finish(problem);
        return call;
    }
    if (!m_credential.isComplete()) {
        call->finish(ApiError::client(ApiError::Kind::Configuration, ClientCode::MissingCredentials,
                                      tr("No API key is configured: a SecretId and a SecretKey "
                                         "are both needed.")));
        return call;
    }
    call->schedule(int(m_rateLimiter.reserve(call->action()).count()), sender(call));
    return call;
}

std::function<void()> ApiClient::sender(ApiCall *call)
{
    return [client = QPointer(this), call] {
        if (client)
            client->send(call);
        else
            call->cancel();
    };
}

void ApiClient::send(ApiCall *call)
{
    QUrl url = m_config.endpoint;
    if (url.path().isEmpty())
        url.setPath(QStringLiteral("/"));

    const QByteArray contentType = "application/json";
    const qint64 timestamp = m_clock.nowSecs();

    Tc3Signer::Request toSign;
    toSign.headers = {{"content-type", contentType}, {"host", hostHeader(url)}};
    toSign.payload = call->body();
    toSign.timestamp = timestamp;
    toSign.service = m_config.service.toLatin1();
    const auto signature = Tc3Signer::sign(m_credential.secretId.toUtf8(),
                                           m_credential.secretKey.toUtf8(), toSign);

    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    request.setRawHeader("X-TC-Action", call->action().toLatin1());
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

    call->transmit(*m_nam, request, {m_config.timeoutMs, m_config.maxResponseBytes},
                   [client = QPointer(this), call](const ApiError &error) {
                       if (client)
                           client->onAnswered(call, error);
                       else
                           call->cancel();
                   });
}

void ApiClient::onAnswered(ApiCall *call, ApiError error)
{
    if (call->serverDate().isValid())
        measureClock(call->serverDate());
    if (error.code() == QLatin1String("AuthFailure.SignatureExpire")
        || error.code() == QLatin1String("InternalError.RequestTimeException"))
        error.setClockOffsetSeconds(clockOffsetFor(call, error));

    if (RetryPolicy::shouldRetry(call->action(), error, call->attempts(), m_config.maxAttempts)) {
        const int backoff
            = RetryPolicy::delayMs(call->attempts(), m_config.retryBaseDelayMs, error);
        const int slot = int(m_rateLimiter.reserve(call->action()).count());
        const int delay = std::max(backoff, slot);
        // The time limit is the operator's for the whole call: a retry that
        // cannot be answered before it is not made.
        const qint64 remaining = call->remainingMs();
        if (RetryPolicy::fitsBeforeDeadline(delay, remaining)) {
            qCInfo(lcApi).nospace()
                << call->action() << ": retrying in " << delay << " ms after " << error.code();
            call->retry(delay, error, sender(call));
            return;
        }
        qCInfo(lcApi).nospace() << call->action() << ": no retry after " << error.code() << ", "
                                << remaining << " ms left of the time limit";
    }
    call->finish(error);
}

void ApiClient::measureClock(const QDateTime &serverDate)
{
    const qint64 offset = serverDate.toSecsSinceEpoch() - m_clock.nowSecs();
    m_lastOffset = offset;
    if (std::abs(offset) > kSkewWarningSeconds) {
        qCWarning(lcApi) << "server clock differs from the signing clock by" << offset << "s";
        emit clockSkewDetected(offset);
    }
}

std::optional<qint64> ApiClient::clockOffsetFor(const ApiCall *call, const ApiError &error) const
{
    if (call->serverDate().isValid())
        return m_lastOffset;
    // No Date header: the message usually ends with the server's time in
    // epoch seconds.
    static const QRegularExpression trailingEpoch(QStringLiteral("(\\d{10})\\D*$"));
    const auto match = trailingEpoch.match(error.message());
    if (match.hasMatch())
        return match.captured(1).toLongLong() - m_clock.nowSecs();
    return std::nullopt;
}

void ApiClient::updateActive(int delta)
{
    m_active += delta;
    emit activeCallsChanged(m_active);
}

} // namespace sms::api
