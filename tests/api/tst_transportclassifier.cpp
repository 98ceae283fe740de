// SPDX-License-Identifier: GPL-3.0-or-later
// TransportClassifier: what an attempt saw on the wire -> ApiError. Pure, so
// every branch is reached here without a network, including the ones a
// loopback server cannot produce on demand (DNS, a handshake that dies).

#include "api/TransportClassifier.h"

#include <QTest>

using namespace sms::api;
using E = QNetworkReply::NetworkError;
using K = ApiError::Kind;

Q_DECLARE_METATYPE(sms::api::TransferFacts)

namespace {
TransferFacts facts(E error, const char *errorString = "")
{
    TransferFacts f;
    f.error = error;
    f.errorString = QString::fromLatin1(errorString);
    f.host = QStringLiteral("sms.example.com");
    f.https = true;
    f.encrypted = true;
    f.timeoutMs = 15000;
    f.maxResponseBytes = 16 * 1024 * 1024;
    return f;
}
} // namespace

class tst_TransportClassifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classify_data()
    {
        QTest::addColumn<TransferFacts>("facts");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("inMessage"); // a part of the message

        const auto row = [](const char *name, const TransferFacts &f, K kind, const char *code,
                            const char *inMessage) {
            QTest::newRow(name) << f << int(kind) << QString::fromLatin1(code)
                                << QString::fromUtf8(inMessage);
        };

        TransferFacts ok = facts(E::NoError);
        ok.httpStatus = 200;
        ok.body = "{\"Response\":{}}";
        row("complete 200: parse the body", ok, K::None, "", "");

        TransferFacts timedOut = facts(E::OperationCanceledError);
        timedOut.timedOut = true;
        timedOut.timeoutMs = 1500;
        row("own timeout", timedOut, K::Timeout, ClientCode::Timeout, "2 s");

        TransferFacts tooLarge = facts(E::OperationCanceledError);
        tooLarge.tooLarge = true;
        tooLarge.receivedBytes = 17 * 1024 * 1024;
        row("over the size cap", tooLarge, K::Protocol, ClientCode::ResponseTooLarge, "16 MiB");

        TransferFacts gateway = facts(E::InternalServerError);
        gateway.httpStatus = 502;
        gateway.reasonPhrase = QStringLiteral("Bad Gateway");
        gateway.body = "<html>  upstream\n down </html>";
        row("HTTP 502 with its body", gateway, K::HttpStatus, ClientCode::HttpStatus,
            "HTTP 502 Bad Gateway instead of 200. <html> upstream down </html>");

        TransferFacts missing = facts(E::ContentNotFoundError);
        missing.httpStatus = 404;
        row("HTTP 404", missing, K::HttpStatus, ClientCode::HttpStatus, "404");

        TransferFacts handshake = facts(E::RemoteHostClosedError, "closed");
        handshake.encrypted = false;
        row("closed during the handshake", handshake, K::Tls, ClientCode::TlsError,
            "sms.example.com could not be established: closed");

        TransferFacts certificate = facts(E::SslHandshakeFailedError, "handshake failed");
        certificate.encrypted = false;
        certificate.tlsErrors = {QStringLiteral("The certificate is self-signed, and untrusted")};
        row("untrusted certificate", certificate, K::Tls, ClientCode::TlsError, "self-signed");

        TransferFacts resendTls = facts(E::ContentReSendError);
        resendTls.encrypted = false;
        row("re-send refused before any TLS", resendTls, K::Tls, ClientCode::TlsError, "");

        TransferFacts plain = facts(E::RemoteHostClosedError);
        plain.https = false;
        plain.encrypted = false;
        row("closed before any answer", plain, K::Network, ClientCode::ConnectionReset,
            "before any answer");

        TransferFacts midBody = plain;
        midBody.receivedBytes = 120;
        row("closed in the middle of the body", midBody, K::Protocol, ClientCode::TruncatedResponse,
            "bytes received: 120");

        TransferFacts afterStatus = plain;
        afterStatus.httpStatus = 200;
        row("closed after the status line", afterStatus, K::Protocol, ClientCode::TruncatedResponse,
            "bytes received: 0");

        TransferFacts resend = facts(E::ContentReSendError);
        resend.https = false;
        resend.encrypted = false;
        row("re-send refused", resend, K::Network, ClientCode::ConnectionReset,
            "after the request was sent");

        row("DNS", facts(E::HostNotFoundError), K::Network, ClientCode::DnsFailure,
            "sms.example.com could not be resolved");
        row("refused", facts(E::ConnectionRefusedError), K::Network, ClientCode::ConnectionRefused,
            "sms.example.com refused");
        row("Qt's timeout", facts(E::TimeoutError), K::Timeout, ClientCode::Timeout, "timed out");
        row("cancelled", facts(E::OperationCanceledError), K::Cancelled, ClientCode::Cancelled,
            "cancelled");
        row("broken HTTP", facts(E::ProtocolFailure, "bad chunk"), K::Protocol,
            ClientCode::MalformedResponse, "bad chunk");
        row("insecure redirect", facts(E::InsecureRedirectError, "redirect"), K::Tls,
            ClientCode::TlsError, "redirect");

        // The length of the answer cannot be trusted: whatever followed
        // (success, a wait that ran out, a close) is explained by that.
        TransferFacts minusOne = facts(E::NoError);
        minusOne.httpStatus = 200;
        minusOne.contentLength = QByteArray("-1");
        minusOne.body = "{\"Response\":{}}";
        minusOne.receivedBytes = minusOne.body.size();
        row("Content-Length -1", minusOne, K::Protocol, ClientCode::MalformedResponse,
            "framing is broken: its Content-Length \"-1\"");
        TransferFacts minusOneTimedOut = minusOne;
        minusOneTimedOut.error = E::OperationCanceledError;
        minusOneTimedOut.timedOut = true;
        row("Content-Length -1, then the timeout", minusOneTimedOut, K::Protocol,
            ClientCode::MalformedResponse, "Content-Length \"-1\"");
        TransferFacts twoLengths = minusOne;
        twoLengths.contentLength = QByteArray("10, 31");
        row("two different lengths", twoLengths, K::Protocol, ClientCode::MalformedResponse,
            "Content-Length \"10, 31\"");
        TransferFacts sameTwice = minusOne;
        sameTwice.contentLength = QByteArray("15, 15");
        row("one length said twice", sameTwice, K::None, "", "");
        TransferFacts hugeLength = minusOne;
        hugeLength.contentLength = QByteArray("99999999999999999999");
        row("length beyond 64 bits", hugeLength, K::Protocol, ClientCode::MalformedResponse,
            "Content-Length");
        TransferFacts emptyLength = minusOne;
        emptyLength.contentLength = QByteArray("");
        row("empty Content-Length", emptyLength, K::Protocol, ClientCode::MalformedResponse,
            "Content-Length \"\"");
        TransferFacts lengthAndChunks = minusOne;
        lengthAndChunks.contentLength = QByteArray("15");
        lengthAndChunks.transferEncoding = "chunked";
        row("Content-Length and Transfer-Encoding", lengthAndChunks, K::Protocol,
            ClientCode::MalformedResponse, "both a Content-Length and a Transfer-Encoding");
        TransferFacts lengthOnA502 = gateway;
        lengthOnA502.contentLength = QByteArray("-1");
        row("broken length on a 502", lengthOnA502, K::Protocol, ClientCode::MalformedResponse,
            "Content-Length \"-1\"");

        TransferFacts noChunk = facts(E::NoError);
        noChunk.httpStatus = 200;
        noChunk.transferEncoding = "chunked";
        row("chunked body that gave nothing", noChunk, K::Protocol, ClientCode::MalformedResponse,
            "framing is broken: its chunked body gave no data");
        TransferFacts chunks = noChunk;
        chunks.body = "{\"Response\":{}}";
        chunks.receivedBytes = chunks.body.size();
        row("chunked body that gave data", chunks, K::None, "", "");
        TransferFacts emptyPlain = facts(E::NoError);
        emptyPlain.httpStatus = 200;
        emptyPlain.contentLength = QByteArray("0");
        row("empty body with a length: for the parser", emptyPlain, K::None, "", "");

        // Qt drops an answer that is not HTTP and reports the connection as
        // closed; what the server says unasked tells the two apart.
        TransferFacts ssh = plain;
        ssh.greeting = "SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n";
        row("a server that speaks SSH", ssh, K::Protocol, ClientCode::MalformedResponse,
            "sms.example.com did not answer in HTTP: unasked, it said "
            "\"SSH-2.0-OpenSSH_9.2p1 Debian-2\"");
        TransferFacts sshResend = resend;
        sshResend.greeting = "220 mail.example.com ESMTP\r\n";
        row("a server that speaks SMTP, re-send refused", sshResend, K::Protocol,
            ClientCode::MalformedResponse, "\"220 mail.example.com ESMTP\"");
        TransferFacts httpGreeting = plain;
        httpGreeting.greeting = "HTTP/1.1 408 Request Timeout\r\n";
        row("an HTTP server that talks unasked", httpGreeting, K::Network,
            ClientCode::ConnectionReset, "before any answer");
        TransferFacts resendMidBody = resend;
        resendMidBody.httpStatus = 200;
        resendMidBody.receivedBytes = 30;
        row("re-send refused after part of the answer", resendMidBody, K::Protocol,
            ClientCode::TruncatedResponse, "bytes received: 30");

        TransferFacts other = facts(E::UnknownNetworkError, "network unreachable");
        row("anything else", other, K::Network, ClientCode::NetworkError, "network unreachable");
        other.tlsErrors = {QStringLiteral("The host name did not match")};
        row("anything else after TLS complaints", other, K::Tls, ClientCode::TlsError,
            "did not match");
    }

    void classify()
    {
        QFETCH(TransferFacts, facts);
        QFETCH(int, kind);
        QFETCH(QString, code);
        QFETCH(QString, inMessage);

        const ApiError error = TransportClassifier::classify(facts);
        QCOMPARE(int(error.kind()), kind);
        QCOMPARE(error.code(), code);
        QVERIFY2(error.message().contains(inMessage), qPrintable(error.message()));
        // The status travels with every outcome that had one (retry
        // decisions read it).
        QCOMPARE(error.httpStatus(), facts.httpStatus);
    }

    void needsGreeting_data()
    {
        QTest::addColumn<TransferFacts>("facts");
        QTest::addColumn<bool>("needed");
        TransferFacts closed = facts(E::RemoteHostClosedError);
        closed.https = false;
        closed.encrypted = false;
        QTest::newRow("closed, nothing said") << closed << true;
        TransferFacts resend = closed;
        resend.error = E::ContentReSendError;
        QTest::newRow("re-send refused, nothing said") << resend << true;
        TransferFacts tls = facts(E::RemoteHostClosedError);
        QTest::newRow("over TLS") << tls << false;
        TransferFacts started = closed;
        started.httpStatus = 200;
        QTest::newRow("after a status line") << started << false;
        TransferFacts bytes = closed;
        bytes.receivedBytes = 1;
        QTest::newRow("after body bytes") << bytes << false;
        TransferFacts refused = closed;
        refused.error = E::ConnectionRefusedError;
        QTest::newRow("refused") << refused << false;
        TransferFacts timedOut = closed;
        timedOut.timedOut = true;
        QTest::newRow("own timeout") << timedOut << false;
    }

    void needsGreeting()
    {
        QFETCH(TransferFacts, facts);
        QFETCH(bool, needed);
        QCOMPARE(TransportClassifier::needsGreeting(facts), needed);
    }

    void framingProblemIsKnownFromTheHead()
    {
        TransferFacts head = facts(E::NoError);
        head.httpStatus = 200;
        QVERIFY(TransportClassifier::framingProblem(head).isEmpty());
        head.contentLength = QByteArray("1024");
        QVERIFY(TransportClassifier::framingProblem(head).isEmpty());
        head.contentLength = QByteArray(" 1024 ");
        QVERIFY(TransportClassifier::framingProblem(head).isEmpty());
        head.contentLength = QByteArray("+1024");
        QVERIFY(!TransportClassifier::framingProblem(head).isEmpty());
        head.contentLength = QByteArray("0x400");
        QVERIFY(!TransportClassifier::framingProblem(head).isEmpty());
        // A long hostile value is quoted short.
        head.contentLength = QByteArray(5000, 'x');
        QVERIFY(TransportClassifier::framingProblem(head).size() < 300);
    }
};

QTEST_GUILESS_MAIN(tst_TransportClassifier)
#include "tst_transportclassifier.moc"
