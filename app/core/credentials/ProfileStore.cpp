// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/ProfileStore.h"

#include "Logging.h"
#include "store/StoreLocation.h"

#include <QSettings>

#include <algorithm>

namespace sms::credentials {

// Layout of the settings file (INI). The profiles are an array, so a name may
// hold any character QSettings would otherwise have to escape in a key, and
// the order the operator created them in is kept:
//
//   [General]
//   activeProfile=Production
//   [profiles]
//   size=2
//   1\name=Production
//   1\endpoint=https://sms.tencentcloudapi.com
//   1\region=ap-guangzhou
//   1\serverLanguage=
//   1\sandbox=false
//   1\clockOffsetSeconds=0
//   1\storeUrl=postgresql://operator@db.example.com/sms?sslmode=verify-full
//   1\appIds\size=1
//   1\appIds\1\appId=1400000001
//   1\appIds\1\label=Shop
//   ...
//
// Other parts of the application keep their own keys in the same file; this
// class touches only "profiles" and "activeProfile".
namespace {
const QString profilesKey = QStringLiteral("profiles");
const QString activeKey = QStringLiteral("activeProfile");
const QString nameKey = QStringLiteral("name");
const QString endpointKey = QStringLiteral("endpoint");
const QString regionKey = QStringLiteral("region");
const QString languageKey = QStringLiteral("serverLanguage");
const QString sandboxKey = QStringLiteral("sandbox");
const QString clockKey = QStringLiteral("clockOffsetSeconds");
const QString storeUrlKey = QStringLiteral("storeUrl");
const QString appIdsKey = QStringLiteral("appIds");
const QString appIdKey = QStringLiteral("appId");
const QString labelKey = QStringLiteral("label");
constexpr qsizetype maxNameLength = 100;
} // namespace

ProfileStore::ProfileStore(const QString &settingsPath, QObject *parent)
    : QObject(parent)
    , m_settings(settingsPath.isEmpty()
                     ? std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                                   QStringLiteral("SmsConsole"),
                                                   QStringLiteral("SMS Console"))
                     : std::make_unique<QSettings>(settingsPath, QSettings::IniFormat))
{
}

ProfileStore::~ProfileStore() = default;

QString ProfileStore::settingsPath() const
{
    return m_settings->fileName();
}

bool ProfileStore::isValidName(const QString &name)
{
    if (name.trimmed().isEmpty() || name.size() > maxNameLength)
        return false;
    for (const QChar c : name) {
        if (c == QLatin1Char('/') || c == QLatin1Char('\\'))
            return false;
        const QChar::Category category = c.category();
        if (category == QChar::Other_Control || category == QChar::Other_Format
            || category == QChar::Separator_Line || category == QChar::Separator_Paragraph)
            return false;
    }
    return true;
}

QList<Profile> ProfileStore::load() const
{
    // Another process (smsctl, a second window) may have written the file.
    m_settings->sync();
    QList<Profile> profiles;
    const int count = m_settings->beginReadArray(profilesKey);
    profiles.reserve(count);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        Profile p;
        p.name = m_settings->value(nameKey).toString();
        if (!isValidName(p.name))
            continue;
        const QString endpoint = m_settings->value(endpointKey).toString();
        if (!endpoint.isEmpty())
            p.endpoint = QUrl(endpoint);
        p.region = m_settings->value(regionKey, p.region).toString();
        p.serverLanguage = m_settings->value(languageKey).toString();
        p.sandbox = m_settings->value(sandboxKey, false).toBool();
        p.clockOffsetSeconds = m_settings->value(clockKey, 0).toLongLong();
        p.storeUrl = m_settings->value(storeUrlKey).toString();
        const int appCount = m_settings->beginReadArray(appIdsKey);
        for (int j = 0; j < appCount; ++j) {
            m_settings->setArrayIndex(j);
            AppIdEntry entry{m_settings->value(appIdKey).toString(),
                             m_settings->value(labelKey).toString()};
            if (!entry.appId.isEmpty())
                p.appIds.append(entry);
        }
        m_settings->endArray();
        // A hand-edited file may repeat a name: the first one wins.
        const bool duplicate = std::any_of(profiles.cbegin(), profiles.cend(),
                                           [&p](const Profile &q) { return q.name == p.name; });
        if (!duplicate)
            profiles.append(p);
    }
    m_settings->endArray();
    return profiles;
}

bool ProfileStore::store(const QList<Profile> &profiles)
{
    m_settings->remove(profilesKey);
    m_settings->beginWriteArray(profilesKey, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const Profile &p = profiles.at(i);
        m_settings->setArrayIndex(i);
        m_settings->setValue(nameKey, p.name);
        m_settings->setValue(endpointKey, p.endpoint.toString());
        m_settings->setValue(regionKey, p.region);
        m_settings->setValue(languageKey, p.serverLanguage);
        m_settings->setValue(sandboxKey, p.sandbox);
        m_settings->setValue(clockKey, p.clockOffsetSeconds);
        if (p.storeUrl.isEmpty())
            m_settings->remove(storeUrlKey);
        else
            m_settings->setValue(storeUrlKey, p.storeUrl);
        m_settings->beginWriteArray(appIdsKey, int(p.appIds.size()));
        for (int j = 0; j < p.appIds.size(); ++j) {
            m_settings->setArrayIndex(j);
            m_settings->setValue(appIdKey, p.appIds.at(j).appId);
            m_settings->setValue(labelKey, p.appIds.at(j).label);
        }
        m_settings->endArray();
    }
    m_settings->endArray();
    return commit();
}

bool ProfileStore::commit()
{
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError) {
        qCWarning(lcCredentials) << "could not write the profiles to" << m_settings->fileName()
                                 << "status" << m_settings->status();
        return false;
    }
    return true;
}

QStringList ProfileStore::names() const
{
    QStringList result;
    for (const Profile &p : load())
        result.append(p.name);
    return result;
}

QList<Profile> ProfileStore::profiles() const
{
    return load();
}

std::optional<Profile> ProfileStore::profile(const QString &name) const
{
    for (const Profile &p : load()) {
        if (p.name == name)
            return p;
    }
    return std::nullopt;
}

bool ProfileStore::contains(const QString &name) const
{
    return profile(name).has_value();
}

bool ProfileStore::save(const Profile &profile)
{
    if (!isValidName(profile.name))
        return false;
    // Never a password in the settings file: a URL that names one (or is
    // no store URL at all) is refused.
    if (!profile.storeUrl.isEmpty() && !store::StoreLocation::fromUrl(profile.storeUrl)) {
        qCInfo(lcCredentials) << "profile" << profile.name << "not saved: its store URL is refused";
        return false;
    }
    QList<Profile> profiles = load();
    auto it = std::find_if(profiles.begin(), profiles.end(),
                           [&profile](const Profile &p) { return p.name == profile.name; });
    if (it != profiles.end()) {
        if (*it == profile)
            return true;
        *it = profile;
    } else {
        profiles.append(profile);
    }
    const bool ok = store(profiles);
    qCDebug(lcCredentials) << "saved profile" << profile.name;
    Q_EMIT changed();
    return ok;
}

bool ProfileStore::rename(const QString &from, const QString &to)
{
    if (!isValidName(to))
        return false;
    QList<Profile> profiles = load();
    auto source = std::find_if(profiles.begin(), profiles.end(),
                               [&from](const Profile &p) { return p.name == from; });
    if (source == profiles.end())
        return false;
    if (from == to)
        return true;
    const bool taken = std::any_of(profiles.cbegin(), profiles.cend(),
                                   [&to](const Profile &p) { return p.name == to; });
    if (taken)
        return false;
    source->name = to;
    const bool wasActive = m_settings->value(activeKey).toString() == from;
    if (wasActive)
        m_settings->setValue(activeKey, to);
    const bool ok = store(profiles);
    qCDebug(lcCredentials) << "renamed profile" << from << "to" << to;
    Q_EMIT changed();
    return ok;
}

void ProfileStore::remove(const QString &name)
{
    QList<Profile> profiles = load();
    const qsizetype removed
        = profiles.removeIf([&name](const Profile &p) { return p.name == name; });
    if (removed == 0)
        return;
    if (m_settings->value(activeKey).toString() == name)
        m_settings->remove(activeKey);
    store(profiles);
    qCDebug(lcCredentials) << "removed profile" << name;
    Q_EMIT changed();
}

QString ProfileStore::activeName() const
{
    m_settings->sync();
    const QString name = m_settings->value(activeKey).toString();
    // The file may name a profile that is gone (edited by hand, or removed by
    // another process): then there is no active profile.
    return contains(name) ? name : QString();
}

void ProfileStore::setActiveName(const QString &name)
{
    if (!name.isEmpty() && !contains(name))
        return;
    if (m_settings->value(activeKey).toString() == name)
        return;
    if (name.isEmpty())
        m_settings->remove(activeKey);
    else
        m_settings->setValue(activeKey, name);
    commit();
    qCDebug(lcCredentials) << "active profile" << name;
    Q_EMIT changed();
}

} // namespace sms::credentials
