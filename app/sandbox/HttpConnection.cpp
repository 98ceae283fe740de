// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/HttpConnection.h"

#include <QTcpSocket>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace sms::sandbox {

namespace {
// What the socket reads ahead of the parser: small, so that a client
// sending faster than the sandbox reads is held back by TCP.
constexpr qint64 kReadBufferBytes = 64 * 1024;
// After a refusal: how long, and how much, the client may go on sending
// (read and dropped) before the connection is cut. A body refused for its
// size is, by definition, larger than the body limit (1 MiB by default):
// cut off within it, the reset can destroy the refusal before the client
// has read it, and the client sees a network error instead of
// RequestSizeLimitExceeded. So the drain allows several times that.
constexpr int kLingerMs = 2000;
constexpr qint64 kMaxDrainBytes = 16 * 1024 * 1024;
// Answers not yet taken by a client that sends requests without reading
// the answers: no more of its requests are read until they are.
constexpr qint64 kMaxUnsentBytes = 1024 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 408:
        return "Request Timeout";
    case 413:
        return "Content Too Large";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}
} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, std::function<Limits()> limits, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_limits(std::move(limits))
    , m_peer(socket->peerAddress())
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(kReadBufferBytes);
    // Answers are whole messages: nothing is gained by holding them back.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::expire);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::readAvailable);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::finish);
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_phase == Phase::Draining && m_socket->bytesToWrite() == 0)
            shutdownWriting();
        else if (m_phase == Phase::Reading && m_socket->bytesToWrite() <= kMaxUnsentBytes)
            resume();
    });
    arm(Deadline::NextRequest, m_limits().idleTimeoutMs);
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::readAvailable, Qt::QueuedConnection);
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::arm(Deadline deadline, int ms)
{
    m_deadline = deadline;
    if (deadline == Deadline::None)
        m_timer.stop();
    else
        m_timer.start(std::max(0, ms));
}

void HttpConnection::readAvailable()
{
    if (m_finished)
        return;
    switch (m_phase) {
    case Phase::Answering:
    case Phase::Closing:
        // Left in the socket: read when the answer is out, or never.
        return;
    case Phase::Draining: {
        const qint64 dropped = m_socket->skip(m_socket->bytesAvailable());
        if (dropped > 0) {
            m_drained += dropped;
            emit received(dropped);
        }
        if (m_drained > kMaxDrainBytes)
            abort();
        return;
    }
    case Phase::Reading:
        break;
    }
    // One buffer ahead at most, and nothing while the client leaves its
    // answers unread: what it sends meanwhile waits in the network.
    if (m_input.size() < kReadBufferBytes && m_socket->bytesToWrite() <= kMaxUnsentBytes) {
        const QByteArray data = m_socket->read(kReadBufferBytes);
        if (!data.isEmpty()) {
            m_input.append(data);
            emit received(data.size());
        }
    }
    parse();
}

void HttpConnection::resume()
{
    if (m_finished || m_phase != Phase::Reading)
        return;
    if (m_socket->bytesAvailable() > 0)
        readAvailable();
    else
        parse();
}

void HttpConnection::parse()
{
    while (m_phase == Phase::Reading && m_socket->bytesToWrite() <= kMaxUnsentBytes) {
        const Limits limits = m_limits();
        m_parser.setLimits(limits.maxHeadBytes, limits.maxBodyBytes);
        const bool started = m_parser.started();
        const HttpRequestParser::Status status = m_parser.parse(m_input);
        if (!started && m_parser.started())
            arm(Deadline::Head, limits.headTimeoutMs);
        switch (status) {
        case HttpRequestParser::Status::NeedMore:
            return;
        case HttpRequestParser::Status::HeadComplete:
            arm(Deadline::Body, limits.idleTimeoutMs);
            if (m_parser.expectsContinue())
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            continue;
        case HttpRequestParser::Status::Complete: {
            m_phase = Phase::Answering;
            arm(Deadline::None, 0);
            HttpRequest request = m_parser.takeRequest();
            request.peer = m_peer;
            m_keepAlive = request.keepAlive();
            m_refused = false;
            emit requestReady(request);
            return;
        }
        case HttpRequestParser::Status::BodyTooLarge: {
            m_phase = Phase::Answering;
            arm(Deadline::None, 0);
            m_refused = true;
            HttpRequest head = m_parser.request();
            head.peer = m_peer;
            emit requestTooLarge(head);
            return;
        }
        case HttpRequestParser::Status::HeadTooLarge:
            refuse(431, "The request line and headers are too long.\n");
            return;
        case HttpRequestParser::Status::Malformed:
            refuse(400, "The request is not well-formed HTTP/1.1.\n");
            return;
        }
    }
}

void HttpConnection::expire()
{
    switch (m_deadline) {
    case Deadline::None:
        return;
    case Deadline::NextRequest:
        // Nothing asked, nothing owed: closed without a word, as servers
        // close idle keep-alive connections.
        m_phase = Phase::Closing;
        arm(Deadline::Linger, kLingerMs);
        m_socket->disconnectFromHost();
        return;
    case Deadline::Head:
    case Deadline::Body:
        refuse(408, "The request did not arrive in time.\n");
        return;
    case Deadline::Linger:
        abort();
        return;
    }
}

void HttpConnection::refuse(int status, const QByteArray &text)
{
    HttpResponse response;
    response.status = status;
    response.headers = {{"Content-Type", "text/plain"}};
    response.body = text;
    m_refused = true;
    write(response, true);
    closeAfterWrite(true);
}

void HttpConnection::respond(const HttpResponse &response)
{
    if (m_finished || m_phase != Phase::Answering)
        return;
    const bool close
        = m_refused || !m_keepAlive || response.ending != HttpResponse::Ending::KeepAlive;
    write(response, close);
    if (close) {
        closeAfterWrite(m_refused);
        return;
    }
    m_phase = Phase::Reading;
    arm(Deadline::NextRequest, m_limits().idleTimeoutMs);
    // Queued: a client that sent several requests at once is answered in
    // turn from the event loop, not by ever deeper calls.
    QMetaObject::invokeMethod(this, &HttpConnection::resume, Qt::QueuedConnection);
}

void HttpConnection::write(const HttpResponse &response, bool close)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
        + reasonPhrase(response.status) + "\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    if (close)
        head += "Connection: close\r\n";
    head += "\r\n";
    // One write: an answer is never held back waiting for its own head to
    // be acknowledged.
    m_socket->write(head
                    + (response.ending == HttpResponse::Ending::Truncate
                           ? response.body.left(response.body.size() / 2)
                           : response.body));
}

void HttpConnection::closeAfterWrite(bool drain)
{
    arm(Deadline::Linger, kLingerMs);
    if (!drain) {
        m_phase = Phase::Closing;
        m_socket->disconnectFromHost();
        return;
    }
    // The client may still be sending the request that was refused: closing
    // now, with its bytes unread, would reset the connection and could
    // destroy the answer before the client reads it. So the answer goes
    // out, the sending side is shut, and what still arrives is dropped,
    // within a limit, until the client closes or the linger time is over.
    m_phase = Phase::Draining;
    m_input.clear();
    if (m_socket->bytesToWrite() == 0)
        shutdownWriting();
    readAvailable();
}

void HttpConnection::shutdownWriting()
{
    if (m_writingShut)
        return;
    m_writingShut = true;
#ifdef Q_OS_UNIX
    ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
#else
    m_phase = Phase::Closing;
    m_socket->disconnectFromHost();
#endif
}

void HttpConnection::abort()
{
    if (m_finished)
        return;
    m_socket->abort();
    finish();
}

void HttpConnection::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    emit finished();
    deleteLater();
}

} // namespace sms::sandbox
