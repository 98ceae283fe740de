// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/SandboxState.h"

#include "sandbox/RecordFields.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

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

template<typename T> void fromValue(const QJsonValue &v, T &out)
{
    if constexpr (std::is_same_v<T, QString>)
        out = v.toString();
    else if constexpr (std::is_same_v<T, bool>)
        out = v.toBool();
    else
        out = T(v.toInteger());
}

// Calls take(record) for each record in array, in order.
template<typename Record, typename Take> void readRecords(const QJsonValue &array, Take take)
{
    for (const QJsonValue &v : array.toArray()) {
        const QJsonObject o = v.toObject();
        Record record;
        for (const RecordField<Record> &field : recordFields<Record>()) {
            std::visit(
                [&](auto member) { fromValue(o.value(QLatin1String(field.name)), record.*member); },
                field.member);
        }
        take(std::move(record));
    }
}

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

void SandboxState::markReceiptPulled(int index)
{
    sends[size_t(index)].receiptPulled = true;
    changedSends.push_back(index);
}

void SandboxState::markReplyPulled(int index)
{
    replies[size_t(index)].pulled = true;
    changedReplies.push_back(index);
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

    readRecords<AppRecord>(o.value(QLatin1String("apps")),
                           [this](AppRecord a) { apps.insert(a.sdkAppId, a); });
    readRecords<SignRecord>(o.value(QLatin1String("signs")),
                            [this](SignRecord s) { signs.insert(s.id, s); });
    readRecords<TemplateRecord>(o.value(QLatin1String("templates")),
                                [this](TemplateRecord t) { templates.insert(t.id, t); });
    readRecords<QualificationRecord>(
        o.value(QLatin1String("qualifications")),
        [this](QualificationRecord q) { qualifications.insert(q.id, q); });
    readRecords<PackageRecord>(o.value(QLatin1String("packages")),
                               [this](PackageRecord p) { packages.append(p); });
    readRecords<SendRecord>(o.value(QLatin1String("sends")),
                            [this](SendRecord s) { sends.push_back(std::move(s)); });
    readRecords<ReplyRecord>(o.value(QLatin1String("replies")),
                             [this](ReplyRecord r) { replies.push_back(std::move(r)); });
    for (const QJsonValue &v : o.value(QLatin1String("pendingOptOuts")).toArray()) {
        const QJsonObject j = v.toObject();
        pendingOptOuts.emplace(num(j, "time"), str(j, "phone"));
    }
    const QJsonObject counters = o.value(QLatin1String("dailyCounters")).toObject();
    for (auto it = counters.begin(); it != counters.end(); ++it)
        dailyCounters.insert(it.key(), it.value().toInteger());
    // Its recentByPhone and recentByPhoneContent were the accepted sends'
    // times, which the sends themselves hold.
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
        // Serial numbers are handed out in order: each goes at the end.
        if (!s.serialNo.isEmpty())
            sendBySerial.insert(sendBySerial.cend(), s.serialNo, i);
        sendsByPhone[s.phoneNumber].append(i);
        if (s.receiptStatus != 0 && !s.receiptPulled)
            pendingReceipts.emplace(s.receiptTime, i);
    }
    for (int i = 0; i < int(replies.size()); ++i) {
        if (!replies[size_t(i)].pulled)
            pendingReplies.emplace(replies[size_t(i)].replyTime, i);
    }
}

bool SandboxState::loadJson(const QString &path, QString *error)
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
