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
    for (const RemoteRecord &record : page.records) {
        if (Status s = applyRecord(record); !s.ok())
            return s;
    }
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

Status Replica::applyRecord(const RemoteRecord &remote)
{
    const EntitySpec *spec = m_schema.entity(remote.entity);
    if (!spec) {
        qCDebug(lcCore) << "sync: skipped a record of an entity this build does not know";
        return {};
    }
    if (Status s = noteBucket(remote.bucket); !s.ok())
        return s;
    if (Status s = observeHlc(remote.hlc); !s.ok())
        return s;
    auto local = RecordStore(m_db).get(*spec, remote.id);
    if (!local.ok() && local.code() != Error::NotFound)
        return local.error();
    if (!local.ok())
        return writeMerged(*spec, Record{}, remote, {});
    auto pending = Outbox::outstandingForRecord(m_db, spec->name, remote.id);
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
    r.fields.clear();
    QStringList names;
    for (const FieldSpec &f : spec.fields) {
        names << f.name;
        const QVariant v = keepLocal.contains(f.name) ? local.fields.value(f.name) : remote.fields.value(f.name);
        if (!v.isNull())
            r.fields.insert(f.name, v);
    }
    RecordStore store(m_db);
    if (exists && spec.appendOnly) {  // append-only tables refuse UPDATE; a new server state replaces the row
        auto del = m_db.prepare(u"DELETE FROM %1 WHERE id = ?1"_s.arg(spec.table));
        if (!del.ok())
            return del.error();
        if (Status s = del.value().bind(1, r.id).run(); !s.ok())
            return s;
    }
    const Status written = exists && !spec.appendOnly ? store.update(spec, r, names) : store.insert(spec, r);
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
    if (bucket.isEmpty())
        return {};
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
    Transaction tx(m_db);
    if (!tx.began())
        return tx.beginStatus();
    for (const RemoteOpResult &result : results) {
        if (Status s = applyResult(result); !s.ok())
            return s;
    }
    return tx.commit();
}

Status Replica::applyResult(const RemoteOpResult &result)
{
    auto found = Outbox::get(m_db, result.deviceSeq, false);  // a result needs the op's header only
    if (!found.ok())
        return found.code() == Error::NotFound ? Status{} : Status{found.error()};  // settled by an earlier reply
    const OutboxOp &op = found.value();
    if (op.state == u"rejected")
        return {};
    const bool refused = result.outcome == OpOutcome::Rejected || result.outcome == OpOutcome::StaleCommand;
    const QString reason = !result.reason.isEmpty()                        ? result.reason
                         : result.outcome == OpOutcome::StaleCommand ? u"stale_command"_s
                                                                            : u"rejected"_s;
    const Status marked = refused ? Outbox::reject(m_db, op.deviceSeq, reason, result.field)
                                  : Outbox::acknowledge(m_db, op.deviceSeq);
    if (!marked.ok())
        return marked;
    const EntitySpec *spec = m_schema.entity(op.entity);
    if (!spec || spec->appendOnly)
        return {};
    auto others = Outbox::outstandingForRecord(m_db, op.entity, op.recordId);
    if (!others.ok())
        return others.error();
    if (!others.value().isEmpty())
        return {};
    // Only the local version matters here: read that column, not the whole record.
    auto local = m_db.scalar(u"SELECT version FROM %1 WHERE id = ?1"_s.arg(spec->table), {op.recordId});
    if (!local.ok())
        return local.error();
    if (local.value().isNull())
        return {};  // gone locally (purged or discarded)
    const qint64 produced = op.kind == u"restore" ? op.baseVersion : op.baseVersion + 1;
    if (local.value().toLongLong() != produced)
        return {};
    if (result.outcome == OpOutcome::Applied)
        return result.version > 0 ? setVersion(*spec, op.recordId, result.version) : Status{};
    // Merged, conflicting or refused: the server's state must replace ours when it arrives.
    return setVersion(*spec, op.recordId, op.serverBase);
}

Status Replica::setVersion(const EntitySpec &spec, const QString &id, qint64 version)
{
    auto stmt = m_db.cached(u"UPDATE %1 SET version = ?2 WHERE id = ?1"_s.arg(spec.table));
    if (!stmt.ok())
        return stmt.error();
    stmt.value().bind(1, id).bind(2, version);
    return stmt.value().run();
}

Result<qint64> Replica::pendingCount()
{
    return Outbox::outstanding(m_db);
}

} // namespace Qadam
