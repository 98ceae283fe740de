// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHostAddress>
#include <QJsonObject>
#include <QString>

namespace sms::sandbox {

// What a handler knows about the request it serves: when (sandbox clock),
// who, from where, and in which language to word its messages.
struct RequestContext
{
    QString action;
    QString secretId;
    QString language = QStringLiteral("zh-CN"); // X-TC-Language
    QHostAddress peer;
    QDateTime now;
    qint64 nowSecs = 0;

    bool chinese() const { return language == QLatin1String("zh-CN"); }
    // Translates a QT_TRANSLATE_NOOP("sms::sandbox::Messages", ...) source
    // into the request's language, independent of the application's own
    // language (the GUI may be English while a client asks for Chinese).
    QString text(const char *source) const;
};

// A handler's answer: the action's output fields, or a service error.
struct ServiceResult
{
    QJsonObject fields;
    QString errorCode;
    QString errorMessage;
    // One more member of the Response object as ready JSON text
    // ("SendStatusSet":[...]), for answers too large to build as QJsonObject.
    QByteArray rawMember;

    bool isError() const { return !errorCode.isEmpty(); }
    static ServiceResult ok(const QJsonObject &fields) { return {fields, {}, {}, {}}; }
    static ServiceResult error(const QString &code, const QString &message)
    {
        return {{}, code, message, {}};
    }
};

} // namespace sms::sandbox
