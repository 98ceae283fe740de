// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/HistoryJournal.h"

#include "Logging.h"
#include "domain/PhoneNumber.h"
#include "domain/UnsubscribeReply.h"
#include "store/CampaignJournal.h"
#include "store/CampaignKind.h"
#include "store/Database.h"
#include "store/JournalRecipient.h"
#include "store/Statement.h"

#include <QDateTime>
#include <QRegularExpression>

namespace sms::store {

namespace {
// recipients.receipt_state
constexpr qint64 kDelivered = 1;
constexpr qint64 kFailed = 2;

// Receipts kept without their send are looked at again for as long as the
// pulls by number reach back: a send older than that will not turn up.
constexpr qint64 kLinkWindowMs = 8LL * 24 * 3600 * 1000;

// A record at the service this close to a send of ours whose outcome is
// uncertain may be that very send: reconciliation settles it, not a lookup.
constexpr qint64 kUncertainSlackMs = 10LL * 60 * 1000;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// The receipt_state a receipt gives its send; 0 for a status this client
// does not know (the receipt is kept, the send stays without an outcome).
qint64 receiptStateOf(domain::ReportStatus status)
{
    switch (status) {
    case domain::ReportStatus::Success:
        return kDelivered;
    case domain::ReportStatus::Fail:
        return kFailed;
    case domain::ReportStatus::Unknown:
        break;
    }
    return 0;
}

// Whether a query (of at most one row) finds its row; the statement is
// reset either way, ready for the next binding.
bool exists(Statement &query)
{
    if (!query.next())
        return false;
    query.next();
    return true;
}

QString e164(const QString &phone)
{
    const domain::PhoneNumber number = domain::PhoneNumber::parse(phone);
    return number.isValid() ? number.e164() : phone;
}

// Writes receipts, each at most once, and gives the send it belongs to (by
// SerialNo and number) its outcome.
class ReceiptWriter
{
public:
    explicit ReceiptWriter(Database &db)
        : m_insert(db,
                   "INSERT INTO receipts (serial_no, phone, app_id, status, "
                   "description, user_receive_time, received_at, session_context, recipient_id) "
                   "VALUES (?1,?2,?3,?4,?5,?6,?7,?8,(SELECT id FROM recipients WHERE "
                   "serial_no = ?1 AND phone = ?2 ORDER BY id LIMIT 1)) ON CONFLICT DO NOTHING")
        , m_mark(db,
                 "UPDATE recipients SET receipt_state = ?1, receipt_at = ?2 "
                 "WHERE serial_no = ?3 AND phone = ?4")
    { }

    // 1 when the receipt was new, 0 when it was kept already, -1 on error.
    int write(const QString &appId, const domain::DeliveryReceipt &r, qint64 receivedAt)
    {
        const QString phone = e164(r.phoneNumber);
        m_insert.bind(1, r.serialNo)
            .bind(2, phone)
            .bind(3, appId.isNull() ? QStringLiteral("") : appId)
            .bind(4, r.reportStatus.isNull() ? QStringLiteral("") : r.reportStatus)
            .bind(5, r.description)
            .bind(7, receivedAt)
            .bind(8, r.sessionContext);
        if (r.userReceiveTime > 0)
            m_insert.bind(6, r.userReceiveTime);
        else
            m_insert.bindNull(6);
        if (!m_insert.exec())
            return -1;
        if (m_insert.changes() == 0)
            return 0;
        const qint64 state = receiptStateOf(r.status);
        if (state != 0) {
            const qint64 at = r.userReceiveTime > 0 ? r.userReceiveTime * 1000 : receivedAt;
            if (!m_mark.bind(1, state).bind(2, at).bind(3, r.serialNo).bind(4, phone).exec())
                return -1;
        }
        return 1;
    }

private:
    Statement m_insert;
    Statement m_mark;
};

// The signature of a recorded text: the 【】 at its start (or, as some
// senders write it, at its end).
QString signatureOf(const QString &content)
{
    static const QRegularExpression sign(QStringLiteral("^\\s*【([^】]+)】|【([^】]+)】\\s*$"));
    const QRegularExpressionMatch m = sign.match(content);
    if (!m.hasMatch())
        return QStringLiteral("");
    return m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
}

// The receipt a send record implies, for a send whose receipt was never
// pulled: its outcome and the carrier's code, without the description a
// pulled receipt has.
std::optional<domain::DeliveryReceipt> receiptOf(const domain::SendRecord &record)
{
    domain::DeliveryReceipt r;
    if (record.status == domain::SendRecordStatus::Delivered) {
        r.reportStatus = QStringLiteral("SUCCESS");
        r.status = domain::ReportStatus::Success;
    } else if (record.status == domain::SendRecordStatus::DeliveryFailed) {
        r.reportStatus = QStringLiteral("FAIL");
        r.status = domain::ReportStatus::Fail;
    } else {
        return std::nullopt;
    }
    r.phoneNumber = record.phoneNumber;
    r.serialNo = record.serialNo;
    r.description = record.statusCode;
    r.userReceiveTime = record.userReceiveTime;
    return r;
}
} // namespace

HistoryJournal::HistoryJournal(Database &database)
    : m_db(database)
{ }

QString HistoryJournal::lastError() const
{
    return m_db.lastError();
}

int HistoryJournal::storeReceipts(const QString &appId, const domain::DeliveryReceiptList &receipts)
{
    int stored = 0;
    const qint64 now = nowMs();
    const bool ok = m_db.durableTransaction([&] {
        ReceiptWriter writer(m_db);
        for (const domain::DeliveryReceipt &r : receipts) {
            const int written = writer.write(appId, r, now);
            if (written < 0)
                return false;
            stored += written;
        }
        return true;
    });
    if (!ok)
        return -1;
    qCDebug(lcStore) << "stored" << stored << "of" << receipts.size() << "receipts";
    return stored;
}

int HistoryJournal::linkReceipts()
{
    struct Link
    {
        qint64 receipt;
        qint64 recipient;
        qint64 state;
        qint64 at;
    };
    QList<Link> links;
    {
        Statement select(m_db,
                         "SELECT rc.id, r.id, rc.status, rc.user_receive_time, rc.received_at "
                         "FROM receipts rc JOIN recipients r ON r.serial_no = rc.serial_no "
                         "AND r.phone = rc.phone WHERE rc.recipient_id IS NULL "
                         "AND rc.received_at >= ?");
        select.bind(1, nowMs() - kLinkWindowMs);
        while (select.next()) {
            const qint64 userTime = select.int64(3);
            links.append({select.int64(0), select.int64(1),
                          receiptStateOf(domain::reportStatusFromString(select.text(2))),
                          userTime > 0 ? userTime * 1000 : select.int64(4)});
        }
        if (!select.ok())
            return -1;
    }
    if (links.isEmpty())
        return 0;
    const bool ok = m_db.durableTransaction([&] {
        Statement link(m_db, "UPDATE receipts SET recipient_id = ? WHERE id = ?");
        Statement mark(m_db,
                       "UPDATE recipients SET receipt_state = ?, receipt_at = ? WHERE id = ?");
        for (const Link &l : std::as_const(links)) {
            if (!link.bind(1, l.recipient).bind(2, l.receipt).exec())
                return false;
            if (l.state != 0 && !mark.bind(1, l.state).bind(2, l.at).bind(3, l.recipient).exec())
                return false;
        }
        return true;
    });
    return ok ? int(links.size()) : -1;
}

std::optional<HistoryJournal::ReplyCounts>
HistoryJournal::storeReplies(const QString &appId, const domain::ReplyRecordList &replies)
{
    ReplyCounts counts;
    const qint64 now = nowMs();
    const bool ok = m_db.durableTransaction([&] {
        Statement insert(m_db,
                         "INSERT INTO replies (phone, app_id, sign_name, extend_code, content, "
                         "reply_time, received_at) VALUES (?,?,?,?,?,?,?) "
                         "ON CONFLICT DO NOTHING RETURNING id");
        // A number that is on the list stays as it is; one an operator took
        // off comes back with this newer reply.
        Statement optOut(m_db,
                         "INSERT INTO opt_out (phone, since, reply_id) VALUES (?,?,?) "
                         "ON CONFLICT(phone) DO UPDATE SET since = excluded.since, "
                         "reply_id = excluded.reply_id, note = NULL, removed_at = NULL, "
                         "removal_note = NULL WHERE opt_out.removed_at IS NOT NULL");
        for (const domain::ReplyRecord &r : replies) {
            const QString phone = e164(r.phoneNumber);
            qint64 replyId = 0;
            if (!insert.bind(1, phone)
                     .bind(2, appId.isNull() ? QStringLiteral("") : appId)
                     .bind(3, r.signName)
                     .bind(4, r.extendCode)
                     .bind(5, r.replyContent.isNull() ? QStringLiteral("") : r.replyContent)
                     .bind(6, r.replyTime)
                     .bind(7, now)
                     .execReturning(&replyId))
                return false;
            if (replyId == 0)
                continue; // kept already
            ++counts.stored;
            if (!domain::UnsubscribeReply::matches(r.replyContent))
                continue;
            if (!optOut.bind(1, phone).bind(2, r.replyTime * 1000).bind(3, replyId).exec())
                return false;
            counts.optedOut += optOut.changes();
        }
        return true;
    });
    if (!ok)
        return std::nullopt;
    return counts;
}

QList<HistoryJournal::WaitingNumber>
HistoryJournal::waitingForReceipt(const QString &appId, qint64 fromMs, qint64 toMs) const
{
    // The range on sent_at comes first so that its index bounds the scan.
    Statement select(m_db,
                     "SELECT r.phone, MIN(r.sent_at) FROM recipients r "
                     "JOIN campaigns c ON c.id = r.campaign_id "
                     "WHERE r.sent_at BETWEEN ? AND ? AND r.state = ? "
                     "AND r.receipt_state IS NULL AND c.app_id = ? "
                     "GROUP BY r.phone ORDER BY 2");
    select.bind(1, fromMs).bind(2, toMs).bind(3, qint64(RecipientState::Accepted)).bind(4, appId);
    QList<WaitingNumber> list;
    while (select.next())
        list.append({select.text(0), select.int64(1)});
    return list;
}

QString HistoryJournal::value(const QString &key) const
{
    Statement select(m_db, "SELECT value FROM store_state WHERE key = ?");
    select.bind(1, key);
    return select.next() ? select.text(0) : QString();
}

bool HistoryJournal::setValue(const QString &key, const QString &value)
{
    Statement upsert(m_db,
                     "INSERT INTO store_state (key, value) VALUES (?,?) "
                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    return upsert.bind(1, key).bind(2, value).exec();
}

bool HistoryJournal::removeValue(const QString &key)
{
    Statement remove(m_db, "DELETE FROM store_state WHERE key = ?");
    return remove.bind(1, key).exec();
}

qint64 HistoryJournal::createSingleMessage(const CampaignRecord &campaign,
                                           const campaign::Recipient &recipient)
{
    qint64 id = 0;
    const bool ok = m_db.transaction([&] {
        CampaignJournal journal(m_db);
        CampaignRecord record = campaign;
        record.state = CampaignState::Ready;
        id = journal.createCampaign(record);
        if (id == 0)
            return false;
        Statement kind(m_db, "UPDATE campaigns SET kind = ? WHERE id = ?");
        return kind.bind(1, qint64(CampaignKind::SingleMessage)).bind(2, id).exec()
            && journal.addRecipients(id, {recipient});
    });
    return ok ? id : 0;
}

qint64 HistoryJournal::foundCampaign(const QString &appId, const QString &signName)
{
    Statement select(m_db,
                     "SELECT id FROM campaigns WHERE kind = ? AND app_id = ? AND sign_name = ? "
                     "ORDER BY id LIMIT 1");
    select.bind(1, qint64(CampaignKind::Found)).bind(2, appId).bind(3, signName);
    if (select.next())
        return select.int64(0);
    CampaignRecord record;
    record.appId = appId;
    record.signName = signName;
    record.templateId = QStringLiteral(""); // the service's records do not say
    record.state = CampaignState::Finished;
    const qint64 id = CampaignJournal(m_db).createCampaign(record);
    if (id == 0)
        return 0;
    Statement kind(m_db, "UPDATE campaigns SET kind = ? WHERE id = ?");
    return kind.bind(1, qint64(CampaignKind::Found)).bind(2, id).exec() ? id : 0;
}

std::optional<HistoryJournal::FoundCounts>
HistoryJournal::addFoundSends(const QString &appId, const QList<domain::SendRecord> &records)
{
    FoundCounts counts;
    const qint64 now = nowMs();
    const bool ok = m_db.durableTransaction([&] {
        Statement known(m_db,
                        "SELECT id FROM recipients WHERE serial_no = ? AND phone = ? LIMIT 1");
        // A refused send has no SerialNo: its number, time and code name it.
        Statement knownRefusal(m_db,
                               "SELECT id FROM recipients WHERE phone = ? AND sent_at = ? "
                               "AND code = ? AND serial_no IS NULL LIMIT 1");
        Statement uncertain(m_db,
                            "SELECT 1 FROM recipients WHERE phone = ? AND sent_at BETWEEN ? AND ? "
                            "AND state IN (?, ?) LIMIT 1");
        Statement insert(m_db,
                         "INSERT INTO recipients (campaign_id, source_row, input, phone, market, "
                         "state, serial_no, code, sent_at, content) VALUES (?,0,?,?,?,?,?,?,?,?)");
        ReceiptWriter writer(m_db);
        for (const domain::SendRecord &record : records) {
            const QString phone = e164(record.phoneNumber);
            const qint64 sentAt = record.sendTime * 1000;
            const bool hasSerial = !record.serialNo.isEmpty();
            bool have = false;
            if (hasSerial) {
                known.bind(1, record.serialNo).bind(2, phone);
                have = exists(known);
            } else {
                knownRefusal.bind(1, phone).bind(2, sentAt).bind(3, record.requestCode);
                have = exists(knownRefusal);
            }
            if (!have) {
                uncertain.bind(1, phone)
                    .bind(2, sentAt - kUncertainSlackMs)
                    .bind(3, sentAt + kUncertainSlackMs)
                    .bind(4, qint64(RecipientState::InFlight))
                    .bind(5, qint64(RecipientState::Uncertain));
                if (exists(uncertain))
                    continue;
                const qint64 campaignId = foundCampaign(appId, signatureOf(record.content));
                if (campaignId == 0)
                    return false;
                const bool accepted = record.requestCode == QLatin1String("Ok");
                insert.bind(1, campaignId)
                    .bind(2, phone)
                    .bind(3, phone)
                    .bind(4, qint64(record.isoCode == QLatin1String("CN") ? 0 : 1))
                    .bind(5, qint64(accepted ? RecipientState::Accepted : RecipientState::Refused))
                    .bind(6, hasSerial ? record.serialNo : QString())
                    .bind(7, record.requestCode)
                    .bind(8, sentAt)
                    .bind(9, record.content);
                if (!insert.exec())
                    return false;
                ++counts.sendsAdded;
            }
            const std::optional<domain::DeliveryReceipt> receipt = receiptOf(record);
            if (!receipt || !hasSerial)
                continue;
            const int written = writer.write(appId, *receipt, now);
            if (written < 0)
                return false;
            counts.receiptsAdded += written;
        }
        return linkReceipts() >= 0;
    });
    if (!ok)
        return std::nullopt;
    return counts;
}

} // namespace sms::store
