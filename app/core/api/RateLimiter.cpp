#include "api/RateLimiter.h"

namespace sms::api {

RateLimiter::RateLimiter()
    : m_qps(documentedQps())
{
}

QHash<QString, double> RateLimiter::documentedQps()
{
    // Default per-action limits of API 2021-01-11. Actions whose limit is not
    // published (SendMultiGlobalSms, SmsPackagesStatistics,
    // DescribeSendRecordList) fall back to the conservative default.
    return {
        {QStringLiteral("SendSms"), 3000},
        {QStringLiteral("PullSmsSendStatus"), 100},
        {QStringLiteral("PullSmsReplyStatus"), 100},
        {QStringLiteral("PullSmsSendStatusByPhoneNumber"), 20},
        {QStringLiteral("PullSmsReplyStatusByPhoneNumber"), 20},
        {QStringLiteral("SendStatusStatistics"), 10},
        {QStringLiteral("CallbackStatusStatistics"), 10},
        {QStringLiteral("AddSmsTemplate"), 2},
        {QStringLiteral("DeleteSmsTemplate"), 1},
        {QStringLiteral("DescribeSmsTemplateList"), 20},
        {QStringLiteral("ModifySmsTemplate"), 20},
        {QStringLiteral("AddSmsSign"), 1},
        {QStringLiteral("DeleteSmsSign"), 1},
        {QStringLiteral("DescribeSmsSignList"), 20},
        {QStringLiteral("ModifySmsSign"), 1},
        {QStringLiteral("DescribePhoneNumberInfo"), 1000},
        {QStringLiteral("ReportConversion"), 1000},
    };
}

double RateLimiter::qps(const QString &action) const
{
    return m_qps.value(action, m_defaultQps);
}

void RateLimiter::setQps(const QString &action, double qps)
{
    m_qps.insert(action, qps);
}

std::chrono::milliseconds RateLimiter::reserve(const QString &action)
{
    using namespace std::chrono;
    const double limit = qps(action);
    if (limit <= 0)
        return milliseconds(0);

    const auto now = Clock::now();
    const auto interval = duration_cast<Clock::duration>(duration<double>(1.0 / limit));
    auto slot = m_nextSlot.value(action, now);
    if (slot < now)
        slot = now;
    m_nextSlot.insert(action, slot + interval);
    // Round up: waking a millisecond early would put two requests in one slot.
    return duration_cast<milliseconds>(slot - now + microseconds(999));
}

} // namespace sms::api
