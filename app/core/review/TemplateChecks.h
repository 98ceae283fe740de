// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/TemplateApplication.h"
#include "review/CheckProblem.h"
#include "review/TemplateRecord.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace sms::review {

// What the service refuses in a template application (AddSmsTemplate,
// ModifySmsTemplate), found before anything is sent. Pure functions.
//
// The rules, each answered with the service's code:
//   TemplateName     not empty (MissingParameter)
//   SmsType          1 marketing, 2 notification, 3 verification code
//                    (InvalidSmsType)
//   International    0 or 1 (InvalidInternational)
//   TemplateContent  not empty and at most 500 characters as the service
//                    counts them (ContentLengthLimit); every {...} a variable
//                    {1}, {2}, ... numbered from 1 without gaps, no 【】
//                    (the signature is added when sending), and a
//                    verification-code template has a variable for the code
//                    (InvalidTemplateFormat); no variable inside a web
//                    address (ProhibitedUseUrlInTemplateParameter); a
//                    mainland marketing template ends with its opt-out text
//                    (MarketingTemplateWithoutUnsubscribe)
// and, against the template being modified: not once it passed review
// (TemplateAlreadyPassedCheck), and not to another market
// (InvalidInternational).
class TemplateChecks
{
    Q_DECLARE_TR_FUNCTIONS(sms::review::TemplateChecks)

public:
    static CheckProblems check(const domain::TemplateApplication &application);
    static CheckProblems checkModify(const domain::TemplateApplication &application,
                                     const TemplateRecord &existing);
    // Why existing cannot be modified at all, for a disabled "Modify"
    // button's text; nothing when it can.
    static std::optional<CheckProblem> modifyBlocker(const TemplateRecord &existing);

    // The opt-out text the service looks for at the end of a mainland
    // marketing template, and whether content ends with one it accepts.
    static QString unsubscribeText();
    static bool hasUnsubscribe(const QString &content);
    // content with the standard opt-out text appended (after a full stop
    // when the content does not end with punctuation); unchanged when it
    // already ends with an accepted one.
    static QString withUnsubscribe(const QString &content);

    // Whether text holds (part of) a web address: a scheme, "www." or a
    // common top-level domain. The service refuses one in a variable's value
    // as it does in a variable's place in the content (a run of text
    // without spaces or Chinese characters, the variable replaced by a
    // letter).
    static bool looksLikeAddress(const QString &text);

    // Every {...} in content, in order, for highlighting: where it is, and
    // its variable number, or 0 when the braces do not hold a valid one.
    struct Variable
    {
        qsizetype start = 0; // UTF-16 index of "{"
        qsizetype length = 0; // up to and including "}"
        int number = 0;

        friend bool operator==(const Variable &, const Variable &) = default;
    };
    static QList<Variable> variables(const QString &content);

    // Values to preview the template with, one per variable ({1} first):
    // what the service accepts for this SmsType and market, as long as a
    // value may be (6 characters; digits for a verification code), so the
    // preview's length and segments are those of the longest message.
    static QStringList sampleParameters(const QString &content, qint64 smsType,
                                        qint64 international);
};

} // namespace sms::review
