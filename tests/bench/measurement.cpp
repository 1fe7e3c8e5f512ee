#include "measurement.h"

#ifdef QADAM_BENCH_SQLCIPHER
#include <sqlcipher/sqlite3.h>
#else
#include <sqlite3.h>
#endif

#include "search/nameindexsql.h"
#include "store/queries.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace Qadam::Bench {

namespace {

/** A prepared statement on the raw C API; finalised on destruction. */
class Statement
{
public:
    Statement(sqlite3 *db, const QString &sql)
        : m_db(db)
    {
        const QByteArray utf8 = sql.toUtf8();
        m_rc = sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &m_stmt, nullptr);
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    [[nodiscard]] bool ok() const { return m_rc == SQLITE_OK || m_rc == SQLITE_ROW || m_rc == SQLITE_DONE; }
    [[nodiscard]] QString error() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }
    void bind(int index, const QVariant &value)
    {
        if (value.isNull())
            sqlite3_bind_null(m_stmt, index);
        else if (value.typeId() == QMetaType::QString)
            bindText(index, value.toString().toUtf8());
        else
            sqlite3_bind_int64(m_stmt, index, value.toLongLong());
    }
    void bindText(int index, const QByteArray &utf8)
    {
        sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    void bindInteger(int index, qint64 value) { sqlite3_bind_int64(m_stmt, index, value); }
    /** Steps once: true while a row is available; on an error ok() turns false. */
    bool step()
    {
        m_rc = m_stmt ? sqlite3_step(m_stmt) : m_rc;
        return m_rc == SQLITE_ROW;
    }
    void reset() { sqlite3_reset(m_stmt); }
    [[nodiscard]] int columns() const { return sqlite3_column_count(m_stmt); }
    [[nodiscard]] QByteArray bytes(int column) const
    {
        return QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column)),
            sqlite3_column_bytes(m_stmt, column));
    }
    [[nodiscard]] qint64 integer(int column) const { return sqlite3_column_int64(m_stmt, column); }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    int m_rc = SQLITE_OK;
};

/** A connection opened by openDirect; closed on destruction. */
class DirectConnection final : public Connection
{
public:
    explicit DirectConnection(sqlite3 *db)
        : m_db(db)
    { }
    ~DirectConnection() override { sqlite3_close_v2(m_db); }
    DirectConnection(const DirectConnection &) = delete;
    DirectConnection &operator=(const DirectConnection &) = delete;
    [[nodiscard]] sqlite3 *handle() const override { return m_db; }

private:
    sqlite3 *m_db;
};

/** One query as the product runs it: SQL and its bound parameters. */
struct Query
{
    QString sql;
    QVariantList binds;
};

/** Timings of a list of queries and a fingerprint of what they returned. */
struct Figures
{
    QList<qint64> ns;
    qint64 rows = 0;
    int zeroHitQueries = 0;
    QByteArray hash;

    [[nodiscard]] static double percentileUs(QList<qint64> ns, double p)
    {
        if (ns.isEmpty())
            return 0;
        std::sort(ns.begin(), ns.end());
        const qsizetype rank
            = std::clamp<qsizetype>(qsizetype(std::ceil(p * double(ns.size()))) - 1, 0, ns.size() - 1);
        return double(ns.at(rank)) / 1000.0;
    }
    [[nodiscard]] QJsonObject toJson() const
    {
        return { { u"p50_us"_s, percentileUs(ns, 0.50) }, { u"p95_us"_s, percentileUs(ns, 0.95) },
            { u"n"_s, int(ns.size()) }, { u"rows"_s, rows }, { u"zeroHitQueries"_s, zeroHitQueries },
            { u"hash"_s, QString::fromLatin1(hash) } };
    }
};

/** The three ways of searching names that the benchmark compares. */
enum class NameSearch { Tokens, Fts5Unicode61, Fts5Trigram };

const QString kFtsUnicode61 = u"bench_name_fts_unicode61"_s;
const QString kFtsTrigram = u"bench_name_fts_trigram"_s;

Query searchQuery(NameSearch how, const QStringList &words, int limit)
{
    if (how == NameSearch::Tokens) {
        QVariantList binds;
        for (const QString &word : words)
            binds << word;
        return { NameIndexSql::search(int(words.size()), limit), binds };
    }
    // unicode61: a prefix query per word; trigram: the word anchored at the space before each token.
    QStringList terms;
    for (const QString &word : words)
        terms << (how == NameSearch::Fts5Unicode61 ? u"\"%1\"*"_s.arg(word) : u"\" %1\""_s.arg(word));
    const QString table = how == NameSearch::Fts5Unicode61 ? kFtsUnicode61 : kFtsTrigram;
    return { u"SELECT p.id FROM %1 JOIN person AS p ON p.rowid = %1.rowid WHERE %1 MATCH ?1 LIMIT %2"_s
                 .arg(table)
                 .arg(limit),
        { terms.join(u" AND "_s) } };
}

/** Runs every measurement on connections from one Connector; the first failure sticks. */
class Suite
{
public:
    Suite(const Connector &connect, const Workload &workload)
        : m_connect(connect)
        , m_w(workload)
    { }
    QJsonObject run();

private:
    qint64 runQuery(
        sqlite3 *db, const Query &query, QCryptographicHash *hash = nullptr, QStringList *ids = nullptr);
    Figures time(sqlite3 *db, const QList<Query> &queries);
    QList<Query> searches(NameSearch how, const QList<QStringList> &queries, int limit) const;
    QList<Query> dueLists(Queries::DueScope scope, int runs) const;
    bool exec(sqlite3 *db, const QString &sql);
    QJsonObject defaults(sqlite3 *db);
    QJsonObject insertFigures(sqlite3 *db);
    QList<QVariantList> insertRows(int run, int columns, const QStringList &names) const;
    QJsonArray cacheSweep();
    QJsonArray ftsComparison(sqlite3 *db, const QJsonObject &tokenFigures);
    QJsonObject ftsVariant(sqlite3 *db, NameSearch how, const QString &definition, const QString &names);
    int agreement(sqlite3 *db, NameSearch how);
    qint64 usedBytes(sqlite3 *db);
    qint64 tokenTableBytes(sqlite3 *db);
    QJsonObject proposedIndexes(sqlite3 *db);
    void fail(const QString &what, sqlite3 *db)
    {
        if (m_error.isEmpty())
            m_error = what + u": "_s + QString::fromUtf8(sqlite3_errmsg(db));
    }

    const Connector &m_connect;
    const Workload &m_w;
    QString m_error;
};

bool Suite::exec(sqlite3 *db, const QString &sql)
{
    if (sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, nullptr) == SQLITE_OK)
        return true;
    fail(sql.left(60), db);
    return false;
}

qint64 Suite::runQuery(sqlite3 *db, const Query &query, QCryptographicHash *hash, QStringList *ids)
{
    Statement s(db, query.sql);
    for (int i = 0; i < query.binds.size(); ++i)
        s.bind(i + 1, query.binds.at(i));
    qint64 rows = 0;
    while (s.step()) {
        ++rows;
        for (int c = 0; hash && c < s.columns(); ++c)
            hash->addData(s.bytes(c) + '\x1f');
        if (ids)
            *ids << QString::fromUtf8(s.bytes(0));
    }
    if (!s.ok())
        fail(query.sql.left(60), db);
    return rows;
}

/** A warm-up pass that also fingerprints the results, then the timed pass. */
Figures Suite::time(sqlite3 *db, const QList<Query> &queries)
{
    Figures f;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const Query &q : queries) {
        const qint64 rows = runQuery(db, q, &hash);
        f.rows += rows;
        f.zeroHitQueries += rows == 0 ? 1 : 0;
    }
    f.hash = hash.result().toHex().left(16);
    QElapsedTimer timer;
    for (const Query &q : queries) {
        timer.start();
        (void)runQuery(db, q);
        f.ns << timer.nsecsElapsed();
    }
    return f;
}

QList<Query> Suite::searches(NameSearch how, const QList<QStringList> &queries, int limit) const
{
    QList<Query> out;
    for (const QStringList &words : queries)
        out << searchQuery(how, words, limit);
    return out;
}

QList<Query> Suite::dueLists(Queries::DueScope scope, int runs) const
{
    QList<Query> out;
    const QString sql = Queries::dueAppearances(scope);
    if (scope == Queries::DueScope::ProbationOfficer) {
        for (const QString &officer : m_w.officers)
            out << Query { sql, { m_w.today, m_w.dueLimit, officer } };
    } else {
        for (int i = 0; i < runs; ++i)
            out << Query { sql, { m_w.today, m_w.dueLimit } };
    }
    return out;
}

QJsonObject Suite::defaults(sqlite3 *db)
{
    QJsonObject out { { u"cacheKiB"_s, m_w.defaultCacheKiB } };
    out.insert(
        u"searchCyrillic"_s, time(db, searches(NameSearch::Tokens, m_w.cyrillic, m_w.searchLimit)).toJson());
    out.insert(u"searchLatin"_s, time(db, searches(NameSearch::Tokens, m_w.latin, m_w.searchLimit)).toJson());
    out.insert(
        u"searchTwoWords"_s, time(db, searches(NameSearch::Tokens, m_w.twoWords, m_w.searchLimit)).toJson());
    out.insert(u"dueOfficer"_s, time(db, dueLists(Queries::DueScope::ProbationOfficer, 0)).toJson());
    out.insert(
        u"dueEveryone"_s, time(db, dueLists(Queries::DueScope::Everyone, m_w.dueRunsEveryone)).toJson());
    out.insert(u"insert"_s, insertFigures(db));
    return out;
}

// ---- Inserting check-ins: one transaction, one prepared statement, RecordStore's SQL shape ----

QList<QVariantList> Suite::insertRows(int run, int columns, const QStringList &names) const
{
    const QString monthStart = m_w.today.left(8) + u"01"_s;
    QList<QVariantList> rows;
    for (int i = 0; i < m_w.insertRows; ++i) {
        const InsertTarget &target = m_w.insertTargets.at(i % m_w.insertTargets.size());
        const QVariantMap values
            = { { u"id"_s,
                    u"ffffffff-%1-7000-8000-%2"_s.arg(run, 4, 16, QChar(u'0')).arg(i, 12, 16, QChar(u'0')) },
                  { u"version"_s, 1 }, { u"hlc"_s, (qint64(1'780'000'000'000) << 16) + i },
                  { u"created_at"_s, qint64(1'780'000'000'000) + i },
                  { u"updated_at"_s, qint64(1'780'000'000'000) + i }, { u"created_by"_s, u"bench"_s },
                  { u"updated_by"_s, u"bench"_s }, { u"origin_device"_s, u"bench"_s },
                  { u"person_id"_s, target.personId }, { u"order_id"_s, target.orderId },
                  { u"channel"_s, i % 2 ? u"probation"_s : u"police"_s }, { u"due_on"_s, m_w.today },
                  { u"window_start"_s, monthStart }, { u"window_end"_s, m_w.today },
                  { u"outcome"_s, u"attended"_s }, { u"occurred_on"_s, m_w.today },
                  { u"preventive_conversation"_s, 1 },
                  { u"summary"_s, u"Явился на регистрацию, проведена профилактическая беседа."_s } };
        QVariantList row;
        for (int c = 0; c < columns; ++c)
            row << values.value(names.at(c));
        rows << row;
    }
    return rows;
}

QJsonObject Suite::insertFigures(sqlite3 *db)
{
    QStringList names;
    {
        Statement info(db, u"SELECT name FROM pragma_table_info('check_in') ORDER BY cid"_s);
        while (info.step())
            names << QString::fromUtf8(info.bytes(0));
    }
    QStringList placeholders;
    for (int i = 1; i <= names.size(); ++i)
        placeholders << u"?%1"_s.arg(i);
    const QString sql
        = u"INSERT INTO check_in(%1) VALUES (%2)"_s.arg(names.join(u", "_s), placeholders.join(u", "_s));
    Figures f;
    QElapsedTimer timer;
    for (int run = 0; run < m_w.insertRuns && m_error.isEmpty(); ++run) {
        const QList<QVariantList> rows = insertRows(run, int(names.size()), names);
        timer.start();
        exec(db, u"BEGIN IMMEDIATE"_s);
        Statement insert(db, sql);
        for (const QVariantList &row : rows) {
            for (int c = 0; c < row.size(); ++c)
                insert.bind(c + 1, row.at(c));
            (void)insert.step();
            insert.reset();
        }
        if (!insert.ok())
            fail(u"insert check-in"_s, db);
        exec(db, u"COMMIT"_s);
        f.ns << timer.nsecsElapsed();
        f.rows += rows.size();
        exec(db, u"DELETE FROM check_in WHERE id >= 'ffffffff'"_s);
    }
    return f.toJson();
}

// ---- Page cache sweep ----

QJsonArray Suite::cacheSweep()
{
    QJsonArray out;
    for (int kib : m_w.cacheKiB) {
        auto connection = m_connect(kib);
        if (!connection) {
            m_error = u"cannot open with cache %1 KiB"_s.arg(kib);
            break;
        }
        sqlite3 *db = connection->handle();
        QJsonObject row { { u"cacheKiB"_s, kib } };
        row.insert(u"searchCyrillic"_s,
            time(db, searches(NameSearch::Tokens, m_w.cyrillic, m_w.searchLimit)).toJson());
        row.insert(u"dueOfficer"_s, time(db, dueLists(Queries::DueScope::ProbationOfficer, 0)).toJson());
        row.insert(u"dueEveryone"_s,
            time(db, dueLists(Queries::DueScope::Everyone, std::max(3, m_w.dueRunsEveryone / 2))).toJson());
        out << row;
    }
    return out;
}

// ---- Token table against FTS5 ----

/** Bytes of pages in use (page_count - freelist_count). dbstat would say more, but the Debian
 *  libsqlcipher is built without it, so sizes are measured as differences of this. */
qint64 Suite::usedBytes(sqlite3 *db)
{
    Statement s(db,
        u"SELECT (page_count - freelist_count) * page_size FROM pragma_page_count, "
        u"pragma_freelist_count, pragma_page_size"_s);
    const qint64 bytes = s.step() ? s.integer(0) : 0;
    if (!s.ok())
        fail(u"page counts"_s, db);
    return bytes;
}

/** The token table's size: the pages a (rolled back) DELETE of all its rows would free. */
qint64 Suite::tokenTableBytes(sqlite3 *db)
{
    exec(db, u"BEGIN IMMEDIATE"_s);
    const qint64 before = usedBytes(db);
    exec(db, u"DELETE FROM person_name_token"_s);
    const qint64 after = usedBytes(db);
    exec(db, u"ROLLBACK"_s);
    return before - after;
}

/** How many of the first agreementQueries queries of each script return the same people as the token table.
 */
int Suite::agreement(sqlite3 *db, NameSearch how)
{
    int agree = 0;
    for (const QList<QStringList> *queries : { &m_w.cyrillic, &m_w.latin }) {
        for (int i = 0; i < std::min<qsizetype>(m_w.agreementQueries, queries->size()); ++i) {
            QStringList expected, actual;
            (void)runQuery(db, searchQuery(NameSearch::Tokens, queries->at(i), -1), nullptr, &expected);
            (void)runQuery(db, searchQuery(how, queries->at(i), -1), nullptr, &actual);
            expected.sort();
            actual.sort();
            agree += expected == actual ? 1 : 0;
        }
    }
    return agree;
}

QJsonObject Suite::ftsVariant(sqlite3 *db, NameSearch how, const QString &definition, const QString &names)
{
    const QString table = how == NameSearch::Fts5Unicode61 ? kFtsUnicode61 : kFtsTrigram;
    exec(db, u"DROP TABLE IF EXISTS "_s + table);
    const qint64 before = usedBytes(db);
    QElapsedTimer timer;
    timer.start();
    exec(db, u"BEGIN IMMEDIATE"_s);
    exec(db, u"CREATE VIRTUAL TABLE %1 USING %2"_s.arg(table, definition));
    exec(db,
        u"INSERT INTO %1(rowid, names) SELECT p.rowid, %2 FROM person_name_token AS n "
        u"JOIN person AS p ON p.id = n.person_id GROUP BY n.person_id"_s.arg(table, names));
    exec(db, u"COMMIT"_s);
    QJsonObject out { { u"buildMs"_s, double(timer.nsecsElapsed()) / 1e6 } };
    out.insert(u"sizeBytes"_s, usedBytes(db) - before);
    out.insert(u"searchCyrillic"_s, time(db, searches(how, m_w.cyrillic, m_w.searchLimit)).toJson());
    out.insert(u"searchLatin"_s, time(db, searches(how, m_w.latin, m_w.searchLimit)).toJson());
    out.insert(u"agree"_s, agreement(db, how));
    exec(db, u"DROP TABLE "_s + table);
    return out;
}

QJsonArray Suite::ftsComparison(sqlite3 *db, const QJsonObject &tokenFigures)
{
    const int compared = int(std::min<qsizetype>(m_w.agreementQueries, m_w.cyrillic.size())
        + std::min<qsizetype>(m_w.agreementQueries, m_w.latin.size()));
    QJsonObject tokens { { u"name"_s, u"token table (migration 3)"_s },
        { u"sizeBytes"_s, tokenTableBytes(db) },
        { u"searchCyrillic"_s, tokenFigures.value(u"searchCyrillic"_s) },
        { u"searchLatin"_s, tokenFigures.value(u"searchLatin"_s) }, { u"agree"_s, compared } };
    QJsonObject unicode = ftsVariant(db, NameSearch::Fts5Unicode61,
        u"fts5(names, content='', tokenize='unicode61 remove_diacritics 2', "
        u"prefix='2 3 4')"_s,
        u"group_concat(n.token, ' ')"_s);
    unicode.insert(u"name"_s, u"FTS5 unicode61, prefix='2 3 4'"_s);
    QJsonObject trigram = ftsVariant(db, NameSearch::Fts5Trigram,
        u"fts5(names, content='', tokenize='trigram')"_s, u"' ' || group_concat(n.token, ' ')"_s);
    trigram.insert(u"name"_s, u"FTS5 trigram, ' '-anchored"_s);
    QJsonArray out { tokens, unicode, trigram };
    for (QJsonValueRef v : out) {
        QJsonObject o = v.toObject();
        o.insert(u"compared"_s, compared);
        v = o;
    }
    return out;
}

// ---- Due list with the indexes the benchmark proposes (built, measured, rolled back) ----

QJsonObject Suite::proposedIndexes(sqlite3 *db)
{
    QElapsedTimer timer;
    timer.start();
    exec(db, u"BEGIN IMMEDIATE"_s);
    exec(db, u"CREATE INDEX bench_check_in_attended ON check_in(order_id, channel, outcome, occurred_on)"_s);
    exec(db,
        u"CREATE INDEX bench_supervision_order_officer ON supervision_order(probation_officer_id, status)"_s);
    QJsonObject out { { u"buildMs"_s, double(timer.nsecsElapsed()) / 1e6 } };
    out.insert(u"dueOfficer"_s, time(db, dueLists(Queries::DueScope::ProbationOfficer, 0)).toJson());
    out.insert(
        u"dueEveryone"_s, time(db, dueLists(Queries::DueScope::Everyone, m_w.dueRunsEveryone)).toJson());
    exec(db, u"ROLLBACK"_s);
    return out;
}

QJsonObject Suite::run()
{
    QJsonObject out;
    {
        auto connection = m_connect(m_w.defaultCacheKiB);
        if (!connection)
            return { { u"error"_s, u"cannot open the database"_s } };
        sqlite3 *db = connection->handle();
        out.insert(u"engine"_s, engineName(db));
        const QJsonObject figures = defaults(db);
        out.insert(u"default"_s, figures);
        if (!m_w.mainOnly) {
            out.insert(u"fts"_s, ftsComparison(db, figures));
            out.insert(u"proposedIndexes"_s, proposedIndexes(db));
        }
    }
    if (!m_w.mainOnly)
        out.insert(u"cache"_s, cacheSweep());
    if (!m_error.isEmpty())
        out.insert(u"error"_s, m_error);
    return out;
}

} // namespace

QJsonObject runSuite(const Connector &connect, const Workload &workload)
{
    return Suite(connect, workload).run();
}

QString engineName(sqlite3 *db)
{
    Statement version(db, u"SELECT sqlite_version()"_s);
    const QString sqlite = version.step() ? QString::fromUtf8(version.bytes(0)) : QString();
#ifdef QADAM_BENCH_SQLCIPHER
    Statement cipher(db, u"PRAGMA cipher_version"_s);
    const QString sqlcipher = cipher.step() ? QString::fromUtf8(cipher.bytes(0)) : QString();
    Statement security(db, u"PRAGMA cipher_memory_security"_s);
    const bool secure = security.step() && security.integer(0) != 0;
    return u"SQLCipher %1 (SQLite %2), memory security %3"_s.arg(
        sqlcipher, sqlite, secure ? u"on"_s : u"off"_s);
#else
    return u"SQLite "_s + sqlite;
#endif
}

std::unique_ptr<Connection> openDirect(const QString &path, int cacheKiB, const QByteArray &keyStatement)
{
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(
        path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
    auto connection = std::make_unique<DirectConnection>(db); // closes db even when opening failed
    const QByteArray pragmas = keyStatement
        + u"PRAGMA temp_store = MEMORY; PRAGMA foreign_keys = ON; PRAGMA cache_size = -%1; "
          u"PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;"_s.arg(cacheKiB)
              .toUtf8();
    if (rc != SQLITE_OK || sqlite3_exec(db, pragmas.constData(), nullptr, nullptr, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), sqlite3_errmsg(db));
        return {};
    }
    sqlite3_busy_timeout(db, 5000);
    return connection;
}

int runSuiteProcess(const QString &path, const QString &workloadPath, const QByteArray &keyStatement)
{
    QFile file(workloadPath);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read the workload %s\n", qPrintable(workloadPath));
        return 2;
    }
    const Workload workload = Workload::fromJson(QJsonDocument::fromJson(file.readAll()).object());
    const QJsonObject result
        = runSuite([&](int cacheKiB) { return openDirect(path, cacheKiB, keyStatement); }, workload);
    std::fputs(QJsonDocument(result).toJson(QJsonDocument::Compact).constData(), stdout);
    return result.contains(u"error"_s) ? 1 : 0;
}

} // namespace Qadam::Bench
