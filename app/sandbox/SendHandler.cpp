// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/SendHandler.h"

#include "sandbox/ApplicationCheck.h"

#include "domain/SmsLength.h"
#include "sandbox/JsonWriter.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>

namespace sms::sandbox {

using domain::PhoneNumber;
using domain::SmsLength;

namespace {
using R = ServiceResult;

QString beijingDay(const QDateTime &now)
{
    return now.toOffsetFromUtc(8 * 3600).toString(QStringLiteral("yyyyMMdd"));
}

quint32 mix(const QString &text)
{
    // FNV-1a with a final avalanche: stable across runs and platforms (qHash
    // is seeded per process), and cheap enough to run per number.
    quint32 h = 2166136261u;
    for (const QChar c : text) {
        h ^= c.unicode();
        h *= 16777619u;
    }
    h ^= h >> 16;
    h *= 0x7feb352du;
    h ^= h >> 15;
    h *= 0x846ca68bu;
    h ^= h >> 16;
    return h;
}

qint64 beijingDayStart(const QDateTime &now)
{
    const QDateTime local = now.toOffsetFromUtc(8 * 3600);
    return QDateTime(local.date(), QTime(0, 0), Qt::OffsetFromUTC, 8 * 3600).toSecsSinceEpoch();
}

// One SendStatus as JSON text, in the service's field order.
QByteArray sendStatus(const QString &serial, const QString &phone, int fee,
                      const QString &session, const QString &code, const QString &message,
                      const QString &isoCode)
{
    QByteArray out;
    out.reserve(192);
    out.append('{');
    JsonWriter::appendMember(out, "SerialNo", serial, true);
    JsonWriter::appendMember(out, "PhoneNumber", phone);
    JsonWriter::appendMember(out, "Fee", fee);
    JsonWriter::appendMember(out, "SessionContext", session);
    JsonWriter::appendMember(out, "Code", code);
    JsonWriter::appendMember(out, "Message", message);
    JsonWriter::appendMember(out, "IsoCode", isoCode);
    out.append('}');
    return out;
}

QByteArray statusSet(const char *key, const QList<QByteArray> &items)
{
    QByteArray out = QByteArray(1, '"') + key + "\":[";
    out.append(items.join(','));
    out.append(']');
    return out;
}

struct FailReason
{
    const char *description;
    const char *failureClass;
};
const FailReason kFailReasons[] = {
    {"MK:0001 空号", "invalid"},
    {"MI:0013 停机", "shutdown"},
    {"DB:0141 运营商黑名单", "blacklist"},
    {"MI:0024 关机时间长", "shutdown"},
    {"MK:0010 网关内部错误", "internal"},
};
} // namespace

SendHandler::SendHandler(SandboxState &state, const SandboxSettings &settings)
    : m_state(state)
    , m_settings(settings)
{
}

ServiceResult SendHandler::handle(const QString &action, const RequestContext &ctx,
                                  const QJsonObject &body)
{
    if (action == QLatin1String("SendSms"))
        return sendSms(ctx, body);
    return sendMulti(ctx, body);
}

ServiceResult SendHandler::checkRequest(const RequestContext &ctx, const QJsonObject &body,
                                        qsizetype count, QLatin1String emptyCode,
                                        const char *emptyText, QString *appId) const
{
    if (count == 0)
        return R::error(emptyCode, ctx.text(emptyText));
    if (count > m_settings.maxNumbersPerRequest)
        return R::error(QStringLiteral("LimitExceeded.PhoneNumberCountLimit"),
                        ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                   "At most 200 numbers per request.")));
    return ApplicationCheck::verify(m_state, ctx, body, ApplicationCheck::Purpose::Send, appId);
}

ServiceResult SendHandler::prepare(const RequestContext &ctx, const QString &templateId,
                                   const QString &signName, const QStringList &params,
                                   bool international, Message &m) const
{
    bool numeric = false;
    const qint64 id = templateId.toLongLong(&numeric);
    const auto templ = numeric ? m_state.templates.constFind(id) : m_state.templates.constEnd();
    if (templ == m_state.templates.constEnd())
        return R::error(QStringLiteral("FailedOperation.TemplateUnapprovedOrNotExist"),
                        ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                   "No template has this TemplateId.")));
    if (templ->status != ReviewStatusCode::Approved)
        return R::error(QStringLiteral("FailedOperation.TemplateIncorrectOrUnapproved"),
                        ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                   "The template is not approved (still under "
                                                   "review, or rejected).")));
    if (international && templ->international == 0)
        return R::error(QStringLiteral("UnsupportedOperation.ChineseMainlandTemplateToGlobalPhone"),
                        ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                   "A mainland China template cannot be sent to "
                                                   "numbers outside the mainland.")));
    if (!international && templ->international == 1)
        return R::error(QStringLiteral("UnsupportedOperation.GlobalTemplateToChineseMainlandPhone"),
                        ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                   "An international template cannot be sent to "
                                                   "mainland China numbers.")));

    m.templateId = templateId;
    m.smsType = templ->smsType;
    m.international = international;
    m.signName = signName;

    if (!international || !signName.isEmpty()) {
        const int market = international ? 1 : 0;
        bool found = false;
        for (const SignRecord &s : std::as_const(m_state.signs)) {
            if (s.name == signName && s.international == market
                && s.status == ReviewStatusCode::Approved) {
                found = true;
                break;
            }
        }
        if (!found) {
            static const QRegularExpression digits(QStringLiteral("^\\d+$"));
            const char *why = signName.isEmpty()
                ? QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                    "A message to mainland China needs the SignName of an "
                                    "approved signature.")
                : digits.match(signName).hasMatch()
                ? QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                    "SignName looks like a signature ID; send the signature's "
                                    "text instead.")
                : QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                    "No approved signature has this name.");
            return R::error(QStringLiteral("FailedOperation.SignatureIncorrectOrUnapproved"),
                            ctx.text(why));
        }
    }

    if (templ->smsType == 1) {
        if (!m_state.enterpriseVerified)
            return R::error(QStringLiteral("UnauthorizedOperation.IndividualUserMarketingSmsPermissionDeny"),
                            ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                       "Individual accounts cannot send "
                                                       "marketing messages.")));
        const int hour = ctx.now.toOffsetFromUtc(8 * 3600).time().hour();
        if (hour < m_settings.marketingStartHour || hour >= m_settings.marketingEndHour)
            return R::error(QStringLiteral("FailedOperation.MarketingSendTimeConstraint"),
                            ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                       "Marketing messages go out only between "
                                                       "08:00 and 22:00 Beijing time.")));
    }

    if (SmsLength::variableCount(templ->content) != params.size())
        return R::error(QStringLiteral("FailedOperation.TemplateParamSetNotMatchApprovedTemplate"),
                        ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                   "The number of TemplateParamSet values differs "
                                                   "from the template's variables."))
                            + QStringLiteral(" (%1 ≠ %2)")
                                  .arg(params.size())
                                  .arg(SmsLength::variableCount(templ->content)));

    const QString body = SmsLength::renderTemplate(templ->content, params);
    m.text = international ? body : SmsLength::domesticText(signName, body);
    const SmsLength::Result length = SmsLength::measure(
        m.text, international ? SmsLength::Destination::International
                              : SmsLength::Destination::Domestic);
    if (length.characters > m_settings.contentMaxLength)
        return R::error(QStringLiteral("InvalidParameterValue.ContentLengthLimit"),
                        ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                   "The message is longer than 500 characters.")));
    m.fee = std::max(1, length.segments);
    // Computed once per message rather than per number: these keys are what
    // keeps a 200-number request cheap.
    m.day = beijingDay(ctx.now);
    m.dayStart = beijingDayStart(ctx.now);
    m.counterPrefix = m.appId + QLatin1Char('|') + m.day + QLatin1Char('|');

    // Parameter problems refuse every number of the message, one by one.
    static const QRegularExpression code(QStringLiteral("^\\d*$"));
    static const QRegularExpression url(
        QStringLiteral("(https?://|www\\.|\\b[a-z0-9-]+\\.(com|cn|net|org|cc|top|xyz)\\b)"),
        QRegularExpression::CaseInsensitiveOption);
    for (const QString &p : params) {
        if (templ->smsType == 3
            && (!code.match(p).hasMatch() || p.size() > m_settings.verificationCodeMaxDigits)) {
            m.paramCode = QStringLiteral("InvalidParameterValue.TemplateParameterFormatError");
            m.paramMessage = ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                        "A verification code is 0 to 6 digits."));
            break;
        }
        if (url.match(p).hasMatch()) {
            m.paramCode = QStringLiteral("InvalidParameterValue.ProhibitedUseUrlInTemplateParameter");
            m.paramMessage = ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                        "Template variables may not carry links."));
            break;
        }
        if (p.toUcs4().size() > m_settings.templateParamMaxLength) {
            m.paramCode = QStringLiteral("InvalidParameterValue.TemplateParameterLengthLimit");
            m.paramMessage = ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                        "A template variable is longer than the "
                                                        "account allows."));
            break;
        }
        bool sensitive = false;
        for (const QString &word : m_settings.sensitiveWords)
            sensitive = sensitive || p.contains(word, Qt::CaseInsensitive);
        if (sensitive) {
            m.paramCode = QStringLiteral("FailedOperation.ContainSensitiveWord");
            m.paramMessage = ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                        "The message contains a prohibited word."));
            break;
        }
    }
    return {};
}

ServiceResult SendHandler::sendSms(const RequestContext &ctx, const QJsonObject &body)
{
    const QJsonArray set = body.value(QLatin1String("PhoneNumberSet")).toArray();
    QString appId;
    ServiceResult problem = checkRequest(
        ctx, body, set.size(), QLatin1String("MissingParameter.EmptyPhoneNumberSet"),
        QT_TRANSLATE_NOOP("sms::sandbox::Messages", "PhoneNumberSet is empty."), &appId);
    if (problem.isError())
        return problem;
    const QString session = body.value(QLatin1String("SessionContext")).toString();
    if (session.toUtf8().size() > m_settings.sessionContextMaxBytes)
        return R::error(QStringLiteral("InvalidParameterValue"),
                        ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                   "SessionContext must be shorter than 512 "
                                                   "bytes.")));

    QList<PhoneNumber> numbers;
    numbers.reserve(set.size());
    bool anyDomestic = false;
    bool anyInternational = false;
    for (const QJsonValue &v : set) {
        numbers.append(PhoneNumber::parse(v.toString()));
        if (numbers.last().isValid())
            (numbers.last().isMainlandChina() ? anyDomestic : anyInternational) = true;
    }
    if (anyDomestic && anyInternational)
        return R::error(QStringLiteral("UnsupportedOperation.ContainDomesticAndInternationalPhoneNumber"),
                        ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                   "One request cannot mix mainland China and "
                                                   "international numbers.")));

    QStringList params;
    for (const QJsonValue &v : body.value(QLatin1String("TemplateParamSet")).toArray())
        params.append(v.toString());
    Message message;
    message.appId = appId;
    message.sessionContext = session;
    problem = prepare(ctx, body.value(QLatin1String("TemplateId")).toString(),
                      body.value(QLatin1String("SignName")).toString(), params, anyInternational,
                      message);
    if (problem.isError())
        return problem;

    QList<QByteArray> statuses;
    statuses.reserve(numbers.size());
    for (int i = 0; i < numbers.size(); ++i)
        statuses.append(sendOne(ctx, message, set.at(i).toString(), numbers.at(i)));
    ServiceResult result;
    result.rawMember = statusSet("SendStatusSet", statuses);
    return result;
}

ServiceResult SendHandler::sendMulti(const RequestContext &ctx, const QJsonObject &body)
{
    const QJsonArray items = body.value(QLatin1String("MultiSmsInfoSet")).toArray();
    QString appId;
    const ServiceResult problem = checkRequest(
        ctx, body, items.size(), QLatin1String("InvalidParameterValue.MultiSmsInfoSetEmpty"),
        QT_TRANSLATE_NOOP("sms::sandbox::Messages", "MultiSmsInfoSet is empty."), &appId);
    if (problem.isError())
        return problem;

    QList<PhoneNumber> numbers;
    for (const QJsonValue &v : items) {
        numbers.append(PhoneNumber::parse(v.toObject().value(QLatin1String("PhoneNumber")).toString()));
        if (numbers.last().isValid() && numbers.last().isMainlandChina())
            return R::error(QStringLiteral("UnsupportedOperation.ContainDomesticPhoneNumber"),
                            ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                       "SendMultiGlobalSms takes international "
                                                       "numbers only.")));
    }
    QList<QByteArray> statuses;
    for (int i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        QStringList params;
        for (const QJsonValue &v : item.value(QLatin1String("TemplateParamSet")).toArray())
            params.append(v.toString());
        Message message;
        message.appId = appId;
        message.sessionContext = item.value(QLatin1String("SessionContext")).toString();
        const QString input = item.value(QLatin1String("PhoneNumber")).toString();
        const ServiceResult itemProblem =
            prepare(ctx, item.value(QLatin1String("TemplateId")).toString(), QString(), params,
                    true, message);
        if (itemProblem.isError()) {
            statuses.append(refuse(ctx, message, input, numbers.at(i), itemProblem.errorCode,
                                   itemProblem.errorMessage));
            continue;
        }
        if (message.sessionContext.toUtf8().size() > m_settings.sessionContextMaxBytes) {
            statuses.append(refuse(ctx, message, input, numbers.at(i),
                                   QStringLiteral("InvalidParameterValue"),
                                   ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                              "SessionContext must be shorter "
                                                              "than 512 bytes."))));
            continue;
        }
        statuses.append(sendOne(ctx, message, input, numbers.at(i)));
    }
    ServiceResult result;
    result.rawMember = statusSet("SendMultiStatusSet", statuses);
    return result;
}

QByteArray SendHandler::refuse(const RequestContext &ctx, const Message &m, const QString &input,
                                const PhoneNumber &number, const QString &code,
                                const QString &text)
{
    SendRecord r;
    r.phoneNumber = number.isValid() ? number.e164() : input;
    r.countryCode = number.countryCode();
    r.subscriber = number.nationalNumber();
    r.isoCode = number.isValid() ? number.regionCode() : QString();
    r.appId = m.appId;
    r.templateId = m.templateId;
    r.signName = m.signName;
    r.content = m.text;
    r.sessionContext = m.sessionContext;
    r.requestCode = code;
    r.sendTime = ctx.nowSecs;
    m_state.addSend(r);
    return sendStatus(QString(), r.phoneNumber, 0, m.sessionContext, code, text,
                      r.isoCode.isEmpty() ? QStringLiteral("DEF") : r.isoCode);
}

QString SendHandler::perNumberLimit(const RequestContext &ctx, const Message &m,
                                    const PhoneNumber &number, QString *text)
{
    const QString phone = number.e164();
    const qint64 now = ctx.nowSecs;
    const QString &day = m.day;

    if (m_state.optOut.contains(phone)) {
        *text = ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                           "The number is on the do-not-disturb list (it opted "
                                           "out or the carrier blocks it)."));
        return QStringLiteral("FailedOperation.PhoneNumberInBlacklist");
    }
    if (m.international) {
        if (m_settings.unsupportedCountries.contains(number.regionCode())) {
            *text = ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                               "Messages to this country or region are not "
                                               "supported."));
            return QStringLiteral("UnsupportedOperation.UnsupportedRegion");
        }
        if (m_settings.blockedCountries.contains(number.regionCode())) {
            *text = ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                               "The application does not send to this country "
                                               "or region."));
            return QStringLiteral("LimitExceeded.AppCountryOrRegionInBlacklist");
        }
    }

    // Frequency windows over the accepted sends to this number, newest
    // first. Sends are recorded as they happen, so the walk ends at the
    // first one older than every window (with a day to spare for a sandbox
    // clock set back).
    int in30s = 0, in1h = 0, today = 0, sameToday = 0;
    const QList<int> history = m_state.sendsByPhone.value(phone);
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        const SendRecord &sent = m_state.sends[size_t(*it)];
        if (sent.sendTime < now - 2 * 86400)
            break;
        if (sent.requestCode != QLatin1String("Ok"))
            continue;
        const qint64 t = sent.sendTime;
        if (t > now - 30)
            ++in30s;
        if (t > now - 3600)
            ++in1h;
        if (t >= m.dayStart) {
            ++today;
            if (sent.content == m.text)
                ++sameToday;
        }
    }
    if (in30s >= m_settings.perNumberThirtySeconds) {
        *text = ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                           "This number already received a message in the last "
                                           "30 seconds."));
        return QStringLiteral("LimitExceeded.PhoneNumberThirtySecondLimit");
    }
    if (in1h >= m_settings.perNumberOneHour) {
        *text = ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                           "This number reached its limit for one hour."));
        return QStringLiteral("LimitExceeded.PhoneNumberOneHourLimit");
    }
    if (today >= m_settings.perNumberDaily) {
        *text = ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                           "This number reached its limit for today."));
        return QStringLiteral("LimitExceeded.PhoneNumberDailyLimit");
    }
    if (sameToday >= m_settings.perNumberSameContentDaily) {
        *text = ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                           "This number already received this same message as "
                                           "often as allowed today."));
        return QStringLiteral("LimitExceeded.PhoneNumberSameContentDailyLimit");
    }

    // Application limits for the Beijing calendar day.
    const QString &prefix = m.counterPrefix;
    const auto count = [this, &prefix](const QString &bucket) {
        return m_state.dailyCounters.value(prefix + bucket);
    };
    if (count(QStringLiteral("all")) >= m_settings.appDailyLimit) {
        *text = ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                           "The application reached its daily sending limit."));
        return QStringLiteral("LimitExceeded.AppDailyLimit");
    }
    if (!m.international && count(QStringLiteral("mainland")) >= m_settings.appMainlandDailyLimit) {
        *text = ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                           "The application reached its daily limit for mainland "
                                           "China."));
        return QStringLiteral("LimitExceeded.AppMainlandChinaDailyLimit");
    }
    if (m.international) {
        if (count(QStringLiteral("global")) >= m_settings.appGlobalDailyLimit) {
            *text = ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                               "The application reached its daily limit for "
                                               "international messages."));
            return QStringLiteral("LimitExceeded.AppGlobalDailyLimit");
        }
        if (count(QStringLiteral("country:") + number.regionCode()) >= m_settings.appCountryDailyLimit) {
            *text = ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                               "The application reached its daily limit for this "
                                               "country or region."));
            return QStringLiteral("LimitExceeded.AppCountryOrRegionDailyLimit");
        }
        if (m_state.dailyCounters.value(QStringLiteral("*|") + day + QStringLiteral("|global"))
            >= m_settings.globalDailyLimit) {
            *text = ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                               "The account reached its daily international "
                                               "limit."));
            return QStringLiteral("LimitExceeded.DailyLimit");
        }
    }
    if (m_state.balance(now) < m.fee) {
        *text = ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                           "The SMS packages have too few messages left."));
        return QStringLiteral("FailedOperation.InsufficientBalanceInSmsPackage");
    }
    return {};
}

QByteArray SendHandler::sendOne(const RequestContext &ctx, const Message &m, const QString &input,
                                 const PhoneNumber &number)
{
    if (!number.isValid())
        return refuse(ctx, m, input, number, QStringLiteral("InvalidParameterValue.IncorrectPhoneNumber"),
                      ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                 "The phone number is not valid.")));
    if (!m.paramCode.isEmpty())
        return refuse(ctx, m, input, number, m.paramCode, m.paramMessage);
    QString text;
    const QString limit = perNumberLimit(ctx, m, number, &text);
    if (!limit.isEmpty())
        return refuse(ctx, m, input, number, limit, text);

    const qint64 now = ctx.nowSecs;
    m_state.consume(m.fee, now);
    const QString phone = number.e164();
    const QString &day = m.day;
    const QString &prefix = m.counterPrefix;
    m_state.dailyCounters[prefix + QStringLiteral("all")] += 1;
    if (m.international) {
        m_state.dailyCounters[prefix + QStringLiteral("global")] += 1;
        m_state.dailyCounters[prefix + QStringLiteral("country:") + number.regionCode()] += 1;
        m_state.dailyCounters[QStringLiteral("*|") + day + QStringLiteral("|global")] += 1;
    } else {
        m_state.dailyCounters[prefix + QStringLiteral("mainland")] += 1;
    }

    SendRecord r;
    r.serialNo = m_state.nextSerialNo();
    r.phoneNumber = phone;
    r.countryCode = number.countryCode();
    r.subscriber = number.nationalNumber();
    r.isoCode = number.regionCode();
    r.appId = m.appId;
    r.templateId = m.templateId;
    r.signName = m.signName;
    r.content = m.text;
    r.sessionContext = m.sessionContext;
    r.requestCode = QStringLiteral("Ok");
    r.fee = m.fee;
    r.sendTime = now;
    scheduleReceipt(r, r.subscriber);
    scheduleReply(ctx, r);
    const QString serial = r.serialNo;
    m_state.addSend(std::move(r));

    return sendStatus(serial, phone, m.fee, m.sessionContext, QStringLiteral("Ok"),
                      QStringLiteral("send success"), number.regionCode());
}

void SendHandler::scheduleReceipt(SendRecord &r, const QString &subscriber) const
{
    const QString tail = subscriber.right(4);
    const quint32 h = mix(r.serialNo);
    const int span = std::max(1, m_settings.receiptMaxDelaySeconds - m_settings.receiptMinDelaySeconds + 1);
    r.receiptTime = r.sendTime + m_settings.receiptMinDelaySeconds + int(h % quint32(span));
    int reason = -1;
    if (tail == QLatin1String("0003")) {
        r.receiptStatus = 0; // the carrier never reports
        return;
    }
    if (tail == QLatin1String("0000"))
        reason = 0;
    else if (tail == QLatin1String("0001"))
        reason = 1;
    else if (tail == QLatin1String("0002"))
        reason = 2;
    else if (int((h >> 8) % 100) < m_settings.receiptFailurePercent)
        reason = int((h >> 16) % (sizeof(kFailReasons) / sizeof(kFailReasons[0])));
    if (reason < 0) {
        r.receiptStatus = 1;
        r.receiptDescription = QStringLiteral("DELIVRD 用户接收成功");
    } else {
        r.receiptStatus = 2;
        r.receiptDescription = QString::fromUtf8(kFailReasons[reason].description);
        r.failureClass = QString::fromLatin1(kFailReasons[reason].failureClass);
    }
}

void SendHandler::scheduleReply(const RequestContext &ctx, const SendRecord &r)
{
    const QString tail = r.subscriber.right(4);
    QString content;
    if (tail == QLatin1String("6666"))
        content = QStringLiteral("收到，谢谢");
    else if (tail == QLatin1String("7777"))
        content = QStringLiteral("R");
    else
        return;
    ReplyRecord reply;
    reply.appId = r.appId;
    reply.phoneNumber = r.phoneNumber;
    reply.countryCode = r.countryCode;
    reply.subscriber = r.subscriber;
    reply.signName = r.signName;
    reply.content = content;
    reply.replyTime = ctx.nowSecs + 10;
    const int index = int(m_state.replies.size());
    m_state.replies.push_back(reply);
    m_state.pendingReplies.emplace(reply.replyTime, index);
    // "R" is the opt-out answer marketing templates ask for; it counts from
    // the moment the reply arrives.
    if (content == QLatin1String("R"))
        m_state.pendingOptOuts.emplace(reply.replyTime, r.phoneNumber);
}

} // namespace sms::sandbox
