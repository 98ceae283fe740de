#pragma once

#include "RequestContext.h"
#include "SandboxSettings.h"
#include "SandboxState.h"

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
    ServiceResult pullReceipts(const RequestContext &ctx, const QJsonObject &body);
    ServiceResult pullReceiptsByPhone(const RequestContext &ctx, const QJsonObject &body);
    ServiceResult pullReplies(const RequestContext &ctx, const QJsonObject &body);
    ServiceResult pullRepliesByPhone(const RequestContext &ctx, const QJsonObject &body);
    ServiceResult sendStatistics(const RequestContext &ctx, const QJsonObject &body);
    ServiceResult callbackStatistics(const RequestContext &ctx, const QJsonObject &body);
    ServiceResult packageStatistics(const RequestContext &ctx, const QJsonObject &body);
    ServiceResult phoneNumberInfo(const RequestContext &ctx, const QJsonObject &body);
    ServiceResult reportConversion(const RequestContext &ctx, const QJsonObject &body);
    ServiceResult sendRecords(const RequestContext &ctx, const QJsonObject &body);

    ServiceResult checkApp(const RequestContext &ctx, const QString &appId) const;
    // SmsSdkAppId and Limit of the queue-style pulls.
    ServiceResult queueRequest(const RequestContext &ctx, const QJsonObject &body, QString *appId,
                               int *limit) const;
    // Parses a yyyymmddhh pair (Beijing time) into [begin, end) in epoch seconds.
    ServiceResult hourRange(const RequestContext &ctx, const QJsonObject &body, qint64 *begin,
                            qint64 *end) const;
    // BeginTime/EndTime/Offset/Limit/PhoneNumber checks of the by-number pulls.
    ServiceResult phoneWindow(const RequestContext &ctx, const QJsonObject &body, QString *phone,
                              qint64 *begin, qint64 *end, int *limit) const;

    SandboxState &m_state;
    const SandboxSettings &m_settings;
};

} // namespace sms::sandbox
