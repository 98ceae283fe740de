// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/ReportHandler.h"

#include "sandbox/ApplicationCheck.h"

#include "domain/PhoneNumber.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

namespace sms::sandbox {

using domain::PhoneNumber;

namespace {
using R = ServiceResult;

// A delivery receipt as the pulls answer it.
QJsonObject pulledJson(const SendRecord &s)
{
    return {{QStringLiteral("UserReceiveTime"), s.receiptTime},
            {QStringLiteral("CountryCode"), s.countryCode},
            {QStringLiteral("SubscriberNumber"), s.subscriber},
            {QStringLiteral("PhoneNumber"), s.phoneNumber},
            {QStringLiteral("SerialNo"), s.serialNo},
            {QStringLiteral("ReportStatus"),
             s.receiptStatus == 1 ? QStringLiteral("SUCCESS") : QStringLiteral("FAIL")},
            {QStringLiteral("Description"), s.receiptDescription},
            {QStringLiteral("SessionContext"), s.sessionContext}};
}

QJsonObject pulledJson(const ReplyRecord &r)
{
    return {{QStringLiteral("ExtendCode"), r.extendCode},
            {QStringLiteral("CountryCode"), r.countryCode},
            {QStringLiteral("PhoneNumber"), r.phoneNumber},
            {QStringLiteral("SignName"), r.signName},
            {QStringLiteral("ReplyContent"), r.content},
            {QStringLiteral("ReplyTime"), r.replyTime},
            {QStringLiteral("SubscriberNumber"), r.subscriber}};
}

// Send records show the content with long digit runs hidden, as the service
// does for codes and order numbers.
QString masked(const QString &content)
{
    static const QRegularExpression digits(QStringLiteral("\\d{4,}"));
    QString out = content;
    auto it = digits.globalMatch(content);
    while (it.hasNext()) {
        const auto m = it.next();
        out.replace(m.capturedStart(), m.capturedLength(), QString(m.capturedLength(), QLatin1Char('*')));
    }
    return out;
}
// What the by-number pulls' BeginTime and EndTime select on.
qint64 eventTime(const SendRecord &s)
{
    return s.sendTime;
}

qint64 eventTime(const ReplyRecord &r)
{
    return r.replyTime;
}

// PhoneNumber as E.164.
ServiceResult readPhone(const RequestContext &ctx, const QJsonObject &body, QString *e164)
{
    const PhoneNumber number
        = PhoneNumber::parse(body.value(QLatin1String("PhoneNumber")).toString());
    if (!number.isValid())
        return R::error(QStringLiteral("InvalidParameterValue.IncorrectPhoneNumber"),
                        ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                   "The phone number is not valid.")));
    *e164 = number.e164();
    return {};
}

// The statistics that do not page take Limit and Offset 0.
ServiceResult checkNoPaging(const RequestContext &ctx, const QJsonObject &body)
{
    if (body.value(QLatin1String("Limit")).toInt() != 0
        || body.value(QLatin1String("Offset")).toInt() != 0)
        return R::error(QStringLiteral("InvalidParameterValue"),
                        ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                   "Limit and Offset must be 0 for statistics.")));
    return {};
}
} // namespace

ReportHandler::ReportHandler(SandboxState &state, const SandboxSettings &settings)
    : m_state(state)
    , m_settings(settings)
{
}

ServiceResult ReportHandler::handle(const QString &action, const RequestContext &ctx,
                                    const QJsonObject &body)
{
    if (action == QLatin1String("PullSmsSendStatus"))
        return pullOnce(ctx, body, m_state.pendingReceipts, m_state.sends,
                        &SandboxState::markReceiptPulled, QLatin1String("PullSmsSendStatusSet"));
    if (action == QLatin1String("PullSmsSendStatusByPhoneNumber"))
        return pullByPhone<SendRecord>(ctx, body, QLatin1String("PullSmsSendStatusSet"));
    if (action == QLatin1String("PullSmsReplyStatus"))
        return pullOnce(ctx, body, m_state.pendingReplies, m_state.replies,
                        &SandboxState::markReplyPulled, QLatin1String("PullSmsReplyStatusSet"));
    if (action == QLatin1String("PullSmsReplyStatusByPhoneNumber"))
        return pullByPhone<ReplyRecord>(ctx, body, QLatin1String("PullSmsReplyStatusSet"));
    if (action == QLatin1String("SendStatusStatistics"))
        return sendStatistics(ctx, body);
    if (action == QLatin1String("CallbackStatusStatistics"))
        return callbackStatistics(ctx, body);
    if (action == QLatin1String("SmsPackagesStatistics"))
        return packageStatistics(ctx, body);
    if (action == QLatin1String("DescribePhoneNumberInfo"))
        return phoneNumberInfo(ctx, body);
    if (action == QLatin1String("ReportConversion"))
        return reportConversion(ctx, body);
    return sendRecords(ctx, body);
}

ServiceResult ReportHandler::checkApp(const RequestContext &ctx, const QJsonObject &body,
                                      QString *appId) const
{
    return ApplicationCheck::verify(m_state, ctx, body, ApplicationCheck::Purpose::Read, appId);
}

// Hands out the visible records of one application from a queue, each
// once: a lost answer loses them for that queue, which is why the client
// never retries PullSmsSendStatus or PullSmsReplyStatus.
template<typename Records>
ServiceResult ReportHandler::pullOnce(const RequestContext &ctx, const QJsonObject &body,
                                      std::multimap<qint64, int> &queue, const Records &records,
                                      void (SandboxState::*markPulled)(int), QLatin1String setKey)
{
    QString appId;
    const ServiceResult problem = checkApp(ctx, body, &appId);
    if (problem.isError())
        return problem;
    const int limit = body.value(QLatin1String("Limit")).toInt();
    if (limit < 1 || limit > 100)
        return R::error(QStringLiteral("InvalidParameterValue"),
                        ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                   "Limit must be between 1 and 100.")));
    QJsonArray out;
    auto it = queue.begin();
    while (it != queue.end() && it->first <= ctx.nowSecs && out.size() < limit) {
        const auto &record = records[size_t(it->second)];
        if (record.appId != appId) {
            ++it;
            continue;
        }
        (m_state.*markPulled)(it->second);
        out.append(pulledJson(record));
        it = queue.erase(it);
    }
    return R::ok({{setKey, out}});
}

ServiceResult ReportHandler::phoneWindow(const RequestContext &ctx, const QJsonObject &body,
                                         Window *w) const
{
    const ServiceResult problem = checkApp(ctx, body, &w->appId);
    if (problem.isError())
        return problem;
    w->begin = body.value(QLatin1String("BeginTime")).toInteger();
    w->end = body.contains(QLatin1String("EndTime"))
        ? body.value(QLatin1String("EndTime")).toInteger()
        : ctx.nowSecs;
    w->limit = body.value(QLatin1String("Limit")).toInt();
    if (w->begin < ctx.nowSecs - 7 * 86400 || w->begin > ctx.nowSecs)
        return R::error(QStringLiteral("InvalidParameterValue.BeginTimeVerifyFail"),
                        ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                   "BeginTime must lie within the last 7 days.")));
    if (w->end < w->begin)
        return R::error(QStringLiteral("InvalidParameterValue.EndTimeVerifyFail"),
                        ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                   "EndTime must not be before BeginTime.")));
    if (w->limit < 1 || w->limit > 100 || body.value(QLatin1String("Offset")).toInt() != 0)
        return R::error(QStringLiteral("InvalidParameterValue"),
                        ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                   "Limit must be between 1 and 100, and Offset 0.")));
    return readPhone(ctx, body, &w->phone);
}

template<typename Record>
ServiceResult ReportHandler::pullByPhone(const RequestContext &ctx, const QJsonObject &body,
                                         QLatin1String setKey) const
{
    Window w;
    const ServiceResult problem = phoneWindow(ctx, body, &w);
    if (problem.isError())
        return problem;
    QList<const Record *> arrived;
    if constexpr (std::is_same_v<Record, SendRecord>)
        arrived = receiptsOf(w.phone, ctx.nowSecs);
    else
        arrived = repliesOf(w.phone, ctx.nowSecs);
    QJsonArray out;
    for (const Record *record : std::as_const(arrived)) {
        if (record->appId != w.appId || eventTime(*record) < w.begin || eventTime(*record) > w.end)
            continue;
        out.append(pulledJson(*record));
        if (out.size() >= w.limit)
            break;
    }
    return R::ok({{setKey, out}});
}

// The sends to phone whose receipt has arrived by now, oldest first.
QList<const SendRecord *> ReportHandler::receiptsOf(const QString &phone, qint64 now) const
{
    QList<const SendRecord *> out;
    for (int index : m_state.sendsByPhone.value(phone)) {
        const SendRecord &s = m_state.sends[size_t(index)];
        if (s.receiptStatus != 0 && s.receiptTime <= now)
            out.append(&s);
    }
    return out;
}

// The replies from phone that have arrived by now, oldest first.
QList<const ReplyRecord *> ReportHandler::repliesOf(const QString &phone, qint64 now) const
{
    QList<const ReplyRecord *> out;
    for (const ReplyRecord &r : m_state.replies) {
        if (r.phoneNumber == phone && r.replyTime <= now)
            out.append(&r);
    }
    return out;
}

ServiceResult ReportHandler::statisticsWindow(const RequestContext &ctx, const QJsonObject &body,
                                              Window *w) const
{
    const ServiceResult problem = checkApp(ctx, body, &w->appId);
    if (problem.isError())
        return problem;
    const auto parse = [](const QString &text) {
        QDateTime t = QDateTime::fromString(text, QStringLiteral("yyyyMMddHH"));
        if (!t.isValid() || text.size() != 10)
            return QDateTime();
        t.setOffsetFromUtc(8 * 3600);
        return t;
    };
    const QDateTime b = parse(body.value(QLatin1String("BeginTime")).toString());
    if (!b.isValid())
        return R::error(QStringLiteral("InvalidParameterValue.BeginTimeVerifyFail"),
                        ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                   "BeginTime must be written yyyymmddhh, for "
                                                   "example 2026111108.")));
    const QDateTime e = parse(body.value(QLatin1String("EndTime")).toString());
    if (!e.isValid())
        return R::error(QStringLiteral("InvalidParameterValue.EndTimeVerifyFail"),
                        ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                   "EndTime must be written yyyymmddhh, for "
                                                   "example 2026111123.")));
    if (e < b)
        return R::error(QStringLiteral("InvalidParameterValue.InvalidStartTime"),
                        ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                   "The start of the period is after its end.")));
    w->begin = b.toSecsSinceEpoch();
    w->end = e.toSecsSinceEpoch() + 3600; // the end hour is included
    return {};
}

ServiceResult ReportHandler::sendStatistics(const RequestContext &ctx, const QJsonObject &body)
{
    Window w;
    ServiceResult problem = statisticsWindow(ctx, body, &w);
    if (problem.isError())
        return problem;
    problem = checkNoPaging(ctx, body);
    if (problem.isError())
        return problem;
    qint64 requests = 0, accepted = 0, fee = 0;
    for (const SendRecord &s : m_state.sends) {
        if (s.appId != w.appId || s.sendTime < w.begin || s.sendTime >= w.end)
            continue;
        ++requests;
        if (s.requestCode == QLatin1String("Ok")) {
            ++accepted;
            fee += s.fee;
        }
    }
    return R::ok({{QStringLiteral("SendStatusStatistics"),
                   QJsonObject{{QStringLiteral("FeeCount"), fee},
                               {QStringLiteral("RequestCount"), requests},
                               {QStringLiteral("RequestSuccessCount"), accepted}}}});
}

ServiceResult ReportHandler::callbackStatistics(const RequestContext &ctx, const QJsonObject &body)
{
    Window w;
    ServiceResult problem = statisticsWindow(ctx, body, &w);
    if (problem.isError())
        return problem;
    if (w.end - w.begin > 32 * 86400)
        return R::error(QStringLiteral("InvalidParameterValue.EndTimeVerifyFail"),
                        ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                   "The period may span at most 32 days.")));
    problem = checkNoPaging(ctx, body);
    if (problem.isError())
        return problem;
    qint64 accepted = 0, callbacks = 0, ok = 0, fail = 0, internal = 0, invalid = 0, shutdown = 0,
           blacklist = 0, frequency = 0;
    for (const SendRecord &s : m_state.sends) {
        if (s.appId != w.appId || s.sendTime < w.begin || s.sendTime >= w.end)
            continue;
        if (s.requestCode.startsWith(QLatin1String("LimitExceeded.PhoneNumber")))
            ++frequency;
        if (s.requestCode != QLatin1String("Ok"))
            continue;
        ++accepted;
        if (s.receiptStatus == 0 || s.receiptTime > ctx.nowSecs)
            continue;
        ++callbacks;
        if (s.receiptStatus == 1) {
            ++ok;
            continue;
        }
        ++fail;
        if (s.failureClass == QLatin1String("invalid"))
            ++invalid;
        else if (s.failureClass == QLatin1String("shutdown"))
            ++shutdown;
        else if (s.failureClass == QLatin1String("blacklist"))
            ++blacklist;
        else
            ++internal;
    }
    return R::ok({{QStringLiteral("CallbackStatusStatistics"),
                   QJsonObject{{QStringLiteral("CallbackCount"), callbacks},
                               {QStringLiteral("RequestSuccessCount"), accepted},
                               {QStringLiteral("CallbackFailCount"), fail},
                               {QStringLiteral("CallbackSuccessCount"), ok},
                               {QStringLiteral("InternalErrorCount"), internal},
                               {QStringLiteral("InvalidNumberCount"), invalid},
                               {QStringLiteral("ShutdownErrorCount"), shutdown},
                               {QStringLiteral("BlackListCount"), blacklist},
                               {QStringLiteral("FrequencyLimitCount"), frequency}}}});
}

ServiceResult ReportHandler::packageStatistics(const RequestContext &ctx, const QJsonObject &body)
{
    Window w;
    const ServiceResult problem = statisticsWindow(ctx, body, &w);
    if (problem.isError())
        return problem;
    const int limit = body.value(QLatin1String("Limit")).toInt();
    const int offset = body.value(QLatin1String("Offset")).toInt();
    if (limit < 0 || limit > 500 || offset < 0)
        return R::error(QStringLiteral("InvalidParameterValue"),
                        ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                   "Limit must be between 0 and 500.")));
    QJsonArray out;
    int index = 0;
    for (const PackageRecord &p : std::as_const(m_state.packages)) {
        if (p.createTime < w.begin || p.createTime >= w.end)
            continue;
        if (index++ < offset)
            continue;
        if (out.size() >= limit)
            break;
        out.append(QJsonObject{{QStringLiteral("PackageCreateTime"), p.createTime},
                               {QStringLiteral("PackageEffectiveTime"), p.effectiveTime},
                               {QStringLiteral("PackageExpiredTime"), p.expiredTime},
                               {QStringLiteral("PackageAmount"), p.amount},
                               {QStringLiteral("PackageType"), p.type},
                               {QStringLiteral("PackageId"), p.id},
                               {QStringLiteral("CurrentUsage"), p.usage}});
    }
    return R::ok({{QStringLiteral("SmsPackagesStatisticsSet"), out}});
}

ServiceResult ReportHandler::phoneNumberInfo(const RequestContext &ctx, const QJsonObject &body)
{
    const QJsonArray set = body.value(QLatin1String("PhoneNumberSet")).toArray();
    if (set.size() > m_settings.maxNumbersPerRequest)
        return R::error(QStringLiteral("LimitExceeded.PhoneNumberCountLimit"),
                        ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                   "At most 200 numbers per request.")));
    QJsonArray out;
    for (const QJsonValue &v : set) {
        const QString input = v.toString();
        const PhoneNumber number = PhoneNumber::parse(input);
        if (!number.isValid()) {
            out.append(QJsonObject{{QStringLiteral("Code"), QStringLiteral("InvalidParameterValue.IncorrectPhoneNumber")},
                                   {QStringLiteral("Message"), number.problemDescription()},
                                   {QStringLiteral("NationCode"), number.countryCode()},
                                   {QStringLiteral("SubscriberNumber"), number.nationalNumber()},
                                   {QStringLiteral("PhoneNumber"), input},
                                   {QStringLiteral("IsoCode"), QStringLiteral("DEF")},
                                   {QStringLiteral("IsoName"), QString()}});
            continue;
        }
        const QLocale::Territory territory = QLocale::codeToTerritory(number.regionCode());
        out.append(QJsonObject{{QStringLiteral("Code"), QStringLiteral("Ok")},
                               {QStringLiteral("Message"), QStringLiteral("success")},
                               {QStringLiteral("NationCode"), number.countryCode()},
                               {QStringLiteral("SubscriberNumber"), number.nationalNumber()},
                               {QStringLiteral("PhoneNumber"), number.e164()},
                               {QStringLiteral("IsoCode"), number.regionCode()},
                               {QStringLiteral("IsoName"), QLocale::territoryToString(territory)}});
    }
    return R::ok({{QStringLiteral("PhoneNumberInfoSet"), out}});
}

ServiceResult ReportHandler::reportConversion(const RequestContext &ctx, const QJsonObject &body)
{
    QString appId;
    const ServiceResult problem = checkApp(ctx, body, &appId);
    if (problem.isError())
        return problem;
    const QString serial = body.value(QLatin1String("SerialNo")).toString();
    const auto it = m_state.sendBySerial.constFind(serial);
    const bool known = it != m_state.sendBySerial.constEnd()
        && m_state.sends[size_t(*it)].appId == appId;
    return R::ok({{QStringLiteral("ReportConversionStatus"),
                   QJsonObject{{QStringLiteral("Code"), known ? QStringLiteral("ok")
                                                              : QStringLiteral("InvalidParameterValue")},
                               {QStringLiteral("Message"),
                                known ? QStringLiteral("report conversion success")
                                      : ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                                   "No message has this SerialNo."))}}}});
}

ServiceResult ReportHandler::sendRecords(const RequestContext &ctx, const QJsonObject &body)
{
    QString appId;
    ServiceResult problem = checkApp(ctx, body, &appId);
    if (problem.isError())
        return problem;
    const qint64 begin = body.value(QLatin1String("BeginTime")).toInteger();
    const qint64 end = body.contains(QLatin1String("EndTime"))
        ? body.value(QLatin1String("EndTime")).toInteger()
        : ctx.nowSecs;
    const int limit = body.contains(QLatin1String("Limit")) ? body.value(QLatin1String("Limit")).toInt() : 20;
    const int offset = body.value(QLatin1String("Offset")).toInt();
    if (begin < ctx.nowSecs - 72 * 3600 || begin > ctx.nowSecs)
        return R::error(QStringLiteral("InvalidParameterValue.BeginTimeVerifyFail"),
                        ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                   "BeginTime must lie within the last 72 hours.")));
    if (end < begin || end > ctx.nowSecs + 60)
        return R::error(QStringLiteral("InvalidParameterValue.EndTimeVerifyFail"),
                        ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                   "EndTime must lie between BeginTime and now.")));
    if (limit < 1 || limit > 50 || offset < 0 || offset > 1000)
        return R::error(QStringLiteral("InvalidParameterValue"),
                        ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                   "Limit must be between 1 and 50, Offset "
                                                   "between 0 and 1000.")));
    QString phone;
    problem = readPhone(ctx, body, &phone);
    if (problem.isError())
        return problem;
    QList<const SendRecord *> matches;
    const QList<int> indices = m_state.sendsByPhone.value(phone);
    for (auto it = indices.crbegin(); it != indices.crend() && matches.size() < 1000; ++it) {
        const SendRecord &s = m_state.sends[size_t(*it)];
        if (s.appId == appId && s.sendTime >= begin && s.sendTime <= end)
            matches.append(&s);
    }
    QJsonArray out;
    for (int i = offset; i < matches.size() && out.size() < limit; ++i) {
        const SendRecord &s = *matches.at(i);
        const bool receiptVisible = s.receiptStatus != 0 && s.receiptTime <= ctx.nowSecs;
        int status = 3; // sending, no receipt yet
        if (s.requestCode != QLatin1String("Ok"))
            status = 1;
        else if (receiptVisible)
            status = s.receiptStatus == 1 ? 2 : 4;
        out.append(QJsonObject{
            {QStringLiteral("PhoneNumber"), s.phoneNumber},
            {QStringLiteral("SerialNo"), s.serialNo},
            {QStringLiteral("SendStatus"), status},
            {QStringLiteral("RequestCode"), s.requestCode},
            {QStringLiteral("StatusCode"),
             status == 2 || status == 4 ? s.receiptDescription.section(QLatin1Char(' '), 0, 0) : QString()},
            {QStringLiteral("IsoCode"), s.isoCode},
            {QStringLiteral("Content"), masked(s.content)},
            {QStringLiteral("SendTime"), s.sendTime},
            {QStringLiteral("UserReceiveTime"), status == 2 ? s.receiptTime : 0}});
    }
    return R::ok({{QStringLiteral("SendRecordSet"), out},
                  {QStringLiteral("TotalCount"), int(matches.size())}});
}

} // namespace sms::sandbox
