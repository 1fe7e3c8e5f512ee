// WriteService: what a person does with a change the server refused — discard it (its local
// effect taken back) or send it again after editing it.
#include "writeservice.h"

#include "outbox.h"
#include "search/nameindex.h"
#include "store/database.h"
#include "store/recordstore.h"

using namespace Qt::StringLiterals;

namespace Qadam {

namespace {

/** The refused op `deviceSeq`; Error::NotFound unless it exists and is rejected. */
Result<OutboxOp> rejectedOp(Database &db, qint64 deviceSeq)
{
    auto op = Outbox::get(db, deviceSeq);
    if (!op.ok())
        return op.error();
    if (op.value().state != u"rejected")
        return Error::make(Error::NotFound, u"op %1 is not a refused change"_s.arg(deviceSeq));
    return op;
}

/** Equal in storage form (the op's fields went through JSON, the record's through SQLite). */
bool sameStored(const FieldSpec &f, const QVariant &a, const QVariant &b)
{
    const QVariant x = Schema::toStorage(f, a);
    const QVariant y = Schema::toStorage(f, b);
    return x.isNull() == y.isNull() && x.toString() == y.toString();
}

/** The value `field` had at `version`, before a local edit replaced it (field_history). */
Result<std::optional<QVariant>> valueBefore(Database &db, const QString &entity, const QString &recordId,
                                           const QString &field, qint64 version)
{
    auto stmt = db.prepare(u"SELECT old_value FROM field_history WHERE entity = ?1 AND record_id = ?2 AND field = ?3 "
                           u"AND version = ?4 ORDER BY seq DESC LIMIT 1"_s);
    if (!stmt.ok())
        return stmt.error();
    stmt.value().bind(1, entity).bind(2, recordId).bind(3, field).bind(4, version);
    auto row = stmt.value().step();
    if (!row.ok())
        return row.error();
    if (!row.value())
        return std::optional<QVariant>();
    return std::optional<QVariant>(stmt.value().value(0));
}

} // namespace

Status WriteService::discardRejected(qint64 deviceSeq)
{
    Transaction tx(m_db);
    if (!tx.began())
        return tx.beginStatus();
    auto op = rejectedOp(m_db, deviceSeq);
    if (!op.ok())
        return op.error();
    if (Status s = loadState(); !s.ok())
        return s;
    const OutboxOp &refused = op.value();
    // A refused restore only re-sent what the device holds: there is nothing to take back.
    if (const EntitySpec *spec = m_schema.entity(refused.entity); spec && refused.kind != u"restore") {
        const Status undone = refused.kind == u"create" ? removeRejectedCreate(*spec, refused)
                                                        : revertRejected(*spec, refused);
        if (!undone.ok())
            return undone;
    }
    if (Status s = Outbox::dropRejected(m_db, deviceSeq); !s.ok())
        return s;
    if (Status s = appendAudit(u"discard_rejected"_s, refused.entity, refused.recordId, refused.bucket); !s.ok())
        return s;
    return tx.commit();
}

/** A refused patch or command: the fields that still show the refused value and that no later
 *  local op touches get back the value they had on the op's base version. The version stays. */
Status WriteService::revertRejected(const EntitySpec &spec, const OutboxOp &op)
{
    if (spec.appendOnly)
        return {};
    auto current = RecordStore(m_db).get(spec, op.recordId);
    if (!current.ok())
        return current.code() == Error::NotFound ? Status{} : Status{current.error()};  // purged meanwhile
    auto ops = Outbox::forRecord(m_db, spec.name, op.recordId);
    if (!ops.ok())
        return ops.error();
    QStringList later;  // fields a later local change owns: it builds on them, they stay
    for (const OutboxOp &other : ops.value())
        if (other.deviceSeq > op.deviceSeq)
            later << other.fields.keys();
    Record record = current.value();
    QStringList reverted;
    for (auto it = op.fields.cbegin(); it != op.fields.cend(); ++it) {
        const FieldSpec *f = spec.field(it.key());
        if (!f || later.contains(it.key()) || !sameStored(*f, record.fields.value(it.key()), it.value()))
            continue;  // a command argument, or the server's state or a later edit replaced it
        auto before = valueBefore(m_db, spec.name, op.recordId, it.key(), op.baseVersion);
        if (!before.ok())
            return before.error();
        if (!before.value())
            continue;
        const QVariant old = Schema::toStorage(*f, *before.value());
        old.isNull() ? (void)record.fields.remove(it.key()) : (void)record.fields.insert(it.key(), old);
        reverted << it.key();
    }
    if (reverted.isEmpty())
        return {};
    if (Status s = RecordStore(m_db).update(spec, record, reverted); !s.ok())
        return s;
    return afterWrite(spec, record);
}

/** A refused create: the record never reached the server, so it leaves the device — unless a later
 *  local change builds on it (an op of that record, of the case it opens, or naming it): those are
 *  settled or discarded first. */
Status WriteService::removeRejectedCreate(const EntitySpec &spec, const OutboxOp &op)
{
    auto ops = op.bucket.isEmpty()
                 ? Outbox::forRecord(m_db, spec.name, op.recordId)
                 : Outbox::listByBucket(m_db, op.bucket, {u"pending"_s, u"sent"_s, u"rejected"_s});
    if (!ops.ok())
        return ops.error();
    const bool opensCase = spec.personField == u"id";
    for (const OutboxOp &other : ops.value()) {
        if (other.deviceSeq == op.deviceSeq)
            continue;
        if (opensCase || other.recordId == op.recordId || other.fields.values().contains(op.recordId))
            return Error::make(Error::Conflict, u"later changes on this device build on the refused record"_s);
    }
    auto history = m_db.prepare(u"DELETE FROM field_history WHERE entity = ?1 AND record_id = ?2"_s);
    if (!history.ok())
        return history.error();
    if (Status s = history.value().bind(1, spec.name).bind(2, op.recordId).run(); !s.ok())
        return s;
    auto row = m_db.prepare(u"DELETE FROM %1 WHERE id = ?1"_s.arg(spec.table));
    if (!row.ok())
        return row.error();
    if (Status s = row.value().bind(1, op.recordId).run(); !s.ok())
        return s;
    return opensCase ? NameIndex::reindex(m_db, op.recordId, {}) : Status{};
}

Status WriteService::retryRejected(qint64 deviceSeq, const QVariantMap &edits)
{
    Transaction tx(m_db);
    if (!tx.began())
        return tx.beginStatus();
    auto op = rejectedOp(m_db, deviceSeq);
    if (!op.ok())
        return op.error();
    const OutboxOp &refused = op.value();
    if (refused.kind != u"patch")
        return Error::make(Error::Invalid, u"only a refused edit is sent again; discard a refused %1 and make it again"_s
                                               .arg(refused.kind), u"kind"_s);
    for (auto it = edits.cbegin(); it != edits.cend(); ++it) {
        if (!refused.fields.contains(it.key()))
            return Error::make(Error::Invalid, u"%1: not part of the refused change"_s.arg(it.key()), it.key());
    }
    QVariantMap changes = refused.fields;
    changes.insert(edits);
    auto current = get(refused.entity, refused.recordId);
    if (!current.ok())
        return current.error();
    if (Status s = patch(refused.entity, refused.recordId, current.value().version, changes, true,
                         u"retry_rejected"_s);
        !s.ok())
        return s;
    if (Status s = Outbox::dropRejected(m_db, deviceSeq); !s.ok())
        return s;
    return tx.commit();
}

} // namespace Qadam
