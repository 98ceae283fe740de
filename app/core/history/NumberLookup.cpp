// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/NumberLookup.h"

#include "api/SmsApi.h"
#include "domain/PhoneNumber.h"
#include "store/HistoryJournal.h"

namespace sms::history {

using api::ApiError;

namespace {
// How far back each source reaches, a little inside its limit since the
// service checks it against its own clock.
constexpr qint64 kReceiptReachSeconds = 7 * 24 * 3600 - 300;
constexpr qint64 kRecordReachSeconds = 72 * 3600 - 300;
constexpr qint64 kRecordPage = 50; // the most DescribeSendRecordList returns at once
constexpr qint64 kRecordCap = 1000; // it returns no more than that in all
} // namespace

NumberLookup::NumberLookup(api::SmsApi &api, store::Database &database, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_history(std::make_unique<store::HistoryJournal>(database))
{ }

NumberLookup::~NumberLookup() = default;

qint64 NumberLookup::nowSecs() const
{
    return m_api.client() ? m_api.client()->clock().nowSecs() : QDateTime::currentSecsSinceEpoch();
}

bool NumberLookup::start(const QString &phone, const QString &appId)
{
    if (m_running)
        return false;
    const domain::PhoneNumber number = domain::PhoneNumber::parse(phone.trimmed());
    if (!number.isValid()) {
        m_error = ApiError(ApiError::Kind::LocalCheck,
                           QStringLiteral("InvalidParameterValue.IncorrectPhoneNumber"),
                           number.problemDescription());
        return false;
    }
    m_phone = number.e164();
    m_appId = appId;
    m_running = true;
    m_outcome = {};
    m_error = {};
    m_records.clear();
    m_now = nowSecs();
    pullReceipts();
    return true;
}

void NumberLookup::pullReceipts()
{
    domain::PullSmsSendStatusByPhoneNumberRequest request;
    request.phoneNumber = m_phone;
    request.smsSdkAppId = m_appId;
    request.limit = 100;
    request.beginTime = m_now - kReceiptReachSeconds;
    request.endTime = m_now;
    m_api.send(request, this, [this](auto *reply) {
        if (reply->error().isError())
            return finish(reply->error());
        // Pulled receipts first: they carry the carrier's description, which
        // a receipt implied by a send record lacks.
        const int stored = m_history->storeReceipts(m_appId, reply->result().pullSmsSendStatusSet);
        if (stored < 0)
            return finish(ApiError::client(ApiError::Kind::Configuration,
                                           "ClientError.JournalUnavailable",
                                           m_history->lastError()));
        m_outcome.receiptsAdded += stored;
        describeRecords(0);
    });
}

void NumberLookup::describeRecords(qint64 offset)
{
    domain::DescribeSendRecordListRequest request;
    request.phoneNumber = m_phone;
    request.smsSdkAppId = m_appId;
    request.beginTime = m_now - kRecordReachSeconds;
    request.endTime = m_now;
    request.limit = kRecordPage;
    request.offset = offset;
    m_api.send(request, this, [this, offset](auto *reply) {
        if (reply->error().isError())
            return finish(reply->error());
        const auto result = reply->result();
        m_records += result.sendRecordSet;
        const qint64 next = offset + kRecordPage;
        if (result.sendRecordSet.size() >= kRecordPage && next < kRecordCap
            && next < result.totalCount)
            return describeRecords(next);
        m_outcome.records = int(m_records.size());
        const auto counts = m_history->addFoundSends(m_appId, m_records);
        if (!counts)
            return finish(ApiError::client(ApiError::Kind::Configuration,
                                           "ClientError.JournalUnavailable",
                                           m_history->lastError()));
        m_outcome.sendsAdded += counts->sendsAdded;
        m_outcome.receiptsAdded += counts->receiptsAdded;
        finish();
    });
}

void NumberLookup::finish(const ApiError &error)
{
    m_error = error;
    m_running = false;
    m_records.clear();
    Q_EMIT finished();
}

} // namespace sms::history
