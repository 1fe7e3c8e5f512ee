// SqlTxn, third part: the read-ahead and the deferred inserts of a push batch (see sqltxn.h).
#include "sqltxn.h"

#include "sqltxn_p.h"
#include "storecodec.h"

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace Qadam::Server {

using namespace SqlTxnDetail;

namespace {

/** Items per read-ahead query (a JSON array parameter). */
constexpr qsizetype kPrefetchChunk = 500;
/** Rows per multi-row insert, largest first: a few statement shapes, so each is prepared once. */
constexpr int kInsertChunks[] = {256, 64, 16, 4, 1};

const QString kRecordUpsert = u" ON CONFLICT (entity, id) DO UPDATE SET bucket = excluded.bucket, "
                              u"version = excluded.version, seq = excluded.seq, hlc = excluded.hlc, "
                              u"fields = excluded.fields, field_versions = excluded.field_versions, "
                              u"echo_device = excluded.echo_device, created_at = excluded.created_at, "
                              u"created_by = excluded.created_by, updated_at = excluded.updated_at, "
                              u"updated_by = excluded.updated_by"_s;
const QString kReceiptColumns = u"device_id, device_seq, result"_s;
// The first result stands: a replay must answer exactly what the original answered.
const QString kReceiptKeep = u" ON CONFLICT (device_id, device_seq) DO NOTHING"_s;

template<typename Each>
Status inChunks(const QStringList &items, Each each)
{
    for (qsizetype at = 0; at < items.size(); at += kPrefetchChunk) {
        const QStringList chunk = items.mid(at, kPrefetchChunk);
        if (Status s = each(StoreCodec::encodeList(chunk), chunk); !s.ok())
            return s;
    }
    return {};
}

/** `keys` the cache holds nothing for yet, each once. */
template<typename Cache>
QStringList notCached(const Cache &cache, const QStringList &keys)
{
    QStringList wanted;
    for (const QString &k : keys) {
        if (!cache.contains(k))
            wanted << k;
    }
    wanted.removeDuplicates();
    return wanted;
}

/** The order linksOfBucket asks SQL for (no decision depends on it: it keeps the two paths alike). */
bool linkOrder(const CaseLink &a, const CaseLink &b)
{
    return std::tie(a.recordId, a.kind, a.userId, a.organisationId) < std::tie(b.recordId, b.kind, b.userId, b.organisationId);
}

} // namespace

Status SqlTxn::insertRows(const QString &table, const QString &columns, const QString &tail,
                          const QList<QVariantList> &rows)
{
    const int width = int(columns.count(u',')) + 1;
    qsizetype at = 0;
    while (at < rows.size()) {
        const qsizetype left = rows.size() - at;
        const int n = *std::find_if(std::begin(kInsertChunks), std::end(kInsertChunks), [left](int c) { return c <= left; });
        QString sql = u"INSERT INTO "_s + table + u"("_s + columns + u") VALUES "_s;
        QVariantList params;
        params.reserve(n * width);
        for (int row = 0; row < n; ++row) {
            sql += row ? u",("_s : u"("_s;
            for (int col = 0; col < width; ++col)
                sql += (col ? u",?"_s : u"?"_s) + QString::number(row * width + col + 1);
            sql += u')';
            params += rows.at(at + row);
        }
        if (auto r = m_conn.query(sql + tail, params); !r.ok())
            return r.error();
        at += n;
    }
    return {};
}

Status SqlTxn::flushDeferred()
{
    // Taken out first: insertRows goes to the connection directly, never back through query().
    const QList<QVariantList> records = m_deferredRecords.values();
    const QList<QVariantList> audit = std::exchange(m_deferredAudit, {});
    const QList<QVariantList> receipts = std::exchange(m_deferredReceipts, {});
    m_deferredRecords.clear();
    if (Status s = insertRows(u"records"_s, kRecordColumns, kRecordUpsert, records); !s.ok())
        return s;
    if (Status s = insertRows(u"audit_event"_s, kAuditColumns, {}, audit); !s.ok())
        return s;
    return insertRows(u"receipts"_s, kReceiptColumns, kReceiptKeep, receipts);
}

Status SqlTxn::prefetchReceipts(const QString &deviceId, const QList<qint64> &deviceSeqs)
{
    if (deviceSeqs.isEmpty())
        return {};
    // A batch's sequences are consecutive as a rule: one range read covers them.
    const auto [low, high] = std::minmax_element(deviceSeqs.cbegin(), deviceSeqs.cend());
    auto rows = query(u"SELECT device_seq, result FROM receipts WHERE device_id = ?1 AND device_seq >= ?2 "
                      u"AND device_seq <= ?3"_s,
                      {text(deviceId), *low, *high});
    if (!rows.ok())
        return rows.error();
    for (qint64 seq : deviceSeqs)
        m_receiptCache.insert(receiptKey(deviceId, seq), std::nullopt);
    for (const SqlRow &r : rows.value())
        m_receiptCache.insert(receiptKey(deviceId, r.at(0).toLongLong()), r.at(1).toByteArray());
    return {};
}

Status SqlTxn::prefetchRecords(const QList<QPair<QString, QString>> &entityIds, QStringList *buckets)
{
    QStringList ids;
    for (const auto &[entity, id] : entityIds) {
        if (!m_recordCache.contains(recordKey(entity, id)))
            ids << id;
    }
    ids.removeDuplicates();
    if (Status s = inChunks(ids, [&](const QString &list, const QStringList &) -> Status {
            auto found = records(m_conn.inList(u"id"_s, 1), {list});
            if (!found.ok())
                return found.error();
            for (const StoredRecord &r : found.value()) {
                if (buckets)
                    *buckets << r.bucket;
                m_recordCache.insert(recordKey(r.entity, r.id), CachedRecord{r, {}, {}, false});
            }
            return {};
        });
        !s.ok())
        return s;
    for (const auto &[entity, id] : entityIds) {
        const QString key = recordKey(entity, id);
        if (!m_recordCache.contains(key))
            m_recordCache.insert(key, CachedRecord{});  // known absent
    }
    return {};
}

Status SqlTxn::prefetchFacts(const QStringList &buckets)
{
    return inChunks(notCached(m_factsCache, buckets), [&](const QString &list, const QStringList &chunk) -> Status {
        auto facts = query(u"SELECT bucket, territory, case_officer_id FROM case_facts WHERE "_s
                               + m_conn.inList(u"bucket"_s, 1),
                           {list}, Deferred::Unrelated);
        if (!facts.ok())
            return facts.error();
        for (const QString &b : chunk)
            m_factsCache.insert(b, std::nullopt);
        for (const SqlRow &r : facts.value())
            m_factsCache.insert(r.at(0).toString(), CaseFacts{r.at(0).toString(), r.at(1).toString(), r.at(2).toString()});
        return {};
    });
}

Status SqlTxn::prefetchLinks(const QStringList &buckets)
{
    return inChunks(notCached(m_linksCache, buckets), [&](const QString &list, const QStringList &chunk) -> Status {
        // Unordered: sorting a few links per bucket here is cheaper than sorting them all in SQL.
        auto found = links(m_conn.inList(u"bucket"_s, 1), {list});
        if (!found.ok())
            return found.error();
        for (const QString &b : chunk)
            m_linksCache.insert(b, {});
        for (const CaseLink &l : found.value())
            m_linksCache[l.bucket].append(l);
        for (const QString &b : chunk) {
            QList<CaseLink> &of = m_linksCache[b];
            std::sort(of.begin(), of.end(), linkOrder);
        }
        return {};
    });
}

} // namespace Qadam::Server
