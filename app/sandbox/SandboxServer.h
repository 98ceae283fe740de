// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/FaultPlan.h"
#include "sandbox/SandboxClock.h"
#include "sandbox/SandboxService.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHash>
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
// Lives in one thread (the one that created it); the GUI runs it on a
// thread of its own through SandboxThread, whose SandboxWorker creates it
// there.
class SandboxStore;

class SandboxServer : public QAbstractHttpServer
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

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Answer
    {
        int httpStatus = 200;
        QByteArray body;
        bool truncate = false;
        bool drop = false;
        int latencyMs = 0;
    };

    Answer process(const QHttpServerRequest &request, QString *action, QString *code);
    QString authenticate(const QHttpServerRequest &request, const RequestContext &ctx,
                         QString *message) const;
    bool underQps(const QString &action);
    void send(const QHttpServerRequest &request, QTcpSocket *socket, const Answer &answer);

    SandboxClock m_clock;
    SandboxService m_service;
    std::unique_ptr<SandboxStore> m_store;
    bool m_storeFailing = false;
    FaultPlan m_faults;
    quint16 m_port = 0;
    QHash<QString, int> m_counts;
    QHash<QString, std::deque<qint64>> m_recent; // per action, ms of the last second
    QElapsedTimer m_monotonic;
};

} // namespace sms::sandbox
