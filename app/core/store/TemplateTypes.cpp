// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/TemplateTypes.h"

#include "store/Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace sms::store {

TemplateTypes::TemplateTypes(Database &database)
    : m_db(database)
{ }

QString TemplateTypes::keyOf(const QString &templateId)
{
    return QStringLiteral("template_type/") + templateId;
}

std::optional<domain::SmsType> TemplateTypes::type(const QString &templateId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT value FROM store_state WHERE key = ?"));
    q.addBindValue(keyOf(templateId));
    if (!q.exec() || !q.next())
        return std::nullopt;
    bool ok = false;
    const domain::SmsType type = domain::smsTypeFromCode(q.value(0).toLongLong(&ok));
    if (!ok || type == domain::SmsType::Unknown)
        return std::nullopt;
    return type;
}

bool TemplateTypes::remember(const QString &templateId, domain::SmsType type)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO store_state (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(keyOf(templateId));
    q.addBindValue(QString::number(domain::smsTypeCode(type)));
    return q.exec() || m_db.fail(q);
}

} // namespace sms::store
