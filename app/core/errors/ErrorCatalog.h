// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "errors/ErrorEntry.h"
#include "errors/Guidance.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

class QTranslator;

namespace sms::api {
class ApiError;
}

namespace sms::errors {

// Every error code SMS Console knows, with guidance an operator can act on.
//
// The catalog is one static table (ErrorCatalog.cpp), one row per code: the
// service's codes from the published list, the per-number codes of SendSms,
// and the "ClientError.*" codes the client reports itself. A code that is not
// in the table falls back to its prefix ("LimitExceeded.Foo" answers as
// "LimitExceeded"), and finally to a generic entry; the result records which
// key answered, so the caller can still show the server's own message.
//
// Texts are translated when looked up (context "sms::errors::ErrorCatalog"),
// so after a language switch a fresh lookup is in the new language.
class ErrorCatalog
{
    Q_DECLARE_TR_FUNCTIONS(sms::errors::ErrorCatalog)

public:
    // The row for exactly this code, or nullptr.
    static const ErrorEntry *find(const QString &code);
    // The row that answers for this code after falling back through its
    // prefixes; never null (the generic row last). *matchedCode receives the
    // key that answered, empty for the generic row.
    static const ErrorEntry &resolve(const QString &code, QString *matchedCode = nullptr);
    static const ErrorEntry &genericEntry();

    static bool isKnown(const QString &code) { return find(code) != nullptr; }
    // Every code with its own row, sorted.
    static QStringList knownCodes();

    // Translated guidance. nowUtc decides countdowns (daily limits reset at
    // 00:00 Beijing time); an invalid value means "now".
    static Guidance guidanceFor(const QString &code, const QDateTime &nowUtc = {});
    static Guidance guidanceFor(const api::ApiError &error, const QDateTime &nowUtc = {});

    static QString categoryName(ErrorCategory category);
    // The texts of a code's own row (category, title, meaning, steps) as
    // translator has them, whatever language the interface is in, so that
    // a search can match Chinese and English at once. Without a translator,
    // or for a text it lacks, the English source. Empty for a code without
    // a row of its own.
    static QStringList entryTexts(const QString &code, const QTranslator *translator = nullptr);
    static QString retryText(RetryAdvice retry, int seconds);
    // Seconds until retrying makes sense, when the advice implies a time.
    static std::optional<qint64> secondsUntilRetry(RetryAdvice retry, int seconds,
                                                   const QDateTime &nowUtc);
    // "45 s", "2 min 05 s", "3 h 12 min": short, for countdowns and advice.
    static QString formatDuration(qint64 seconds);

    // The guidance as plain text for a terminal: title, code, category,
    // meaning, numbered steps, retry advice, and the server's message and
    // RequestId when given.
    static QString formatPlainText(const Guidance &guidance);
    static QString formatPlainText(const QString &code, const QString &serverMessage = {},
                                   const QString &requestId = {});

private:
    static const ErrorEntry *table(qsizetype *count);
    static const char *categorySource(ErrorCategory category);
};

} // namespace sms::errors
