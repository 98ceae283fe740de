#include "SandboxState.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

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
QJsonArray stringList(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}
QStringList toStringList(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &item : v.toArray())
        out.append(item.toString());
    return out;
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
    o.insert(QStringLiteral("ipWhitelist"), stringList(ipWhitelist));
    o.insert(QStringLiteral("optOut"), stringList(QStringList(optOut.begin(), optOut.end())));
    o.insert(QStringLiteral("nextSignId"), nextSignId);
    o.insert(QStringLiteral("nextTemplateId"), nextTemplateId);
    o.insert(QStringLiteral("nextPackageId"), nextPackageId);
    o.insert(QStringLiteral("serialCounter"), serialCounter);

    QJsonArray appArray;
    for (const AppRecord &a : apps)
        appArray.append(QJsonObject{{QStringLiteral("sdkAppId"), a.sdkAppId},
                                    {QStringLiteral("name"), a.name},
                                    {QStringLiteral("enabled"), a.enabled},
                                    {QStringLiteral("foreign"), a.foreign}});
    o.insert(QStringLiteral("apps"), appArray);

    QJsonArray signArray;
    for (const SignRecord &s : signs)
        signArray.append(QJsonObject {{QStringLiteral("id"), s.id},
                                      {QStringLiteral("name"), s.name},
                                      {QStringLiteral("signType"), s.signType},
                                      {QStringLiteral("documentType"), s.documentType},
                                      {QStringLiteral("international"), s.international},
                                      {QStringLiteral("signPurpose"), s.signPurpose},
                                      {QStringLiteral("proofDecodes"), s.proofDecodes},
                                      {QStringLiteral("hasCommissionImage"), s.hasCommissionImage},
                                      {QStringLiteral("remark"), s.remark},
                                      {QStringLiteral("qualificationId"), s.qualificationId},
                                      {QStringLiteral("status"), int(s.status)},
                                      {QStringLiteral("rejectReason"), s.rejectReason},
                                      {QStringLiteral("createTime"), s.createTime},
                                      {QStringLiteral("reviewAt"), s.reviewAt}});
    o.insert(QStringLiteral("signs"), signArray);

    QJsonArray templateArray;
    for (const TemplateRecord &t : templates)
        templateArray.append(QJsonObject {{QStringLiteral("id"), t.id},
                                          {QStringLiteral("name"), t.name},
                                          {QStringLiteral("content"), t.content},
                                          {QStringLiteral("smsType"), t.smsType},
                                          {QStringLiteral("international"), t.international},
                                          {QStringLiteral("remark"), t.remark},
                                          {QStringLiteral("status"), int(t.status)},
                                          {QStringLiteral("rejectReason"), t.rejectReason},
                                          {QStringLiteral("createTime"), t.createTime},
                                          {QStringLiteral("reviewAt"), t.reviewAt}});
    o.insert(QStringLiteral("templates"), templateArray);

    QJsonArray qualificationArray;
    for (const QualificationRecord &q : qualifications)
        qualificationArray.append(QJsonObject{{QStringLiteral("id"), q.id},
                                              {QStringLiteral("name"), q.name},
                                              {QStringLiteral("status"), q.status}});
    o.insert(QStringLiteral("qualifications"), qualificationArray);

    QJsonArray packageArray;
    for (const PackageRecord &p : packages)
        packageArray.append(QJsonObject{
            {QStringLiteral("id"), p.id}, {QStringLiteral("type"), p.type},
            {QStringLiteral("amount"), p.amount}, {QStringLiteral("usage"), p.usage},
            {QStringLiteral("createTime"), p.createTime},
            {QStringLiteral("effectiveTime"), p.effectiveTime},
            {QStringLiteral("expiredTime"), p.expiredTime}});
    o.insert(QStringLiteral("packages"), packageArray);

    QJsonArray sendArray;
    for (const SendRecord &s : sends)
        sendArray.append(QJsonObject{
            {QStringLiteral("serialNo"), s.serialNo}, {QStringLiteral("phoneNumber"), s.phoneNumber},
            {QStringLiteral("countryCode"), s.countryCode}, {QStringLiteral("subscriber"), s.subscriber},
            {QStringLiteral("isoCode"), s.isoCode}, {QStringLiteral("appId"), s.appId},
            {QStringLiteral("templateId"), s.templateId}, {QStringLiteral("signName"), s.signName},
            {QStringLiteral("content"), s.content}, {QStringLiteral("sessionContext"), s.sessionContext},
            {QStringLiteral("requestCode"), s.requestCode}, {QStringLiteral("fee"), s.fee},
            {QStringLiteral("sendTime"), s.sendTime}, {QStringLiteral("receiptStatus"), s.receiptStatus},
            {QStringLiteral("receiptTime"), s.receiptTime},
            {QStringLiteral("receiptDescription"), s.receiptDescription},
            {QStringLiteral("failureClass"), s.failureClass},
            {QStringLiteral("receiptPulled"), s.receiptPulled}});
    o.insert(QStringLiteral("sends"), sendArray);

    QJsonArray replyArray;
    for (const ReplyRecord &r : replies)
        replyArray.append(QJsonObject{
            {QStringLiteral("appId"), r.appId}, {QStringLiteral("phoneNumber"), r.phoneNumber},
            {QStringLiteral("countryCode"), r.countryCode}, {QStringLiteral("subscriber"), r.subscriber},
            {QStringLiteral("signName"), r.signName}, {QStringLiteral("content"), r.content},
            {QStringLiteral("extendCode"), r.extendCode}, {QStringLiteral("replyTime"), r.replyTime},
            {QStringLiteral("pulled"), r.pulled}});
    o.insert(QStringLiteral("replies"), replyArray);

    QJsonArray optOutArray;
    for (const auto &[time, phone] : pendingOptOuts)
        optOutArray.append(QJsonObject{{QStringLiteral("time"), time}, {QStringLiteral("phone"), phone}});
    o.insert(QStringLiteral("pendingOptOuts"), optOutArray);

    QJsonObject counters;
    for (auto it = dailyCounters.begin(); it != dailyCounters.end(); ++it)
        counters.insert(it.key(), it.value());
    o.insert(QStringLiteral("dailyCounters"), counters);

    QJsonObject recent;
    for (auto it = recentByPhone.begin(); it != recentByPhone.end(); ++it) {
        QJsonArray times;
        for (qint64 t : it.value())
            times.append(t);
        recent.insert(it.key(), times);
    }
    o.insert(QStringLiteral("recentByPhone"), recent);
    QJsonObject recentContent;
    for (auto it = recentByPhoneContent.begin(); it != recentByPhoneContent.end(); ++it) {
        QJsonArray times;
        for (qint64 t : it.value())
            times.append(t);
        recentContent.insert(it.key(), times);
    }
    o.insert(QStringLiteral("recentByPhoneContent"), recentContent);
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

    for (const QJsonValue &v : o.value(QLatin1String("apps")).toArray()) {
        const QJsonObject a = v.toObject();
        AppRecord app{str(a, "sdkAppId"), str(a, "name"), flag(a, "enabled"), flag(a, "foreign")};
        apps.insert(app.sdkAppId, app);
    }
    for (const QJsonValue &v : o.value(QLatin1String("signs")).toArray()) {
        const QJsonObject j = v.toObject();
        SignRecord s;
        s.id = num(j, "id");
        s.name = str(j, "name");
        s.signType = int(num(j, "signType"));
        s.documentType = int(num(j, "documentType"));
        s.international = int(num(j, "international"));
        s.signPurpose = int(num(j, "signPurpose"));
        s.proofDecodes = flag(j, "proofDecodes");
        s.hasCommissionImage = flag(j, "hasCommissionImage");
        s.remark = str(j, "remark");
        s.qualificationId = num(j, "qualificationId");
        s.status = ReviewStatusCode(num(j, "status"));
        s.rejectReason = str(j, "rejectReason");
        s.createTime = num(j, "createTime");
        s.reviewAt = num(j, "reviewAt");
        signs.insert(s.id, s);
    }
    for (const QJsonValue &v : o.value(QLatin1String("templates")).toArray()) {
        const QJsonObject j = v.toObject();
        TemplateRecord t;
        t.id = num(j, "id");
        t.name = str(j, "name");
        t.content = str(j, "content");
        t.smsType = int(num(j, "smsType"));
        t.international = int(num(j, "international"));
        t.remark = str(j, "remark");
        t.status = ReviewStatusCode(num(j, "status"));
        t.rejectReason = str(j, "rejectReason");
        t.createTime = num(j, "createTime");
        t.reviewAt = num(j, "reviewAt");
        templates.insert(t.id, t);
    }
    for (const QJsonValue &v : o.value(QLatin1String("qualifications")).toArray()) {
        const QJsonObject j = v.toObject();
        qualifications.insert(num(j, "id"), {num(j, "id"), str(j, "name"), int(num(j, "status"))});
    }
    for (const QJsonValue &v : o.value(QLatin1String("packages")).toArray()) {
        const QJsonObject j = v.toObject();
        packages.append({num(j, "id"), int(num(j, "type")), num(j, "amount"), num(j, "usage"),
                         num(j, "createTime"), num(j, "effectiveTime"), num(j, "expiredTime")});
    }
    const QJsonArray sendArray = o.value(QLatin1String("sends")).toArray();
    sends.reserve(size_t(sendArray.size()));
    for (const QJsonValue &v : sendArray) {
        const QJsonObject j = v.toObject();
        SendRecord s;
        s.serialNo = str(j, "serialNo");
        s.phoneNumber = str(j, "phoneNumber");
        s.countryCode = str(j, "countryCode");
        s.subscriber = str(j, "subscriber");
        s.isoCode = str(j, "isoCode");
        s.appId = str(j, "appId");
        s.templateId = str(j, "templateId");
        s.signName = str(j, "signName");
        s.content = str(j, "content");
        s.sessionContext = str(j, "sessionContext");
        s.requestCode = str(j, "requestCode");
        s.fee = int(num(j, "fee"));
        s.sendTime = num(j, "sendTime");
        s.receiptStatus = int(num(j, "receiptStatus"));
        s.receiptTime = num(j, "receiptTime");
        s.receiptDescription = str(j, "receiptDescription");
        s.failureClass = str(j, "failureClass");
        s.receiptPulled = flag(j, "receiptPulled");
        sends.push_back(s);
    }
    for (const QJsonValue &v : o.value(QLatin1String("replies")).toArray()) {
        const QJsonObject j = v.toObject();
        ReplyRecord r;
        r.appId = str(j, "appId");
        r.phoneNumber = str(j, "phoneNumber");
        r.countryCode = str(j, "countryCode");
        r.subscriber = str(j, "subscriber");
        r.signName = str(j, "signName");
        r.content = str(j, "content");
        r.extendCode = str(j, "extendCode");
        r.replyTime = num(j, "replyTime");
        r.pulled = flag(j, "pulled");
        replies.push_back(r);
    }
    for (const QJsonValue &v : o.value(QLatin1String("pendingOptOuts")).toArray()) {
        const QJsonObject j = v.toObject();
        pendingOptOuts.emplace(num(j, "time"), str(j, "phone"));
    }
    const QJsonObject counters = o.value(QLatin1String("dailyCounters")).toObject();
    for (auto it = counters.begin(); it != counters.end(); ++it)
        dailyCounters.insert(it.key(), it.value().toInteger());
    const QJsonObject recent = o.value(QLatin1String("recentByPhone")).toObject();
    for (auto it = recent.begin(); it != recent.end(); ++it)
        for (const QJsonValue &t : it.value().toArray())
            recentByPhone[it.key()].append(t.toInteger());
    const QJsonObject recentContent = o.value(QLatin1String("recentByPhoneContent")).toObject();
    for (auto it = recentContent.begin(); it != recentContent.end(); ++it)
        for (const QJsonValue &t : it.value().toArray())
            recentByPhoneContent[it.key()].append(t.toInteger());
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
