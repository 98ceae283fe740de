// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/CampaignJournal.h"

#include "Logging.h"
#include "api/ApiError.h"
#include "store/Database.h"
#include "store/RunRegistry.h"
#include "store/Statement.h"

#include <QDateTime>
#include <QHash>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

#include <iterator>
#include <limits>

namespace sms::store {

namespace {
// Parameters are written for every recipient and read back for every send:
// joined by U+001F (unit separator), or, in the rare list whose values hold
// U+001E or U+001F themselves, as a JSON array after a U+001E. An empty list
// is NULL, so that a list of one empty value stays distinct.
constexpr char16_t kUnitSeparator = 0x1f;
constexpr char16_t kRecordSeparator = 0x1e;

QString encodeParameters(const QStringList &parameters)
{
    if (parameters.isEmpty())
        return {};
    for (const QString &parameter : parameters) {
        if (parameter.contains(QChar(kUnitSeparator))
            || parameter.contains(QChar(kRecordSeparator)))
            return QChar(kRecordSeparator)
                + QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(parameters))
                                        .toJson(QJsonDocument::Compact));
    }
    // join() of one empty value is a null string, which would be bound as
    // NULL and read back as no parameters at all.
    const QString joined = parameters.join(QChar(kUnitSeparator));
    return joined.isNull() ? QString(QLatin1String("")) : joined;
}

QStringList decodeParameters(const QString &text)
{
    if (text.isNull())
        return {};
    if (!text.startsWith(QChar(kRecordSeparator)))
        return text.split(QChar(kUnitSeparator));
    QStringList parameters;
    const QJsonArray array = QJsonDocument::fromJson(text.mid(1).toUtf8()).array();
    parameters.reserve(array.size());
    for (const QJsonValue &value : array)
        parameters.append(value.toString());
    return parameters;
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QDateTime timeOf(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong());
}

// A null QString is bound as SQL NULL; these columns hold '' instead.
QString notNull(const QString &text)
{
    return text.isNull() ? QString(QLatin1String("")) : text;
}

QVariant textOrNull(const QString &text)
{
    return text.isNull() ? QVariant() : QVariant(text);
}

// Rows read one after the other mostly carry the same parameters (a
// campaign's numbers share their template's values): the last list decoded
// is shared rather than split again, which also lets the runner see at once
// that two recipients go together.
struct LastParameters
{
    QString text;
    QStringList parameters;
};

QStringList decodeParameters(const QString &text, LastParameters &last)
{
    if (text != last.text || text.isNull() != last.text.isNull()) {
        last.text = text;
        last.parameters = decodeParameters(text);
    }
    return last.parameters;
}

JournalRecipient readRecipient(const Statement &q, LastParameters &parameters)
{
    JournalRecipient r;
    r.id = q.int64(0);
    r.campaignId = q.int64(1);
    r.sourceRow = q.int64(2);
    r.input = q.text(3);
    r.phone = q.text(4);
    r.parameters = decodeParameters(q.text(5), parameters);
    r.market = domain::marketFromCode(q.int64(6));
    r.state = RecipientState(q.int64(7));
    r.batchId = q.int64(8);
    r.serialNo = q.text(9);
    r.fee = q.int64(10);
    r.code = q.text(11);
    r.message = q.text(12);
    r.requestId = q.text(13);
    return r;
}

// Recipients chosen by the condition `where` (with `?` for each of values,
// in order), each with its latest batch's RequestId.
QList<JournalRecipient> selectRecipients(Database &db, const char *where,
                                         std::initializer_list<qint64> values)
{
    const QByteArray sql
        = QByteArrayLiteral("SELECT id, campaign_id, source_row, input, phone, params, market, "
                            "state, batch_id, serial_no, fee, code, message, "
                            "(SELECT request_id FROM batches WHERE batches.id = batch_id) "
                            "FROM recipients WHERE ")
        + where;
    Statement select(db, sql.constData());
    int index = 0;
    for (const qint64 value : values)
        select.bind(++index, value);
    QList<JournalRecipient> list;
    LastParameters parameters;
    while (select.next())
        list.append(readRecipient(select, parameters));
    return list;
}

// A LIMIT's value: a negative limit means none, which SQLite reads as such
// and PostgreSQL refuses.
qint64 rowLimit(int limit)
{
    return limit < 0 ? std::numeric_limits<qint64>::max() : qint64(limit);
}

const QString campaignColumns = QStringLiteral(
    "id, name, created, sign_name, template_id, app_id, market, marketing, start_at, state");

CampaignRecord readCampaign(const QSqlQuery &q)
{
    CampaignRecord c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.created = timeOf(q.value(2));
    c.signName = q.value(3).toString();
    c.templateId = q.value(4).toString();
    c.appId = q.value(5).toString();
    c.market = domain::marketFromCode(q.value(6).toLongLong());
    c.marketing = q.value(7).toBool();
    c.startAt = timeOf(q.value(8));
    c.state = CampaignState(q.value(9).toInt());
    return c;
}

// A CSV field, quoted when it has to be (RFC 4180).
QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"'))
        && !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// An import writes its rows this many to a statement: a statement's fixed
// cost (starting, the constraint checks, ending) is then shared by many rows,
// which halves the import's writes. 50 rows of 9 values stay far below
// SQLite's limit on bound values (32,766).
constexpr int kInsertRows = 50;
constexpr int kInsertColumns = 9;

// rows copies of row, comma-separated.
QByteArray repeatedRows(int rows, const QByteArray &row)
{
    QByteArray all;
    all.reserve(rows * (row.size() + 1));
    for (int i = 0; i < rows; ++i) {
        if (i > 0)
            all += ',';
        all += row;
    }
    return all;
}

// One value of a row in COPY's text format: NULL as \N, and the characters
// that would end the value or the row escaped.
void appendCopyValue(QByteArray &row, const QString &text)
{
    if (text.isNull()) {
        row += "\\N";
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '\\':
            row += "\\\\";
            break;
        case '\t':
            row += "\\t";
            break;
        case '\n':
            row += "\\n";
            break;
        case '\r':
            row += "\\r";
            break;
        default:
            row += c;
        }
    }
}

// The SQL of an import's INSERT of this many rows (kInsertRows or 1).
const QByteArray &insertRecipientsSql(int rows)
{
    static const auto sql = [](int n) {
        return QByteArrayLiteral("INSERT INTO recipients (campaign_id, source_row, input, phone, "
                                 "params, market, state, code, message) VALUES ")
            + repeatedRows(n, "(?,?,?,?,?,?,?,?,?)");
    };
    static const QByteArray one = sql(1);
    static const QByteArray many = sql(kInsertRows);
    return rows == 1 ? one : many;
}

// An answer settles its whole batch (up to 200 numbers) in one UPDATE ...
// FROM (VALUES ...): a fifth cheaper than one UPDATE per number. Only a
// statement for the largest batch pays: smaller ones cost as much as one
// statement per row, so the rest of a batch goes one row at a time. Each row
// is (id, state, serial_no, fee, code, message).
constexpr int kSettleRows = 200;
constexpr int kSettleColumns = 6;

// PostgreSQL gives a VALUES list's parameters no type from the table they
// are compared with: they are cast (SQLite has no such syntax, and needs
// none). And its planner, which plans a prepared statement once for any
// values, joins a VALUES list by reading the whole table (the list's ids
// say nothing it can use): the ids are named again as a list it can look
// up in the primary key, or each batch's answer reads every recipient of
// every campaign (a 200-row answer took 50 ms at 100,000 recipients).
const QByteArray &settleRecipientsSql(int rows, Engine engine)
{
    static const auto sql = [](int n, const QByteArray &row, bool idList) {
        QByteArray text
            = QByteArrayLiteral("UPDATE recipients SET state = v.column2, serial_no = v.column3, "
                                "fee = v.column4, code = v.column5, message = v.column6 "
                                "FROM (VALUES ")
            + repeatedRows(n, row) + QByteArrayLiteral(") AS v WHERE recipients.id = v.column1");
        if (idList) {
            // ?N is the Nth parameter again: each row's id.
            text += " AND recipients.id IN (";
            for (int i = 0; i < n; ++i) {
                if (i > 0)
                    text += ',';
                text += '?' + QByteArray::number(i * kSettleColumns + 1);
            }
            text += ')';
        }
        return text;
    };
    static const QByteArray sqliteRow = "(?,?,?,?,?,?)";
    static const QByteArray postgresRow = "(?::bigint,?::bigint,?::text,?::bigint,?::text,?::text)";
    static const QByteArray sqliteOne = sql(1, sqliteRow, false);
    static const QByteArray sqliteMany = sql(kSettleRows, sqliteRow, false);
    static const QByteArray postgresOne = sql(1, postgresRow, true);
    static const QByteArray postgresMany = sql(kSettleRows, postgresRow, true);
    if (engine == Engine::Postgres)
        return rows == 1 ? postgresOne : postgresMany;
    return rows == 1 ? sqliteOne : sqliteMany;
}
} // namespace

CampaignJournal::CampaignJournal(Database &database)
    : m_db(database)
{ }

QStringList CampaignJournal::parametersFromText(const QString &text)
{
    return decodeParameters(text);
}

QString CampaignJournal::csvText(const QString &text)
{
    return csvField(text);
}

QString CampaignJournal::lastError() const
{
    return m_db.lastError();
}

qint64 CampaignJournal::createCampaign(const CampaignRecord &c)
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO campaigns (name, created, sign_name, template_id, app_id, "
                       "market, marketing, start_at, state) VALUES (?,?,?,?,?,?,?,?,?) "
                       "RETURNING id"));
    q.addBindValue(notNull(c.name));
    q.addBindValue(c.created.isValid() ? c.created.toMSecsSinceEpoch() : nowMs());
    q.addBindValue(notNull(c.signName));
    q.addBindValue(notNull(c.templateId));
    q.addBindValue(notNull(c.appId));
    q.addBindValue(domain::marketCode(c.market));
    q.addBindValue(c.marketing ? 1 : 0);
    q.addBindValue(c.startAt.isValid() ? QVariant(c.startAt.toMSecsSinceEpoch()) : QVariant());
    q.addBindValue(int(c.state));
    if (!q.exec() || !q.next()) {
        m_db.fail(q);
        return 0;
    }
    const qint64 id = q.value(0).toLongLong();
    qCInfo(lcStore) << "campaign" << id << "created";
    return id;
}

std::optional<CampaignRecord> CampaignJournal::campaign(qint64 campaignId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM campaigns WHERE id = ?").arg(campaignColumns));
    q.addBindValue(campaignId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readCampaign(q);
}

QList<CampaignRecord> CampaignJournal::campaigns() const
{
    QList<CampaignRecord> list;
    QSqlQuery q(m_db.connection());
    // Campaigns only: single messages and sends found at the service are
    // history, not campaigns an operator resumes.
    if (!q.exec(QStringLiteral("SELECT %1 FROM campaigns WHERE kind = 0 ORDER BY id DESC")
                    .arg(campaignColumns)))
        return list;
    while (q.next())
        list.append(readCampaign(q));
    return list;
}

bool CampaignJournal::setCampaignState(qint64 campaignId, CampaignState state)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE campaigns SET state = ? WHERE id = ?"));
    q.addBindValue(int(state));
    q.addBindValue(campaignId);
    return q.exec() || m_db.fail(q);
}

CampaignCounts CampaignJournal::counts(qint64 campaignId) const
{
    CampaignCounts counts;
    // One pass with a counter per state: GROUP BY state would sort every
    // recipient first, a third of the query's cost on a large campaign. A
    // refused recipient no batch carried never left: pre-flight refused it,
    // not the service.
    Statement &select = m_db.prepared(
        "SELECT COUNT(*) FILTER (WHERE state = 0), COUNT(*) FILTER (WHERE state = 1), "
        "COUNT(*) FILTER (WHERE state = 2), COUNT(*) FILTER (WHERE state = 3), "
        "COUNT(*) FILTER (WHERE state = 4), "
        "COUNT(*) FILTER (WHERE state = 3 AND batch_id IS NULL) "
        "FROM recipients WHERE campaign_id = ?");
    select.bind(1, campaignId);
    if (!select.next())
        return counts;
    // In the order of RecipientState's values, which the SQL spells out.
    static_assert(int(RecipientState::Queued) == 0 && int(RecipientState::InFlight) == 1
                  && int(RecipientState::Accepted) == 2 && int(RecipientState::Refused) == 3
                  && int(RecipientState::Uncertain) == 4);
    qint64 *const byState[]
        = {&counts.queued, &counts.inFlight, &counts.accepted, &counts.refused, &counts.uncertain};
    for (int state = 0; state < int(std::size(byState)); ++state)
        *byState[state] = select.int64(state);
    counts.refusedBeforeSending = select.int64(int(std::size(byState)));
    // Steps to the end, which resets the statement for its next use.
    select.next();
    return counts;
}

bool CampaignJournal::addRecipients(qint64 campaignId, const QList<campaign::Recipient> &chunk)
{
    if (m_db.engine() == Engine::Postgres) {
        // COPY: the rows stream to the server in one message and are
        // stored without a statement to parse and plan for each few of
        // them, a third of the import's cost there.
        QByteArray rows;
        rows.reserve(chunk.size() * 96);
        const QByteArray campaign = QByteArray::number(campaignId) + '\t';
        for (const campaign::Recipient &r : chunk) {
            const bool sendable = r.isSendable();
            rows += campaign;
            rows += QByteArray::number(r.sourceRow) + '\t';
            appendCopyValue(rows, notNull(r.input));
            rows += '\t';
            appendCopyValue(rows, notNull(r.phone));
            rows += '\t';
            appendCopyValue(rows, encodeParameters(r.parameters));
            rows += '\t' + QByteArray::number(domain::marketCode(r.market)) + '\t'
                + QByteArray::number(
                        qint64(sendable ? RecipientState::Queued : RecipientState::Refused))
                + '\t';
            appendCopyValue(rows, sendable ? QString() : notNull(r.problemCode));
            rows += '\t';
            appendCopyValue(rows, sendable ? QString() : notNull(r.problem));
            rows += '\n';
        }
        return m_db.transaction([&] {
            return m_db.copyIn("COPY recipients (campaign_id, source_row, input, phone, params, "
                               "market, state, code, message) FROM STDIN",
                               rows);
        });
    }
    return m_db.transaction([&] {
        Statement &many = m_db.prepared(insertRecipientsSql(kInsertRows).constData());
        Statement &one = m_db.prepared(insertRecipientsSql(1).constData());
        for (qsizetype i = 0; i < chunk.size();) {
            const int rows = chunk.size() - i >= kInsertRows ? kInsertRows : 1;
            Statement &insert = rows == kInsertRows ? many : one;
            for (int row = 0; row < rows; ++row, ++i) {
                const campaign::Recipient &r = chunk.at(i);
                const int at = row * kInsertColumns;
                const bool sendable = r.isSendable();
                insert.bind(at + 1, campaignId)
                    .bind(at + 2, r.sourceRow)
                    .bind(at + 3, notNull(r.input))
                    .bind(at + 4, notNull(r.phone))
                    .bind(at + 5, encodeParameters(r.parameters))
                    .bind(at + 6, domain::marketCode(r.market))
                    .bind(at + 7,
                          qint64(sendable ? RecipientState::Queued : RecipientState::Refused));
                if (sendable)
                    insert.bindNull(at + 8).bindNull(at + 9);
                else
                    insert.bind(at + 8, notNull(r.problemCode)).bind(at + 9, notNull(r.problem));
            }
            if (!insert.exec())
                return false;
        }
        return true;
    });
}

bool CampaignJournal::accept(const QList<campaign::Recipient> &chunk)
{
    return m_importCampaign > 0 && addRecipients(m_importCampaign, chunk);
}

QList<JournalRecipient> CampaignJournal::queued(qint64 campaignId, qint64 afterId, int limit) const
{
    return recipients(campaignId, RecipientState::Queued, afterId, limit);
}

QList<JournalRecipient> CampaignJournal::queuedToSend(qint64 campaignId, qint64 afterId,
                                                      int limit) const
{
    QList<JournalRecipient> list;
    Statement select(m_db,
                     "SELECT id, phone, params, market FROM recipients "
                     "WHERE campaign_id = ? AND state = ? AND id > ? ORDER BY id LIMIT ?");
    select.bind(1, campaignId)
        .bind(2, qint64(RecipientState::Queued))
        .bind(3, afterId)
        .bind(4, rowLimit(limit));
    LastParameters parameters;
    while (select.next()) {
        JournalRecipient r;
        r.id = select.int64(0);
        r.campaignId = campaignId;
        r.phone = select.text(1);
        r.parameters = decodeParameters(select.text(2), parameters);
        r.market = domain::marketFromCode(select.int64(3));
        r.state = RecipientState::Queued;
        list.append(std::move(r));
    }
    return list;
}

QList<JournalRecipient> CampaignJournal::recipients(qint64 campaignId, RecipientState state,
                                                    qint64 afterId, int limit) const
{
    // The refused rows through their partial index, whose condition the
    // query must spell out as it is written there (a bound state would not
    // match it).
    static_assert(int(RecipientState::Refused) == 3);
    if (state == RecipientState::Refused)
        return selectRecipients(m_db,
                                "campaign_id = ? AND state = 3 AND id > ? ORDER BY id LIMIT ?",
                                {campaignId, afterId, rowLimit(limit)});
    return selectRecipients(m_db, "campaign_id = ? AND state = ? AND id > ? ORDER BY id LIMIT ?",
                            {campaignId, qint64(state), afterId, rowLimit(limit)});
}

QList<JournalRecipient> CampaignJournal::allRecipients(qint64 campaignId, qint64 afterId,
                                                       int limit) const
{
    return selectRecipients(m_db, "campaign_id = ? AND id > ? ORDER BY id LIMIT ?",
                            {campaignId, afterId, rowLimit(limit)});
}

qint64 CampaignJournal::beginBatch(qint64 campaignId, const QString &action,
                                   const QList<qint64> &recipientIds, const QDateTime &started)
{
    const QList<qint64> ids = beginBatches(campaignId, {{action, recipientIds}}, started);
    return ids.isEmpty() ? 0 : ids.constFirst();
}

QList<qint64> CampaignJournal::beginBatches(qint64 campaignId,
                                            const QList<QPair<QString, QList<qint64>>> &batches,
                                            const QDateTime &started)
{
    const auto claims = claim(campaignId, 0, 0, batches, started, true);
    QList<qint64> batchIds;
    if (claims) {
        for (const BatchClaim &claim : *claims)
            batchIds.append(claim.batchId);
    }
    return batchIds;
}

std::optional<QList<BatchClaim>>
CampaignJournal::claimBatches(qint64 campaignId, qint64 runId, qint64 leaseMs,
                              const QList<QPair<QString, QList<qint64>>> &batches,
                              const QDateTime &started)
{
    return claim(campaignId, runId, leaseMs, batches, started, false);
}

std::optional<QList<BatchClaim>>
CampaignJournal::claim(qint64 campaignId, qint64 runId, qint64 leaseMs,
                       const QList<QPair<QString, QList<qint64>>> &batches,
                       const QDateTime &started, bool whole)
{
    QList<BatchClaim> claims;
    const bool postgres = m_db.engine() == Engine::Postgres;
    const bool ok = m_db.durableTransaction([&] {
        // The run's lease first: a run another client has ended claims
        // nothing, and one that claims cannot pass for dead while its
        // requests leave. On SQLite this write also takes the file's write
        // lock, which serialises claims between processes.
        if (runId > 0) {
            Statement &lease = m_db.prepared(
                "UPDATE runs SET lease_until = ? WHERE id = ? AND ended_at IS NULL");
            lease.bind(1, nowMs() + leaseMs).bind(2, runId);
            if (!lease.exec())
                return false;
            if (lease.changes() != 1) {
                m_db.setLastError(QStringLiteral("run %1 was ended by another client").arg(runId));
                return false;
            }
        }
        Statement &insert = m_db.prepared("INSERT INTO batches (campaign_id, action, state, size, "
                                          "started, run_id) VALUES (?,?,?,?,?,?) RETURNING id");
        // Only a queued recipient may leave: a stale plan (or another
        // client's claim) can never send an accepted, in-flight or uncertain
        // number again. A batch's ids are mostly one run of consecutive ids
        // (the queue is read in id order), and a run is one statement
        // instead of one per recipient. PostgreSQL reads the candidates with
        // SKIP LOCKED: two clients claiming the same rows at once do not
        // wait on each other, the second simply takes fewer; SQLite's write
        // lock has already serialised the claims.
        static const char *const claimSqlite
            = "UPDATE recipients SET state = ?, batch_id = ?, sent_at = ? "
              "WHERE id BETWEEN ? AND ? AND state = ?";
        // The outer range repeats the inner one: the plan PostgreSQL keeps
        // for a prepared statement cannot tell how many ids the subquery
        // yields, and without it joins them by reading the whole table, a
        // cost that grows with the history (tens of milliseconds a batch at
        // 100,000 rows) where the range is a few index pages.
        static const char *const claimPostgres
            = "UPDATE recipients SET state = ?1, batch_id = ?2, sent_at = ?3 "
              "WHERE id BETWEEN ?4 AND ?5 AND id IN "
              "(SELECT id FROM recipients WHERE id BETWEEN ?4 AND ?5 AND state = ?6 "
              "FOR UPDATE SKIP LOCKED)";
        Statement &update = m_db.prepared(postgres ? claimPostgres : claimSqlite);
        // The recipients carry the batch's start as their send time, which
        // the history sorts and filters on without a join.
        const qint64 sentAt = started.isValid() ? started.toMSecsSinceEpoch() : nowMs();
        for (const auto &[action, recipientIds] : batches) {
            insert.bind(1, campaignId)
                .bind(2, action)
                .bind(3, qint64(BatchState::InFlight))
                .bind(4, qint64(recipientIds.size()))
                .bind(5, sentAt);
            if (runId > 0)
                insert.bind(6, runId);
            else
                insert.bindNull(6);
            BatchClaim claim;
            if (!insert.execReturning(&claim.batchId))
                return false;
            bool partly = false;
            for (qsizetype first = 0; first < recipientIds.size();) {
                qsizetype last = first;
                while (last + 1 < recipientIds.size()
                       && recipientIds.at(last + 1) == recipientIds.at(last) + 1)
                    ++last;
                update.bind(1, qint64(RecipientState::InFlight))
                    .bind(2, claim.batchId)
                    .bind(3, sentAt)
                    .bind(4, recipientIds.at(first))
                    .bind(5, recipientIds.at(last))
                    .bind(6, qint64(RecipientState::Queued));
                if (!update.exec())
                    return false;
                if (update.changes() == last - first + 1) {
                    claim.recipientIds.append(recipientIds.mid(first, last - first + 1));
                } else if (whole) {
                    qCWarning(lcStore)
                        << "recipients" << recipientIds.at(first) << "to" << recipientIds.at(last)
                        << "are not all queued; batch" << claim.batchId << "not started";
                    return false;
                } else {
                    partly = true;
                }
                first = last + 1;
            }
            if (partly && !readClaimed(claim))
                return false;
            if (claim.recipientIds.size() != recipientIds.size()
                && !resizeBatch(claim.batchId, claim.recipientIds.size()))
                return false;
            if (claim.recipientIds.isEmpty())
                claim.batchId = 0;
            claims.append(std::move(claim));
        }
        return true;
    });
    if (!ok)
        return std::nullopt;
    return claims;
}

bool CampaignJournal::readClaimed(BatchClaim &claim)
{
    // Another client took some of the batch's rows: the batch has what its
    // own statements took, in id order.
    claim.recipientIds.clear();
    Statement &select = m_db.prepared("SELECT id FROM recipients WHERE batch_id = ? ORDER BY id");
    select.bind(1, claim.batchId);
    while (select.next())
        claim.recipientIds.append(select.int64(0));
    return select.ok();
}

bool CampaignJournal::resizeBatch(qint64 batchId, qint64 size)
{
    // A batch that took nothing is no batch at all.
    if (size == 0) {
        Statement &remove = m_db.prepared("DELETE FROM batches WHERE id = ?");
        return remove.bind(1, batchId).exec();
    }
    Statement &resize = m_db.prepared("UPDATE batches SET size = ? WHERE id = ?");
    return resize.bind(1, size).bind(2, batchId).exec();
}

bool CampaignJournal::setBatch(qint64 batchId, BatchState state, const QString &requestId,
                               const QString &code, const QString &message, bool evenUncertain)
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("UPDATE batches SET state = ?, request_id = COALESCE(?, request_id), "
                       "finished = ?, code = ?, message = ? WHERE id = ? AND state IN (?, ?)"));
    q.addBindValue(int(state));
    q.addBindValue(requestId.isEmpty() ? QVariant() : QVariant(requestId));
    q.addBindValue(state == BatchState::Uncertain ? QVariant() : QVariant(nowMs()));
    q.addBindValue(textOrNull(code));
    q.addBindValue(textOrNull(message));
    q.addBindValue(batchId);
    q.addBindValue(int(BatchState::InFlight));
    q.addBindValue(int(evenUncertain ? BatchState::Uncertain : BatchState::InFlight));
    return q.exec() || m_db.fail(q);
}

bool CampaignJournal::setRecipientsOfBatch(qint64 batchId, RecipientState from, RecipientState to,
                                           const QString &code, const QString &message)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE recipients SET state = ?, code = ?, message = ? "
                             "WHERE batch_id = ? AND state = ?"));
    q.addBindValue(int(to));
    q.addBindValue(textOrNull(code));
    q.addBindValue(textOrNull(message));
    q.addBindValue(batchId);
    q.addBindValue(int(from));
    return q.exec() || m_db.fail(q);
}

bool CampaignJournal::finishBatch(qint64 batchId, const QString &requestId,
                                  const domain::SendStatusList &statuses)
{
    return m_db.transaction([&] {
        QHash<QString, QList<const domain::SendStatus *>> byPhone;
        byPhone.reserve(statuses.size());
        for (const domain::SendStatus &status : statuses)
            byPhone[status.phoneNumber].append(&status);

        // Each recipient in flight with its number's status, or none.
        QList<QPair<qint64, const domain::SendStatus *>> answers;
        answers.reserve(statuses.size());
        // Still in flight, or made uncertain (or reconciled back into the
        // queue, not yet taken again) by another client that took this one
        // for dead: the answer settles them. A settled one keeps its state.
        Statement &select = m_db.prepared(
            "SELECT id, phone FROM recipients WHERE batch_id = ? AND state IN (?, ?, ?)");
        select.bind(1, batchId)
            .bind(2, qint64(RecipientState::InFlight))
            .bind(3, qint64(RecipientState::Uncertain))
            .bind(4, qint64(RecipientState::Queued));
        while (select.next()) {
            QList<const domain::SendStatus *> &found = byPhone[select.text(1)];
            answers.append({select.int64(0), found.isEmpty() ? nullptr : found.takeFirst()});
        }
        if (!select.ok())
            return false;

        // The RequestId is the batch's, kept there once. An accepted
        // number's message is always the service's "send success": only a
        // refusal's is kept.
        const QString missingCode = QStringLiteral("ClientError.MissingStatus");
        Statement &many
            = m_db.prepared(settleRecipientsSql(kSettleRows, m_db.engine()).constData());
        Statement &one = m_db.prepared(settleRecipientsSql(1, m_db.engine()).constData());
        bool anyMissing = false;
        for (qsizetype i = 0; i < answers.size();) {
            const int rows = answers.size() - i >= kSettleRows ? kSettleRows : 1;
            Statement &update = rows == kSettleRows ? many : one;
            for (int row = 0; row < rows; ++row, ++i) {
                const auto &[id, status] = answers.at(i);
                const int at = row * kSettleColumns;
                update.bind(at + 1, id);
                if (!status) {
                    anyMissing = true;
                    update.bind(at + 2, qint64(RecipientState::Uncertain))
                        .bindNull(at + 3)
                        .bind(at + 4, qint64(0))
                        .bind(at + 5, missingCode)
                        .bindNull(at + 6);
                    continue;
                }
                const bool ok = status->isOk();
                update.bind(at + 2, qint64(ok ? RecipientState::Accepted : RecipientState::Refused))
                    .bind(at + 3, status->serialNo)
                    .bind(at + 4, status->fee)
                    .bind(at + 5, status->code)
                    .bind(at + 6, ok ? QString() : status->message);
            }
            if (!update.exec())
                return false;
        }
        // A number the answer left out may have been sent: reconcile it.
        return setBatch(batchId, anyMissing ? BatchState::Uncertain : BatchState::Done, requestId,
                        {}, {}, true);
    });
}

bool CampaignJournal::endBatch(qint64 batchId, RecipientState to, BatchState state,
                               const api::ApiError &error)
{
    // A recipient back in the queue carries no code: it was never refused.
    const bool queued = to == RecipientState::Queued;
    return m_db.transaction([&] {
        return setRecipientsOfBatch(batchId, RecipientState::InFlight, to,
                                    queued ? QString() : error.code(),
                                    queued ? QString() : error.message())
            && setBatch(batchId, state, error.requestId(), error.code(), error.message());
    });
}

bool CampaignJournal::failBatch(qint64 batchId, const api::ApiError &error)
{
    return endBatch(batchId, RecipientState::Refused, BatchState::Failed, error);
}

bool CampaignJournal::requeueBatch(qint64 batchId, const api::ApiError &error)
{
    return endBatch(batchId, RecipientState::Queued, BatchState::Failed, error);
}

bool CampaignJournal::markUncertain(qint64 batchId, const api::ApiError &error)
{
    return endBatch(batchId, RecipientState::Uncertain, BatchState::Uncertain, error);
}

int CampaignJournal::recoverInterrupted(qint64 campaignId)
{
    const QString code = QStringLiteral("ClientError.Interrupted");
    const QString message
        = QStringLiteral("the program stopped while this batch's request was on its way");
    QList<qint64> interrupted;
    const bool ok = m_db.transaction([&] {
        // The runs that stopped renewing are ended first: a late renewal
        // then fails, and their client sends nothing more under them.
        if (RunRegistry(m_db).endExpired(campaignId) < 0)
            return false;
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT b.id FROM batches b LEFT JOIN runs r ON r.id = b.run_id "
                                 "WHERE b.campaign_id = ? AND b.state = ? "
                                 "AND (r.id IS NULL OR r.ended_at IS NOT NULL) ORDER BY b.id"));
        q.addBindValue(campaignId);
        q.addBindValue(int(BatchState::InFlight));
        if (!q.exec())
            return m_db.fail(q);
        while (q.next())
            interrupted.append(q.value(0).toLongLong());
        for (const qint64 batchId : std::as_const(interrupted)) {
            if (!setRecipientsOfBatch(batchId, RecipientState::InFlight, RecipientState::Uncertain,
                                      code, message)
                || !setBatch(batchId, BatchState::Uncertain, {}, code, message))
                return false;
        }
        return true;
    });
    if (ok && !interrupted.isEmpty())
        qCInfo(lcStore) << "campaign" << campaignId << ":" << interrupted.size()
                        << "interrupted batches are now uncertain";
    return ok ? int(interrupted.size()) : 0;
}

qint64 CampaignJournal::inFlightBatchesOfOthers(qint64 campaignId, qint64 runId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM batches WHERE campaign_id = ? AND state = ? "
                             "AND (run_id IS NULL OR run_id <> ?)"));
    q.addBindValue(campaignId);
    q.addBindValue(int(BatchState::InFlight));
    q.addBindValue(runId);
    if (!q.exec() || !q.next()) {
        m_db.fail(q);
        return -1;
    }
    return q.value(0).toLongLong();
}

QList<BatchRecord> CampaignJournal::batches(qint64 campaignId, BatchState state) const
{
    QList<BatchRecord> list;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, campaign_id, action, state, size, request_id, started, "
                             "finished, code, message FROM batches WHERE campaign_id = ? AND "
                             "state = ? ORDER BY id"));
    q.addBindValue(campaignId);
    q.addBindValue(int(state));
    if (!q.exec())
        return list;
    while (q.next()) {
        BatchRecord b;
        b.id = q.value(0).toLongLong();
        b.campaignId = q.value(1).toLongLong();
        b.action = q.value(2).toString();
        b.state = BatchState(q.value(3).toInt());
        b.size = q.value(4).toInt();
        b.requestId = q.value(5).toString();
        b.started = timeOf(q.value(6));
        b.finished = timeOf(q.value(7));
        b.code = q.value(8).toString();
        b.message = q.value(9).toString();
        list.append(b);
    }
    return list;
}

QList<JournalRecipient> CampaignJournal::recipientsOfBatch(qint64 batchId,
                                                           RecipientState state) const
{
    return selectRecipients(m_db, "batch_id = ? AND state = ? ORDER BY id",
                            {batchId, qint64(state)});
}

bool CampaignJournal::settle(qint64 recipientId, RecipientState state,
                             const domain::SendStatus &status)
{
    QSqlQuery q(m_db.connection());
    // Only an uncertain recipient is settled: an answer that came in the
    // meantime is never overwritten.
    q.prepare(QStringLiteral("UPDATE recipients SET state = ?, serial_no = ?, fee = ?, code = ?, "
                             "message = ? WHERE id = ? AND state = ?"));
    q.addBindValue(int(state));
    q.addBindValue(textOrNull(status.serialNo));
    q.addBindValue(status.fee);
    q.addBindValue(textOrNull(status.code));
    q.addBindValue(textOrNull(status.message));
    q.addBindValue(recipientId);
    q.addBindValue(int(RecipientState::Uncertain));
    return q.exec() || m_db.fail(q);
}

bool CampaignJournal::closeBatchIfSettled(qint64 batchId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE batches SET state = ?, finished = ? WHERE id = ? AND state = ? "
        "AND NOT EXISTS (SELECT 1 FROM recipients WHERE batch_id = ? AND state = ?)"));
    q.addBindValue(int(BatchState::Done));
    q.addBindValue(nowMs());
    q.addBindValue(batchId);
    q.addBindValue(int(BatchState::Uncertain));
    q.addBindValue(batchId);
    q.addBindValue(int(RecipientState::Uncertain));
    return q.exec() || m_db.fail(q);
}

errors::ErrorGroupList CampaignJournal::refusalGroups(qint64 campaignId) const
{
    domain::NumberFailures failures;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT phone, input, code, message FROM recipients "
                             "WHERE campaign_id = ? AND state = ? ORDER BY id"));
    q.addBindValue(campaignId);
    q.addBindValue(int(RecipientState::Refused));
    if (!q.exec())
        return {};
    while (q.next()) {
        domain::NumberFailure failure;
        const QString phone = q.value(0).toString();
        failure.phoneNumber = phone.isEmpty() ? q.value(1).toString() : phone;
        failure.code = q.value(2).toString();
        failure.message = q.value(3).toString();
        failures.append(failure);
    }
    return errors::ErrorGroups::groupByCode(failures);
}

qint64 CampaignJournal::exportRefused(qint64 campaignId, QIODevice &out) const
{
    if (out.write("row,input,phone,code,message,parameters\r\n") < 0)
        return -1;
    qint64 written = 0;
    qint64 after = 0;
    for (;;) {
        const QList<JournalRecipient> page
            = recipients(campaignId, RecipientState::Refused, after, 5000);
        if (page.isEmpty())
            break;
        for (const JournalRecipient &r : page) {
            QStringList fields = {QString::number(r.sourceRow), csvField(r.input),
                                  csvField(r.phone), csvField(r.code), csvField(r.message)};
            for (const QString &parameter : r.parameters)
                fields.append(csvField(parameter));
            if (out.write(fields.join(QLatin1Char(',')).toUtf8() + "\r\n") < 0)
                return -1;
            ++written;
        }
        after = page.constLast().id;
    }
    return written;
}

int CampaignJournal::requeueRefused(qint64 campaignId, const QString &code)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE recipients SET state = ?, code = NULL, message = NULL "
                             "WHERE campaign_id = ? AND state = ? AND phone <> '' "
                             "AND (? = '' OR code = ?)"));
    q.addBindValue(int(RecipientState::Queued));
    q.addBindValue(campaignId);
    q.addBindValue(int(RecipientState::Refused));
    q.addBindValue(notNull(code));
    q.addBindValue(notNull(code));
    if (!q.exec()) {
        m_db.fail(q);
        return 0;
    }
    return q.numRowsAffected();
}

bool CampaignJournal::updateRecipient(qint64 recipientId, const QString &phone,
                                      const QStringList &parameters)
{
    return update(recipientId, phone, parameters, nullptr);
}

bool CampaignJournal::updateRecipient(qint64 recipientId, const QString &phone,
                                      const QStringList &parameters, domain::Market market)
{
    return update(recipientId, phone, parameters, &market);
}

bool CampaignJournal::update(qint64 recipientId, const QString &phone,
                             const QStringList &parameters, const domain::Market *market)
{
    QSqlQuery q(m_db.connection());
    // An accepted or uncertain recipient keeps what it was sent with.
    q.prepare(QStringLiteral("UPDATE recipients SET phone = ?, params = ?, "
                             "market = COALESCE(?, market) WHERE id = ? AND state IN (?, ?)"));
    q.addBindValue(notNull(phone));
    q.addBindValue(encodeParameters(parameters));
    q.addBindValue(market ? QVariant(domain::marketCode(*market)) : QVariant());
    q.addBindValue(recipientId);
    q.addBindValue(int(RecipientState::Queued));
    q.addBindValue(int(RecipientState::Refused));
    return (q.exec() || m_db.fail(q)) && q.numRowsAffected() == 1;
}

qint64 CampaignJournal::otherRecipientWithPhone(qint64 campaignId, const QString &phone,
                                                qint64 exceptRecipientId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM recipients WHERE phone = ? AND campaign_id = ? "
                             "AND id <> ? AND state <> ? LIMIT 1"));
    q.addBindValue(phone);
    q.addBindValue(campaignId);
    q.addBindValue(exceptRecipientId);
    q.addBindValue(int(RecipientState::Refused));
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

int CampaignJournal::requeueRecipients(qint64 campaignId, const QList<qint64> &recipientIds)
{
    int requeued = 0;
    const bool ok = m_db.transaction([&] {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE recipients SET state = ?, code = NULL, message = NULL "
                                 "WHERE id = ? AND campaign_id = ? AND state = ? AND phone <> ''"));
        for (const qint64 id : recipientIds) {
            q.addBindValue(int(RecipientState::Queued));
            q.addBindValue(id);
            q.addBindValue(campaignId);
            q.addBindValue(int(RecipientState::Refused));
            if (!q.exec())
                return m_db.fail(q);
            requeued += q.numRowsAffected();
        }
        return true;
    });
    return ok ? requeued : 0;
}

} // namespace sms::store
