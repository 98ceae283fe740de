// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "errors/ErrorGroups.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace sms::api {
class ApiError;
}

namespace sms::errors {

// The text behind "Copy details": what support needs to find a failure in
// the service's logs (code, message, RequestId, action, time, app version),
// and nothing that must stay private. It never holds keys or signatures;
// anything in the server's text that looks like one is blanked out, and phone
// numbers are masked.
class ErrorReport
{
    Q_DECLARE_TR_FUNCTIONS(sms::errors::ErrorReport)

public:
    // whenUtc: when the failure happened; invalid means now.
    static QString forError(const api::ApiError &error, const QDateTime &whenUtc = {});
    // Many failures at once, one block per code.
    static QString forGroups(const ErrorGroupList &groups, const QString &action = {},
                             const QDateTime &whenUtc = {});

    static QString redactSecrets(const QString &text);
    // "+8613812345678" -> "+86138****5678"
    static QString maskPhoneNumber(const QString &number);

private:
    static QString header(const QDateTime &whenUtc);
    static QString groupsBlock(const ErrorGroupList &groups);
};

} // namespace sms::errors
