// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/HttpRequest.h"

#include <QByteArray>

namespace sms::sandbox {

// Reads HTTP/1.x requests from a connection's bytes as they arrive, one
// request at a time, and refuses as soon as one passes a limit: a request
// line and headers longer than maxHeadBytes before they end, a declared
// Content-Length over maxBodyBytes (before any of the body is read), or a
// chunked body that grows past it. Nothing is kept beyond those limits, so a
// hostile client cannot make the sandbox hold more than one legitimate
// request's worth per connection.
//
// Strict where leniency would let the sandbox and a client disagree about
// where a request ends: a Content-Length that is not plain digits, two that
// differ, one together with Transfer-Encoding, a transfer coding other than
// chunked, or a folded header line is Malformed.
//
//   parse() -> NeedMore ... -> HeadComplete -> NeedMore ... -> Complete
//                  \-> HeadTooLarge, BodyTooLarge, Malformed (stop reading)
class HttpRequestParser
{
public:
    enum class Status {
        NeedMore, // every byte given was taken; more are needed
        HeadComplete, // request() holds the head; call parse() again for the body
        Complete, // takeRequest() holds a whole request
        HeadTooLarge,
        BodyTooLarge, // request() holds the head of the refused request
        Malformed,
    };

    // Limits for the next request (the one in progress keeps its own).
    void setLimits(qint64 maxHeadBytes, qint64 maxBodyBytes);

    // Takes from the front of input what belongs to the request in
    // progress; what follows a complete request stays in input.
    Status parse(QByteArray &input);

    // Whether any byte of the next request arrived (blank lines before a
    // request line count: they keep a connection busy too).
    bool started() const { return m_phase != Phase::Start || !m_head.isEmpty(); }
    bool headComplete() const { return m_phase > Phase::Head; }
    // The head of a body-bearing request asks to be told to go on.
    bool expectsContinue() const;
    const HttpRequest &request() const { return m_request; }
    // The complete request; the parser starts on the next one.
    HttpRequest takeRequest();

private:
    enum class Phase { Start, Head, Body, ChunkSize, ChunkData, ChunkEnd, Trailer, Done };

    Status parseHead(QByteArray &input);
    Status endOfHead();
    Status parseBody(QByteArray &input);
    // Takes one line (without its CR LF) from the front of input into line;
    // false when input holds no whole line yet.
    static bool takeLine(QByteArray &input, QByteArray *line);

    qint64 m_maxHead = 64 * 1024;
    qint64 m_maxBody = 1024 * 1024;
    qint64 m_headLimit = m_maxHead;
    qint64 m_bodyLimit = m_maxBody;

    Phase m_phase = Phase::Start;
    QByteArray m_head; // the head so far
    qsizetype m_scanned = 0; // start of the first line of m_head not read yet
    qsizetype m_searched = 0; // bytes of m_head known to hold no newline after m_scanned
    HttpRequest m_request;
    qint64 m_headBytes = 0; // of the head so far, blank lines before it included
    qint64 m_remaining = 0; // of the body, or of the chunk being read
    qint64 m_trailerBytes = 0; // of a chunked body's trailer
};

} // namespace sms::sandbox
