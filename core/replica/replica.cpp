#include "replica.h"

#include "search/nameindex.h"
#include "store/database.h"
#include "store/meta.h"
#include "store/recordstore.h"
#include "util/clock.h"
#include "util/logging.h"

using namespace Qt::StringLiterals;

namespace Qadam {

Replica::Replica(Database &db, const Clock &clock, const Schema &schema)
    : m_db(db), m_clock(clock), m_schema(schema), m_state(db)
{
}

Status Replica::applyPage(const RemotePage &page)
{
    Transaction tx(m_db);
    if (!tx.began())
        return tx.beginStatus();
    // Per page, not per record: the buckets it names, the newest clock it carries, and whether
    // anything is queued at all (nothing is, on a first sync: no record then needs a merge).
    auto queued = Outbox::outstanding(m_db);
    if (!queued.ok())
        return queued.error();
    QSet<QString> buckets;
    qint64 newest = 0;
    for (const RemoteRecord &record : page.records) {
        if (Status s = applyRecord(record, queued.value() > 0); !s.ok())
            return s;
        if (!record.bucket.isEmpty() && !buckets.contains(record.bucket)) {
            buckets.insert(record.bucket);
            if (Status s = noteBucket(record.bucket); !s.ok())
                return s;
        }
        newest = std::max(newest, record.hlc);
    }
    if (Status s = observeHlc(newest); !s.ok())
        return s;
    for (const RemoteConflict &conflict : page.conflicts) {
        if (Status s = storeConflict(conflict); !s.ok())
            return s;
    }
    if (!page.cursor.isEmpty()) {
        if (Status s = m_state.setCursor(page.cursor); !s.ok())
            return s;
    }
    if (Status s = m_state.setValue(u"remaining"_s, QString::number(page.remaining)); !s.ok())
        return s;
    return tx.commit();
}

Status Replica::applyRecord(const RemoteRecord &remote, bool anythingQueued)
{
    const EntitySpec *spec = m_schema.entity(remote.entity);
    if (!spec) {
        qCDebug(lcCore) << "sync: skipped a record of an entity this build does not know";
        return {};
    }
    auto local = RecordStore(m_db).get(*spec, remote.id);
    if (!local.ok() && local.code() != Error::NotFound)
        return local.error();
    if (!local.ok())
        return writeMerged(*spec, Record{}, remote, {});
    auto pending = anythingQueued ? Outbox::outstandingForRecord(m_db, spec->name, remote.id)
                                  : Result<QList<OutboxOp>>(QList<OutboxOp>{});
    if (!pending.ok())
        return pending.error();
    if (pending.value().isEmpty()) {
        if (remote.version <= local.value().version)
            return {};
        return writeMerged(*spec, local.value(), remote, {});
    }
    qint64 base = pending.value().constFirst().serverBase;
    QStringList touched;
    for (const OutboxOp &op : pending.value()) {
        base = std::min(base, op.serverBase);
        touched << op.fields.keys();
    }
    if (remote.version <= base)
        return {};
    touched.removeDuplicates();
    return writeMerged(*spec, local.value(), remote, touched);
}

Status Replica::writeMerged(const EntitySpec &spec, const Record &local, const RemoteRecord &remote,
                            const QStringList &keepLocal)
{
    const bool exists = !local.id.isEmpty();
    Record r = local;
    r.entity = spec.name;
    r.id = remote.id;
    r.version = keepLocal.isEmpty() ? remote.version : std::max(local.version, remote.version);
    r.hlc = remote.hlc;
    r.updatedAt = remote.updatedAt;
    r.updatedBy = remote.updatedBy;
    if (!exists || spec.appendOnly) {
        r.createdAt = remote.createdAt;
        r.createdBy = remote.createdBy;
    }
    // The statements below read the spec's fields only, and a field left out is written as null:
    // without fields to keep, the remote map serves as it is (shared, not copied).
    if (keepLocal.isEmpty()) {
        r.fields = remote.fields;
    } else {
        r.fields.clear();
        for (const FieldSpec &f : spec.fields) {
            const QVariant v = keepLocal.contains(f.name) ? local.fields.value(f.name) : remote.fields.value(f.name);
            if (!v.isNull())
                r.fields.insert(f.name, v);
        }
    }
    RecordStore store(m_db);
    if (exists && spec.appendOnly) {  // append-only tables refuse UPDATE; a new server state replaces the row
        auto del = m_db.prepare(u"DELETE FROM %1 WHERE id = ?1"_s.arg(spec.table));
        if (!del.ok())
            return del.error();
        if (Status s = del.value().bind(1, r.id).run(); !s.ok())
            return s;
    }
    Status written;
    if (exists && !spec.appendOnly) {
        QStringList names;
        names.reserve(spec.fields.size());
        for (const FieldSpec &f : spec.fields)
            names << f.name;
        written = store.update(spec, r, names);
    } else {
        written = store.insert(spec, r);
    }
    if (!written.ok())
        return written;
    if (spec.name == u"Person")
        return NameIndex::reindex(m_db, r.id, r.fields);
    return {};
}

Status Replica::storeConflict(const RemoteConflict &c)
{
    auto stmt = m_db.cached(u"INSERT INTO sync_conflict(id, bucket, entity, record_id, field, server_value, device_value, "
                             u"device_id, user_id, at, resolved, seq) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) "
                             u"ON CONFLICT(id) DO UPDATE SET server_value = excluded.server_value, "
                             u"device_value = excluded.device_value, resolved = excluded.resolved, seq = excluded.seq"_s);
    if (!stmt.ok())
        return stmt.error();
    Statement &s = stmt.value();
    s.bind(1, c.id).bind(2, c.bucket.isEmpty() ? QVariant() : QVariant(c.bucket)).bind(3, c.entity);
    s.bind(4, c.recordId).bind(5, c.field).bind(6, c.serverValue).bind(7, c.deviceValue).bind(8, c.deviceId);
    s.bind(9, c.userId).bind(10, c.at).bind(11, qint64(c.resolved ? 1 : 0)).bind(12, c.seq);
    return s.run();
}

Status Replica::noteBucket(const QString &bucket)
{
    auto stmt = m_db.cached(u"INSERT OR IGNORE INTO sync_bucket(bucket, known_since) VALUES (?1, ?2)"_s);
    if (!stmt.ok())
        return stmt.error();
    stmt.value().bind(1, bucket).bind(2, m_clock.nowMs());
    return stmt.value().run();
}

/** Keeps the device's hybrid logical clock ahead of every state it received. */
Status Replica::observeHlc(qint64 hlc)
{
    auto last = Meta::get(m_db, u"hlc_last"_s, u"0"_s);
    if (!last.ok())
        return last.error();
    if (hlc <= last.value().toLongLong())
        return {};
    return Meta::set(m_db, u"hlc_last"_s, QString::number(hlc));
}

Status Replica::applyResults(const QList<RemoteOpResult> &results)
{
    // A push reply settles a whole batch: its statements are per batch, not per op (the queue's
    // headers in one read, the acknowledged ops in one delete), except for the rare refusals.
    Transaction tx(m_db);
    if (!tx.began())
        return tx.beginStatus();
    QList<qint64> seqs;
    seqs.reserve(results.size());
    for (const RemoteOpResult &result : results)
        seqs << result.deviceSeq;
    auto headers = Outbox::headers(m_db, seqs);
    if (!headers.ok())
        return headers.error();
    QList<qint64> acknowledged;
    QList<std::pair<const RemoteOpResult *, const OutboxOp *>> settled;  // in reply order
    QSet<qint64> seen;
    for (const RemoteOpResult &result : results) {
        const auto it = headers.value().constFind(result.deviceSeq);
        // Absent: settled by an earlier reply. Rejected: it waits in "needs attention".
        if (it == headers.value().cend() || it->state == u"rejected" || seen.contains(result.deviceSeq))
            continue;
        seen.insert(result.deviceSeq);
        if (result.outcome == OpOutcome::Rejected || result.outcome == OpOutcome::StaleCommand) {
            const QString reason = !result.reason.isEmpty()                        ? result.reason
                                 : result.outcome == OpOutcome::StaleCommand ? u"stale_command"_s
                                                                                    : u"rejected"_s;
            if (Status s = Outbox::reject(m_db, it->deviceSeq, reason, result.field); !s.ok())
                return s;
        } else {
            acknowledged << it->deviceSeq;
        }
        settled.append({&result, &it.value()});
    }
    if (Status s = Outbox::acknowledge(m_db, acknowledged); !s.ok())
        return s;
    // A record's version follows the server only from its last op here, and only when nothing
    // else of it is still queued: a later local change keeps its own version until it is settled.
    QHash<QString, qsizetype> last;
    QStringList recordIds;
    for (qsizetype i = 0; i < settled.size(); ++i) {
        const OutboxOp &op = *settled.at(i).second;
        const EntitySpec *spec = m_schema.entity(op.entity);
        if (!spec || spec->appendOnly)
            continue;
        if (!last.contains(op.recordId))
            recordIds << op.recordId;
        last.insert(op.recordId, i);
    }
    auto queued = Outbox::withOutstanding(m_db, recordIds);
    if (!queued.ok())
        return queued.error();
    for (const QString &id : std::as_const(recordIds)) {
        if (queued.value().contains(id))
            continue;
        const auto &[result, op] = settled.at(last.value(id));
        if (Status s = settleVersion(*result, *op); !s.ok())
            return s;
    }
    return tx.commit();
}

Status Replica::settleVersion(const RemoteOpResult &result, const OutboxOp &op)
{
    const EntitySpec &spec = *m_schema.entity(op.entity);
    // The local row still holds what this op produced (not gone, not changed since): then it
    // takes the server's version: the new one when applied; otherwise (merged, conflicting or
    // refused) the one the op was based on, so the server's state replaces ours when it arrives.
    if (result.outcome == OpOutcome::Applied && result.version <= 0)
        return {};
    const qint64 produced = op.kind == u"restore" ? op.baseVersion : op.baseVersion + 1;
    const qint64 version = result.outcome == OpOutcome::Applied ? result.version : op.serverBase;
    auto stmt = m_db.cached(u"UPDATE %1 SET version = ?2 WHERE id = ?1 AND version = ?3"_s.arg(spec.table));
    if (!stmt.ok())
        return stmt.error();
    stmt.value().bind(1, op.recordId).bind(2, version).bind(3, produced);
    return stmt.value().run();
}

Result<qint64> Replica::pendingCount()
{
    return Outbox::outstanding(m_db);
}

} // namespace Qadam
