// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/SandboxServer.h"

#include "Logging.h"
#include "api/RateLimiter.h"
#include "api/Tc3Signer.h"
#include "sandbox/ActionSchema.h"
#include "sandbox/HttpConnection.h"
#include "sandbox/SandboxStore.h"

#include <QJsonDocument>
#include <QLocale>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

namespace sms::sandbox {

using api::Tc3Signer;

namespace {
QByteArray httpDate(const QDateTime &time)
{
    return QLocale::c()
        .toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
        .toLatin1();
}

QByteArray envelope(const ServiceResult &result)
{
    QJsonObject response = result.fields;
    if (result.isError()) {
        response = QJsonObject{{QStringLiteral("Error"),
                                QJsonObject{{QStringLiteral("Code"), result.errorCode},
                                            {QStringLiteral("Message"), result.errorMessage}}}};
    }
    response.insert(QStringLiteral("RequestId"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    QByteArray json = QJsonDocument(QJsonObject{{QStringLiteral("Response"), response}})
                          .toJson(QJsonDocument::Compact);
    if (!result.isError() && !result.rawMember.isEmpty()) {
        // Compact output always starts with {"Response":{ and the object is
        // never empty (RequestId), so the member goes right after the brace.
        static const QByteArray head = "{\"Response\":{";
        Q_ASSERT(json.startsWith(head));
        json.insert(head.size(), result.rawMember + ',');
    }
    return json;
}

// What a gateway in front of the service answers when it fails.
QByteArray gatewayPage(int status)
{
    const QByteArray reason = status == 502 ? QByteArray("Bad Gateway")
        : status == 503                     ? QByteArray("Service Unavailable")
        : status == 504                     ? QByteArray("Gateway Timeout")
                                            : QByteArray("Error");
    return "<html><body><h1>" + QByteArray::number(status) + ' ' + reason + "</h1></body></html>";
}

struct Authorization
{
    QByteArray secretId, date, service, signedHeaders, signature;
    bool ok = false;
};

Authorization parseAuthorization(const QByteArray &header)
{
    Authorization a;
    const QByteArray prefix = "TC3-HMAC-SHA256 ";
    if (!header.startsWith(prefix))
        return a;
    for (const QByteArray &raw : header.mid(prefix.size()).split(',')) {
        const QByteArray part = raw.trimmed();
        const int eq = part.indexOf('=');
        if (eq <= 0)
            return a;
        const QByteArray key = part.left(eq);
        const QByteArray value = part.mid(eq + 1);
        if (key == "Credential") {
            const QList<QByteArray> scope = value.split('/');
            if (scope.size() != 4 || scope.at(3) != "tc3_request")
                return a;
            a.secretId = scope.at(0);
            a.date = scope.at(1);
            a.service = scope.at(2);
        } else if (key == "SignedHeaders") {
            a.signedHeaders = value;
        } else if (key == "Signature") {
            a.signature = value;
        }
    }
    a.ok = !a.secretId.isEmpty() && !a.signedHeaders.isEmpty() && a.signature.size() == 64;
    return a;
}
} // namespace

SandboxServer::SandboxServer(QObject *parent)
    : QObject(parent)
{
    m_monotonic.start();
    connect(&m_listener, &QTcpServer::newConnection, this, &SandboxServer::accept);
}

SandboxServer::~SandboxServer()
{
    // Connections go first, while the service they call into still exists.
    qDeleteAll(findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly));
}

void SandboxServer::setStore(std::unique_ptr<SandboxStore> store)
{
    m_store = std::move(store);
}

bool SandboxServer::saveState(QString *error)
{
    if (!m_store)
        return true;
    QString problem;
    const bool saved = m_store->commit(m_service.state(), &problem);
    // Said once per run of failures, not once per request; the changes stay
    // pending and go with the next commit that succeeds.
    if (!saved && !m_storeFailing)
        qCWarning(lcSandbox).noquote() << "cannot save the sandbox state:" << problem;
    else if (saved && m_storeFailing)
        qCInfo(lcSandbox) << "the sandbox state is saved again";
    m_storeFailing = !saved;
    if (error)
        *error = problem;
    return saved;
}

quint16 SandboxServer::listenLocal(quint16 port)
{
    m_port = m_listener.listen(QHostAddress::LocalHost, port) ? m_listener.serverPort() : 0;
    if (m_port)
        qCInfo(lcSandbox) << "sandbox listening on" << endpoint().toString();
    return m_port;
}

int SandboxServer::openConnections() const
{
    int open = 0;
    for (int n : m_connectionsPerPeer)
        open += n;
    return open;
}

void SandboxServer::accept()
{
    while (QTcpSocket *socket = m_listener.nextPendingConnection()) {
        ++m_accepted;
        const QHostAddress peer = socket->peerAddress();
        const SandboxSettings &settings = m_service.settings();
        int &open = m_connectionsPerPeer[peer];
        if (open >= settings.maxConnectionsPerPeer) {
            // Refused at once: connections held open by one client must not
            // lock every other one out.
            if (!m_warnedAboutPeers)
                qCWarning(lcSandbox).noquote()
                    << "refusing connections from" << peer.toString() << "beyond"
                    << settings.maxConnectionsPerPeer << "open at a time";
            m_warnedAboutPeers = true;
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            socket->write("HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n"
                          "Connection: close\r\n\r\n");
            socket->disconnectFromHost();
            continue;
        }
        ++open;
        auto *connection = new HttpConnection(
            socket,
            [this] {
                const SandboxSettings &settings = m_service.settings();
                return HttpConnection::Limits {settings.maxHeaderBytes, settings.maxBodyBytes,
                                               settings.headerTimeoutMs, settings.idleTimeoutMs};
            },
            this);
        connect(connection, &HttpConnection::received, this,
                [this](qint64 bytes) { m_bytesReceived += bytes; });
        connect(connection, &HttpConnection::requestReady, this,
                [this, connection](const HttpRequest &request) { serve(connection, request); });
        connect(connection, &HttpConnection::requestTooLarge, this,
                [this, connection](const HttpRequest &head) { refuseTooLarge(connection, head); });
        connect(connection, &HttpConnection::finished, this, [this, peer] {
            if (--m_connectionsPerPeer[peer] <= 0)
                m_connectionsPerPeer.remove(peer);
            if (openConnections() < m_service.settings().maxConnectionsPerPeer)
                m_warnedAboutPeers = false;
        });
    }
}

QUrl SandboxServer::endpoint() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

int SandboxServer::requestCount(const QString &action) const
{
    if (!action.isEmpty())
        return m_counts.value(action);
    int total = 0;
    for (int n : m_counts)
        total += n;
    return total;
}

bool SandboxServer::underQps(const QString &action)
{
    static const QHash<QString, double> documented = api::RateLimiter::documentedQps();
    const double qps = m_service.settings().qps.value(action, documented.value(action, 20.0));
    if (qps <= 0)
        return true;
    const qint64 now = m_monotonic.elapsed();
    std::deque<qint64> &recent = m_recent[action];
    while (!recent.empty() && recent.front() <= now - 1000)
        recent.pop_front();
    if (double(recent.size()) >= qps)
        return false;
    recent.push_back(now);
    return true;
}

QString SandboxServer::authenticate(const HttpRequest &request, const RequestContext &ctx,
                                    QString *message) const
{
    const Authorization auth = parseAuthorization(request.header("authorization"));
    const SandboxState &state = const_cast<SandboxService &>(m_service).state();
    if (QString::fromUtf8(auth.secretId) != state.secretId) {
        *message = ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                              "The SecretId does not exist. Check it for spaces "
                                              "and that the key is enabled."));
        return QStringLiteral("AuthFailure.SecretIdNotFound");
    }
    bool numeric = false;
    const qint64 timestamp = request.header("x-tc-timestamp").toLongLong(&numeric);
    if (!numeric) {
        *message = ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                              "X-TC-Timestamp is missing or not a number."));
        return QStringLiteral("MissingParameter");
    }
    if (std::abs(ctx.nowSecs - timestamp) > m_service.settings().signatureWindowSeconds) {
        // Like the service, say what time it is here so a client can correct.
        *message = ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                              "The signature has expired: the request's "
                                              "timestamp is more than five minutes from the "
                                              "server time %1."))
                       .arg(ctx.nowSecs);
        return QStringLiteral("AuthFailure.SignatureExpire");
    }
    const QString failure = ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                       "The signature does not match. Check the "
                                                       "SecretKey and how the request is signed."));
    if (auth.date != Tc3Signer::credentialDate(timestamp)) {
        *message = failure;
        return QStringLiteral("AuthFailure.SignatureFailure");
    }
    const QByteArray hostHeader = request.header("host");
    const QByteArray hostOnly = hostHeader.startsWith('[')
        ? hostHeader.left(hostHeader.indexOf(']') + 1)
        : hostHeader.split(':').value(0);
    // The Node SDK puts the endpoint's first label into the scope ("127" for
    // 127.0.0.1:PORT) and signs the host without its port.
    if (auth.service != "sms" && auth.service != hostOnly.split('.').value(0)) {
        *message = failure;
        return QStringLiteral("AuthFailure.SignatureFailure");
    }
    const QByteArrayList names = auth.signedHeaders.split(';');
    if (!names.contains("content-type") || !names.contains("host")) {
        *message = ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                              "SignedHeaders must include content-type and "
                                              "host."));
        return QStringLiteral("AuthFailure.InvalidAuthorization");
    }
    Tc3Signer::Request toSign;
    toSign.method = request.method == "GET" ? "GET" : "POST";
    toSign.canonicalUri = request.url.path(QUrl::FullyEncoded).toLatin1();
    if (toSign.canonicalUri.isEmpty())
        toSign.canonicalUri = "/";
    toSign.canonicalQuery = request.url.query(QUrl::FullyEncoded).toLatin1();
    toSign.payload = toSign.method == "GET" ? QByteArray() : request.body;
    toSign.timestamp = timestamp;
    toSign.service = auth.service;
    for (const QByteArray &host : {hostHeader, hostOnly}) {
        toSign.headers.clear();
        for (const QByteArray &name : names)
            toSign.headers.append({name, name == "host" ? host : request.header(name)});
        const auto signature = Tc3Signer::sign(auth.secretId, state.secretKey.toUtf8(), toSign);
        if (signature.signature == auth.signature)
            return {};
    }
    *message = failure;
    return QStringLiteral("AuthFailure.SignatureFailure");
}

RequestContext SandboxServer::contextOf(const HttpRequest &request) const
{
    RequestContext ctx;
    ctx.now = m_clock.now();
    ctx.nowSecs = ctx.now.toSecsSinceEpoch();
    ctx.peer = request.peer;
    if (request.header("x-tc-language") == "en-US")
        ctx.language = QStringLiteral("en-US");
    ctx.action = QString::fromLatin1(request.header("x-tc-action"));
    return ctx;
}

SandboxServer::Answer SandboxServer::process(const HttpRequest &request, QString *action,
                                             QString *code)
{
    RequestContext ctx = contextOf(request);
    *action = ctx.action;

    Answer answer;
    auto fail = [&](const QString &errorCode, const QString &message) {
        *code = errorCode;
        answer.body = envelope(ServiceResult::error(errorCode, message));
        return answer;
    };

    const bool get = request.method == "GET";
    if (!get && request.method != "POST")
        return fail(QStringLiteral("UnsupportedProtocol"),
                    ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                               "Only GET and POST requests are accepted.")));
    if (!parseAuthorization(request.header("authorization")).ok)
        return fail(QStringLiteral("AuthFailure.InvalidAuthorization"),
                    ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                               "The Authorization header is missing or is not a "
                                               "TC3-HMAC-SHA256 authorization.")));
    if (action->isEmpty())
        return fail(QStringLiteral("MissingParameter"),
                    ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                               "The X-TC-Action header is missing.")));
    if (!ActionSchema::isKnownAction(*action))
        return fail(QStringLiteral("InvalidAction"),
                    ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                               "The SMS API has no action named %1."))
                        .arg(*action));
    const QByteArray version = request.header("x-tc-version");
    if (version.isEmpty())
        return fail(QStringLiteral("MissingParameter"),
                    ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                               "The X-TC-Version header is missing.")));
    if (version != "2021-01-11")
        return fail(QStringLiteral("NoSuchVersion"),
                    ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                               "This service speaks version 2021-01-11 only.")));
    QString message;
    const QString authProblem = authenticate(request, ctx, &message);
    if (!authProblem.isEmpty())
        return fail(authProblem, message);
    ctx.secretId = m_service.state().secretId;

    const QByteArray region = request.header("x-tc-region");
    if (!region.isEmpty() && !m_service.settings().regions.contains(QString::fromLatin1(region)))
        return fail(QStringLiteral("UnsupportedRegion"),
                    ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                               "The action is not offered in this region.")));
    if (!underQps(*action))
        return fail(QStringLiteral("RequestLimitExceeded"),
                    ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                               "Too many requests for this action in one second.")));

    QJsonObject body;
    if (get) {
        body = ActionSchema::fromQuery(*action,
                                       QUrlQuery(request.url).queryItems(QUrl::FullyDecoded));
    } else {
        if (!request.header("content-type").startsWith("application/json"))
            return fail(QStringLiteral("InvalidParameter"),
                        ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                   "Content-Type must be application/json.")));
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject())
            return fail(QStringLiteral("FailedOperation.JsonParseFail"),
                        ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                   "The request body is not a JSON object.")));
        body = document.object();
    }
    const ActionSchema::Problem problem = ActionSchema::validate(*action, body);
    if (!problem.code.isEmpty()) {
        const char *text = problem.code == QLatin1String("UnknownParameter")
            ? QT_TRANSLATE_NOOP("sms::sandbox::Messages", "The parameter `%1` is not defined.")
            : problem.code == QLatin1String("MissingParameter")
            ? QT_TRANSLATE_NOOP("sms::sandbox::Messages", "The parameter `%1` is missing.")
            : problem.code == QLatin1String("InvalidParameterValue")
            ? QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                "The value of parameter `%1` is out of range.")
            : QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                "The value type of parameter `%1` is not valid.");
        return fail(problem.code, ctx.text(text).arg(problem.field));
    }

    const FaultPlan::Decision fault = m_faults.decide(*action);
    answer.latencyMs = fault.latencyMs;
    switch (fault.outcome) {
    case FaultPlan::Outcome::Error:
        return fail(fault.errorCode, ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                                "Injected fault.")));
    case FaultPlan::Outcome::HttpStatus:
        if (fault.afterCommit)
            break;
        *code = QStringLiteral("HTTP %1").arg(fault.httpStatus);
        answer.httpStatus = fault.httpStatus;
        answer.body = gatewayPage(fault.httpStatus);
        return answer;
    case FaultPlan::Outcome::NotJson:
        *code = QStringLiteral("not json");
        answer.body = "<html><body>Service maintenance</body></html>";
        return answer;
    default:
        break;
    }

    const ServiceResult result = m_service.dispatch(*action, ctx, body);
    *code = result.isError() ? result.errorCode : QStringLiteral("Ok");
    answer.body = envelope(result);
    // These happen after the state changed: the send is real, its answer is
    // lost or broken on the way back.
    answer.truncate = fault.outcome == FaultPlan::Outcome::Truncate;
    answer.drop = fault.outcome == FaultPlan::Outcome::Drop;
    if (fault.outcome == FaultPlan::Outcome::HttpStatus) {
        *code = QStringLiteral("HTTP %1 after commit").arg(fault.httpStatus);
        answer.httpStatus = fault.httpStatus;
        answer.body = gatewayPage(fault.httpStatus);
    }
    return answer;
}

void SandboxServer::serve(HttpConnection *connection, const HttpRequest &request)
{
    QString action, code;
    const Answer result = process(request, &action, &code);
    // On disk before the answer leaves: a client that got its answer finds
    // the change again after any restart, even a killed process.
    saveState();
    answer(connection, result, action, code);
}

void SandboxServer::refuseTooLarge(HttpConnection *connection, const HttpRequest &head)
{
    // Refused from its Content-Length (or as its chunks passed the limit),
    // before its body was read; answered like the service, then closed.
    const RequestContext ctx = contextOf(head);
    const QString code = QStringLiteral("RequestSizeLimitExceeded");
    Answer result;
    result.body = envelope(ServiceResult::error(
        code,
        ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                   "The request body is larger than the service accepts."))));
    answer(connection, result, ctx.action, code);
}

void SandboxServer::answer(HttpConnection *connection, const Answer &result, const QString &action,
                           const QString &code)
{
    m_counts[action.isEmpty() ? QStringLiteral("(none)") : action] += 1;
    qCDebug(lcSandbox).noquote() << action << "->" << code;
    emit requestHandled(action, code);

    if (result.drop) {
        connection->abort();
        return;
    }
    HttpResponse response;
    response.status = result.httpStatus;
    response.headers = {
        {"Content-Type",
         result.httpStatus == 200 && !result.body.startsWith('<') ? QByteArray("application/json")
                                                                  : QByteArray("text/html")},
        {"Date", httpDate(m_clock.now())},
    };
    response.body = result.body;
    response.ending
        = result.truncate ? HttpResponse::Ending::Truncate : HttpResponse::Ending::KeepAlive;
    if (result.latencyMs > 0)
        QTimer::singleShot(result.latencyMs, connection,
                           [connection, response] { connection->respond(response); });
    else
        connection->respond(response);
}

} // namespace sms::sandbox
