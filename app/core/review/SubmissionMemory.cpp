// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/SubmissionMemory.h"

#include "Logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace sms::review {

SubmissionMemory::SubmissionMemory(const QString &kind, const QString &directory)
    : m_kind(kind)
    , m_directory(directory.isEmpty() ? defaultDirectory() : directory)
{ }

QString SubmissionMemory::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/SmsConsole/SMS Console/review");
}

void SubmissionMemory::setScope(const QString &profileName)
{
    m_scope = profileName;
    m_facts.clear();
    m_path.clear();
    if (profileName.isEmpty() || m_directory.isEmpty())
        return;
    // A profile name may hold any character; its hash makes a file name.
    const QByteArray hash
        = QCryptographicHash::hash(profileName.toUtf8(), QCryptographicHash::Sha256)
              .toHex()
              .left(16);
    m_path = QStringLiteral("%1/%2-%3.json").arg(m_directory, m_kind, QString::fromLatin1(hash));

    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject records = QJsonDocument::fromJson(file.readAll())
                                    .object()
                                    .value(QLatin1String("records"))
                                    .toObject();
    for (auto it = records.constBegin(); it != records.constEnd(); ++it) {
        bool ok = false;
        const qint64 id = it.key().toLongLong(&ok);
        if (ok && it.value().isObject())
            m_facts.insert(id, it.value().toObject());
    }
}

void SubmissionMemory::remember(qint64 id, const QJsonObject &facts)
{
    m_facts.insert(id, facts);
    save();
}

void SubmissionMemory::forget(qint64 id)
{
    if (m_facts.remove(id))
        save();
}

void SubmissionMemory::save() const
{
    if (m_path.isEmpty())
        return;
    QJsonObject records;
    for (auto it = m_facts.constBegin(); it != m_facts.constEnd(); ++it)
        records.insert(QString::number(it.key()), it.value());
    // The profile's name inside, for a person who opens the file.
    const QJsonObject root {{QStringLiteral("profile"), m_scope},
                            {QStringLiteral("records"), records}};
    QDir().mkpath(m_directory);
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson()) < 0
        || !file.commit())
        qCWarning(lcStore) << "cannot write" << m_path << file.errorString();
}

} // namespace sms::review
