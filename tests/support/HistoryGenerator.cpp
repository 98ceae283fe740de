// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryGenerator.h"

#include "store/Database.h"
#include "store/JournalRecipient.h"
#include "store/Statement.h"

namespace sms::testsupport {

using history::HistoryRow;
using history::Lifecycle;
using store::RecipientState;
using store::Statement;

HistoryGenerator::Outcome HistoryGenerator::outcome(qint64 i)
{
    switch (i % 20) {
    case 0:
        return Outcome::DailyLimit;
    case 1:
        return Outcome::SensitiveWord;
    case 2:
        return Outcome::EmptyNumber;
    case 3:
        return Outcome::Blocklist;
    case 4:
        return Outcome::NoReceipt;
    case 5:
        return Outcome::Uncertain;
    default:
        return Outcome::Delivered;
    }
}

QString HistoryGenerator::phone(qint64 i, const Spec &spec)
{
    // Two prefixes, so that a prefix filter splits them.
    const qint64 n = i % spec.distinctNumbers;
    return QStringLiteral("+86%1%2")
        .arg(n % 2 == 0 ? QLatin1String("138") : QLatin1String("139"))
        .arg(n, 8, 10, QLatin1Char('0'));
}

QString HistoryGenerator::signOf(int campaign)
{
    return campaign % 2 == 0 ? QStringLiteral("沙盒科技") : QStringLiteral("测试签名");
}

QString HistoryGenerator::appOf(int campaign)
{
    return campaign % 2 == 0 ? QStringLiteral("1400000001") : QStringLiteral("1400000002");
}

QList<HistoryRow> HistoryGenerator::generate(store::Database &db, const Spec &spec, QString *error,
                                             bool keepRows)
{
    QList<HistoryRow> rows;
    const bool ok = db.transaction([&] {
        Statement campaign(db,
                           "INSERT INTO campaigns (id, name, created, sign_name, template_id, "
                           "app_id, state, kind) VALUES (?, ?, ?, ?, ?, ?, 5, ?)");
        for (int c = 1; c <= spec.campaigns; ++c) {
            // The last one is a single message's, when there are several.
            const int kind = spec.campaigns > 1 && c == spec.campaigns ? 1 : 0;
            if (!campaign.bind(1, c)
                     .bind(2, QStringLiteral("campaign %1").arg(c))
                     .bind(3, spec.firstSentAtMs)
                     .bind(4, signOf(c))
                     .bind(5, templateOf(c))
                     .bind(6, appOf(c))
                     .bind(7, kind)
                     .exec())
                return false;
        }
        Statement batch(db,
                        "INSERT INTO batches (id, campaign_id, action, state, size, "
                        "request_id, started) VALUES (?, ?, 'SendSms', 2, 200, ?, ?)");
        Statement recipient(db,
                            "INSERT INTO recipients (id, campaign_id, source_row, input, "
                            "phone, params, market, state, batch_id, serial_no, fee, code, "
                            "message, sent_at, receipt_state, receipt_at) VALUES (?, ?, ?, "
                            "?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        Statement receipt(db,
                          "INSERT INTO receipts (serial_no, phone, app_id, status, "
                          "description, user_receive_time, received_at, recipient_id) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        Statement reply(db,
                        "INSERT INTO replies (phone, app_id, content, reply_time, "
                        "received_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING");
        if (keepRows)
            rows.reserve(spec.sends);
        for (qint64 i = 0; i < spec.sends; ++i) {
            const qint64 id = i + 1;
            const int c = int(i % spec.campaigns) + 1;
            const qint64 batchId = i / 200 + 1;
            const qint64 sentAt = spec.firstSentAtMs + i * spec.stepMs;
            if (i % 200 == 0
                && !batch.bind(1, batchId)
                        .bind(2, c)
                        .bind(3, QStringLiteral("req-%1").arg(batchId))
                        .bind(4, sentAt)
                        .exec())
                return false;
            HistoryRow row;
            row.id = id;
            row.campaignId = c;
            row.campaignKind = spec.campaigns > 1 && c == spec.campaigns ? 1 : 0;
            row.phone = phone(i, spec);
            row.sentAtMs = sentAt;
            row.templateId = templateOf(c);
            row.signName = signOf(c);
            row.appId = appOf(c);
            const Outcome fate = outcome(i);
            switch (fate) {
            case Outcome::DailyLimit:
            case Outcome::SensitiveWord:
                row.state = RecipientState::Refused;
                row.code = fate == Outcome::DailyLimit
                    ? QStringLiteral("LimitExceeded.PhoneNumberDailyLimit")
                    : QStringLiteral("FailedOperation.ContainSensitiveWord");
                row.message = QStringLiteral("refused");
                break;
            case Outcome::Uncertain:
                row.state = RecipientState::Uncertain;
                row.code = QStringLiteral("ClientError.Timeout");
                break;
            default:
                row.state = RecipientState::Accepted;
                row.code = QStringLiteral("Ok");
                row.serialNo = QStringLiteral("S%1").arg(id);
                row.fee = 1;
                break;
            }
            if (fate == Outcome::EmptyNumber || fate == Outcome::Blocklist
                || fate == Outcome::Delivered) {
                row.receipt = fate == Outcome::Delivered ? Lifecycle::Receipt::Delivered
                                                         : Lifecycle::Receipt::Failed;
                row.receiptAtMs = sentAt + 5000;
                row.receiptDescription = fate == Outcome::Delivered
                    ? QStringLiteral("DELIVRD 用户接收成功")
                    : fate == Outcome::EmptyNumber ? QStringLiteral("MK:0001 空号")
                                                   : QStringLiteral("DB:0141 运营商黑名单");
            }
            recipient.bind(1, id)
                .bind(2, c)
                .bind(3, i + 1)
                .bind(4, row.phone)
                .bind(5, row.phone)
                .bind(6, QStringLiteral("%1\x1f%2").arg(i).arg(c))
                .bind(7, int(row.state))
                .bind(8, batchId)
                .bind(9, row.serialNo)
                .bind(10, row.fee)
                .bind(11, row.code)
                .bind(12, row.message)
                .bind(13, sentAt);
            if (row.receipt == Lifecycle::Receipt::None)
                recipient.bindNull(14).bindNull(15);
            else
                recipient.bind(14, int(row.receipt)).bind(15, row.receiptAtMs);
            if (!recipient.exec())
                return false;
            if (row.receipt != Lifecycle::Receipt::None
                && !receipt.bind(1, row.serialNo)
                        .bind(2, row.phone)
                        .bind(3, row.appId)
                        .bind(4,
                              row.receipt == Lifecycle::Receipt::Delivered
                                  ? QStringLiteral("SUCCESS")
                                  : QStringLiteral("FAIL"))
                        .bind(5, row.receiptDescription)
                        .bind(6, row.receiptAtMs / 1000)
                        .bind(7, row.receiptAtMs + 1000)
                        .bind(8, id)
                        .exec())
                return false;
            if (i % 50 == 7
                && !reply.bind(1, row.phone)
                        .bind(2, row.appId)
                        .bind(3, QStringLiteral("收到 %1").arg(id))
                        .bind(4, sentAt + 60'000)
                        .bind(5, sentAt + 61'000)
                        .exec())
                return false;
            if (keepRows)
                rows.append(row);
        }
        // The ids were given here: PostgreSQL's identity columns would hand
        // out the same ones again unless told where they are.
        if (db.engine() == store::Engine::Postgres) {
            for (const char *table : {"campaigns", "batches", "recipients"}) {
                if (!db.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                            "(SELECT max(id) FROM %1))")
                                 .arg(QLatin1String(table))))
                    return false;
            }
        }
        return true;
    });
    if (!ok) {
        if (error)
            *error = db.lastError();
        return {};
    }
    return rows;
}

} // namespace sms::testsupport
