// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/SandboxStore.h"

#include "Logging.h"
#include "sandbox/RecordFields.h"

#include <QAtomicInt>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QSqlError>
#include <QSqlRecord>

#include <cstdio>
#include <type_traits>

namespace sms::sandbox {

namespace {
constexpr int kSchemaVersion = 1;
const QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
// The files SQLite keeps next to a database.
const char *const kCompanions[] = {"-wal", "-shm", "-journal"};

QString quoted(const char *name)
{
    return QLatin1Char('"') + QLatin1String(name) + QLatin1Char('"');
}

// ---- The account's small tables: a column per field, keyed by the first
// (an id, or the SdkAppId).

template<typename Record> QString columnList()
{
    QStringList columns;
    for (const RecordField<Record> &field : recordFields<Record>())
        columns.append(quoted(field.name));
    return columns.join(QLatin1Char(','));
}

template<typename Record> QString createSql(const char *table)
{
    QStringList columns;
    for (const RecordField<Record> &field : recordFields<Record>()) {
        const bool text = std::holds_alternative<QString Record::*>(field.member);
        columns.append(quoted(field.name)
                       + (text ? QLatin1String(" TEXT") : QLatin1String(" INTEGER"))
                       + (columns.isEmpty() ? QLatin1String(" PRIMARY KEY") : QLatin1String()));
    }
    return QStringLiteral("CREATE TABLE %1 (%2)")
        .arg(quoted(table), columns.join(QLatin1Char(',')));
}

template<typename Record> QString upsertSql(const char *table)
{
    const QStringList marks(qsizetype(recordFields<Record>().size()), QStringLiteral("?"));
    return QStringLiteral("INSERT OR REPLACE INTO %1 (%2) VALUES (%3)")
        .arg(quoted(table), columnList<Record>(), marks.join(QLatin1Char(',')));
}

template<typename Record> QString selectSql(const char *table)
{
    return QStringLiteral("SELECT %1 FROM %2 ORDER BY 1").arg(columnList<Record>(), quoted(table));
}

// Strings as text, everything else (integers, flags, the review status) as
// an integer.
template<typename Record> QVariant valueOf(const RecordField<Record> &field, const Record &record)
{
    return std::visit(
        [&record](auto member) -> QVariant {
            using T = std::remove_cvref_t<decltype(record.*member)>;
            if constexpr (std::is_same_v<T, QString>)
                return record.*member;
            else
                return qlonglong(record.*member);
        },
        field.member);
}

template<typename Record> void bindRecord(QSqlQuery &query, const Record &record)
{
    int i = 0;
    for (const RecordField<Record> &field : recordFields<Record>())
        query.bindValue(i++, valueOf(field, record));
}

template<typename Record> Record readRecord(const QSqlQuery &query)
{
    Record record;
    int i = 0;
    for (const RecordField<Record> &field : recordFields<Record>()) {
        const QVariant value = query.value(i++);
        std::visit(
            [&record, &value](auto member) {
                using T = std::remove_cvref_t<decltype(record.*member)>;
                if constexpr (std::is_same_v<T, QString>)
                    record.*member = value.toString();
                else if constexpr (std::is_same_v<T, bool>)
                    record.*member = value.toLongLong() != 0;
                else
                    record.*member = T(value.toLongLong());
            },
            field.member);
    }
    return record;
}

// Hands each record of a table to take.
template<typename Record, typename Take>
bool readTable(QSqlQuery &query, const char *table, Take take)
{
    if (!query.exec(selectSql<Record>(table)))
        return false;
    while (query.next())
        take(readRecord<Record>(query));
    return true;
}

// ---- The history (sends, replies): one row per record, under its index in
// SandboxState, its fields packed into one value in RecordFields order.
// Qt Sql's cost is per bound value: one value per record instead of
// eighteen makes a request's commit several times faster, and loading a
// million sends as fast. The packing is small and plain: a string is its
// UTF-8 length as a varint and the bytes, a number (or flag) a zigzag varint.

// Rows per INSERT: a SendSms request's 200 numbers go in two statements.
constexpr size_t kRowsPerStatement = 100;

void putVarint(QByteArray &out, quint64 value)
{
    while (value >= 0x80) {
        out.append(char(value | 0x80));
        value >>= 7;
    }
    out.append(char(value));
}

bool takeVarint(const char *&at, const char *end, quint64 *value)
{
    *value = 0;
    for (int shift = 0; at < end && shift < 64; shift += 7) {
        const auto byte = quint8(*at++);
        *value |= quint64(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            return true;
    }
    return false;
}

QString historyCreateSql(const char *table)
{
    return QStringLiteral("CREATE TABLE %1 (seq INTEGER PRIMARY KEY, record BLOB NOT NULL)")
        .arg(quoted(table));
}

QString historyInsertSql(const char *table, int rows)
{
    return QStringLiteral("INSERT OR REPLACE INTO %1 (seq, record) VALUES %2")
        .arg(quoted(table), QStringList(rows, QStringLiteral("(?,?)")).join(QLatin1Char(',')));
}

template<typename Record> QByteArray pack(const Record &record)
{
    QByteArray out;
    out.reserve(256);
    for (const RecordField<Record> &field : recordFields<Record>()) {
        std::visit(
            [&](auto member) {
                using T = std::remove_cvref_t<decltype(record.*member)>;
                if constexpr (std::is_same_v<T, QString>) {
                    const QByteArray text = (record.*member).toUtf8();
                    putVarint(out, quint64(text.size()));
                    out.append(text);
                } else {
                    const auto value = qint64(record.*member);
                    putVarint(out, (quint64(value) << 1) ^ quint64(value >> 63));
                }
            },
            field.member);
    }
    return out;
}

template<typename Record> bool unpack(const QByteArray &data, Record *record)
{
    const char *at = data.constData();
    const char *const end = at + data.size();
    bool ok = true;
    for (const RecordField<Record> &field : recordFields<Record>()) {
        std::visit(
            [&](auto member) {
                using T = std::remove_cvref_t<decltype(record->*member)>;
                quint64 value = 0;
                ok = ok && takeVarint(at, end, &value);
                if constexpr (std::is_same_v<T, QString>) {
                    ok = ok && value <= quint64(end - at);
                    if (ok) {
                        record->*member = QString::fromUtf8(at, qsizetype(value));
                        at += value;
                    }
                } else {
                    record->*member = T(qint64(value >> 1) ^ -qint64(value & 1));
                }
            },
            field.member);
    }
    return ok && at == end;
}

// The keys and scalars of an account, as rows of the meta table (numbers as
// qlonglong, as SQLite gives them back).
QHash<QString, QVariant> metaOf(const SandboxState &s)
{
    return {
        {QStringLiteral("secretId"), s.secretId},
        {QStringLiteral("secretKey"), s.secretKey},
        {QStringLiteral("defaultAppId"), s.defaultAppId},
        {QStringLiteral("enterpriseVerified"), qlonglong(s.enterpriseVerified)},
        {QStringLiteral("inArrears"), qlonglong(s.inArrears)},
        {QStringLiteral("ipWhitelist"),
         QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(s.ipWhitelist))
                               .toJson(QJsonDocument::Compact))},
        {QStringLiteral("nextSignId"), qlonglong(s.nextSignId)},
        {QStringLiteral("nextTemplateId"), qlonglong(s.nextTemplateId)},
        {QStringLiteral("nextPackageId"), qlonglong(s.nextPackageId)},
        {QStringLiteral("serialCounter"), qlonglong(s.serialCounter)},
    };
}

void setMeta(SandboxState &s, const QHash<QString, QVariant> &meta)
{
    s.secretId = meta.value(QStringLiteral("secretId")).toString();
    s.secretKey = meta.value(QStringLiteral("secretKey")).toString();
    s.defaultAppId = meta.value(QStringLiteral("defaultAppId")).toString();
    s.enterpriseVerified = meta.value(QStringLiteral("enterpriseVerified")).toLongLong() != 0;
    s.inArrears = meta.value(QStringLiteral("inArrears")).toLongLong() != 0;
    s.ipWhitelist.clear();
    const QJsonArray whitelist
        = QJsonDocument::fromJson(meta.value(QStringLiteral("ipWhitelist")).toString().toUtf8())
              .array();
    for (const QJsonValue &v : whitelist)
        s.ipWhitelist.append(v.toString());
    s.nextSignId = meta.value(QStringLiteral("nextSignId")).toLongLong();
    s.nextTemplateId = meta.value(QStringLiteral("nextTemplateId")).toLongLong();
    s.nextPackageId = meta.value(QStringLiteral("nextPackageId")).toLongLong();
    s.serialCounter = meta.value(QStringLiteral("serialCounter")).toLongLong();
}

// The tables a commit compares with what it last wrote.
void copySmallTables(const SandboxState &from, SandboxState &to)
{
    to.apps = from.apps;
    to.signs = from.signs;
    to.templates = from.templates;
    to.qualifications = from.qualifications;
    to.packages = from.packages;
    to.optOut = from.optOut;
    to.pendingOptOuts = from.pendingOptOuts;
    to.dailyCounters = from.dailyCounters;
}

// A text column of a million sends holds a few distinct values (the same
// message for 200 numbers, six receipt descriptions): loading them as one
// shared string each keeps memory as low as it was before the restart.
class Interner
{
public:
    void share(QString &value)
    {
        if (value == m_last) {
            value = m_last;
            return;
        }
        value = *m_seen.insert(value);
        m_last = value;
    }

private:
    QSet<QString> m_seen;
    QString m_last;
};

// An SQLite file starts with this; an empty file is a database not yet
// written.
bool isDatabaseFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(16);
    return head.isEmpty() || head == QByteArray("SQLite format 3\0", 16);
}

void removeWithCompanions(const QString &path)
{
    QFile::remove(path);
    for (const char *suffix : kCompanions)
        QFile::remove(path + QLatin1String(suffix));
}
} // namespace

SandboxStore::SandboxStore() = default;

SandboxStore::~SandboxStore()
{
    close();
}

bool SandboxStore::isOpen() const
{
    return m_db.isOpen();
}

bool SandboxStore::open(const QString &path, const QString &importPath, QString *error)
{
    close();
    m_lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
    // A lock is never stale while its process lives, however long it runs;
    // QLockFile recognises the lock of a process that died.
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0)) {
        qint64 pid = 0;
        QString host, application;
        if (m_lock->error() == QLockFile::LockFailedError
            && m_lock->getLockInfo(&pid, &host, &application)) {
            *error = QStringLiteral("the state file %1 is in use by another sandbox (%2, process "
                                    "%3 on %4); stop it, or give this one another state file")
                         .arg(path, application.isEmpty() ? QStringLiteral("?") : application)
                         .arg(pid)
                         .arg(host);
        } else {
            *error = QStringLiteral("cannot lock the state file %1 (cannot write %2)")
                         .arg(path, m_lock->fileName());
        }
        m_lock.reset();
        return false;
    }

    QString json;
    if (QFileInfo::exists(path)) {
        if (!isDatabaseFile(path))
            json = path;
    } else if (!importPath.isEmpty() && QFileInfo::exists(importPath)) {
        json = importPath;
    }
    if ((!json.isEmpty() && !importJson(json, path, error)) || !openDatabase(path, error)) {
        close();
        return false;
    }
    return true;
}

bool SandboxStore::importJson(const QString &jsonPath, const QString &path, QString *error)
{
    SandboxState state;
    if (!state.loadJson(jsonPath, error))
        return false;

    // The JSON stays as it was, but readable by its owner only: it holds the
    // SecretKey too.
    const QString backup = jsonPath + QStringLiteral(".imported");
    QFile::remove(backup);
    QFile source(jsonPath);
    QFile copy(backup);
    if (!source.open(QIODevice::ReadOnly)
        || !copy.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnly)
        || copy.write(source.readAll()) < 0 || !copy.flush()) {
        *error = QStringLiteral("cannot keep a copy of %1 as %2: %3")
                     .arg(jsonPath, backup, copy.errorString());
        return false;
    }
    copy.close();

    // Built aside and renamed into place, so that an import cut short leaves
    // the JSON file where it was, to be imported again.
    const QString temporary = path + QStringLiteral(".importing");
    removeWithCompanions(temporary);
    {
        SandboxStore builder;
        if (!builder.openDatabase(temporary, error) || !builder.commit(state, error)) {
            builder.close();
            removeWithCompanions(temporary);
            return false;
        }
        builder.close();
    }
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData())
        != 0) {
        *error = QStringLiteral("cannot move the imported state to %1").arg(path);
        removeWithCompanions(temporary);
        return false;
    }
    if (jsonPath != path)
        QFile::remove(jsonPath);
    qCInfo(lcSandbox).noquote() << "imported the JSON state file" << jsonPath << "into" << path
                                << "(the JSON is kept as" << backup + QLatin1Char(')');
    return true;
}

bool SandboxStore::openDatabase(const QString &path, QString *error)
{
    // Created readable by its owner only, before SQLite writes a byte.
    if (!QFileInfo::exists(path)) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnly)) {
            *error = QStringLiteral("cannot create %1: %2").arg(path, file.errorString());
            return false;
        }
    }
    static QAtomicInt connections;
    m_connection = QStringLiteral("sms-sandbox-store-%1").arg(connections.fetchAndAddRelaxed(1));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(path);
    m_path = path;
    if (!m_db.open()) {
        *error = QStringLiteral("cannot open %1: %2").arg(path, m_db.lastError().text());
        return false;
    }
    // Nothing is changed in a database that is not a sandbox's, or of
    // another version.
    bool fresh = false;
    if (!checkSchema(&fresh, error))
        return false;

    // A sandbox database of an earlier version, created with the umask's
    // mode, is narrowed; SQLite gives the journal files it creates from now
    // on the database's mode.
    QStringList files {path};
    for (const char *suffix : kCompanions)
        files.append(path + QLatin1String(suffix));
    for (const QString &file : std::as_const(files)) {
        if (QFileInfo::exists(file) && !QFile::setPermissions(file, kOwnerOnly)) {
            *error = QStringLiteral("cannot make %1 readable by its owner only").arg(file);
            return false;
        }
    }
    QSqlQuery pragma(m_db);
    // WAL: a commit appends to the journal and readers never block it;
    // NORMAL: no flush per commit, only at checkpoints. A killed process
    // loses nothing it committed; a power cut may lose the last commits.
    if (!pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !pragma.next()
        || pragma.value(0).toString() != QLatin1String("wal")
        || !pragma.exec(QStringLiteral("PRAGMA synchronous=NORMAL"))) {
        *error = QStringLiteral("cannot set up %1: %2").arg(path, failure(pragma));
        return false;
    }
    if (fresh && !createSchema(error))
        return false;

    m_updateSend = QSqlQuery(m_db);
    m_updateReply = QSqlQuery(m_db);
    if (!m_updateSend.prepare(QStringLiteral("UPDATE sends SET record = ? WHERE seq = ?"))
        || !m_updateReply.prepare(QStringLiteral("UPDATE replies SET record = ? WHERE seq = ?"))) {
        *error = QStringLiteral("%1: %2").arg(path, m_db.lastError().text());
        return false;
    }
    return true;
}

bool SandboxStore::checkSchema(bool *fresh, QString *error)
{
    const QStringList tables = m_db.tables();
    *fresh = tables.isEmpty();
    if (*fresh)
        return true;
    if (!tables.contains(QLatin1String("schema_version"))) {
        *error = QStringLiteral("%1 is an SQLite database, but not a sandbox's").arg(m_path);
        return false;
    }
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT version FROM schema_version")) || !query.next()) {
        *error
            = QStringLiteral("%1 is not a sandbox state database: %2").arg(m_path, failure(query));
        return false;
    }
    if (query.value(0).toInt() != kSchemaVersion) {
        *error = QStringLiteral("%1 was written by another version of the sandbox (schema %2, "
                                "this one reads %3)")
                     .arg(m_path)
                     .arg(query.value(0).toInt())
                     .arg(kSchemaVersion);
        return false;
    }
    return true;
}

bool SandboxStore::createSchema(QString *error)
{
    QSqlQuery query(m_db);
    const QStringList statements = {
        QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)"),
        QStringLiteral("INSERT INTO schema_version VALUES (%1)").arg(kSchemaVersion),
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value)"),
        createSql<AppRecord>("apps"),
        createSql<SignRecord>("signs"),
        createSql<TemplateRecord>("templates"),
        createSql<QualificationRecord>("qualifications"),
        createSql<PackageRecord>("packages"),
        historyCreateSql("sends"),
        historyCreateSql("replies"),
        QStringLiteral("CREATE TABLE opt_out (phone TEXT PRIMARY KEY)"),
        QStringLiteral("CREATE TABLE pending_opt_outs (seq INTEGER PRIMARY KEY, time INTEGER, "
                       "phone TEXT)"),
        QStringLiteral("CREATE TABLE daily_counters (key TEXT PRIMARY KEY, count INTEGER)"),
    };
    if (!m_db.transaction()) {
        *error = m_db.lastError().text();
        return false;
    }
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            *error = QStringLiteral("%1: %2").arg(m_path, failure(query));
            m_db.rollback();
            return false;
        }
    }
    if (!m_db.commit()) {
        *error = m_db.lastError().text();
        return false;
    }
    return true;
}

bool SandboxStore::hasAccount() const
{
    QSqlQuery query(m_db);
    return query.exec(QStringLiteral("SELECT 1 FROM meta WHERE key = 'secretId'")) && query.next();
}

bool SandboxStore::load(SandboxState &state, QString *error)
{
    state = SandboxState();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const auto run = [&](const QString &sql) {
        if (query.exec(sql))
            return true;
        *error = QStringLiteral("cannot read %1: %2").arg(m_path, failure(query));
        return false;
    };

    if (!run(QStringLiteral("SELECT key, value FROM meta")))
        return false;
    QHash<QString, QVariant> meta;
    while (query.next())
        meta.insert(query.value(0).toString(), query.value(1));
    setMeta(state, meta);
    m_writtenMeta = meta;

    const bool tables
        = readTable<AppRecord>(query, "apps",
                               [&](const AppRecord &app) { state.apps.insert(app.sdkAppId, app); })
        && readTable<SignRecord>(query, "signs",
                                 [&](const SignRecord &sign) { state.signs.insert(sign.id, sign); })
        && readTable<TemplateRecord>(
              query, "templates", [&](const TemplateRecord &t) { state.templates.insert(t.id, t); })
        && readTable<QualificationRecord>(
              query, "qualifications",
              [&](const QualificationRecord &q) { state.qualifications.insert(q.id, q); })
        && readTable<PackageRecord>(query, "packages",
                                    [&](const PackageRecord &p) { state.packages.append(p); });
    if (!tables) {
        *error = QStringLiteral("cannot read %1: %2").arg(m_path, failure(query));
        return false;
    }

    QString SendRecord::*const shared[] = {
        &SendRecord::countryCode,    &SendRecord::isoCode,     &SendRecord::appId,
        &SendRecord::templateId,     &SendRecord::signName,    &SendRecord::content,
        &SendRecord::sessionContext, &SendRecord::requestCode, &SendRecord::receiptDescription,
        &SendRecord::failureClass,
    };
    Interner interners[std::size(shared)];
    const bool history = loadHistory("sends", state.sends, error,
                                     [&](SendRecord &send) {
                                         for (size_t i = 0; i < std::size(shared); ++i)
                                             interners[i].share(send.*shared[i]);
                                     })
        && loadHistory("replies", state.replies, error, [](ReplyRecord &) {});
    if (!history)
        return false;

    if (!run(QStringLiteral("SELECT phone FROM opt_out")))
        return false;
    while (query.next())
        state.optOut.insert(query.value(0).toString());
    if (!run(QStringLiteral("SELECT time, phone FROM pending_opt_outs ORDER BY seq")))
        return false;
    while (query.next())
        state.pendingOptOuts.emplace(query.value(0).toLongLong(), query.value(1).toString());
    if (!run(QStringLiteral("SELECT key, count FROM daily_counters")))
        return false;
    while (query.next())
        state.dailyCounters.insert(query.value(0).toString(), query.value(1).toLongLong());

    state.rebuildIndices();
    copySmallTables(state, m_written);
    m_writtenSends = state.sends.size();
    m_writtenReplies = state.replies.size();
    return true;
}

bool SandboxStore::unchanged(const SandboxState &state) const
{
    // Containers that were not touched since the last commit still share
    // their data with the copies, and compare equal at once.
    return state.sends.size() == m_writtenSends && state.replies.size() == m_writtenReplies
        && state.changedSends.empty() && state.changedReplies.empty()
        && state.apps == m_written.apps && state.signs == m_written.signs
        && state.templates == m_written.templates
        && state.qualifications == m_written.qualifications && state.packages == m_written.packages
        && state.optOut == m_written.optOut && state.pendingOptOuts == m_written.pendingOptOuts
        && state.dailyCounters == m_written.dailyCounters && metaOf(state) == m_writtenMeta;
}

bool SandboxStore::commit(SandboxState &state, QString *error)
{
    if (!m_db.isOpen()) {
        *error = QStringLiteral("the state database is not open");
        return false;
    }
    if (unchanged(state))
        return true;
    if (!m_db.transaction()) {
        *error = QStringLiteral("cannot write %1: %2").arg(m_path, m_db.lastError().text());
        return false;
    }
    if (!writeHistory("sends", state.sends, m_writtenSends, state.changedSends, m_insertSends,
                      m_updateSend, error)
        || !writeHistory("replies", state.replies, m_writtenReplies, state.changedReplies,
                         m_insertReplies, m_updateReply, error)
        || !writeSmallTables(state, error)) {
        m_db.rollback();
        return false;
    }
    if (!m_db.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(m_path, m_db.lastError().text());
        m_db.rollback();
        return false;
    }
    m_writtenSends = state.sends.size();
    m_writtenReplies = state.replies.size();
    state.changedSends.clear();
    state.changedReplies.clear();
    copySmallTables(state, m_written);
    m_writtenMeta = metaOf(state);
    return true;
}

template<typename Records, typename Adopt>
bool SandboxStore::loadHistory(const char *table, Records &records, QString *error, Adopt adopt)
{
    using Record = typename Records::value_type;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT seq, record FROM %1 ORDER BY seq").arg(quoted(table)))) {
        *error = QStringLiteral("cannot read %1: %2").arg(m_path, failure(query));
        return false;
    }
    while (query.next()) {
        Record record;
        if (query.value(0).toLongLong() != qint64(records.size())
            || !unpack(query.value(1).toByteArray(), &record)) {
            *error = QStringLiteral("%1 is damaged: record %2 of %3 is missing or unreadable")
                         .arg(m_path)
                         .arg(records.size())
                         .arg(QLatin1String(table));
            return false;
        }
        adopt(record);
        records.push_back(std::move(record));
    }
    return true;
}

template<typename Records>
bool SandboxStore::writeHistory(const char *table, const Records &records, size_t written,
                                const std::vector<int> &changed, std::map<int, QSqlQuery> &inserts,
                                QSqlQuery &update, QString *error)
{
    for (size_t first = written; first < records.size();) {
        const int rows = int(std::min(kRowsPerStatement, records.size() - first));
        const auto [it, added] = inserts.try_emplace(rows, m_db);
        QSqlQuery &insert = it->second;
        if (added && !insert.prepare(historyInsertSql(table, rows))) {
            *error = failure(insert);
            inserts.erase(it);
            return false;
        }
        for (int row = 0; row < rows; ++row) {
            insert.bindValue(2 * row, qlonglong(first + size_t(row)));
            insert.bindValue(2 * row + 1, pack(records[first + size_t(row)]));
        }
        if (!insert.exec()) {
            *error = failure(insert);
            return false;
        }
        first += size_t(rows);
    }
    // A record added in this commit went in with its change already.
    for (int index : changed) {
        if (size_t(index) >= written)
            continue;
        update.bindValue(0, pack(records[size_t(index)]));
        update.bindValue(1, index);
        if (!update.exec()) {
            *error = failure(update);
            return false;
        }
    }
    return true;
}

namespace {
// Writes the records of now that are new or differ from before, and
// deletes those of before that are gone. Records are keyed by their first
// field.
template<typename Record, typename Records>
bool syncTable(QSqlDatabase &db, const char *table, const Records &now, const Records &before,
               QString *error)
{
    if (now == before)
        return true;
    const RecordField<Record> &keyField = recordFields<Record>()[0];
    QHash<QString, const Record *> gone;
    for (const Record &record : before)
        gone.insert(valueOf(keyField, record).toString(), &record);
    QSqlQuery query(db);
    bool ok = query.prepare(upsertSql<Record>(table));
    for (const Record &record : now) {
        const Record *old = gone.take(valueOf(keyField, record).toString());
        if (!ok || (old && *old == record))
            continue;
        bindRecord(query, record);
        ok = query.exec();
    }
    if (ok && !gone.isEmpty()) {
        ok = query.prepare(QStringLiteral("DELETE FROM %1 WHERE %2 = ?")
                               .arg(quoted(table), quoted(keyField.name)));
        for (const Record *record : std::as_const(gone)) {
            query.bindValue(0, valueOf(keyField, *record));
            ok = ok && query.exec();
        }
    }
    if (!ok)
        *error = query.lastError().text();
    return ok;
}
} // namespace

bool SandboxStore::writeSmallTables(const SandboxState &state, QString *error)
{
    if (!syncTable<AppRecord>(m_db, "apps", state.apps, m_written.apps, error)
        || !syncTable<SignRecord>(m_db, "signs", state.signs, m_written.signs, error)
        || !syncTable<TemplateRecord>(m_db, "templates", state.templates, m_written.templates,
                                      error)
        || !syncTable<QualificationRecord>(m_db, "qualifications", state.qualifications,
                                           m_written.qualifications, error)
        || !syncTable<PackageRecord>(m_db, "packages", state.packages, m_written.packages, error))
        return false;

    QSqlQuery query(m_db);
    bool ok = true;
    const auto exec = [&](const QString &sql, const QVariantList &values) {
        if (!ok)
            return;
        ok = query.prepare(sql);
        for (int i = 0; ok && i < values.size(); ++i)
            query.bindValue(i, values.at(i));
        ok = ok && query.exec();
    };

    const QHash<QString, QVariant> meta = metaOf(state);
    for (auto it = meta.cbegin(); it != meta.cend(); ++it) {
        const auto written = m_writtenMeta.constFind(it.key());
        if (written == m_writtenMeta.cend() || *written != it.value())
            exec(QStringLiteral("INSERT OR REPLACE INTO meta VALUES (?, ?)"),
                 {it.key(), it.value()});
    }
    if (state.optOut != m_written.optOut) {
        for (const QString &phone : state.optOut) {
            if (!m_written.optOut.contains(phone))
                exec(QStringLiteral("INSERT OR REPLACE INTO opt_out VALUES (?)"), {phone});
        }
        for (const QString &phone : m_written.optOut) {
            if (!state.optOut.contains(phone))
                exec(QStringLiteral("DELETE FROM opt_out WHERE phone = ?"), {phone});
        }
    }
    if (state.pendingOptOuts != m_written.pendingOptOuts) {
        exec(QStringLiteral("DELETE FROM pending_opt_outs"), {});
        for (const auto &[time, phone] : state.pendingOptOuts)
            exec(QStringLiteral("INSERT INTO pending_opt_outs (time, phone) VALUES (?, ?)"),
                 {time, phone});
    }
    if (state.dailyCounters != m_written.dailyCounters) {
        for (auto it = state.dailyCounters.cbegin(); it != state.dailyCounters.cend(); ++it) {
            if (m_written.dailyCounters.value(it.key(), -1) != it.value())
                exec(QStringLiteral("INSERT OR REPLACE INTO daily_counters VALUES (?, ?)"),
                     {it.key(), it.value()});
        }
        for (auto it = m_written.dailyCounters.cbegin(); it != m_written.dailyCounters.cend();
             ++it) {
            if (!state.dailyCounters.contains(it.key()))
                exec(QStringLiteral("DELETE FROM daily_counters WHERE key = ?"), {it.key()});
        }
    }
    if (!ok)
        *error = failure(query);
    return ok;
}

QString SandboxStore::failure(const QSqlQuery &query) const
{
    const QSqlError error = query.lastError();
    return error.isValid() ? error.text() : m_db.lastError().text();
}

void SandboxStore::close()
{
    m_insertSends.clear();
    m_insertReplies.clear();
    m_updateSend = QSqlQuery();
    m_updateReply = QSqlQuery();
    if (!m_connection.isEmpty()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
        m_connection.clear();
    }
    m_lock.reset();
    m_written = SandboxState();
    m_writtenMeta.clear();
    m_writtenSends = 0;
    m_writtenReplies = 0;
}

} // namespace sms::sandbox
