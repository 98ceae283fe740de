// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/FaultPlan.h"
#include "sandbox/SandboxClock.h"
#include "sandbox/SandboxService.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <deque>
#include <memory>

namespace sms::sandbox {

// The sandbox on the wire: a real HTTP/1.1 server on 127.0.0.1 that answers
// like the SMS API 2021-01-11. It checks what the service checks before any
// business rule (method, size, TC3-HMAC-SHA256 signature from the raw body
// bytes, timestamp window, action, version, region, per-action QPS, JSON,
// fields) and answers every problem with the service's code, in Chinese or
// English per X-TC-Language, with HTTP 200 and a Date header. Faults can be
// injected per action (see FaultPlan).
//
// It reads requests itself (HttpConnection), so that the limits hold while
// a request arrives, not after: a body declared or grown over maxBodyBytes
// is refused before it is read (RequestSizeLimitExceeded), headers over
// maxHeaderBytes get 431, and connections that are idle or slow are closed.
// At most maxConnectionsPerPeer connections from one address are open at a
// time; more are refused with 503.
//
// Lives in one thread (the one that created it); the GUI runs it on a
// thread of its own through SandboxThread, whose SandboxWorker creates it
// there.
class HttpConnection;
struct HttpRequest;
class SandboxStore;

class SandboxServer : public QObject
{
    Q_OBJECT

public:
    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    // Binds to 127.0.0.1 only; port 0 picks a free one. Returns the port, 0
    // on failure.
    quint16 listenLocal(quint16 port = 0);
    QUrl endpoint() const;

    SandboxClock &clock() { return m_clock; }
    SandboxService &service() { return m_service; }
    FaultPlan &faults() { return m_faults; }

    // Requests that reached the server, per action (including refused ones).
    int requestCount(const QString &action = QString()) const;
    // Bytes read from clients, over all connections since the start: all a
    // client can make the sandbox read (and more than it ever holds).
    qint64 bytesReceived() const { return m_bytesReceived; }
    // Connections accepted since the start, and open now.
    int acceptedConnections() const { return m_accepted; }
    int openConnections() const;

    // Where the account is kept: from then on, every request's changes are
    // written there before its answer leaves. Without a store the account
    // lives in memory only.
    void setStore(std::unique_ptr<SandboxStore> store);
    SandboxStore *store() const { return m_store.get(); }
    // Writes what is not written yet (normally nothing: each request is
    // written as it is answered). True without a store.
    bool saveState(QString *error = nullptr);

Q_SIGNALS:
    void requestHandled(const QString &action, const QString &code);

private:
    struct Answer
    {
        int httpStatus = 200;
        QByteArray body;
        bool truncate = false;
        bool drop = false;
        int latencyMs = 0;
    };

    void accept();
    void serve(HttpConnection *connection, const HttpRequest &request);
    void refuseTooLarge(HttpConnection *connection, const HttpRequest &head);
    void answer(HttpConnection *connection, const Answer &answer, const QString &action,
                const QString &code);
    RequestContext contextOf(const HttpRequest &request) const;
    Answer process(const HttpRequest &request, QString *action, QString *code);
    QString authenticate(const HttpRequest &request, const RequestContext &ctx,
                         QString *message) const;
    bool underQps(const QString &action);

    QTcpServer m_listener;
    SandboxClock m_clock;
    SandboxService m_service;
    std::unique_ptr<SandboxStore> m_store;
    bool m_storeFailing = false;
    FaultPlan m_faults;
    quint16 m_port = 0;
    QHash<QString, int> m_counts;
    QHash<QString, std::deque<qint64>> m_recent; // per action, ms of the last second
    QElapsedTimer m_monotonic;
    QHash<QHostAddress, int> m_connectionsPerPeer;
    int m_accepted = 0;
    qint64 m_bytesReceived = 0;
    bool m_warnedAboutPeers = false;
};

} // namespace sms::sandbox
