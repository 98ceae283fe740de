// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/HistoryReader.h"

#include "store/CampaignJournal.h"
#include "store/Database.h"
#include "store/QueryCanceller.h"
#include "store/Statement.h"

#include <QHash>
#include <QIODevice>
#include <QTimeZone>

#include <algorithm>
#include <limits>

namespace sms::store {

using history::FailureSummary;
using history::HistoryFilter;
using history::HistoryRow;
using history::Lifecycle;
using history::LifecycleState;
using history::SendDetail;

namespace {
// The columns readRow() reads, in its order.
const char kRowColumns[]
    = "r.id, r.campaign_id, c.kind, r.phone, r.sent_at, c.template_id, c.sign_name, c.app_id, "
      "r.serial_no, r.fee, r.code, r.message, r.state, r.receipt_state, r.receipt_at";

HistoryRow readRow(const Statement &q)
{
    HistoryRow row;
    row.id = q.int64(0);
    row.campaignId = q.int64(1);
    row.campaignKind = int(q.int64(2));
    row.phone = q.text(3);
    row.sentAtMs = q.int64(4);
    row.templateId = q.text(5);
    row.signName = q.text(6);
    row.appId = q.text(7);
    row.serialNo = q.text(8);
    row.fee = q.int64(9);
    row.code = q.text(10);
    row.message = q.text(11);
    row.state = RecipientState(q.int64(12));
    row.receipt = Lifecycle::Receipt(q.int64(13));
    row.receiptAtMs = q.int64(14);
    return row;
}

// The first string after prefix in code point order: phone >= prefix AND
// phone < upperBound(prefix) is "starts with", served by the phone index.
QString upperBound(const QString &prefix)
{
    QString bound = prefix;
    while (!bound.isEmpty()) {
        const QChar last = bound.back();
        if (last.unicode() < 0xFFFF) {
            bound.back() = QChar(last.unicode() + 1);
            return bound;
        }
        bound.chop(1);
    }
    return {};
}

QString quoted(const QString &text)
{
    QString q = text;
    q.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}
} // namespace

QString HistoryReader::Sql::literal() const
{
    QString out;
    qsizetype next = 0;
    for (const QChar c : text) {
        if (c == QLatin1Char('?') && next < values.size()) {
            const QVariant &v = values.at(next++);
            out += v.typeId() == QMetaType::QString ? quoted(v.toString())
                                                    : QString::number(v.toLongLong());
        } else {
            out += c;
        }
    }
    return out;
}

QLatin1String HistoryReader::recipientsFirstJoin() const
{
    // SQLite: CROSS JOIN keeps recipients the outer loop, so the time order
    // comes from its index instead of a sort of every matching row.
    // PostgreSQL has no such hint (nor CROSS JOIN ... ON): its planner
    // weighs both orders from the table statistics.
    return m_db.engine() == Engine::Postgres ? QLatin1String("JOIN") : QLatin1String("CROSS JOIN");
}

HistoryReader::HistoryReader(Database &database, const Lifecycle &lifecycle)
    : m_db(database)
    , m_lifecycle(lifecycle)
{ }

void HistoryReader::setInterrupt(std::function<bool()> shouldStop)
{
    m_shouldStop = std::move(shouldStop);
}

bool HistoryReader::run(const Sql &sql, const std::function<void(const Statement &)> &row)
{
    // Stopped before it starts (a server would finish a short query before
    // a cancel request reached it).
    m_interrupted = m_shouldStop && m_shouldStop();
    if (m_interrupted) {
        m_lastError = QStringLiteral("interrupted");
        return false;
    }
    const QByteArray text = sql.text.toUtf8();
    Statement q(m_db, text.constData());
    if (!q.isValid()) {
        m_lastError = m_db.lastError();
        return false;
    }
    for (int i = 0; i < sql.values.size(); ++i) {
        const QVariant &v = sql.values.at(i);
        if (v.typeId() == QMetaType::QString)
            q.bind(i + 1, v.toString());
        else
            q.bind(i + 1, v.toLongLong());
    }
    {
        const QueryCanceller canceller(m_db, m_shouldStop);
        while (q.next())
            row(q);
    }
    if (!q.ok()) {
        m_interrupted = m_shouldStop && m_shouldStop();
        m_lastError = m_db.lastError();
        return false;
    }
    return true;
}

namespace {
// The campaigns a filter's template, signature and application select.
QString campaignCondition(const HistoryFilter &filter, QVariantList *values)
{
    QStringList of;
    if (!filter.templateId.isEmpty()) {
        of.append(QStringLiteral("template_id = ?"));
        values->append(filter.templateId);
    }
    if (!filter.signName.isEmpty()) {
        of.append(QStringLiteral("sign_name = ?"));
        values->append(filter.signName);
    }
    if (!filter.appId.isEmpty()) {
        of.append(QStringLiteral("app_id = ?"));
        values->append(filter.appId);
    }
    return of.isEmpty() ? QString() : of.join(QLatin1String(" AND "));
}
} // namespace

HistoryReader::Plan HistoryReader::planFor(const HistoryFilter &filter)
{
    if (m_plan && filter == m_plannedFilter)
        return *m_plan;
    Plan plan;
    bool probed = true;
    if (!filter.code.isEmpty()) {
        bool found = false;
        probed = run(
            {QStringLiteral("SELECT 1 FROM recipients WHERE code = ? LIMIT 1"), {filter.code}},
            [&](const Statement &) { found = true; });
        plan.refusalCode = found;
    }
    QVariantList values;
    const QString campaigns = campaignCondition(filter, &values);
    if (filter.campaignId > 0 || !campaigns.isEmpty()) {
        // Counted in the campaign index, up to the limit only.
        QString where = QStringLiteral("campaign_id IN (SELECT id FROM campaigns WHERE %1)")
                            .arg(campaigns.isEmpty() ? QStringLiteral("1") : campaigns);
        if (filter.campaignId > 0) {
            where += QStringLiteral(" AND campaign_id = ?");
            values.append(filter.campaignId);
        }
        values.append(m_smallCampaignRows);
        qint64 rows = m_smallCampaignRows;
        probed = probed
            && run({QStringLiteral(
                        "SELECT count(*) FROM (SELECT 1 FROM recipients WHERE %1 LIMIT ?)")
                        .arg(where),
                    values},
                   [&](const Statement &q) { rows = q.int64(0); });
        plan.campaignsByIndex = rows < m_smallCampaignRows;
    }
    // A probe that was interrupted proves nothing: asked again next time.
    if (probed) {
        m_plannedFilter = filter;
        m_plan = plan;
    }
    return plan;
}

HistoryReader::Sql HistoryReader::pageSql(const HistoryFilter &filter, const Cursor &after,
                                          int limit, qint64 nowMs, const Plan &plan) const
{
    Sql sql;
    QStringList where = {QStringLiteral("r.sent_at IS NOT NULL")};
    auto add = [&](const QString &condition, const QVariantList &values) {
        where.append(condition);
        sql.values += values;
    };
    if (!filter.number.isEmpty()) {
        if (filter.numberIsPrefix) {
            const QString bound = upperBound(filter.number);
            add(QStringLiteral("r.phone >= ? AND r.phone < ?"), {filter.number, bound});
        } else {
            add(QStringLiteral("r.phone = ?"), {filter.number});
        }
    }
    if (filter.from.isValid())
        add(QStringLiteral("r.sent_at >= ?"), {filter.from.toMSecsSinceEpoch()});
    if (filter.until.isValid())
        add(QStringLiteral("r.sent_at < ?"), {filter.until.toMSecsSinceEpoch()});
    // A unary + keeps SQLite off the campaign index: the time index then
    // gives the order, and the walk stops when the page is full.
    const QString campaignColumn = plan.campaignsByIndex ? QStringLiteral("r.campaign_id")
                                                         : QStringLiteral("+r.campaign_id");
    if (filter.campaignId > 0)
        add(campaignColumn + QStringLiteral(" = ?"), {filter.campaignId});
    {
        // A template, signature and application belong to the campaign: a
        // handful of rows, looked up once.
        QVariantList values;
        const QString campaigns = campaignCondition(filter, &values);
        if (!campaigns.isEmpty())
            add(QStringLiteral("%1 IN (SELECT id FROM campaigns WHERE %2)")
                    .arg(campaignColumn, campaigns),
                values);
    }
    if (!filter.code.isEmpty()) {
        if (plan.refusalCode) {
            add(QStringLiteral("r.code = ?"), {filter.code});
        } else {
            // A failed receipt's code is the first word of its description.
            const QString spaced = filter.code + QLatin1Char(' ');
            add(QStringLiteral("r.receipt_state = %1 AND EXISTS (SELECT 1 FROM receipts x WHERE "
                               "x.recipient_id = r.id AND (x.description = ? OR "
                               "substr(x.description, 1, ?) = ?))")
                    .arg(int(Lifecycle::Receipt::Failed)),
                {filter.code, qint64(spaced.size()), spaced});
        }
    }
    if (filter.lifecycle)
        where.append(m_lifecycle.sqlCondition(*filter.lifecycle, nowMs));
    if (filter.failedOnly)
        where.append(m_lifecycle.sqlFailedCondition());
    if (!after.isNull())
        add(QStringLiteral("(r.sent_at, r.id) < (?, ?)"), {after.sentAtMs, after.id});
    sql.text = QStringLiteral("SELECT %1 FROM recipients r %3 campaigns c ON c.id = "
                              "r.campaign_id WHERE %2 ORDER BY r.sent_at DESC, r.id DESC LIMIT ?")
                   .arg(QLatin1String(kRowColumns), where.join(QLatin1String(" AND ")),
                        recipientsFirstJoin());
    sql.values.append(qint64(limit));
    return sql;
}

QList<HistoryRow> HistoryReader::page(const HistoryFilter &filter, const Cursor &after, int limit,
                                      qint64 nowMs, bool *ok)
{
    QList<HistoryRow> rows;
    rows.reserve(limit);
    const Plan plan = planFor(filter);
    const bool ran = run(pageSql(filter, after, limit, nowMs, plan),
                         [&](const Statement &q) { rows.append(readRow(q)); });
    if (ran)
        attachReceipts(rows);
    if (ok)
        *ok = ran;
    return ran ? rows : QList<HistoryRow>();
}

void HistoryReader::attachReceipts(QList<HistoryRow> &rows)
{
    // Only for the rows of the page: the latest receipt of each.
    QStringList ids;
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows.at(i).receipt == Lifecycle::Receipt::None)
            continue;
        ids.append(QString::number(rows.at(i).id));
        index.insert(rows.at(i).id, i);
    }
    if (ids.isEmpty())
        return;
    run({QStringLiteral("SELECT recipient_id, description FROM receipts WHERE recipient_id IN "
                        "(%1) ORDER BY id")
             .arg(ids.join(QLatin1Char(','))),
         {}},
        [&](const Statement &q) {
            const auto at = index.constFind(q.int64(0));
            if (at != index.constEnd())
                rows[*at].receiptDescription = q.text(1);
        });
}

std::optional<SendDetail> HistoryReader::detail(qint64 recipientId)
{
    SendDetail d;
    const bool ran = run(
        {QStringLiteral("SELECT %1, c.name, r.params, c.session_context, r.input, b.request_id, "
                        "b.action FROM recipients r %2 campaigns c ON c.id = "
                        "r.campaign_id LEFT JOIN batches b ON b.id = r.batch_id WHERE r.id = ?")
             .arg(QLatin1String(kRowColumns), recipientsFirstJoin()),
         {recipientId}},
        [&](const Statement &q) {
            d.found = true;
            d.row = readRow(q);
            d.campaignName = q.text(15);
            d.parameters = CampaignJournal::parametersFromText(q.text(16));
            d.sessionContext = q.text(17);
            d.input = q.text(18);
            d.requestId = q.text(19);
            d.action = q.text(20);
        });
    if (!ran || !d.found)
        return std::nullopt;
    // Receipts linked to the row, or, before the link was made, with its
    // SerialNo and number.
    run({QStringLiteral("SELECT serial_no, status, description, user_receive_time, received_at "
                        "FROM receipts WHERE recipient_id = ? OR (serial_no = ? AND phone = ?) "
                        "ORDER BY id"),
         {recipientId, d.row.serialNo.isNull() ? QString(QLatin1String("")) : d.row.serialNo,
          d.row.phone}},
        [&](const Statement &q) {
            d.receipts.append({q.text(0), q.text(1), q.text(2), q.int64(3), q.int64(4)});
        });
    if (!d.receipts.isEmpty())
        d.row.receiptDescription = d.receipts.constLast().description;
    // Replies are times in ms, as every time the journal writes.
    run({QStringLiteral("SELECT content, sign_name, extend_code, reply_time FROM replies WHERE "
                        "phone = ? AND reply_time >= ? ORDER BY reply_time LIMIT 100"),
         {d.row.phone, d.row.sentAtMs}},
        [&](const Statement &q) {
            d.replies.append({q.text(0), q.text(1), q.text(2), q.int64(3)});
        });
    return d;
}

FailureSummary HistoryReader::failures(const QDateTime &from, const QDateTime &until, bool *ok)
{
    FailureSummary summary;
    summary.from = from;
    summary.until = until;
    const qint64 start = from.isValid() ? from.toMSecsSinceEpoch() : 0;
    const qint64 end
        = until.isValid() ? until.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    // Refusals by the service's code; failed receipts by the carrier's code
    // (the description's first word), the last receipt of each send.
    const Sql sql {
        QStringLiteral(
            "SELECT 0, r.code, count(*), max(r.message) FROM recipients r WHERE r.sent_at >= ? "
            "AND r.sent_at < ? AND %1 GROUP BY r.code "
            "UNION ALL "
            "SELECT 1, CASE WHEN %4(x.description, ' ') > 0 THEN substr(x.description, 1, "
            "%4(x.description, ' ') - 1) ELSE x.description END AS k, count(*), "
            "max(x.description) FROM recipients r JOIN receipts x ON x.id = (SELECT max(id) FROM "
            "receipts WHERE recipient_id = r.id) WHERE r.receipt_state = %2 AND r.sent_at >= ? "
            "AND r.sent_at < ? AND %3 GROUP BY k")
            .arg(m_lifecycle.sqlCondition(LifecycleState::Refused, 0))
            .arg(int(Lifecycle::Receipt::Failed))
            .arg(m_lifecycle.sqlCondition(LifecycleState::Failed, 0))
            // Where a character is in a text: the same function under two names.
            .arg(m_db.engine() == Engine::Postgres ? QLatin1String("strpos")
                                                   : QLatin1String("instr")),
        {start, end, start, end}};
    const bool ran = run(sql, [&](const Statement &q) {
        summary.groups.append(
            {q.text(1), q.int64(2),
             q.int64(0) == 0 ? FailureSummary::Source::Refusal : FailureSummary::Source::Receipt,
             q.text(3)});
    });
    std::sort(summary.groups.begin(), summary.groups.end(), [](const auto &a, const auto &b) {
        return a.count != b.count ? a.count > b.count : a.code < b.code;
    });
    if (ok)
        *ok = ran;
    return summary;
}

qint64 HistoryReader::exportCsv(const HistoryFilter &filter, qint64 nowMs, QIODevice &out,
                                const std::function<bool(qint64)> &progress)
{
    if (out.write("time,phone,state,code,receipt,template,signature,app_id,serial_no,fee,"
                  "campaign,message\r\n")
        < 0)
        return -1;
    qint64 written = 0;
    Cursor after;
    const auto csv = &CampaignJournal::csvText;
    // Local time with its offset: unambiguous, and what the operator saw.
    const QTimeZone zone = QTimeZone::systemTimeZone();
    for (;;) {
        bool ok = false;
        const QList<HistoryRow> rows = page(filter, after, 5000, nowMs, &ok);
        if (!ok)
            return -1;
        if (rows.isEmpty())
            break;
        QByteArray chunk;
        for (const HistoryRow &r : rows) {
            const QStringList fields
                = {QDateTime::fromMSecsSinceEpoch(r.sentAtMs, zone).toString(Qt::ISODateWithMs),
                   csv(r.phone),
                   Lifecycle::key(r.lifecycle(m_lifecycle, nowMs)),
                   csv(r.failureCode().isEmpty() ? r.code : r.failureCode()),
                   csv(r.receiptDescription),
                   csv(r.templateId),
                   csv(r.signName),
                   csv(r.appId),
                   csv(r.serialNo),
                   QString::number(r.fee),
                   QString::number(r.campaignId),
                   csv(r.message)};
            chunk += fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
        }
        if (out.write(chunk) < 0)
            return -1;
        written += rows.size();
        if (progress && !progress(written))
            return -1;
        after = Cursor::after(rows.constLast());
    }
    return written;
}

qint64 HistoryReader::dataVersion()
{
    qint64 version = -1;
    // PostgreSQL: the next transaction id the server hands out, which moves
    // whenever any client starts a transaction that writes (to this
    // database or another of the server's: a change may then be reported
    // that is none, which only costs a refresh).
    run({m_db.engine() == Engine::Postgres
             ? QStringLiteral("SELECT pg_snapshot_xmax(pg_current_snapshot())::text::bigint")
             : QStringLiteral("PRAGMA data_version"),
         {}},
        [&](const Statement &q) { version = q.int64(0); });
    return version;
}

QList<QPair<qint64, QString>> HistoryReader::campaigns()
{
    QList<QPair<qint64, QString>> list;
    run({QStringLiteral("SELECT id, name FROM campaigns WHERE kind = 0 ORDER BY id DESC"), {}},
        [&](const Statement &q) {
            list.append({q.int64(0), q.text(1)});
        });
    return list;
}

} // namespace sms::store
