// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/StatisticsReader.h"

#include "store/Database.h"
#include "store/JournalRecipient.h"
#include "store/Statement.h"

#include <QHash>

#include <algorithm>
#include <limits>

namespace sms::store {

using statistics::ReasonCount;
using statistics::ReasonCounts;
using statistics::StatisticsRange;
using statistics::StatisticsReport;

namespace {
// The outcome column of the pass over the sends (receipt_state's values,
// and two of this query's own).
enum Outcome { NoReceipt = 0, Delivered = 1, Failed = 2, Unknown = 9 };

// The unary + keeps SQLite from reading the recipients through the
// campaign index: a campaign may hold a million rows of which the range
// covers a few, and sent_at is the narrow one.
QByteArray appFilter(const QString &appId)
{
    return appId.isEmpty()
        ? QByteArray()
        : QByteArray(" AND +r.campaign_id IN (SELECT id FROM campaigns WHERE app_id = ?4)");
}

void sortByCount(ReasonCounts &counts)
{
    std::sort(counts.begin(), counts.end(), [](const ReasonCount &a, const ReasonCount &b) {
        return a.count != b.count ? a.count > b.count : a.reason < b.reason;
    });
}

ReasonCounts countsOf(const QHash<QString, qint64> &byReason)
{
    ReasonCounts counts;
    for (auto it = byReason.cbegin(); it != byReason.cend(); ++it)
        counts.append({it.key(), it.value()});
    sortByCount(counts);
    return counts;
}
} // namespace

StatisticsReader::StatisticsReader(Database &database)
    : m_db(database)
{ }

QString StatisticsReader::lastError() const
{
    return m_db.lastError();
}

std::optional<StatisticsReport> StatisticsReader::read(const Query &query)
{
    StatisticsReport report;
    report.source = statistics::StatisticsSource::Local;
    report.range = query.range;
    report.appId = query.appId;
    for (const QDateTime &start : query.range.bucketStarts())
        report.buckets.append({start, 0, 0, 0});
    // One snapshot for both queries: a receipt committed between them must
    // not be counted in one and missed in the other.
    const bool ok
        = m_db.transaction([&] { return readSends(query, report) && readFailures(query, report); });
    if (!ok)
        return std::nullopt;
    report.loadedAt = QDateTime::currentDateTimeUtc();
    return report;
}

bool StatisticsReader::readSends(const Query &query, StatisticsReport &report)
{
    const StatisticsRange &range = query.range;
    const qint64 stepMs
        = range.granularity() == StatisticsRange::Granularity::Hour ? 3600'000 : 86400'000;
    const qint64 offsetMs = qint64(range.zone().offsetFromUtc(range.begin())) * 1000;
    const qint64 beginMs = range.begin().toMSecsSinceEpoch();
    const qint64 firstBucket = (beginMs + offsetMs) / stepMs;
    // ?1 begin, ?2 end, ?3 unknown before, ?4 app, ?5 zone offset, ?6 step.
    const QByteArray sql = QByteArray("SELECT (r.sent_at + ?5) / ?6, r.state,"
                                      " CASE WHEN r.state = ")
        + QByteArray::number(int(RecipientState::Refused))
        + " THEN r.code END,"
          " COALESCE(r.receipt_state, CASE WHEN r.sent_at < ?3 THEN 9 ELSE 0 END),"
          " COUNT(*), TOTAL(r.fee)"
          " FROM recipients r WHERE r.sent_at >= ?1 AND r.sent_at < ?2"
        + appFilter(query.appId) + " GROUP BY 1, 2, 3, 4";
    Statement select(m_db, sql.constData());
    select.bind(1, beginMs)
        .bind(2, range.end().toMSecsSinceEpoch())
        .bind(3,
              query.unknownBefore.isValid() ? query.unknownBefore.toMSecsSinceEpoch()
                                            : std::numeric_limits<qint64>::min())
        .bind(5, offsetMs)
        .bind(6, stepMs);
    if (!query.appId.isEmpty())
        select.bind(4, query.appId);
    QHash<QString, qint64> refused;
    statistics::DeliveryOutcomes &delivery = report.delivery;
    while (select.next()) {
        const qsizetype bucket = qsizetype(select.int64(0) - firstBucket);
        const auto state = RecipientState(select.int64(1));
        const qint64 count = select.int64(4);
        if (bucket < 0 || bucket >= report.buckets.size())
            continue;
        statistics::StatisticsBucket &b = report.buckets[bucket];
        b.requests += count;
        if (state == RecipientState::Refused)
            refused[select.text(2)] += count;
        if (state != RecipientState::Accepted)
            continue;
        b.accepted += count;
        b.billed += select.int64(5);
        delivery.accepted += count;
        switch (select.int64(3)) {
        case Delivered:
            delivery.delivered += count;
            break;
        case Failed:
            delivery.failed += count;
            break;
        case Unknown:
            delivery.unknown += count;
            break;
        default:
            delivery.noReceiptYet += count;
            break;
        }
    }
    report.refusedByCode = countsOf(refused);
    return select.ok();
}

bool StatisticsReader::readFailures(const Query &query, StatisticsReport &report)
{
    // A failed number without its receipt row (kept elsewhere, or lost)
    // still counts, under an empty reason.
    const QByteArray sql
        = QByteArray("SELECT COALESCE(NULLIF(rc.description, ''), rc.status, ''), COUNT(*)"
                     " FROM recipients r LEFT JOIN receipts rc ON rc.recipient_id = r.id"
                     " WHERE r.receipt_state = 2 AND r.sent_at >= ?1 AND r.sent_at < ?2 AND "
                     "r.state = ")
        + QByteArray::number(int(RecipientState::Accepted)) + appFilter(query.appId)
        + " GROUP BY 1";
    Statement select(m_db, sql.constData());
    select.bind(1, query.range.begin().toMSecsSinceEpoch())
        .bind(2, query.range.end().toMSecsSinceEpoch());
    if (!query.appId.isEmpty())
        select.bind(4, query.appId);
    QHash<QString, qint64> failed;
    while (select.next())
        failed[select.text(0)] += select.int64(1);
    report.delivery.failedByReason = countsOf(failed);
    return select.ok();
}

QStringList StatisticsReader::appIds()
{
    QStringList ids;
    Statement select(m_db, "SELECT DISTINCT app_id FROM campaigns WHERE app_id <> '' ORDER BY 1");
    while (select.next())
        ids.append(select.text(0));
    return ids;
}

} // namespace sms::store
