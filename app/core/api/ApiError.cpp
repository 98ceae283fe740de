#include "api/ApiError.h"

namespace sms::api {

ApiError::ApiError(Kind kind, QString code, QString message)
    : m_kind(kind)
    , m_code(std::move(code))
    , m_message(std::move(message))
{
}

ApiError ApiError::service(const QString &code, const QString &message)
{
    return ApiError(Kind::Service, code, message);
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None: return QStringLiteral("none");
    case Kind::Configuration: return QStringLiteral("configuration");
    case Kind::Network: return QStringLiteral("network");
    case Kind::Tls: return QStringLiteral("tls");
    case Kind::Timeout: return QStringLiteral("timeout");
    case Kind::HttpStatus: return QStringLiteral("http");
    case Kind::Protocol: return QStringLiteral("protocol");
    case Kind::Service: return QStringLiteral("service");
    case Kind::PartialFailure: return QStringLiteral("partial");
    case Kind::Cancelled: return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

QString ApiError::summary() const
{
    if (!isError())
        return QStringLiteral("ok");
    QString text = m_code;
    if (!m_message.isEmpty())
        text += QStringLiteral(": ") + m_message;
    if (!m_requestId.isEmpty())
        text += QStringLiteral(" (RequestId %1)").arg(m_requestId);
    return text;
}

} // namespace sms::api
