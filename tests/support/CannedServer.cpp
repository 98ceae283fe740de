// SPDX-License-Identifier: GPL-3.0-or-later
#include "CannedServer.h"

#include "IndependentTc3.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QSslCertificate>
#include <QSslKey>
#include <QJsonDocument>
#include <QLocale>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

namespace {
QByteArray httpDate(const QDateTime &time)
{
    return QLocale::c()
        .toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
        .toLatin1();
}

QString newRequestId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

CannedServer::Reply CannedServer::ok(const QJsonObject &fields)
{
    QJsonObject response = fields;
    response.insert(QStringLiteral("RequestId"), newRequestId());
    Reply r;
    r.body = QJsonDocument(QJsonObject{{QStringLiteral("Response"), response}}).toJson(QJsonDocument::Compact);
    return r;
}

CannedServer::Reply CannedServer::serviceError(const QString &code, const QString &message)
{
    return ok({{QStringLiteral("Error"),
                QJsonObject{{QStringLiteral("Code"), code}, {QStringLiteral("Message"), message}}}});
}

CannedServer::Reply CannedServer::status(int status, const QByteArray &body)
{
    Reply r;
    r.mode = Mode::Raw;
    r.status = status;
    r.body = body;
    return r;
}

CannedServer::Reply CannedServer::raw(const QByteArray &body, int status)
{
    Reply r;
    r.mode = Mode::Raw;
    r.status = status;
    r.body = body;
    return r;
}

CannedServer::Reply CannedServer::truncated(const QByteArray &body, int cutAt)
{
    Reply r;
    r.mode = Mode::Truncate;
    r.body = body;
    r.cutAt = cutAt;
    return r;
}

CannedServer::Reply CannedServer::reset()
{
    Reply r;
    r.mode = Mode::Reset;
    return r;
}

CannedServer::Reply CannedServer::hang()
{
    Reply r;
    r.mode = Mode::Hang;
    return r;
}

CannedServer::Reply CannedServer::verbatim(const QByteArray &bytes, bool closeAfter)
{
    Reply r;
    r.mode = Mode::Verbatim;
    r.body = bytes;
    r.closeAfter = closeAfter;
    return r;
}

CannedServer::Reply CannedServer::endlessChunks(int streamMs, int chunkBytes)
{
    Reply r;
    r.mode = Mode::Stream;
    r.streamMs = streamMs;
    r.chunkBytes = std::max(1, chunkBytes);
    return r;
}

CannedServer::Reply CannedServer::thenStream(Reply answer, int streamMs)
{
    answer.mode = Mode::AnswerThenStream;
    answer.streamMs = streamMs;
    return answer;
}

CannedServer::CannedServer(QObject *parent)
    : QAbstractHttpServer(parent)
    , m_fallback(ok())
{
    m_elapsed.start();
}

bool CannedServer::start()
{
    m_port = listen(QHostAddress::LocalHost, 0);
    return m_port != 0;
}

bool CannedServer::startNotHttp(const QByteArray &greeting)
{
    auto *server = new QTcpServer(this);
    connect(server, &QTcpServer::newConnection, this, [this, server, greeting] {
        while (QTcpSocket *socket = server->nextPendingConnection()) {
            ++m_connections;
            connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->readAll(); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            socket->write(greeting);
        }
    });
    if (!server->listen(QHostAddress::LocalHost, 0))
        return false;
    m_port = server->serverPort();
    return true;
}

bool CannedServer::startWithUntrustedCertificate()
{
    QFile certFile(QStringLiteral(":/testsupport/selfsigned.crt"));
    QFile keyFile(QStringLiteral(":/testsupport/selfsigned.key"));
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return false;
    sslSetup(QSslCertificate(certFile.readAll()), QSslKey(keyFile.readAll(), QSsl::Rsa));
    return start();
}

QUrl CannedServer::tlsEndpoint() const
{
    return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_port));
}

QUrl CannedServer::endpoint() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

void CannedServer::setCredential(const QByteArray &secretId, const QByteArray &secretKey)
{
    m_secretId = secretId;
    m_secretKey = secretKey;
}

bool CannedServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Received r;
    switch (request.method()) {
    case QHttpServerRequest::Method::Post: r.method = "POST"; break;
    case QHttpServerRequest::Method::Get: r.method = "GET"; break;
    default: r.method = "OTHER"; break;
    }
    for (const auto &[name, value] : request.headers())
        r.headers.insert(name.toLower(), value);
    r.action = r.headers.value("x-tc-action");
    r.body = request.body();
    r.atMs = m_elapsed.elapsed();

    bool signatureBad = false;
    QString badCode;
    if (!m_secretKey.isEmpty()) {
        const qint64 timestamp = r.headers.value("x-tc-timestamp").toLongLong();
        const auto lookup = [&r](const QByteArray &name) { return r.headers.value(name); };
        r.signatureProblem = IndependentTc3::verify(m_secretId, m_secretKey,
                                                    r.headers.value("authorization"), timestamp,
                                                    r.body, lookup);
        if (!r.signatureProblem.isEmpty()) {
            signatureBad = true;
            badCode = r.signatureProblem == QLatin1String("unknown SecretId")
                ? QStringLiteral("AuthFailure.SecretIdNotFound")
                : r.signatureProblem == QLatin1String("Authorization header is malformed")
                ? QStringLiteral("AuthFailure.InvalidAuthorization")
                : QStringLiteral("AuthFailure.SignatureFailure");
        }
    }
    m_received.append(r);

    Reply reply;
    if (signatureBad)
        reply = serviceError(badCode, QStringLiteral("The provided credentials could not be validated."));
    else if (!m_queue.isEmpty())
        reply = m_queue.takeFirst();
    else if (m_handler)
        reply = m_handler(r);
    else
        reply = m_fallback;

    if (reply.delayMs > 0) {
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(reply.delayMs, this, [this, guard, reply] {
            if (guard)
                answer(guard, reply);
        });
    } else {
        answer(socket, reply);
    }
    return true;
}

void CannedServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    socket->abort();
}

void CannedServer::answer(QTcpSocket *socket, const Reply &reply)
{
    switch (reply.mode) {
    case Mode::Hang:
        return;
    case Mode::Reset:
        socket->abort();
        return;
    case Mode::Verbatim:
        socket->write(reply.body);
        if (reply.closeAfter) {
            socket->flush();
            socket->disconnectFromHost();
        }
        return;
    default:
        break;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(m_clockOffset);
    QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + ' '
        + (reply.status == 200 ? "OK" : "Error") + "\r\n";
    head += "Content-Type: application/json\r\n";
    if (reply.mode == Mode::Stream)
        head += "Transfer-Encoding: chunked\r\n";
    else
        head += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    if (reply.sendDate)
        head += "Date: " + httpDate(now) + "\r\n";
    for (const auto &[name, value] : reply.extraHeaders)
        head += name + ": " + value + "\r\n";
    head += "\r\n";
    if (reply.mode == Mode::Truncate) {
        socket->write(head + reply.body.left(reply.cutAt));
        socket->flush();
        socket->disconnectFromHost();
        return;
    }
    if (reply.mode == Mode::Stream) {
        // Spaces: whitespace a JSON reader skips, so only the size can stop it.
        const QByteArray filler(reply.chunkBytes, ' ');
        const QByteArray chunk = QByteArray::number(filler.size(), 16) + "\r\n" + filler + "\r\n";
        socket->write(head);
        // Written 64 KiB or more at a time, however small the chunks.
        stream(socket, chunk.repeated(std::max<qsizetype>(1, 64 * 1024 / chunk.size())),
               reply.streamMs);
        return;
    }
    socket->write(head + reply.body);
    if (reply.mode == Mode::AnswerThenStream)
        stream(socket, QByteArray(64 * 1024, ' '), reply.streamMs);
}

void CannedServer::stream(QTcpSocket *socket, const QByteArray &unit, int streamMs)
{
    // As fast as the client reads, but never more than a little queued here:
    // the test's own memory must not grow with what the client refuses.
    constexpr qint64 queued = 1024 * 1024;
    QElapsedTimer started;
    started.start();
    QPointer<QTcpSocket> guard(socket);
    const auto topUp = [this, guard, unit, streamMs, started] {
        if (!guard || guard->state() != QAbstractSocket::ConnectedState)
            return;
        if (streamMs > 0 && started.elapsed() >= streamMs) {
            guard->disconnect(this);
            guard->disconnectFromHost();
            return;
        }
        while (guard->bytesToWrite() < queued) {
            guard->write(unit);
            m_streamed += unit.size();
        }
    };
    connect(socket, &QTcpSocket::bytesWritten, this, topUp);
    // A client that stops reading stops bytesWritten too: the time limit must
    // still end the stream.
    if (streamMs > 0) {
        QTimer::singleShot(streamMs, this, [this, guard] {
            if (guard) {
                guard->disconnect(this);
                guard->disconnectFromHost();
            }
        });
    }
    topUp();
}
