// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QUrl>

#include <functional>

class QTcpSocket;

// A small HTTP server on 127.0.0.1 that answers with canned replies, for
// testing the client against real sockets: service answers, HTTP errors,
// garbage, truncated bodies, resets and hangs, bytes that are not HTTP at
// all, and answers that never end. It records every request and, when given
// a key, verifies its TC3 signature independently and answers AuthFailure.*
// as the service would.
class CannedServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    struct Received
    {
        QByteArray method;
        QByteArray action;
        QByteArray body;
        QHash<QByteArray, QByteArray> headers; // lowercase names
        qint64 atMs = 0;                       // since the server started
        QString signatureProblem;              // empty when valid or not checked
    };

    enum class Mode {
        Json,
        Raw,
        Truncate,
        Reset,
        Hang,
        Verbatim, // body is written as it is, with no HTTP head of the server's own
        Stream, // chunked, with chunks of filler for streamMs
        AnswerThenStream, // a complete answer, then filler on the connection for streamMs
    };

    struct Reply
    {
        Mode mode = Mode::Json;
        int status = 200;
        QByteArray body;
        int cutAt = -1;  // Truncate: bytes of body to send before closing
        int delayMs = 0; // before answering
        bool sendDate = true;
        QList<QPair<QByteArray, QByteArray>> extraHeaders;
        // Stream, AnswerThenStream: how long to keep sending (0: until the
        // client goes); then the connection is closed.
        int streamMs = 0;
        // Stream: the size of each chunk.
        int chunkBytes = 64 * 1024;
        // Verbatim: close the connection after the bytes.
        bool closeAfter = true;
    };

    // {"Response": {fields..., "RequestId": <new uuid>}}
    static Reply ok(const QJsonObject &fields = {});
    static Reply serviceError(const QString &code, const QString &message);
    static Reply status(int status, const QByteArray &body = {});
    static Reply raw(const QByteArray &body, int status = 200);
    static Reply truncated(const QByteArray &body, int cutAt);
    static Reply reset();
    static Reply hang();
    // These bytes and nothing else: broken heads, broken framing.
    static Reply verbatim(const QByteArray &bytes, bool closeAfter = true);
    // "Transfer-Encoding: chunked", then chunks as fast as the client takes
    // them, for streamMs (0: forever). Tiny chunks keep a client's parser
    // busiest for the bytes.
    static Reply endlessChunks(int streamMs = 0, int chunkBytes = 64 * 1024);
    // The reply as usual, then more bytes on the same connection for streamMs.
    static Reply thenStream(Reply answer, int streamMs);

    explicit CannedServer(QObject *parent = nullptr);

    bool start();
    // Not an HTTP server: sends greeting as soon as a client connects, as SSH
    // and SMTP servers do, then reads and ignores whatever comes.
    bool startNotHttp(const QByteArray &greeting);
    // Serves HTTPS with a self-signed certificate for 127.0.0.1 that no client
    // trusts: the client must refuse it.
    bool startWithUntrustedCertificate();
    QUrl endpoint() const;
    QUrl tlsEndpoint() const;
    quint16 port() const { return m_port; }

    // Replies are used in order; when the queue is empty the fallback (or the
    // handler, when set) answers.
    void enqueue(const Reply &reply) { m_queue.append(reply); }
    void setFallback(const Reply &reply) { m_fallback = reply; }
    void setHandler(std::function<Reply(const Received &)> handler) { m_handler = std::move(handler); }

    // Verify signatures with this key; a bad one gets the service's answer.
    void setCredential(const QByteArray &secretId, const QByteArray &secretKey);
    // Date header time; default: the real time.
    void setClockOffsetSeconds(qint64 offset) { m_clockOffset = offset; }

    const QList<Received> &received() const { return m_received; }
    int requestCount() const { return int(m_received.size()); }
    // Connections a startNotHttp() server accepted.
    int connectionCount() const { return m_connections; }
    // Filler bytes handed to the sockets of streaming replies.
    qint64 streamedBytes() const { return m_streamed; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void answer(QTcpSocket *socket, const Reply &reply);
    void stream(QTcpSocket *socket, const QByteArray &unit, int streamMs);

    QElapsedTimer m_elapsed;
    quint16 m_port = 0;
    QList<Reply> m_queue;
    Reply m_fallback;
    std::function<Reply(const Received &)> m_handler;
    QList<Received> m_received;
    QByteArray m_secretId;
    QByteArray m_secretKey;
    qint64 m_clockOffset = 0;
    int m_connections = 0;
    qint64 m_streamed = 0;
};
