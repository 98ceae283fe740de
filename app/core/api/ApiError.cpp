// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ApiError.h"

namespace sms::api {

namespace {
struct KindWords
{
    ApiError::Kind kind;
    const char *id; // stable, for scripts and logs
    const char *text; // for people, translated
};

using K = ApiError::Kind;
constexpr KindWords kKinds[] = {
    {K::None, "none", QT_TRANSLATE_NOOP("sms::api::ApiError", "no error")},
    {K::Configuration, "configuration", QT_TRANSLATE_NOOP("sms::api::ApiError", "configuration")},
    {K::Network, "network", QT_TRANSLATE_NOOP("sms::api::ApiError", "network")},
    {K::Tls, "tls", QT_TRANSLATE_NOOP("sms::api::ApiError", "TLS")},
    {K::Timeout, "timeout", QT_TRANSLATE_NOOP("sms::api::ApiError", "timeout")},
    {K::HttpStatus, "http", QT_TRANSLATE_NOOP("sms::api::ApiError", "HTTP")},
    {K::Protocol, "protocol", QT_TRANSLATE_NOOP("sms::api::ApiError", "protocol")},
    {K::Service, "service", QT_TRANSLATE_NOOP("sms::api::ApiError", "service")},
    {K::PartialFailure, "partial", QT_TRANSLATE_NOOP("sms::api::ApiError", "partial failure")},
    {K::Cancelled, "cancelled", QT_TRANSLATE_NOOP("sms::api::ApiError", "cancelled")},
    {K::LocalCheck, "local-check", QT_TRANSLATE_NOOP("sms::api::ApiError", "local check")},
};

const KindWords &wordsFor(ApiError::Kind kind)
{
    for (const KindWords &words : kKinds) {
        if (words.kind == kind)
            return words;
    }
    return kKinds[0];
}
} // namespace

ApiError::ApiError(Kind kind, QString code, QString message)
    : m_kind(kind)
    , m_code(std::move(code))
    , m_message(std::move(message))
{
}

ApiError ApiError::client(Kind kind, const char *code, const QString &message)
{
    return ApiError(kind, QString::fromLatin1(code), message);
}

ApiError ApiError::cancelled()
{
    return client(Kind::Cancelled, ClientCode::Cancelled, tr("The request was cancelled."));
}

ApiError ApiError::service(const QString &code, const QString &message)
{
    return ApiError(Kind::Service, code, message);
}

QString ApiError::kindName(Kind kind)
{
    return QString::fromLatin1(wordsFor(kind).id);
}

QString ApiError::kindText(Kind kind)
{
    return tr(wordsFor(kind).text);
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
