// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/RequestContext.h"
#include "sandbox/SandboxSettings.h"
#include "sandbox/SandboxState.h"

#include "domain/PhoneNumber.h"

namespace sms::sandbox {

// SendSms and SendMultiGlobalSms with every rule the service's error codes
// describe that a service can check. Problems with the request as a whole
// become Response.Error; problems with one number go into that number's
// status, and the others still go out, exactly as the service does it.
//
// Receipts and replies are scheduled at send time by fixed rules on the last
// four digits of the number, so tests and rehearsals can count on them:
//   0000 receipt FAIL, empty number      0001 receipt FAIL, service suspended
//   0002 receipt FAIL, carrier blocklist 0003 no receipt ever arrives
//   6666 replies "收到，谢谢"             7777 replies "R" and is opted out
//                                        from the moment the reply arrives
// Any other number: SUCCESS, except a fixed share (receiptFailurePercent)
// picked by the serial number.
class SendHandler
{
public:
    SendHandler(SandboxState &state, const SandboxSettings &settings);

    ServiceResult handle(const QString &action, const RequestContext &ctx, const QJsonObject &body);

private:
    // What is common to every number of one message.
    struct Message
    {
        QString appId;
        QString templateId;
        int smsType = 2;
        QString signName;
        QString text;       // as billed: with the 【signature】 for domestic
        int fee = 1;
        QString paramCode;  // a per-number code caused by the parameters
        QString paramMessage;
        QString sessionContext;
        bool international = false;
        QString day;           // Beijing calendar day, yyyyMMdd
        qint64 dayStart = 0;   // its first second
        QString counterPrefix; // "app|day|"
    };

    ServiceResult sendSms(const RequestContext &ctx, const QJsonObject &body);
    ServiceResult sendMulti(const RequestContext &ctx, const QJsonObject &body);
    // What both sends check first, in this order: count numbers (at least
    // one, else emptyCode, and at most maxNumbersPerRequest), then an
    // SmsSdkAppId that may send, read into *appId.
    ServiceResult checkRequest(const RequestContext &ctx, const QJsonObject &body, qsizetype count,
                               QLatin1String emptyCode, const char *emptyText,
                               QString *appId) const;
    // Builds the message for a template and parameters; a non-error result
    // means message is ready.
    ServiceResult prepare(const RequestContext &ctx, const QString &templateId,
                          const QString &signName, const QStringList &params,
                          bool international, Message &message) const;
    QByteArray sendOne(const RequestContext &ctx, const Message &message, const QString &input,
                        const domain::PhoneNumber &number);
    QByteArray refuse(const RequestContext &ctx, const Message &message, const QString &input,
                       const domain::PhoneNumber &number, const QString &code,
                       const QString &text);
    QString perNumberLimit(const RequestContext &ctx, const Message &message,
                           const domain::PhoneNumber &number, QString *text);
    void scheduleReceipt(SendRecord &record, const QString &subscriber) const;
    void scheduleReply(const RequestContext &ctx, const SendRecord &record);

    SandboxState &m_state;
    const SandboxSettings &m_settings;
};

} // namespace sms::sandbox
