// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/HttpRequest.h"
#include "sandbox/HttpRequestParser.h"
#include "sandbox/HttpResponse.h"

#include <QObject>
#include <QTimer>

#include <functional>

class QTcpSocket;

namespace sms::sandbox {

// One client connection of the sandbox: reads its requests one at a time
// (HttpRequestParser, within the limits), hands each out with requestReady()
// and writes the answer given to respond(), keeping the connection for the
// next request or closing it. It serves one request at a time and reads at
// most a buffer ahead: while an answer is pending, or answers pile up unread
// by the client, it reads nothing more, and the socket's small read buffer
// lets TCP hold the client back.
//
// A connection that does nothing is closed: idle for idleTimeoutMs between
// requests (quietly), or slow, a request line and headers not complete
// within headTimeoutMs of their first byte, or a body not complete within
// idleTimeoutMs after them (408). A request refused for its size or form
// (a body over the limit, answered through requestTooLarge(); 431; 400)
// closes the connection too; the refusal is written, then what the client
// still sends is read and dropped for a moment, up to a limit, so that it
// sees the answer instead of a reset.
//
//   Reading --requestReady--> Answering --respond(keep-alive)--> Reading
//      |  \--refusal/timeout--> Draining --> closed      \--respond(close)--> Closing --> closed
//      \--idle timeout--> Closing
//
// Deletes itself (and its socket) once closed, after finished().
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        qint64 maxHeadBytes = 64 * 1024;
        qint64 maxBodyBytes = 1024 * 1024;
        int headTimeoutMs = 10000;
        int idleTimeoutMs = 30000;
    };

    // Takes over socket, a connected one. limits() is asked again for each
    // request, so changed settings apply from the next one on.
    HttpConnection(QTcpSocket *socket, std::function<Limits()> limits, QObject *parent = nullptr);
    ~HttpConnection() override;

    QHostAddress peer() const { return m_peer; }

    // Answers the request last handed out (requestReady or
    // requestTooLarge). After a refused request the connection closes
    // whatever the answer says.
    void respond(const HttpResponse &response);
    // Closes at once, without an answer (a dropped connection).
    void abort();

Q_SIGNALS:
    void requestReady(const sms::sandbox::HttpRequest &request);
    // A request whose body is over the limit, refused before its body was
    // read: head holds its line and headers. Answer it with respond().
    void requestTooLarge(const sms::sandbox::HttpRequest &head);
    // Bytes read from the client (kept or dropped).
    void received(qint64 bytes);
    // The connection is closed; it is deleted after this.
    void finished();

private:
    enum class Phase { Reading, Answering, Closing, Draining };
    // What the timer waits for.
    enum class Deadline { None, NextRequest, Head, Body, Linger };

    void readAvailable();
    void resume();
    void parse();
    void expire();
    void refuse(int status, const QByteArray &text);
    void write(const HttpResponse &response, bool close);
    void closeAfterWrite(bool drain);
    void shutdownWriting();
    void arm(Deadline deadline, int ms);
    void finish();

    QTcpSocket *m_socket;
    std::function<Limits()> m_limits;
    QHostAddress m_peer;
    HttpRequestParser m_parser;
    QByteArray m_input; // read, not yet parsed
    Phase m_phase = Phase::Reading;
    bool m_keepAlive = true;
    bool m_refused = false; // the request being answered was refused
    qint64 m_drained = 0;
    bool m_writingShut = false;
    QTimer m_timer;
    Deadline m_deadline = Deadline::None;
    bool m_finished = false;
};

} // namespace sms::sandbox
