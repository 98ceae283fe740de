// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "campaign/Preflight.h"
#include "campaign/Recipient.h"
#include "domain/DescribeSmsTemplateList.h"
#include "domain/SmsType.h"
#include "review/CheckProblem.h"
#include "store/JournalRecipient.h"
#include "store/StoreLocation.h"

#include <QDateTime>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

namespace sms::api {
class SmsApi;
}

namespace sms::campaign {
class CampaignRunner;
}

namespace sms::store {
class CampaignJournal;
class Database;
} // namespace sms::store

namespace sms::history {

// One message to one number (a test to oneself, a resend after a fix), with
// the checks and the journal of a campaign: pre-flight (with the opt-out
// list), then a campaign of kind SingleMessage with that one recipient,
// sent by a CampaignRunner. So its history is a campaign's: recorded in
// flight before the request leaves, and an answer that was lost leaves it
// uncertain, to be reconciled rather than sent again.
//
// One send at a time; finished() follows a start() that returned true. The
// database and the API must outlive it.
class SingleSend : public QObject
{
    Q_OBJECT

public:
    struct Message
    {
        QString appId; // SmsSdkAppId
        QString phone; // as typed
        QStringList parameters; // {1}..{n}
        QString signName; // the signature's text; may be empty for international only
        bool signatureApproved = true;
        // The template as the service lists it: id, content, market, status.
        domain::DescribeTemplateListStatus templateFacts;
        domain::SmsType smsType = domain::SmsType::Notification;
        QString defaultRegion = QStringLiteral("CN"); // of a number without its country code
    };

    // What pre-flight says of a message.
    struct Check
    {
        campaign::Recipient recipient; // the number as E.164, its market, its problem
        campaign::Preflight::Preview preview; // the text as the phone shows it, its length
        // What stops it: the template's or signature's (blockers) first,
        // then the number's or parameters'. Empty: it may be sent.
        review::CheckProblems problems;
        bool canSend() const { return problems.isEmpty(); }
    };

    // Cheap enough for every keystroke. optOut: the opt-out list's numbers
    // (store::OptOutList::load()); plannedTime: when it would leave (for a
    // marketing template's hours), invalid for now.
    static Check check(const Message &message, const QSet<QString> &optOut = {},
                       const QDateTime &plannedTime = {});

    SingleSend(api::SmsApi &api, store::Database &database, QObject *parent = nullptr);
    // Opens (and owns) the store at location, for a window that sends one
    // message now and then; when it cannot, isOpen() is false and error()
    // says why.
    SingleSend(api::SmsApi &api, const store::StoreLocation &location, QObject *parent = nullptr);
    ~SingleSend() override;

    bool isOpen() const { return m_journal != nullptr; }
    // The numbers on the opt-out list now, for check().
    QSet<QString> optOut() const;

    // Checks again (with the opt-out list as the database has it now),
    // journals and sends. False when nothing was sent, with error() (a
    // LocalCheck with problems(), or the journal's failure) and no
    // finished().
    bool start(const Message &message);
    bool isRunning() const { return m_runner != nullptr; }

    qint64 campaignId() const { return m_campaignId; }
    // The recipient as the journal holds it once finished: Accepted (with
    // its SerialNo and Fee), Refused (with the code), or Uncertain.
    store::JournalRecipient recipient() const { return m_recipient; }
    // Why it was not accepted: the service's refusal, the run's failure, a
    // lost answer (outcomeUnknown()), or a local check; none when accepted.
    api::ApiError error() const { return m_error; }
    review::CheckProblems problems() const { return m_problems; }

Q_SIGNALS:
    void finished();

private:
    void onRunFinished();

    api::SmsApi &m_api;
    std::unique_ptr<store::Database> m_ownDatabase;
    std::unique_ptr<store::CampaignJournal> m_journal;
    campaign::CampaignRunner *m_runner = nullptr;
    qint64 m_campaignId = 0;
    store::JournalRecipient m_recipient;
    api::ApiError m_error;
    review::CheckProblems m_problems;
};

} // namespace sms::history
