// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ResponseParser.h"

#include <QJsonDocument>

namespace sms::api {

ResponseParser::Parsed ResponseParser::parse(const QByteArray &body)
{
    using K = ApiError::Kind;
    Parsed parsed;
    if (body.isEmpty()) {
        parsed.error = ApiError::client(K::Protocol, ClientCode::MalformedResponse,
                                        tr("The server answered with an empty body."));
        return parsed;
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // A document that is fine up to where it stops was cut short; anything
        // else was never JSON.
        const bool endsEarly
            = parseError.offset >= body.size() - 1 && body.trimmed().startsWith('{');
        parsed.error = endsEarly
            ? ApiError::client(K::Protocol, ClientCode::TruncatedResponse,
                               tr("The answer ends in the middle of the JSON document (bytes: %1).")
                                   .arg(body.size()))
            : ApiError::client(K::Protocol, ClientCode::MalformedResponse,
                               tr("The answer is not JSON (%1 at byte %2).")
                                   .arg(parseError.errorString())
                                   .arg(parseError.offset));
        return parsed;
    }
    const QJsonValue responseValue = document.object().value(QLatin1String("Response"));
    if (!document.isObject() || !responseValue.isObject()) {
        parsed.error = ApiError::client(K::Protocol, ClientCode::MalformedResponse,
                                        tr("The answer is JSON but has no \"Response\" object."));
        return parsed;
    }

    parsed.response = responseValue.toObject();
    parsed.requestId = parsed.response.value(QLatin1String("RequestId")).toString();

    const QJsonValue errorValue = parsed.response.value(QLatin1String("Error"));
    if (errorValue.isObject()) {
        const QJsonObject errorObject = errorValue.toObject();
        const QString code = errorObject.value(QLatin1String("Code")).toString();
        parsed.error = code.isEmpty()
            ? ApiError::client(K::Protocol, ClientCode::MalformedResponse,
                               tr("The answer reports an error without a code."))
            : ApiError::service(code, errorObject.value(QLatin1String("Message")).toString());
    }
    return parsed;
}

} // namespace sms::api
