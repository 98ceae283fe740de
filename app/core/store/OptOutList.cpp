// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/OptOutList.h"

#include "store/Database.h"
#include "store/Statement.h"

namespace sms::store {

OptOutList::OptOutList(Database &database)
    : m_db(database)
{ }

QString OptOutList::lastError() const
{
    return m_db.lastError();
}

bool OptOutList::add(const QString &phone, const QString &note)
{
    Statement insert(m_db,
                     "INSERT INTO opt_out (phone, since, reply_id, note) VALUES (?,?,NULL,?) "
                     "ON CONFLICT(phone) DO UPDATE SET since = excluded.since, reply_id = NULL, "
                     "note = excluded.note, removed_at = NULL, removal_note = NULL "
                     "WHERE opt_out.removed_at IS NOT NULL");
    return insert.bind(1, phone).bind(2, QDateTime::currentMSecsSinceEpoch()).bind(3, note).exec();
}

bool OptOutList::remove(const QString &phone, const QString &note)
{
    Statement update(m_db,
                     "UPDATE opt_out SET removed_at = ?, removal_note = ? "
                     "WHERE phone = ? AND removed_at IS NULL");
    if (!update.bind(1, QDateTime::currentMSecsSinceEpoch())
             .bind(2, note.isNull() ? QStringLiteral("") : note)
             .bind(3, phone)
             .exec())
        return false;
    if (update.changes() == 0) {
        m_db.setLastError(QStringLiteral("%1 is not on the opt-out list").arg(phone));
        return false;
    }
    return true;
}

bool OptOutList::contains(const QString &phone) const
{
    Statement select(m_db, "SELECT 1 FROM opt_out WHERE phone = ? AND removed_at IS NULL");
    select.bind(1, phone);
    return select.next();
}

QList<OptOutEntry> OptOutList::entries() const
{
    Statement select(m_db,
                     "SELECT o.phone, o.since, o.reply_id, r.content, o.note FROM opt_out o "
                     "LEFT JOIN replies r ON r.id = o.reply_id WHERE o.removed_at IS NULL "
                     "ORDER BY o.since DESC, o.phone");
    QList<OptOutEntry> list;
    while (select.next()) {
        OptOutEntry e;
        e.phone = select.text(0);
        e.since = QDateTime::fromMSecsSinceEpoch(select.int64(1));
        e.replyId = select.int64(2);
        e.replyContent = select.text(3);
        e.note = select.text(4);
        list.append(e);
    }
    return list;
}

QSet<QString> OptOutList::load() const
{
    Statement select(m_db, "SELECT phone FROM opt_out WHERE removed_at IS NULL");
    QSet<QString> numbers;
    while (select.next())
        numbers.insert(select.text(0));
    return numbers;
}

} // namespace sms::store
