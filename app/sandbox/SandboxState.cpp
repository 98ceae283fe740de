// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/SandboxState.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>
#include <type_traits>
#include <variant>

namespace sms::sandbox {

namespace {
QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}
qint64 num(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toInteger();
}
bool flag(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toBool();
}
QStringList toStringList(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &item : v.toArray())
        out.append(item.toString());
    return out;
}

// One member of a record and its name in the state file. Each record's
// fields are listed once, for saving and for loading.
template<typename Record> struct Field
{
    const char *name;
    std::variant<QString Record::*, qint64 Record::*, int Record::*, bool Record::*,
                 ReviewStatusCode Record::*>
        member;
};

// Members are strings, booleans or integers; the review status is saved as
// its StatusCode.
template<typename T> QJsonValue toValue(const T &v)
{
    if constexpr (std::is_enum_v<T>)
        return int(v);
    else
        return v;
}

template<typename T> void fromValue(const QJsonValue &v, T &out)
{
    if constexpr (std::is_same_v<T, QString>)
        out = v.toString();
    else if constexpr (std::is_same_v<T, bool>)
        out = v.toBool();
    else
        out = T(v.toInteger());
}

template<typename Records, typename Record, size_t N>
QJsonArray writeRecords(const Records &records, const Field<Record> (&fields)[N])
{
    QJsonArray out;
    for (const Record &record : records) {
        QJsonObject o;
        for (const Field<Record> &field : fields) {
            std::visit(
                [&](auto member) { o.insert(QLatin1String(field.name), toValue(record.*member)); },
                field.member);
        }
        out.append(o);
    }
    return out;
}

// Calls take(record) for each record in array, in order.
template<typename Record, size_t N, typename Take>
void readRecords(const QJsonValue &array, const Field<Record> (&fields)[N], Take take)
{
    for (const QJsonValue &v : array.toArray()) {
        const QJsonObject o = v.toObject();
        Record record;
        for (const Field<Record> &field : fields) {
            std::visit(
                [&](auto member) { fromValue(o.value(QLatin1String(field.name)), record.*member); },
                field.member);
        }
        take(std::move(record));
    }
}

// A QJsonObject keeps its keys sorted, and a key inserted out of order moves
// every later one: in hash order, the maps with one key per number ever sent
// took minutes to save at 400,000 numbers. In sorted order each key goes to
// the end.
template<typename Value, typename Convert>
QJsonObject writeSorted(const QHash<QString, Value> &hash, Convert convert)
{
    QStringList keys = hash.keys();
    std::sort(keys.begin(), keys.end());
    QJsonObject out;
    for (const QString &key : std::as_const(keys))
        out.insert(key, convert(hash.value(key)));
    return out;
}

QJsonObject writeTimes(const QHash<QString, QList<qint64>> &times)
{
    return writeSorted(times, [](const QList<qint64> &list) {
        QJsonArray out;
        for (qint64 t : list)
            out.append(t);
        return out;
    });
}

void readTimes(const QJsonValue &value, QHash<QString, QList<qint64>> &times)
{
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        for (const QJsonValue &t : it.value().toArray())
            times[it.key()].append(t.toInteger());
}

const Field<AppRecord> kAppFields[] = {
    {"sdkAppId", &AppRecord::sdkAppId},
    {"name", &AppRecord::name},
    {"enabled", &AppRecord::enabled},
    {"foreign", &AppRecord::foreign},
};

const Field<SignRecord> kSignFields[] = {
    {"id", &SignRecord::id},
    {"name", &SignRecord::name},
    {"signType", &SignRecord::signType},
    {"documentType", &SignRecord::documentType},
    {"international", &SignRecord::international},
    {"signPurpose", &SignRecord::signPurpose},
    {"proofDecodes", &SignRecord::proofDecodes},
    {"hasCommissionImage", &SignRecord::hasCommissionImage},
    {"remark", &SignRecord::remark},
    {"qualificationId", &SignRecord::qualificationId},
    {"status", &SignRecord::status},
    {"rejectReason", &SignRecord::rejectReason},
    {"createTime", &SignRecord::createTime},
    {"reviewAt", &SignRecord::reviewAt},
};

const Field<TemplateRecord> kTemplateFields[] = {
    {"id", &TemplateRecord::id},
    {"name", &TemplateRecord::name},
    {"content", &TemplateRecord::content},
    {"smsType", &TemplateRecord::smsType},
    {"international", &TemplateRecord::international},
    {"remark", &TemplateRecord::remark},
    {"status", &TemplateRecord::status},
    {"rejectReason", &TemplateRecord::rejectReason},
    {"createTime", &TemplateRecord::createTime},
    {"reviewAt", &TemplateRecord::reviewAt},
};

const Field<QualificationRecord> kQualificationFields[] = {
    {"id", &QualificationRecord::id},
    {"name", &QualificationRecord::name},
    {"status", &QualificationRecord::status},
};

const Field<PackageRecord> kPackageFields[] = {
    {"id", &PackageRecord::id},
    {"type", &PackageRecord::type},
    {"amount", &PackageRecord::amount},
    {"usage", &PackageRecord::usage},
    {"createTime", &PackageRecord::createTime},
    {"effectiveTime", &PackageRecord::effectiveTime},
    {"expiredTime", &PackageRecord::expiredTime},
};

const Field<SendRecord> kSendFields[] = {
    {"serialNo", &SendRecord::serialNo},
    {"phoneNumber", &SendRecord::phoneNumber},
    {"countryCode", &SendRecord::countryCode},
    {"subscriber", &SendRecord::subscriber},
    {"isoCode", &SendRecord::isoCode},
    {"appId", &SendRecord::appId},
    {"templateId", &SendRecord::templateId},
    {"signName", &SendRecord::signName},
    {"content", &SendRecord::content},
    {"sessionContext", &SendRecord::sessionContext},
    {"requestCode", &SendRecord::requestCode},
    {"fee", &SendRecord::fee},
    {"sendTime", &SendRecord::sendTime},
    {"receiptStatus", &SendRecord::receiptStatus},
    {"receiptTime", &SendRecord::receiptTime},
    {"receiptDescription", &SendRecord::receiptDescription},
    {"failureClass", &SendRecord::failureClass},
    {"receiptPulled", &SendRecord::receiptPulled},
};

const Field<ReplyRecord> kReplyFields[] = {
    {"appId", &ReplyRecord::appId},
    {"phoneNumber", &ReplyRecord::phoneNumber},
    {"countryCode", &ReplyRecord::countryCode},
    {"subscriber", &ReplyRecord::subscriber},
    {"signName", &ReplyRecord::signName},
    {"content", &ReplyRecord::content},
    {"extendCode", &ReplyRecord::extendCode},
    {"replyTime", &ReplyRecord::replyTime},
    {"pulled", &ReplyRecord::pulled},
};
} // namespace

SandboxState::SandboxState() = default;

QString SandboxState::nextSerialNo()
{
    // Same shape as the service's: "2019:" and a long decimal number.
    ++serialCounter;
    return QStringLiteral("2019:%1").arg(1459782579269331713LL + serialCounter);
}

int SandboxState::addSend(SendRecord record)
{
    const int index = int(sends.size());
    if (!record.serialNo.isEmpty())
        sendBySerial.insert(record.serialNo, index);
    sendsByPhone[record.phoneNumber].append(index);
    if (record.receiptStatus != 0)
        pendingReceipts.emplace(record.receiptTime, index);
    sends.push_back(std::move(record));
    return index;
}

void SandboxState::applyOptOuts(qint64 now)
{
    auto it = pendingOptOuts.begin();
    while (it != pendingOptOuts.end() && it->first <= now) {
        optOut.insert(it->second);
        it = pendingOptOuts.erase(it);
    }
}

qint64 SandboxState::balance(qint64 now) const
{
    qint64 total = 0;
    for (const PackageRecord &p : packages) {
        if (p.effectiveTime <= now && now < p.expiredTime)
            total += std::max<qint64>(0, p.amount - p.usage);
    }
    return total;
}

bool SandboxState::consume(qint64 segments, qint64 now)
{
    if (balance(now) < segments)
        return false;
    QList<int> order;
    for (int i = 0; i < packages.size(); ++i)
        order.append(i);
    std::sort(order.begin(), order.end(), [this](int a, int b) {
        return packages.at(a).expiredTime < packages.at(b).expiredTime;
    });
    for (int i : order) {
        PackageRecord &p = packages[i];
        if (segments == 0)
            break;
        if (p.effectiveTime > now || now >= p.expiredTime)
            continue;
        const qint64 take = std::min(segments, p.amount - p.usage);
        if (take > 0) {
            p.usage += take;
            segments -= take;
        }
    }
    return true;
}

void SandboxState::addPackage(qint64 amount, int type, qint64 createTime, qint64 effectiveTime,
                              qint64 expiredTime)
{
    PackageRecord p;
    p.id = nextPackageId++;
    p.type = type;
    p.amount = amount;
    p.createTime = createTime;
    p.effectiveTime = effectiveTime;
    p.expiredTime = expiredTime;
    packages.append(p);
}

QJsonObject SandboxState::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("version"), 1);
    // The key is kept so that a restarted sandbox accepts the same clients.
    // It is a sandbox key, never a real one.
    o.insert(QStringLiteral("secretId"), secretId);
    o.insert(QStringLiteral("secretKey"), secretKey);
    o.insert(QStringLiteral("defaultAppId"), defaultAppId);
    o.insert(QStringLiteral("enterpriseVerified"), enterpriseVerified);
    o.insert(QStringLiteral("inArrears"), inArrears);
    o.insert(QStringLiteral("ipWhitelist"), QJsonArray::fromStringList(ipWhitelist));
    o.insert(QStringLiteral("optOut"),
             QJsonArray::fromStringList(QStringList(optOut.begin(), optOut.end())));
    o.insert(QStringLiteral("nextSignId"), nextSignId);
    o.insert(QStringLiteral("nextTemplateId"), nextTemplateId);
    o.insert(QStringLiteral("nextPackageId"), nextPackageId);
    o.insert(QStringLiteral("serialCounter"), serialCounter);

    o.insert(QStringLiteral("apps"), writeRecords(apps, kAppFields));
    o.insert(QStringLiteral("signs"), writeRecords(signs, kSignFields));
    o.insert(QStringLiteral("templates"), writeRecords(templates, kTemplateFields));
    o.insert(QStringLiteral("qualifications"), writeRecords(qualifications, kQualificationFields));
    o.insert(QStringLiteral("packages"), writeRecords(packages, kPackageFields));
    o.insert(QStringLiteral("sends"), writeRecords(sends, kSendFields));
    o.insert(QStringLiteral("replies"), writeRecords(replies, kReplyFields));

    QJsonArray optOutArray;
    for (const auto &[time, phone] : pendingOptOuts)
        optOutArray.append(QJsonObject{{QStringLiteral("time"), time}, {QStringLiteral("phone"), phone}});
    o.insert(QStringLiteral("pendingOptOuts"), optOutArray);

    o.insert(QStringLiteral("dailyCounters"),
             writeSorted(dailyCounters, [](qint64 count) { return QJsonValue(count); }));

    o.insert(QStringLiteral("recentByPhone"), writeTimes(recentByPhone));
    o.insert(QStringLiteral("recentByPhoneContent"), writeTimes(recentByPhoneContent));
    return o;
}

bool SandboxState::fromJson(const QJsonObject &o, QString *error)
{
    if (o.value(QLatin1String("version")).toInt() != 1) {
        if (error)
            *error = QStringLiteral("unsupported state file version");
        return false;
    }
    *this = SandboxState();
    secretId = str(o, "secretId");
    secretKey = str(o, "secretKey");
    defaultAppId = str(o, "defaultAppId");
    enterpriseVerified = flag(o, "enterpriseVerified");
    inArrears = flag(o, "inArrears");
    ipWhitelist = toStringList(o.value(QLatin1String("ipWhitelist")));
    const QStringList blocked = toStringList(o.value(QLatin1String("optOut")));
    optOut = QSet<QString>(blocked.begin(), blocked.end());
    nextSignId = num(o, "nextSignId");
    nextTemplateId = num(o, "nextTemplateId");
    nextPackageId = num(o, "nextPackageId");
    serialCounter = num(o, "serialCounter");

    readRecords(o.value(QLatin1String("apps")), kAppFields,
                [this](AppRecord a) { apps.insert(a.sdkAppId, a); });
    readRecords(o.value(QLatin1String("signs")), kSignFields,
                [this](SignRecord s) { signs.insert(s.id, s); });
    readRecords(o.value(QLatin1String("templates")), kTemplateFields,
                [this](TemplateRecord t) { templates.insert(t.id, t); });
    readRecords(o.value(QLatin1String("qualifications")), kQualificationFields,
                [this](QualificationRecord q) { qualifications.insert(q.id, q); });
    readRecords(o.value(QLatin1String("packages")), kPackageFields,
                [this](PackageRecord p) { packages.append(p); });
    sends.reserve(size_t(o.value(QLatin1String("sends")).toArray().size()));
    readRecords(o.value(QLatin1String("sends")), kSendFields,
                [this](SendRecord s) { sends.push_back(std::move(s)); });
    readRecords(o.value(QLatin1String("replies")), kReplyFields,
                [this](ReplyRecord r) { replies.push_back(std::move(r)); });
    for (const QJsonValue &v : o.value(QLatin1String("pendingOptOuts")).toArray()) {
        const QJsonObject j = v.toObject();
        pendingOptOuts.emplace(num(j, "time"), str(j, "phone"));
    }
    const QJsonObject counters = o.value(QLatin1String("dailyCounters")).toObject();
    for (auto it = counters.begin(); it != counters.end(); ++it)
        dailyCounters.insert(it.key(), it.value().toInteger());
    readTimes(o.value(QLatin1String("recentByPhone")), recentByPhone);
    readTimes(o.value(QLatin1String("recentByPhoneContent")), recentByPhoneContent);
    rebuildIndices();
    return true;
}

void SandboxState::rebuildIndices()
{
    sendsByPhone.clear();
    sendBySerial.clear();
    pendingReceipts.clear();
    pendingReplies.clear();
    for (int i = 0; i < int(sends.size()); ++i) {
        const SendRecord &s = sends[size_t(i)];
        if (!s.serialNo.isEmpty())
            sendBySerial.insert(s.serialNo, i);
        sendsByPhone[s.phoneNumber].append(i);
        if (s.receiptStatus != 0 && !s.receiptPulled)
            pendingReceipts.emplace(s.receiptTime, i);
    }
    for (int i = 0; i < int(replies.size()); ++i) {
        if (!replies[size_t(i)].pulled)
            pendingReplies.emplace(replies[size_t(i)].replyTime, i);
    }
}

bool SandboxState::save(const QString &path, QString *error) const
{
    // QSaveFile: a crash while saving leaves the previous state intact.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Compact));
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

bool SandboxState::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (error)
            *error = QStringLiteral("%1 is not a sandbox state file: %2")
                         .arg(path, parseError.errorString());
        return false;
    }
    return fromJson(document.object(), error);
}

} // namespace sms::sandbox
