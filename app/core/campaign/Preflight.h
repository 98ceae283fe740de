// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/NumberSet.h"
#include "campaign/PreflightSummary.h"
#include "campaign/Recipient.h"
#include "domain/Market.h"
#include "domain/SmsLength.h"
#include "domain/SmsType.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <vector>

namespace sms::campaign {

// Predicts, row by row, what the service would refuse in a campaign, with
// the code it would answer, before anything is sent; and the campaign's
// totals (PreflightSummary). Rows are checked in source order, a chunk at a
// time, so a million rows go through without being held: only the numbers
// already seen are kept (8 bytes each, in a table at most half full), to
// find duplicates.
//
// The per-row rules, the first that applies giving the row its code:
//   the number      normalised to E.164 in defaultRegion
//                   (InvalidParameterValue.IncorrectPhoneNumber)
//   duplicates      a number seen in an earlier row: duplicateCode() when
//                   dropDuplicates, else counted and sent again
//   market          a mainland template to a number elsewhere, or an
//                   international one to a mainland number
//                   (UnsupportedOperation.ChineseMainlandTemplateToGlobalPhone,
//                   UnsupportedOperation.GlobalTemplateToChineseMainlandPhone)
//   parameter count as many as the template's variables
//                   (FailedOperation.TemplateParamSetNotMatchApprovedTemplate)
//   each parameter  a verification code is 0 to verificationCodeMaxDigits
//                   digits (InvalidParameterValue.TemplateParameterFormatError);
//                   no web address
//                   (InvalidParameterValue.ProhibitedUseUrlInTemplateParameter);
//                   at most parameterMaxLength characters
//                   (InvalidParameterValue.TemplateParameterLengthLimit)
//   opt-out         not on the local opt-out list
//                   (FailedOperation.PhoneNumberInBlacklist)
//   length          the message at most 500 characters as billed
//                   (InvalidParameterValue.ContentLengthLimit)
// Mainland and international numbers mixed are not a problem of a row: the
// summary counts both, and they are sent separately.
//
// What stops the whole campaign is in summary().blockers: the template or
// the signature not approved, marketing outside 08:00-22:00 Beijing time at
// the planned time, and (PreflightSummary::checkBalance) the balance.
class Preflight
{
    Q_DECLARE_TR_FUNCTIONS(sms::campaign::Preflight)

public:
    struct Options
    {
        QString defaultRegion = QStringLiteral("CN"); // of numbers without a country code
        QString templateContent;
        domain::SmsType smsType = domain::SmsType::Notification;
        domain::Market templateMarket = domain::Market::Domestic; // Both fits every number
        bool templateApproved = true;
        // Mainland messages need an approved signature; international ones
        // may go without (an empty signName), or with an approved one.
        QString signName;
        bool signatureApproved = true;
        // The service's default; an account may have had it raised.
        int parameterMaxLength = 6;
        int verificationCodeMaxDigits = 6;
        bool dropDuplicates = true;
        // When the first message leaves; a null time means now.
        QDateTime plannedTime;
        // E.164 numbers that opted out ("unsubscribe" replies).
        QSet<QString> optOut;
    };

    // A row's message as the phone shows it, and what it is billed.
    struct Preview
    {
        QString text;
        domain::SmsLength::Result length;
    };

    explicit Preflight(const Options &options);

    // Checks one row (phone, market, problemCode and problem filled in) and
    // counts it in summary(). Rows must come in source order: the first of
    // two equal numbers is the one kept.
    void check(Recipient &recipient);
    void check(QList<Recipient> &chunk);
    // Totals of the rows checked so far, with the campaign's blockers.
    PreflightSummary summary() const;

    // The message of a row that was checked (its market decides the
    // signature and the counting), for a preview.
    Preview preview(const Recipient &recipient) const;
    const Options &options() const { return m_options; }

    // The code of a dropped duplicate. The service has none (it would send
    // and bill the number twice): this one is SMS Console's own.
    static QString duplicateCode() { return QStringLiteral("Campaign.DuplicatePhoneNumber"); }
    // Whether a message of type smsType may leave at `at`: marketing only
    // between 08:00 and 22:00 Beijing time.
    static bool withinSendingHours(domain::SmsType smsType, const QDateTime &at);

private:
    // The number normalised (phone and market set), or refused.
    bool readNumber(Recipient &recipient) const;
    // The rules after the number's own, for a row whose number was read
    // (key: its duplicate-table key), or 0 for a row whose number was not.
    void finish(Recipient &recipient, quint64 key);
    bool checkNumber(Recipient &recipient, quint64 key);
    bool checkParameters(Recipient &recipient) const;
    void refuse(Recipient &recipient, const char *code, const QString &problem) const;
    domain::SmsLength::Result lengthOf(const Recipient &recipient);
    review::CheckProblems blockers() const;

    Options m_options;
    int m_variableCount = 0;
    NumberSet m_seen; // E.164 digits of the numbers met so far
    std::vector<quint64> m_keys; // of the chunk being checked
    qsizetype m_domesticFixedLength = 0; // 【signature】 and template, parameters empty
    QList<qsizetype> m_occurrences; // of {1}, {2}... in the template
    QHash<qsizetype, domain::SmsLength::Result> m_domesticLengths; // by characters
    PreflightSummary m_summary;
};

} // namespace sms::campaign
