#include "sqltxn.h"

#include "sqltxn_p.h"
#include "storecodec.h"

#include <limits>
#include <utility>

using namespace Qt::StringLiterals;

namespace Qadam::Server {

using namespace SqlTxnDetail;

namespace {

const QString kConflictColumns = u"id, bucket, entity, record_id, field, server_value, device_value, device_id, "
                                 u"user_id, at, resolved, resolved_by, seq"_s;

StoredRecord toRecord(const SqlRow &r, bool withVersions)
{
    StoredRecord s;
    s.entity = r.at(0).toString();
    s.id = r.at(1).toString();
    s.bucket = r.at(2).toString();
    s.version = r.at(3).toLongLong();
    s.seq = r.at(4).toLongLong();
    s.hlc = r.at(5).toLongLong();
    s.fields = StoreCodec::decodeFields(r.at(6).toString());
    if (withVersions)
        s.fieldVersions = StoreCodec::decodeVersions(r.at(7).toString(), &s.fieldWriters);
    s.echoDevice = r.at(8).toString();
    s.createdAt = r.at(9).toLongLong();
    s.createdBy = r.at(10).toString();
    s.updatedAt = r.at(11).toLongLong();
    s.updatedBy = r.at(12).toString();
    return s;
}

ConflictRow toConflict(const SqlRow &r)
{
    ConflictRow c;
    c.id = r.at(0).toString();
    c.bucket = r.at(1).toString();
    c.entity = r.at(2).toString();
    c.recordId = r.at(3).toString();
    c.field = r.at(4).toString();
    c.serverValue = StoreCodec::decodeValue(r.at(5).toString());
    c.deviceValue = StoreCodec::decodeValue(r.at(6).toString());
    c.deviceId = r.at(7).toString();
    c.userId = r.at(8).toString();
    c.at = r.at(9).toLongLong();
    c.resolved = r.at(10).toLongLong() != 0;
    c.resolvedBy = r.at(11).toString();
    c.seq = r.at(12).toLongLong();
    return c;
}

/** From this many buckets on, a pull reads records and conflicts in windows of sequences. */
constexpr qsizetype kWideScope = 32;

/**
 * Rows with seq > `afterSeq` in seq order, at most `limit` (<= 0: all), read in growing windows
 * of sequences. `first(after)` gives the lowest seq above `after` of the table, whatever the
 * bucket (an index probe), or -1; `fetch(from, to, want)` reads the scope's rows with
 * from < seq <= to (to < 0: no upper end), in seq order, at most `want`.
 *
 * Why: `seq > ? AND bucket IN (…) ORDER BY seq LIMIT ?` over many buckets is planned as one
 * index range per bucket and a sort of everything they hold, so each page of a first pull read
 * and sorted every remaining row of the scope (quadratic in the pull). A window bounds the rows
 * each query reads and sorts; the last window is unbounded, so no row is ever skipped, and the
 * windows ascend, so the rows come out in the order one query would give them. Every query runs
 * in the caller's transaction, one snapshot (SQLite; repeatable read or the single writer on
 * PostgreSQL).
 *
 * `fetch`'s last argument says how to read a window: `true` when it spans no more sequences than
 * the scope has buckets (`scopeSize`), so walking its rows in sequence order and testing each
 * bucket reads fewer index entries than one range per bucket would (a device whose caseload is
 * most of the server's pulls a page in a few hundred steps, not in thousands of probes).
 */
template <typename Row, typename First, typename Fetch>
Result<QList<Row>> inSeqWindows(qint64 afterSeq, int limit, qsizetype scopeSize, First first, Fetch fetch)
{
    const qint64 wanted = limit <= 0 ? std::numeric_limits<qint64>::max() : qint64(limit);
    auto start = first(afterSeq);
    if (!start.ok())
        return start.error();
    if (start.value() < 0)
        return QList<Row>{};  // nothing newer in any bucket: no query over the scope at all
    QList<Row> out;
    qint64 from = start.value() - 1;
    qint64 window = limit <= 0 ? 4096 : std::max<qint64>(64, qint64(limit) + limit / 4);
    for (int round = 0;; ++round) {
        const bool last = round >= 4;
        auto rows = fetch(from, last ? qint64(-1) : from + window, wanted - qint64(out.size()),
                          !last && window <= qint64(scopeSize));
        if (!rows.ok())
            return rows.error();
        out += rows.value();
        if (last || qint64(out.size()) >= wanted)
            return out;
        from += window;
        window *= 4;
        auto next = first(from);  // skips an empty stretch; ends when nothing is left
        if (!next.ok())
            return next.error();
        if (next.value() < 0)
            return out;
        from = std::max(from, next.value() - 1);
    }
}

} // namespace

qint64 sqlLimit(int limit)
{
    return limit <= 0 ? std::numeric_limits<qint64>::max() : qint64(limit);
}

SqlTxn::SqlTxn(SqlConnection &conn, bool write, std::function<void()> release)
    : m_conn(conn), m_write(write), m_release(std::move(release))
{
}

SqlTxn::~SqlTxn()
{
    if (!m_done)
        m_conn.rollback();
    if (m_release)
        m_release();
}

Status SqlTxn::usable(bool write) const
{
    if (m_done)
        return Error::make(Error::Storage, u"store transaction already finished"_s);
    if (write && !m_write)
        return Error::make(Error::Storage, u"write in a read transaction"_s);
    return {};
}

Result<SqlRows> SqlTxn::query(const QString &sql, const QVariantList &params, Deferred deferred)
{
    if (m_done)
        return Error::make(Error::Storage, u"store transaction already finished"_s);
    if (deferred == Deferred::Flush && hasDeferred()) {
        if (Status s = flushDeferred(); !s.ok())
            return s.error();
    }
    return m_conn.query(sql, params);
}

Status SqlTxn::run(const QString &sql, const QVariantList &params, Deferred deferred)
{
    if (Status s = usable(true); !s.ok())
        return s;
    return Status::of(query(sql, params, deferred));
}

Status SqlTxn::commit()
{
    if (Status s = usable(false); !s.ok())
        return s;
    if (Status s = flushDeferred(); !s.ok())
        return s;
    if (Status s = flushCounters(); !s.ok())
        return s;
    m_done = true;
    const Status s = m_conn.commit();  // on failure the connection has rolled back
    // The connection (and the writer slot) go back to the pool now, not when the object dies.
    if (auto release = std::exchange(m_release, nullptr))
        release();
    return s;
}

// ---- counters ----

Result<qint64> SqlTxn::counterValue(const QString &name)
{
    Counter &c = m_counters[name];
    if (c.value >= 0)
        return c.value;
    auto rows = query(u"SELECT value FROM counters WHERE name = ?1"_s, {name});
    if (!rows.ok())
        return rows.error();
    c.value = rows.value().isEmpty() ? 0 : rows.value().constFirst().at(0).toLongLong();
    return c.value;
}

Result<qint64> SqlTxn::nextValue(const QString &name)
{
    auto current = counterValue(name);
    if (!current.ok())
        return current.error();
    Counter &c = m_counters[name];
    c.value = current.value() + 1;
    c.dirty = true;
    return c.value;
}

Status SqlTxn::flushCounters()
{
    for (auto it = m_counters.cbegin(); it != m_counters.cend(); ++it) {
        if (!it.value().dirty)
            continue;
        if (Status s = run(u"UPDATE counters SET value = ?2 WHERE name = ?1"_s, {it.key(), it.value().value}); !s.ok())
            return s;
    }
    return {};
}

// ---- records ----

Result<QList<StoredRecord>> SqlTxn::records(const QString &where, const QVariantList &params, Versions versions)
{
    // Without versions the column is not even read: '' stands in its place.
    static const QString withoutVersions = QString(kRecordColumns).replace(u"field_versions"_s, u"''"_s);
    const bool read = versions == Versions::Read;
    auto rows = query(u"SELECT "_s + (read ? kRecordColumns : withoutVersions) + u" FROM records WHERE "_s + where, params);
    if (!rows.ok())
        return rows.error();
    QList<StoredRecord> out;
    out.reserve(rows.value().size());
    for (const SqlRow &r : rows.value())
        out.append(toRecord(r, read));
    return out;
}

Result<std::optional<StoredRecord>> SqlTxn::record(const QString &entity, const QString &id)
{
    if (Status s = usable(false); !s.ok())
        return s.error();
    const QString key = recordKey(entity, id);
    if (auto it = m_recordCache.find(key); it != m_recordCache.end()) {
        if (it->encoded) {
            it->record->fields = StoreCodec::decodeFields(it->fieldsJson);
            it->record->fieldVersions = StoreCodec::decodeVersions(it->versionsJson, &it->record->fieldWriters);
            it->encoded = false;
            it->fieldsJson.clear();
            it->versionsJson.clear();
        }
        return it->record;
    }
    auto found = records(u"entity = ?1 AND id = ?2"_s, {text(entity), text(id)});
    if (!found.ok())
        return found.error();
    std::optional<StoredRecord> r;
    if (!found.value().isEmpty())
        r = found.value().constFirst();
    m_recordCache.insert(key, CachedRecord{r, {}, {}, false});
    return r;
}

Result<qint64> SqlTxn::putRecord(StoredRecord &r)
{
    if (Status s = usable(true); !s.ok())
        return s.error();
    auto seq = nextValue(u"change"_s);
    if (!seq.ok())
        return seq.error();
    r.seq = seq.value();
    CachedRecord cached;
    cached.fieldsJson = StoreCodec::encodeFields(r.fields);
    cached.versionsJson = StoreCodec::encodeVersions(r.fieldVersions, r.fieldWriters);
    cached.encoded = true;
    const QString key = recordKey(r.entity, r.id);
    m_deferredRecords.insert(key, QVariantList{text(r.entity), text(r.id), text(r.bucket), r.version, r.seq, r.hlc, cached.fieldsJson,
                                   cached.versionsJson, text(r.echoDevice), r.createdAt, text(r.createdBy), r.updatedAt,
                                   text(r.updatedBy)});
    StoredRecord header = r;
    header.fields.clear();
    header.fieldVersions.clear();
    header.fieldWriters.clear();
    cached.record = std::move(header);
    m_recordCache.insert(key, std::move(cached));
    return r.seq;
}

const QString &SqlTxn::bucketList(const QStringList &buckets)
{
    // The list object of last time (shared, so unchanged) or an equal one: not encoded again.
    const bool known = !m_listedJson.isNull()
        && (buckets.constData() == m_listed.constData() ? buckets.size() == m_listed.size() : buckets == m_listed);
    if (!known)
        m_listedJson = StoreCodec::encodeList(buckets);
    m_listed = buckets;
    return m_listedJson;
}

Result<QList<StoredRecord>> SqlTxn::recordsSince(qint64 afterSeq, const QStringList &buckets, int limit,
                                                 const QString &exceptEchoOf)
{
    if (buckets.isEmpty())
        return QList<StoredRecord>{};
    const QString list = bucketList(buckets);
    // echo_device is '' for writes no device made: "<> ''" would drop them, so no filter then.
    // The device is the last parameter, numbered after those each query uses.
    const bool skipEcho = !exceptEchoOf.isEmpty();
    const auto withEcho = [&](QString where, QVariantList params) {
        if (skipEcho) {
            params.append(text(exceptEchoOf));
            where += u" AND echo_device <> ?%1"_s.arg(params.size());
        }
        return records(where + u" ORDER BY seq LIMIT ?3"_s, params, Versions::Skip);
    };
    if (buckets.size() < kWideScope)
        return withEcho(u"seq > ?1 AND "_s + m_conn.inList(u"bucket"_s, 2), {afterSeq, list, sqlLimit(limit)});
    return inSeqWindows<StoredRecord>(
        afterSeq, limit, buckets.size(),
        [this](qint64 after) -> Result<qint64> {
            auto rows = query(u"SELECT seq FROM records WHERE seq > ?1 ORDER BY seq LIMIT 1"_s, {after});
            if (!rows.ok())
                return rows.error();
            return rows.value().isEmpty() ? qint64(-1) : rows.value().constFirst().at(0).toLongLong();
        },
        [&](qint64 from, qint64 to, qint64 want, bool bySeq) {
            const QString inScope = bySeq ? m_conn.inListScanned(u"bucket"_s, 2) : m_conn.inList(u"bucket"_s, 2);
            return to < 0 ? withEcho(u"seq > ?1 AND "_s + inScope, {from, list, want})
                          : withEcho(u"seq > ?1 AND seq <= ?4 AND "_s + inScope, {from, list, want, to});
        });
}

Result<QList<StoredRecord>> SqlTxn::bucketRecords(const QString &bucket, qint64 upToSeq)
{
    return records(u"bucket = ?1 AND seq <= ?2 ORDER BY seq"_s, {text(bucket), upToSeq}, Versions::Skip);
}

Result<QList<StoredRecord>> SqlTxn::recordsOf(const QString &entity, int limit)
{
    return records(u"entity = ?1 ORDER BY seq LIMIT ?2"_s, {text(entity), sqlLimit(limit)});
}

Status SqlTxn::deleteBucket(const QString &bucket)
{
    m_recordCache.clear();
    m_factsCache.remove(bucket);
    m_linksCache.remove(bucket);
    const QVariantList p{text(bucket)};
    for (const QString &sql : {u"DELETE FROM field_history WHERE record_id IN (SELECT id FROM records WHERE bucket = ?1)"_s,
                               u"DELETE FROM records WHERE bucket = ?1"_s, u"DELETE FROM conflicts WHERE bucket = ?1"_s,
                               u"DELETE FROM case_links WHERE bucket = ?1"_s, u"DELETE FROM case_facts WHERE bucket = ?1"_s}) {
        if (Status s = run(sql, p); !s.ok())
            return s;
    }
    return {};
}

Result<qint64> SqlTxn::highWater()
{
    return counterValue(u"change"_s);
}

Result<qint64> SqlTxn::countSince(qint64 afterSeq, const QStringList &buckets)
{
    if (buckets.isEmpty())
        return qint64(0);
    auto rows = query(u"SELECT count(*) FROM records WHERE seq > ?1 AND "_s + m_conn.inList(u"bucket"_s, 2),
                      {afterSeq, bucketList(buckets)});
    if (!rows.ok())
        return rows.error();
    return rows.value().constFirst().at(0).toLongLong();
}

Result<QSet<QString>> SqlTxn::bucketsChangedUpTo(const QStringList &buckets, qint64 upToSeq)
{
    QSet<QString> found;
    if (buckets.isEmpty())
        return found;
    // Index ranges (bucket, seq) of both tables; no row is read.
    auto rows = query(u"SELECT DISTINCT bucket FROM records WHERE seq <= ?1 AND "_s + m_conn.inList(u"bucket"_s, 2)
                          + u" UNION SELECT DISTINCT bucket FROM conflicts WHERE seq <= ?1 AND "_s
                          + m_conn.inList(u"bucket"_s, 2),
                      {upToSeq, bucketList(buckets)});
    if (!rows.ok())
        return rows.error();
    for (const SqlRow &r : rows.value())
        found.insert(r.at(0).toString());
    return found;
}

Status SqlTxn::putHistory(const QString &entity, const QString &recordId, const QString &field,
                          const QVariant &oldValue, qint64 version, qint64 at, const QString &by)
{
    return run(u"INSERT INTO field_history(entity, record_id, field, old_value, version, at, by_user) "
               u"VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"_s,
               {text(entity), text(recordId), text(field), StoreCodec::encodeValue(oldValue), version, at, text(by)});
}

Result<qint64> SqlTxn::historyCount(const QString &recordId)
{
    auto rows = query(u"SELECT count(*) FROM field_history WHERE record_id = ?1"_s, {text(recordId)});
    if (!rows.ok())
        return rows.error();
    return rows.value().constFirst().at(0).toLongLong();
}

// ---- conflicts ----

Result<QList<ConflictRow>> SqlTxn::conflicts(const QString &where, const QVariantList &params)
{
    auto rows = query(u"SELECT "_s + kConflictColumns + u" FROM conflicts WHERE "_s + where, params);
    if (!rows.ok())
        return rows.error();
    QList<ConflictRow> out;
    for (const SqlRow &r : rows.value())
        out.append(toConflict(r));
    return out;
}

Result<qint64> SqlTxn::putConflict(ConflictRow &c)
{
    if (Status s = usable(true); !s.ok())
        return s.error();
    auto seq = nextValue(u"change"_s);
    if (!seq.ok())
        return seq.error();
    const Status s = run(u"INSERT INTO conflicts("_s + kConflictColumns
                             + u") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13) "
                               u"ON CONFLICT (id) DO UPDATE SET bucket = excluded.bucket, entity = excluded.entity, "
                               u"record_id = excluded.record_id, field = excluded.field, "
                               u"server_value = excluded.server_value, device_value = excluded.device_value, "
                               u"device_id = excluded.device_id, user_id = excluded.user_id, at = excluded.at, "
                               u"resolved = excluded.resolved, resolved_by = excluded.resolved_by, seq = excluded.seq"_s,
                         {text(c.id), text(c.bucket), text(c.entity), text(c.recordId), text(c.field),
                          StoreCodec::encodeValue(c.serverValue), StoreCodec::encodeValue(c.deviceValue),
                          text(c.deviceId), text(c.userId), c.at, qint64(c.resolved ? 1 : 0), text(c.resolvedBy),
                          seq.value()});
    if (!s.ok())
        return s.error();
    c.seq = seq.value();
    return seq.value();
}

Result<std::optional<ConflictRow>> SqlTxn::conflict(const QString &id)
{
    auto found = conflicts(u"id = ?1"_s, {text(id)});
    if (!found.ok())
        return found.error();
    if (found.value().isEmpty())
        return std::optional<ConflictRow>{};
    return std::optional<ConflictRow>{found.value().constFirst()};
}

Result<QList<ConflictRow>> SqlTxn::conflictsSince(qint64 afterSeq, const QStringList &buckets, int limit)
{
    if (buckets.isEmpty())
        return QList<ConflictRow>{};
    auto first = [this](qint64 after) -> Result<qint64> {
        auto rows = query(u"SELECT seq FROM conflicts WHERE seq > ?1 ORDER BY seq LIMIT 1"_s, {after});
        if (!rows.ok())
            return rows.error();
        return rows.value().isEmpty() ? qint64(-1) : rows.value().constFirst().at(0).toLongLong();
    };
    if (buckets.size() < kWideScope) {
        // Conflicts are rare: one index probe usually answers "none", without the bucket list
        // (a pull asks once per page and once per backfilled case).
        auto start = first(afterSeq);
        if (!start.ok())
            return start.error();
        if (start.value() < 0)
            return QList<ConflictRow>{};
        return conflicts(u"seq > ?1 AND "_s + m_conn.inList(u"bucket"_s, 2) + u" ORDER BY seq LIMIT ?3"_s,
                         {afterSeq, bucketList(buckets), sqlLimit(limit)});
    }
    return inSeqWindows<ConflictRow>(
        afterSeq, limit, buckets.size(), first,
        [&](qint64 from, qint64 to, qint64 want, bool bySeq) {
            const QString inScope = bySeq ? m_conn.inListScanned(u"bucket"_s, 2) : m_conn.inList(u"bucket"_s, 2);
            const QString list = bucketList(buckets);  // only once a conflict is in reach
            return to < 0 ? conflicts(u"seq > ?1 AND "_s + inScope + u" ORDER BY seq LIMIT ?3"_s, {from, list, want})
                          : conflicts(u"seq > ?1 AND seq <= ?4 AND "_s + inScope + u" ORDER BY seq LIMIT ?3"_s,
                                      {from, list, want, to});
        });
}

// ---- idempotency ----

Result<std::optional<QByteArray>> SqlTxn::receipt(const QString &deviceId, qint64 deviceSeq)
{
    if (Status s = usable(false); !s.ok())
        return s.error();
    const QString key = receiptKey(deviceId, deviceSeq);
    if (auto it = m_receiptCache.constFind(key); it != m_receiptCache.cend())
        return *it;
    auto rows = query(u"SELECT result FROM receipts WHERE device_id = ?1 AND device_seq = ?2"_s, {text(deviceId), deviceSeq});
    if (!rows.ok())
        return rows.error();
    std::optional<QByteArray> found;
    if (!rows.value().isEmpty())
        found = rows.value().constFirst().at(0).toByteArray();
    m_receiptCache.insert(key, found);
    return found;
}

Status SqlTxn::putReceipt(const QString &deviceId, qint64 deviceSeq, const QByteArray &result)
{
    if (Status s = usable(true); !s.ok())
        return s;
    // The first result stands: a replay must answer exactly what the original answered.
    const QString key = receiptKey(deviceId, deviceSeq);
    auto known = m_receiptCache.constFind(key);
    if (known != m_receiptCache.cend() && known->has_value())
        return {};
    const QByteArray stored = result.isNull() ? QByteArray("") : result;
    if (known != m_receiptCache.cend())
        m_receiptCache.insert(key, stored);  // known absent: now this one
    m_deferredReceipts.append(QVariantList{text(deviceId), deviceSeq, stored});
    return {};
}

Result<qint64> SqlTxn::lastDeviceSeq(const QString &deviceId)
{
    auto rows = query(u"SELECT coalesce(max(device_seq), 0) FROM receipts WHERE device_id = ?1"_s, {text(deviceId)});
    if (!rows.ok())
        return rows.error();
    return rows.value().constFirst().at(0).toLongLong();
}

} // namespace Qadam::Server
