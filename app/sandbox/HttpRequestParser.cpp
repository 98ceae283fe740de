// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/HttpRequestParser.h"

namespace sms::sandbox {

namespace {
// RFC 9110 token characters: methods and header names.
bool isToken(const QByteArray &text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
        if (!ok)
            return false;
    }
    return true;
}

bool isDigits(const QByteArray &text)
{
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return !text.isEmpty();
}

// A chunk-size line is hex digits, then perhaps extensions after ';'.
constexpr qsizetype kMaxChunkSizeLine = 1024;
} // namespace

void HttpRequestParser::setLimits(qint64 maxHeadBytes, qint64 maxBodyBytes)
{
    m_maxHead = maxHeadBytes;
    m_maxBody = maxBodyBytes;
}

bool HttpRequestParser::expectsContinue() const
{
    return headComplete() && m_phase != Phase::Done && m_request.minorVersion == 1
        && m_request.header("expect").toLower() == "100-continue";
}

HttpRequest HttpRequestParser::takeRequest()
{
    HttpRequest request = std::move(m_request);
    m_request = HttpRequest();
    m_phase = Phase::Start;
    m_head.clear();
    m_scanned = 0;
    m_searched = 0;
    m_remaining = 0;
    m_headBytes = 0;
    m_trailerBytes = 0;
    return request;
}

bool HttpRequestParser::takeLine(QByteArray &input, QByteArray *line)
{
    const qsizetype end = input.indexOf('\n');
    if (end < 0)
        return false;
    *line = input.left(end > 0 && input.at(end - 1) == '\r' ? end - 1 : end);
    input.remove(0, end + 1);
    return true;
}

HttpRequestParser::Status HttpRequestParser::parse(QByteArray &input)
{
    if (m_phase == Phase::Start || m_phase == Phase::Head)
        return input.isEmpty() ? Status::NeedMore : parseHead(input);
    return parseBody(input);
}

HttpRequestParser::Status HttpRequestParser::parseHead(QByteArray &input)
{
    if (m_phase == Phase::Start) {
        // A request is measured against the limits in force when it began.
        m_phase = Phase::Head;
        m_headLimit = m_maxHead;
        m_bodyLimit = m_maxBody;
        m_headBytes = 0;
    }
    m_headBytes += input.size();
    m_head.append(input);
    input.clear();
    for (;;) {
        // Bytes searched before hold no newline: a head trickling in byte
        // by byte is searched once, not once per byte.
        const qsizetype newline = m_head.indexOf('\n', std::max(m_scanned, m_searched));
        if (newline < 0) {
            m_searched = m_head.size();
            break;
        }
        const bool blank
            = newline == m_scanned || (newline == m_scanned + 1 && m_head.at(m_scanned) == '\r');
        if (blank && m_scanned == 0) {
            // Blank lines before the request line are ignored (they may be
            // left over from the previous request), but they count.
            m_head.remove(0, newline + 1);
            m_searched = 0;
            continue;
        }
        m_scanned = newline + 1;
        if (blank) {
            input = m_head.mid(m_scanned);
            m_head.truncate(m_scanned);
            m_headBytes -= input.size();
            if (m_headBytes > m_headLimit)
                return Status::HeadTooLarge;
            return endOfHead();
        }
    }
    return m_headBytes > m_headLimit ? Status::HeadTooLarge : Status::NeedMore;
}

HttpRequestParser::Status HttpRequestParser::endOfHead()
{
    QList<QByteArray> lines = m_head.split('\n');
    lines.removeLast(); // after the final newline
    lines.removeLast(); // the blank line
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }

    const QList<QByteArray> parts = lines.value(0).split(' ');
    if (parts.size() != 3 || !isToken(parts.at(0)) || parts.at(1).isEmpty()
        || (parts.at(2) != "HTTP/1.1" && parts.at(2) != "HTTP/1.0"))
        return Status::Malformed;
    m_request.method = parts.at(0);
    m_request.target = parts.at(1);
    m_request.url = QUrl::fromEncoded(m_request.target);
    m_request.minorVersion = parts.at(2) == "HTTP/1.1" ? 1 : 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        // A folded line (starting with a space) or a name with spaces would
        // be read differently by different servers: refused.
        if (colon <= 0 || !isToken(line.left(colon)))
            return Status::Malformed;
        m_request.headers.append({line.left(colon).toLower(), line.mid(colon + 1).trimmed()});
    }
    m_head.clear();
    m_scanned = 0;
    m_searched = 0;

    QList<QByteArray> lengths;
    bool chunked = false;
    for (const auto &[name, value] : std::as_const(m_request.headers)) {
        if (name == "content-length")
            lengths.append(value);
        else if (name == "transfer-encoding")
            chunked = true;
    }
    if (chunked) {
        if (!lengths.isEmpty() || m_request.header("transfer-encoding").toLower() != "chunked")
            return Status::Malformed;
        m_phase = Phase::ChunkSize;
        return Status::HeadComplete;
    }
    if (lengths.isEmpty()) {
        m_phase = Phase::Done;
        return Status::HeadComplete;
    }
    for (const QByteArray &length : std::as_const(lengths)) {
        if (length != lengths.first() || !isDigits(length) || length.size() > 18)
            return Status::Malformed;
    }
    m_remaining = lengths.first().toLongLong();
    if (m_remaining > m_bodyLimit)
        return Status::BodyTooLarge;
    m_request.body.reserve(qsizetype(m_remaining));
    m_phase = m_remaining > 0 ? Phase::Body : Phase::Done;
    return Status::HeadComplete;
}

HttpRequestParser::Status HttpRequestParser::parseBody(QByteArray &input)
{
    const auto take = [&] {
        const qsizetype n = qsizetype(std::min<qint64>(m_remaining, input.size()));
        m_request.body.append(input.constData(), n);
        input.remove(0, n);
        m_remaining -= n;
    };
    QByteArray line;
    for (;;) {
        switch (m_phase) {
        case Phase::Start:
        case Phase::Head:
            return Status::NeedMore; // not reached: parse() reads heads
        case Phase::Body:
        case Phase::ChunkData:
            take();
            if (m_remaining > 0)
                return Status::NeedMore;
            m_phase = m_phase == Phase::Body ? Phase::Done : Phase::ChunkEnd;
            break;
        case Phase::ChunkSize: {
            if (!takeLine(input, &line))
                return input.size() > kMaxChunkSizeLine ? Status::Malformed : Status::NeedMore;
            const qsizetype extension = line.indexOf(';');
            const QByteArray digits = (extension < 0 ? line : line.left(extension)).trimmed();
            bool ok = digits.size() <= 15;
            const qint64 size = ok ? digits.toLongLong(&ok, 16) : 0;
            if (!ok || size < 0 || digits.startsWith('+') || digits.startsWith('-'))
                return Status::Malformed;
            if (size == 0) {
                m_phase = Phase::Trailer;
                break;
            }
            if (m_request.body.size() + size > m_bodyLimit)
                return Status::BodyTooLarge;
            m_remaining = size;
            m_phase = Phase::ChunkData;
            break;
        }
        case Phase::ChunkEnd:
            if (!takeLine(input, &line))
                return input.size() > 1 ? Status::Malformed : Status::NeedMore;
            if (!line.isEmpty())
                return Status::Malformed;
            m_phase = Phase::ChunkSize;
            break;
        case Phase::Trailer:
            // Trailer fields are read past and dropped, within the head's
            // limit.
            if (!takeLine(input, &line))
                return m_trailerBytes + input.size() > m_headLimit ? Status::HeadTooLarge
                                                                   : Status::NeedMore;
            m_trailerBytes += line.size() + 2;
            if (m_trailerBytes > m_headLimit)
                return Status::HeadTooLarge;
            if (line.isEmpty())
                m_phase = Phase::Done;
            break;
        case Phase::Done:
            return Status::Complete;
        }
    }
}

} // namespace sms::sandbox
