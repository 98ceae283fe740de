// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/Recipient.h"
#include "domain/DeliveryReceipt.h"
#include "domain/DescribeSendRecordList.h"
#include "domain/ReplyRecord.h"
#include "store/CampaignRecord.h"

#include <QList>
#include <QString>

#include <optional>

namespace sms::store {

class Database;

// The writing side of the send history, in the profile's database beside
// the campaign journal: delivery receipts, replies (and the opt-out list
// they feed), single messages, sends found at the service, and the small
// facts the receipt puller keeps between runs.
//
// The service hands each receipt and reply out once, so each batch of them
// is committed durably (the log synced) before the call returns: a caller
// may show or acknowledge them, or pull the next ones, only after that.
// Receipts are unique by SerialNo and number, replies by number, time and
// text: storing a copy again (a recovery, a lookup) changes nothing, and the
// counts returned are of what was new.
class HistoryJournal
{
public:
    explicit HistoryJournal(Database &database);

    Database &database() { return m_db; }
    QString lastError() const;

    // --- Receipts
    // Stores appId's receipts; a receipt whose SerialNo and number match a
    // send marks that send delivered or failed. Receipts of sends this store
    // does not know (another tool's) are kept too, and attached when the send
    // turns up (linkReceipts()). Returns how many were new, -1 when nothing
    // could be written.
    int storeReceipts(const QString &appId, const domain::DeliveryReceiptList &receipts);
    // Attaches the receipts kept in the last days without their send (one
    // pulled before its batch's answer was written, or before a lookup found
    // the send) to it. Returns how many, -1 on error.
    int linkReceipts();

    // --- Replies
    struct ReplyCounts
    {
        int stored = 0; // new replies
        int optedOut = 0; // numbers an unsubscribe reply put on the opt-out list
    };
    // Stores appId's replies; a new one that asks to unsubscribe
    // (domain::UnsubscribeReply) puts its number on the opt-out list, with
    // the reply's id. std::nullopt when nothing could be written.
    std::optional<ReplyCounts> storeReplies(const QString &appId,
                                            const domain::ReplyRecordList &replies);

    // --- What is still waiting for a receipt
    struct WaitingNumber
    {
        QString phone;
        qint64 firstSentAt = 0; // ms: its earliest send still waiting in the window
    };
    // The numbers of appId's accepted sends between fromMs and toMs (sent_at)
    // that have no receipt yet, each once.
    QList<WaitingNumber> waitingForReceipt(const QString &appId, qint64 fromMs, qint64 toMs) const;

    // --- Small facts kept between runs (store_state)
    QString value(const QString &key) const;
    bool setValue(const QString &key, const QString &value);
    bool removeValue(const QString &key);

    // --- Single messages
    // A campaign of kind SingleMessage with this one recipient (pre-flight
    // already filled its number and any problem), ready for a
    // CampaignRunner. Returns its id, 0 on failure.
    qint64 createSingleMessage(const CampaignRecord &campaign,
                               const campaign::Recipient &recipient);

    // --- Sends found at the service (DescribeSendRecordList)
    struct FoundCounts
    {
        int sendsAdded = 0; // sends this store did not have, now recipients
        int receiptsAdded = 0; // outcomes it lacked, of sends it had or added
    };
    // Adds the records of one number that this store does not have as
    // recipients of a Found campaign (one per appId and signature, taken
    // from the 【】 of the recorded text); for a send it has, only a
    // receipt it lacks. A record near a send of this console whose outcome
    // is uncertain is left to reconciliation, which settles that send.
    // std::nullopt when nothing could be written.
    std::optional<FoundCounts> addFoundSends(const QString &appId,
                                             const QList<domain::SendRecord> &records);

private:
    qint64 foundCampaign(const QString &appId, const QString &signName);

    Database &m_db;
};

} // namespace sms::store
