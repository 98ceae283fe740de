// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/JsonFields.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace sms::review {

// Remembers, per profile, what this console submitted about each signature
// or template that the service's list actions do not return (SignType,
// DocumentType, SignPurpose, SmsType, remarks), so that a page can still
// show them. Small JSON files, one per kind and profile, named by a hash of
// the profile's name; no keys, no images, nothing secret.
//
// Without a profile name (scope) it remembers in memory only.
class SubmissionMemory
{
public:
    // kind names the file ("signatures", "templates"); directory is where
    // the files go, empty for defaultDirectory().
    SubmissionMemory(const QString &kind, const QString &directory = {});

    // SMS Console's application data directory plus "review": the GUI's
    // AppDataLocation spelled out, so that smsctl (an application of
    // another name) reads and writes the same files.
    static QString defaultDirectory();

    // Switches to a profile's file and reads it (an unreadable file counts
    // as empty).
    void setScope(const QString &profileName);
    QString scope() const { return m_scope; }
    // Empty when nothing is written to disk.
    QString filePath() const { return m_path; }

    QJsonObject facts(qint64 id) const { return m_facts.value(id); }
    // Replaces what was known of id and writes the file at once.
    void remember(qint64 id, const QJsonObject &facts);
    void forget(qint64 id);

    template<domain::json::Described T> std::optional<T> get(qint64 id) const
    {
        const auto it = m_facts.constFind(id);
        if (it == m_facts.constEnd())
            return std::nullopt;
        return domain::json::fromObject<T>(*it);
    }
    template<domain::json::Described T> void remember(qint64 id, const T &value)
    {
        remember(id, domain::json::toObject(value));
    }

private:
    void save() const;

    QString m_kind;
    QString m_directory;
    QString m_scope;
    QString m_path;
    QHash<qint64, QJsonObject> m_facts;
};

} // namespace sms::review
