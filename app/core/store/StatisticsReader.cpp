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
// recipients.receipt_state's values.
enum Receipt { Delivered = 1, Failed = 2 };

// The unary + keeps SQLite from reading the recipients through the
// campaign index: a campaign may hold a million rows of which the range
// covers a few, and sent_at is the narrow one.
// The application is the statement's parameter number parameter: the
// numbers have no gaps (PostgreSQL cannot type a parameter never used).
QByteArray appFilter(const QString &appId, int parameter)
{
    return appId.isEmpty() ? QByteArray()
                           : " AND +r.campaign_id IN (SELECT id FROM campaigns WHERE app_id = ?"
            + QByteArray::number(parameter) + ')';
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
    // not be counted in one and missed in the other. SQLite's transaction
    // is one; PostgreSQL's statements each see the latest commits unless
    // the transaction asks for repeatable reads.
    const bool ok = m_db.transaction([&] {
        return (m_db.engine() != Engine::Postgres
                || m_db.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")))
            && readSends(query, report) && readFailures(query, report);
    });
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
    const qint64 endMs = range.end().toMSecsSinceEpoch();
    const qint64 firstBucket = (beginMs + offsetMs) / stepMs;
    const qint64 unknownBefore = query.unknownBefore.isValid()
        ? query.unknownBefore.toMSecsSinceEpoch()
        : std::numeric_limits<qint64>::min();

    // The rows of the range lie between these two ids. Sends are recorded
    // about in time order, so reading the table between them is a short
    // sequential scan; following the sent_at index row by row instead costs
    // a random lookup per send, ten times the time for a month of a million.
    Statement bounds(m_db,
                     "SELECT MIN(id), MAX(id) FROM recipients"
                     " WHERE sent_at >= ?1 AND sent_at < ?2");
    bounds.bind(1, beginMs).bind(2, endMs);
    if (!bounds.next())
        return bounds.ok();
    const qint64 firstId = bounds.int64(0);
    const qint64 lastId = bounds.int64(1);
    while (bounds.next()) { }
    if (lastId == 0)
        return true; // nothing was sent in the range

    // Counted here rather than with GROUP BY: SQLite would sort every row
    // of the range into a temporary tree first. The unary + keeps SQLite
    // on the id range instead of the sent_at index.
    const QByteArray sql = QByteArray("SELECT r.sent_at, r.state, r.receipt_state, r.fee,"
                                      " CASE WHEN r.state = ")
        + QByteArray::number(int(RecipientState::Refused))
        + " THEN r.code END FROM recipients r"
          " WHERE r.id BETWEEN ?3 AND ?4 AND +r.sent_at >= ?1 AND +r.sent_at < ?2"
        + appFilter(query.appId, 5);
    Statement select(m_db, sql.constData());
    select.bind(1, beginMs).bind(2, endMs).bind(3, firstId).bind(4, lastId);
    if (!query.appId.isEmpty())
        select.bind(5, query.appId);
    QHash<QString, qint64> refused;
    statistics::DeliveryOutcomes &delivery = report.delivery;
    while (select.next()) {
        const qint64 sentAt = select.int64(0);
        const qsizetype bucket = qsizetype((sentAt + offsetMs) / stepMs - firstBucket);
        if (bucket < 0 || bucket >= report.buckets.size())
            continue;
        statistics::StatisticsBucket &b = report.buckets[bucket];
        ++b.requests;
        const auto state = RecipientState(select.int64(1));
        if (state == RecipientState::Refused)
            ++refused[select.text(4)];
        if (state != RecipientState::Accepted)
            continue;
        ++b.accepted;
        b.billed += select.int64(3);
        ++delivery.accepted;
        switch (select.int64(2)) {
        case Delivered:
            ++delivery.delivered;
            break;
        case Failed:
            ++delivery.failed;
            break;
        default:
            if (sentAt < unknownBefore)
                ++delivery.unknown;
            else
                ++delivery.noReceiptYet;
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
        + QByteArray::number(int(RecipientState::Accepted)) + appFilter(query.appId, 3)
        + " GROUP BY 1";
    Statement select(m_db, sql.constData());
    select.bind(1, query.range.begin().toMSecsSinceEpoch())
        .bind(2, query.range.end().toMSecsSinceEpoch());
    if (!query.appId.isEmpty())
        select.bind(3, query.appId);
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
