// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/RequestContext.h"
#include "sandbox/SandboxSettings.h"
#include "sandbox/SandboxState.h"

namespace sms::sandbox {

// Everything that reads what was sent: delivery receipts and replies (the
// queue-style pulls hand each record out once; the by-number pulls can be
// repeated), send and callback statistics, package usage, send records, phone
// number information and conversion reports.
class ReportHandler
{
public:
    ReportHandler(SandboxState &state, const SandboxSettings &settings);

    ServiceResult handle(const QString &action, const RequestContext &ctx, const QJsonObject &body);

private:
    // What a read names: the application, a period and how many records.
    struct Window
    {
        QString appId;
        qint64 begin = 0; // epoch seconds
        qint64 end = 0; // exclusive for statistics, inclusive for the by-number pulls
        int limit = 0;
        QString phone; // E.164; the by-number pulls only
    };

    // The queue-style pulls (PullSmsSendStatus, PullSmsReplyStatus): each
    // record is handed out once.
    template<typename Records>
    ServiceResult pullOnce(const RequestContext &ctx, const QJsonObject &body,
                           std::multimap<qint64, int> &queue, const Records &records,
                           void (SandboxState::*markPulled)(int), QLatin1String setKey);
    // The by-number pulls (receipts or replies of one number in a window),
    // which may be repeated.
    template<typename Record>
    ServiceResult pullByPhone(const RequestContext &ctx, const QJsonObject &body,
                              QLatin1String setKey) const;
    QList<const SendRecord *> receiptsOf(const QString &phone, qint64 now) const;
    QList<const ReplyRecord *> repliesOf(const QString &phone, qint64 now) const;
    ServiceResult sendStatistics(const RequestContext &ctx, const QJsonObject &body);
    ServiceResult callbackStatistics(const RequestContext &ctx, const QJsonObject &body);
    ServiceResult packageStatistics(const RequestContext &ctx, const QJsonObject &body);
    ServiceResult phoneNumberInfo(const RequestContext &ctx, const QJsonObject &body);
    ServiceResult reportConversion(const RequestContext &ctx, const QJsonObject &body);
    ServiceResult sendRecords(const RequestContext &ctx, const QJsonObject &body);

    // Reads SmsSdkAppId into *appId and checks that it may be read.
    ServiceResult checkApp(const RequestContext &ctx, const QJsonObject &body,
                           QString *appId) const;
    // SmsSdkAppId and the period of the statistics: BeginTime and EndTime as
    // yyyymmddhh, Beijing time, the end hour included.
    ServiceResult statisticsWindow(const RequestContext &ctx, const QJsonObject &body,
                                   Window *window) const;
    // SmsSdkAppId, BeginTime/EndTime, Limit, Offset and PhoneNumber of the
    // by-number pulls.
    ServiceResult phoneWindow(const RequestContext &ctx, const QJsonObject &body,
                              Window *window) const;

    SandboxState &m_state;
    const SandboxSettings &m_settings;
};

} // namespace sms::sandbox
