// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryFixture.h"

#include <QSqlQuery>
#include <QVariant>

using sms::store::RecipientState;
using sms::store::Statement;

HistoryFixture::HistoryFixture(sms::store::Database &database)
    : m_db(database)
    , m_recipient(std::make_unique<Statement>(
          database,
          "INSERT INTO recipients (campaign_id, source_row, input, phone, market,"
          " state, serial_no, fee, code, sent_at, receipt_state, receipt_at)"
          " VALUES (?1, 0, ?2, ?2, 0, ?3, ?4, ?5, ?6, ?7, ?8, ?9) RETURNING id"))
    , m_receipt(
          std::make_unique<Statement>(database,
                                      "INSERT INTO receipts (serial_no, phone, status, description,"
                                      " user_receive_time, received_at, recipient_id)"
                                      " VALUES (?1, ?2, ?3, ?4, ?5, ?5, ?6)"))
{ }

HistoryFixture::~HistoryFixture() = default;

qint64 HistoryFixture::campaign(const QString &appId)
{
    QSqlQuery insert(m_db.connection());
    insert.prepare(QStringLiteral("INSERT INTO campaigns (created, template_id, app_id, state)"
                                  " VALUES (0, '1001', ?, 5) RETURNING id"));
    insert.addBindValue(appId);
    return insert.exec() && insert.next() ? insert.value(0).toLongLong() : 0;
}

void HistoryFixture::add(qint64 campaignId, const QDateTime &sentAt, RecipientState state,
                         const QString &code, qint64 fee, Receipt receipt,
                         const QString &description)
{
    ++m_serial;
    const QString phone = QStringLiteral("+86138%1").arg(m_serial, 8, 10, QLatin1Char('0'));
    const QString serial = QStringLiteral("serial-%1").arg(m_serial);
    const bool accepted = state == RecipientState::Accepted;
    m_recipient->bind(1, campaignId)
        .bind(2, phone)
        .bind(3, qint64(state))
        .bind(4, accepted ? serial : QString())
        .bind(5, accepted ? fee : 0)
        .bind(6, code);
    if (sentAt.isValid())
        m_recipient->bind(7, sentAt.toMSecsSinceEpoch());
    else
        m_recipient->bindNull(7);
    if (receipt == NoReceipt) {
        m_recipient->bindNull(8).bindNull(9);
    } else {
        m_recipient->bind(8, qint64(receipt)).bind(9, sentAt.toMSecsSinceEpoch() + 5000);
    }
    qint64 recipientId = 0;
    if (!m_recipient->execReturning(&recipientId) || receipt == NoReceipt)
        return;
    m_receipt->bind(1, serial)
        .bind(2, phone)
        .bind(3, receipt == Delivered ? QStringLiteral("SUCCESS") : QStringLiteral("FAIL"))
        .bind(4, description)
        .bind(5, sentAt.toMSecsSinceEpoch() + 5000)
        .bind(6, recipientId)
        .exec();
}
