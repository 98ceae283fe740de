// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox under clients that misbehave on purpose, through raw sockets:
// a body declared or sent larger than the limit is refused before it is read,
// an endless header is cut off, what the sandbox reads stays bounded (its
// byte count, not the process's memory, is checked), idle and slow
// connections are closed, and one address cannot hold more than its share of
// connections. Well-behaved clients (ApiClient, pipelining, Expect:
// 100-continue) are served as before. Timeouts are set short through
// SandboxSettings.

#include "SandboxHarness.h"

#include "api/Tc3Signer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace sms;
using namespace sandboxtest;

namespace {
constexpr int kWaitMs = 10000;

// An answer as read off a raw socket.
struct RawAnswer
{
    int status = 0;
    QByteArray head; // status line and headers
    QByteArray body;
    QString code; // Response.Error.Code of a JSON body
};

// Splits one answer off the front of buffer; false until a whole one is there.
bool takeAnswer(QByteArray &buffer, RawAnswer *answer)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    const QByteArray head = buffer.left(end);
    qsizetype length = 0;
    for (const QByteArray &line : head.split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    }
    if (buffer.size() < end + 4 + length)
        return false;
    answer->head = head;
    answer->status = head.mid(9, 3).toInt();
    answer->body = buffer.mid(end + 4, length);
    answer->code = QJsonDocument::fromJson(answer->body)
                       .object()
                       .value(QLatin1String("Response"))
                       .toObject()
                       .value(QLatin1String("Error"))
                       .toObject()
                       .value(QLatin1String("Code"))
                       .toString();
    buffer.remove(0, end + 4 + length);
    return true;
}

// A client that speaks raw bytes to the sandbox in this thread, so every
// wait spins the event loop the sandbox runs on.
class RawClient
{
public:
    explicit RawClient(quint16 port)
    {
        QObject::connect(&m_socket, &QTcpSocket::readyRead, [this] {
            if (m_reading)
                m_buffer.append(m_socket.readAll());
        });
        m_socket.connectToHost(QHostAddress::LocalHost, port);
    }

    bool connected()
    {
        return QTest::qWaitFor(
            [this] { return m_socket.state() == QAbstractSocket::ConnectedState; }, kWaitMs);
    }

    void send(const QByteArray &bytes) { m_socket.write(bytes); }

    // A client that stops reading: the sandbox's answers stay in the
    // network, then in the sandbox.
    void setReading(bool reading)
    {
        m_socket.setReadBufferSize(reading ? 0 : 1);
        if (reading)
            m_buffer.append(m_socket.readAll());
        m_reading = reading;
    }

    // Waits for the next whole answer; status 0 if none came.
    RawAnswer answer()
    {
        RawAnswer a;
        // A connection closed right after its answer still has it to read.
        if (!QTest::qWaitFor([&] { return takeAnswer(m_buffer, &a) || closed(); }, kWaitMs))
            return a;
        if (a.status == 0)
            takeAnswer(m_buffer, &a);
        return a;
    }

    bool closed() const { return m_socket.state() == QAbstractSocket::UnconnectedState; }
    bool waitClosed()
    {
        return QTest::qWaitFor([this] { return closed(); }, kWaitMs);
    }
    // Bytes the client still has to hand to the network.
    qint64 unsent() const { return m_socket.bytesToWrite(); }
    QByteArray received() const { return m_buffer; }

private:
    QTcpSocket m_socket;
    QByteArray m_buffer;
    bool m_reading = true;
};

QByteArray postHead(const QByteArray &extra)
{
    return "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
           "X-TC-Action: SendSms\r\nX-TC-Version: 2021-01-11\r\nX-TC-Language: en-US\r\n"
        + extra + "\r\n";
}
} // namespace

class tst_SandboxConnections : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Harness> h;

    quint16 port() const { return quint16(h->server().endpoint().port()); }

    // A signed POST of body as raw bytes, as ApiClient would send it.
    QByteArray signedPost(const QByteArray &action, const QByteArray &body) const
    {
        const QByteArray host = "127.0.0.1:" + QByteArray::number(port());
        api::Tc3Signer::Request toSign;
        toSign.headers = {{"content-type", "application/json"}, {"host", host}};
        toSign.payload = body;
        toSign.timestamp = h->now();
        const QByteArray authorization
            = api::Tc3Signer::sign(secretId().toLatin1(), secretKey().toLatin1(), toSign)
                  .authorization;
        return "POST / HTTP/1.1\r\nHost: " + host + "\r\nContent-Type: application/json\r\n"
            + "X-TC-Action: " + action + "\r\nX-TC-Version: 2021-01-11\r\nX-TC-Timestamp: "
            + QByteArray::number(h->now()) + "\r\nAuthorization: " + authorization
            + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    }

    // A signed request through ApiClient still works.
    bool serves()
    {
        api::ApiCall *c = h->client().call(QStringLiteral("DescribeSmsSignList"),
                                           {{QStringLiteral("International"), 0}});
        return waitFor(c) && c->succeeded();
    }

private Q_SLOTS:
    void init() { h = std::make_unique<Harness>(); }
    void cleanup() { h.reset(); }

    // ---- Size ---------------------------------------------------------------

    // A body declared larger than the limit is answered from its headers, as
    // the service answers it: the client never has to send it.
    void declaredOversizeBodyIsRefusedBeforeItIsSent()
    {
        QSignalSpy handled(&h->server(), &sandbox::SandboxServer::requestHandled);
        RawClient client(port());
        QVERIFY(client.connected());
        client.send(postHead("Content-Length: 1073741824\r\n"));
        const RawAnswer a = client.answer();
        QCOMPARE(a.status, 200);
        QCOMPARE(a.code, QStringLiteral("RequestSizeLimitExceeded"));
        QVERIFY2(a.head.contains("Connection: close"), a.head.constData());
        QVERIFY(client.waitClosed());
        QVERIFY2(h->server().bytesReceived() < 1024,
                 qPrintable(QString::number(h->server().bytesReceived())));
        QCOMPARE(handled.count(), 1);
        QCOMPARE(handled.at(0).at(1).toString(), QStringLiteral("RequestSizeLimitExceeded"));
        QVERIFY(serves());
    }

    // With Expect: 100-continue the client is told to go on only when its
    // body fits.
    void expectContinue()
    {
        h->addStandardFixtures();
        RawClient small(port());
        QVERIFY(small.connected());
        small.send(postHead("Content-Length: 2\r\nExpect: 100-continue\r\n"));
        QVERIFY(QTest::qWaitFor(
            [&] { return small.received().startsWith("HTTP/1.1 100 Continue\r\n\r\n"); }, kWaitMs));
        small.send("{}");
        QByteArray rest = small.received().mid(25);
        RawAnswer a;
        QVERIFY(QTest::qWaitFor(
            [&] {
                rest = small.received().mid(25);
                return takeAnswer(rest, &a);
            },
            kWaitMs));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.code, QStringLiteral("AuthFailure.InvalidAuthorization"));

        RawClient large(port());
        QVERIFY(large.connected());
        large.send(postHead("Content-Length: 5000000\r\nExpect: 100-continue\r\n"));
        const RawAnswer refused = large.answer();
        QCOMPARE(refused.status, 200);
        QCOMPARE(refused.code, QStringLiteral("RequestSizeLimitExceeded"));
        QVERIFY(!large.received().contains("100 Continue"));
    }

    // A chunked body that keeps coming is cut off once it passes the limit;
    // the sandbox reads a bounded amount of what the client pushes.
    void endlessChunkedBodyIsCutOff()
    {
        h->settings().maxBodyBytes = 64 * 1024;
        QSignalSpy handled(&h->server(), &sandbox::SandboxServer::requestHandled);
        RawClient client(port());
        QVERIFY(client.connected());
        client.send(postHead("Transfer-Encoding: chunked\r\n"));
        const QByteArray chunk = "10000\r\n" + QByteArray(0x10000, 'x') + "\r\n";
        const qint64 pushed = 32 * 1024 * 1024;
        for (qint64 sent = 0; sent < pushed; sent += chunk.size())
            client.send(chunk);
        QVERIFY(client.waitClosed());
        QCOMPARE(handled.count(), 1);
        QCOMPARE(handled.at(0).at(1).toString(), QStringLiteral("RequestSizeLimitExceeded"));
        // The limit, what is read and dropped while the refusal goes out,
        // and a read buffer: a few MiB at most of the 32 MiB pushed.
        QVERIFY2(h->server().bytesReceived() < 3 * 1024 * 1024,
                 qPrintable(QString::number(h->server().bytesReceived())));
        QVERIFY(serves());
    }

    // Bytes past the declared length are the next request's; garbage without
    // an end of line is cut off at the header limit.
    void bodyLongerThanDeclaredIsCutOff()
    {
        QSignalSpy handled(&h->server(), &sandbox::SandboxServer::requestHandled);
        RawClient client(port());
        QVERIFY(client.connected());
        client.send(postHead("Content-Length: 2\r\n") + "{}" + QByteArray(16 * 1024 * 1024, 'y'));
        QVERIFY(client.waitClosed());
        QCOMPARE(handled.count(), 1); // the request as declared, and nothing after it
        QCOMPARE(handled.at(0).at(1).toString(),
                 QStringLiteral("AuthFailure.InvalidAuthorization"));
        QVERIFY2(h->server().bytesReceived() < 3 * 1024 * 1024,
                 qPrintable(QString::number(h->server().bytesReceived())));
    }

    void hugeHeadersAreRefused_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::newRow("one endless line")
            << "POST / HTTP/1.1\r\nX-Big: " + QByteArray(70 * 1024, 'a');
        QByteArray many = "GET / HTTP/1.1\r\n";
        for (int i = 0; i < 2000; ++i)
            many += "X-Header-" + QByteArray::number(i) + ": " + QByteArray(40, 'b') + "\r\n";
        QTest::newRow("many headers") << many;
        QTest::newRow("request line") << "GET /" + QByteArray(70 * 1024, 'c');
        QTest::newRow("blank lines") << QByteArray(70 * 1024, '\n');
    }

    void hugeHeadersAreRefused()
    {
        QFETCH(QByteArray, head);
        RawClient client(port());
        QVERIFY(client.connected());
        client.send(head);
        const RawAnswer a = client.answer();
        QCOMPARE(a.status, 431);
        QVERIFY(client.waitClosed());
        QVERIFY2(h->server().bytesReceived() <= head.size(),
                 qPrintable(QString::number(h->server().bytesReceived())));
        QCOMPARE(h->server().requestCount(), 0);
        QVERIFY(serves());
    }

    void malformedRequestsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::newRow("not HTTP") << QByteArray("hello\r\n\r\n");
        QTest::newRow("HTTP/2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n");
        QTest::newRow("two lengths") << postHead("Content-Length: 2\r\nContent-Length: 3\r\n");
        QTest::newRow("negative length") << postHead("Content-Length: -1\r\n");
        QTest::newRow("length and chunked")
            << postHead("Content-Length: 2\r\nTransfer-Encoding: chunked\r\n");
        QTest::newRow("gzip coding") << postHead("Transfer-Encoding: gzip\r\n");
        QTest::newRow("folded header") << postHead("X-A: 1\r\n  continued\r\n");
        QTest::newRow("bad chunk size") << postHead("Transfer-Encoding: chunked\r\n") + "zz\r\n";
    }

    void malformedRequestsAreRefused()
    {
        QFETCH(QByteArray, request);
        RawClient client(port());
        QVERIFY(client.connected());
        client.send(request);
        const RawAnswer a = client.answer();
        QCOMPARE(a.status, 400);
        QVERIFY(client.waitClosed());
        QCOMPARE(h->server().requestCount(), 0);
    }

    // Several requests sent at once are answered one by one, in order, even
    // when the first answer is held back.
    void pipelinedRequestsAreAnsweredInOrder()
    {
        QVERIFY(h->server().faults().parse(QStringLiteral("DescribeSmsSignList:latency=200")));
        RawClient client(port());
        QVERIFY(client.connected());
        client.send(signedPost("DescribeSmsSignList", "{\"International\":0}")
                    + signedPost("DescribeSmsTemplateList", "{\"International\":0}")
                    + "GET /?x=1 HTTP/1.1\r\nHost: x\r\n\r\n");
        const RawAnswer first = client.answer();
        const RawAnswer second = client.answer();
        const RawAnswer third = client.answer();
        QVERIFY2(first.body.contains("DescribeSignListStatusSet"), first.body.constData());
        QVERIFY2(second.body.contains("DescribeTemplateStatusSet"), second.body.constData());
        QCOMPARE(third.code, QStringLiteral("AuthFailure.InvalidAuthorization"));
        QVERIFY(!client.closed());
    }

    // A client that sends request after request without reading the
    // answers is not read either once its answers pile up: neither its
    // requests nor the answers grow without bound.
    void unreadAnswersHoldTheClientBack()
    {
        RawClient client(port());
        QVERIFY(client.connected());
        client.setReading(false);
        const QByteArray request = "GET / HTTP/1.1\r\nHost: x\r\n\r\n";
        const int total = 100000;
        for (int i = 0; i < total; ++i)
            client.send(request);
        int answered = -1;
        while (answered != h->server().requestCount()) {
            answered = h->server().requestCount();
            QTest::qWait(300);
        }
        QVERIFY2(answered < total, qPrintable(QString::number(answered)));
        QVERIFY(h->server().bytesReceived() < qint64(total) * request.size());

        client.setReading(true);
        QTRY_COMPARE_WITH_TIMEOUT(h->server().requestCount(), total, 60000);
        QVERIFY(!client.closed());
    }

    // ---- Time -----------------------------------------------------------------

    // Connections that never send anything are closed after the idle time:
    // a hundred half-open connections are not held.
    void idleConnectionsAreClosed()
    {
        h->settings().idleTimeoutMs = 300;
        h->settings().maxConnectionsPerPeer = 1000;
        std::vector<std::unique_ptr<RawClient>> clients;
        for (int i = 0; i < 100; ++i) {
            clients.push_back(std::make_unique<RawClient>(port()));
            QVERIFY(clients.back()->connected());
        }
        for (const auto &client : clients)
            QVERIFY(client->waitClosed());
        QTRY_COMPARE_WITH_TIMEOUT(h->server().openConnections(), 0, kWaitMs);
        // A keep-alive connection after its answer is idle as well.
        RawClient kept(port());
        QVERIFY(kept.connected());
        kept.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
        QCOMPARE(kept.answer().status, 200);
        QVERIFY(!kept.closed());
        QVERIFY(kept.waitClosed());
        QVERIFY(serves());
    }

    // A client that sends its headers a byte at a time (slowloris) gets 408
    // when the header time is up, however steadily it trickles.
    void slowHeadersAreCutOff()
    {
        h->settings().headerTimeoutMs = 300;
        h->settings().idleTimeoutMs = 60000;
        RawClient client(port());
        QVERIFY(client.connected());
        const QByteArray head = postHead("X-Slow: " + QByteArray(1000, 's') + "\r\n");
        qsizetype sent = 0;
        QTimer trickle;
        QObject::connect(&trickle, &QTimer::timeout, [&] {
            if (sent < head.size())
                client.send(head.mid(sent++, 1));
        });
        trickle.start(20);
        const RawAnswer a = client.answer();
        trickle.stop();
        QCOMPARE(a.status, 408);
        QVERIFY(sent < head.size());
        QVERIFY(client.waitClosed());
    }

    // So does one whose body never finishes.
    void slowBodyIsCutOff()
    {
        h->settings().idleTimeoutMs = 300;
        RawClient client(port());
        QVERIFY(client.connected());
        client.send(postHead("Content-Length: 100\r\n") + "{\"PhoneNumberSet\":");
        const RawAnswer a = client.answer();
        QCOMPARE(a.status, 408);
        QVERIFY(client.waitClosed());
        QCOMPARE(h->server().requestCount(), 0);
    }

    // ---- Connections per address -----------------------------------------------

    void connectionsPerAddressAreCapped()
    {
        h->settings().maxConnectionsPerPeer = 8;
        std::vector<std::unique_ptr<RawClient>> held;
        for (int i = 0; i < 8; ++i) {
            held.push_back(std::make_unique<RawClient>(port()));
            QVERIFY(held.back()->connected());
        }
        QTRY_COMPARE_WITH_TIMEOUT(h->server().openConnections(), 8, kWaitMs);
        RawClient extra(port());
        QVERIFY(extra.connected());
        QCOMPARE(extra.answer().status, 503);
        QVERIFY(extra.waitClosed());
        QCOMPARE(h->server().openConnections(), 8);

        // One held connection goes: a real client gets its place.
        held.pop_back();
        QTRY_COMPARE_WITH_TIMEOUT(h->server().openConnections(), 7, kWaitMs);
        QVERIFY(serves());
    }
};

QTEST_GUILESS_MAIN(tst_SandboxConnections)
#include "tst_sandboxconnections.moc"
