#include "outbox.h"

#include "domain/schema.h"
#include "store/database.h"
#include "store/meta.h"
#include "store/textset.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Qadam {

namespace {

const QString kColumns = u"device_seq, op_id, device_id, entity, record_id, kind, command, base_version, fields, hlc, "
                         u"occurred_at, schema_version, created_at, state, bucket, result_code, result_field, resolves_conflict, "
                         u"server_base"_s;

/** kColumns without the op's fields (read as NULL): for callers that need only the header. */
const QString kHeaderColumns = QString(kColumns).replace(u" fields,"_s, u" NULL,"_s);

/** The person (bucket) of the record an op changes, read from the row written in this transaction. */
Result<QString> bucketOf(Database &db, const OutboxOp &op)
{
    const EntitySpec *spec = Schema::builtIn().entity(op.entity);
    if (!spec || spec->personField.isEmpty())
        return QString();
    if (spec->personField == u"id")
        return op.recordId;
    const FieldSpec *field = spec->field(spec->personField);
    if (!field)
        return QString();
    if (op.fields.contains(spec->personField))
        return op.fields.value(spec->personField).toString();
    auto v = db.scalar(u"SELECT %1 FROM %2 WHERE id = ?1"_s.arg(field->column(), spec->table), {op.recordId});
    if (!v.ok())
        return v.error();
    return v.value().toString();
}

OutboxOp readOp(const Statement &s)
{
    OutboxOp op;
    op.deviceSeq = s.integer(0);
    op.opId = s.text(1);
    op.deviceId = s.text(2);
    op.entity = s.text(3);
    op.recordId = s.text(4);
    op.kind = s.text(5);
    op.command = s.text(6);
    op.baseVersion = s.integer(7);
    op.fields = QJsonDocument::fromJson(s.text(8).toUtf8()).object().toVariantMap();
    op.hlc = s.integer(9);
    op.occurredAt = s.integer(10);
    op.schemaVersion = int(s.integer(11));
    op.createdAt = s.integer(12);
    op.state = s.text(13);
    op.bucket = s.text(14);
    op.resultCode = s.text(15);
    op.resultField = s.text(16);
    op.resolvesConflict = s.text(17);
    op.serverBase = s.integer(18);
    return op;
}

/** A list of sequences as a JSON array, for `IN (SELECT value FROM json_each(?))`: one statement
 *  (and one statement cache entry) whatever the list's length. */
QString jsonList(const QList<qint64> &seqs)
{
    QByteArray list = "[";
    for (qint64 seq : seqs) {
        if (list.size() > 1)
            list += ',';
        list += QByteArray::number(seq);
    }
    list += ']';
    return QString::fromLatin1(list);
}

/** Runs a bound SELECT of kColumns and collects its rows. */
Result<QList<OutboxOp>> collect(Statement &s)
{
    QList<OutboxOp> ops;
    while (true) {
        auto row = s.step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            return ops;
        ops << readOp(s);
    }
}

Result<qint64> countWhere(Database &db, const QString &where, const QVariantList &params)
{
    auto v = db.scalar(u"SELECT count(*) FROM outbox WHERE "_s + where, params);
    if (!v.ok())
        return v.error();
    return v.value().toLongLong();
}

/**
 * The server version an op is based on. A create has none; a restore re-sends the version it
 * holds. A patch or command of a record with nothing queued is made on what the server last
 * sent (the local version then equals it); behind a queued change of the same record it is made
 * on what that chain started from — the server merges the device's own earlier changes as its
 * own (merge.h), and anything else changed since as concurrent.
 */
Result<qint64> serverBaseOf(Database &db, const OutboxOp &op)
{
    if (op.kind == u"create")
        return qint64(0);
    if (op.kind == u"restore")
        return op.baseVersion;
    auto stmt = db.cached(u"SELECT kind, server_base FROM outbox WHERE record_id = ?1 AND entity = ?2 "
                           u"AND state IN ('pending', 'sent') ORDER BY device_seq LIMIT 1"_s);
    if (!stmt.ok())
        return stmt.error();
    stmt.value().bind(1, op.recordId).bind(2, op.entity);
    auto row = stmt.value().step();
    if (!row.ok())
        return row.error();
    if (!row.value())
        return op.baseVersion;
    // Behind a queued create the server's first version is 1, the create's own.
    return stmt.value().text(0) == u"create" ? qint64(1) : stmt.value().integer(1);
}

} // namespace

Status Outbox::append(Database &db, OutboxOp &op)
{
    Q_ASSERT(db.inTransaction());
    if (op.bucket.isEmpty()) {
        auto bucket = bucketOf(db, op);
        if (!bucket.ok())
            return bucket.error();
        op.bucket = bucket.value();
    }
    if (op.serverBase < 0) {
        auto base = serverBaseOf(db, op);
        if (!base.ok())
            return base.error();
        op.serverBase = base.value();
    }
    auto seq = Meta::takeNext(db, u"next_device_seq"_s);
    if (!seq.ok())
        return seq.error();
    op.deviceSeq = seq.value();
    auto stmt = db.cached(u"INSERT INTO outbox(device_seq, op_id, device_id, entity, record_id, kind, command, "
                           u"base_version, fields, hlc, occurred_at, schema_version, created_at, state, bucket, "
                           u"resolves_conflict, server_base) "
                           u"VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)"_s);
    if (!stmt.ok())
        return stmt.error();
    Statement &s = stmt.value();
    const QByteArray json = QJsonDocument(QJsonObject::fromVariantMap(op.fields)).toJson(QJsonDocument::Compact);
    s.bind(1, op.deviceSeq).bind(2, op.opId).bind(3, op.deviceId).bind(4, op.entity).bind(5, op.recordId);
    s.bind(6, op.kind).bind(7, op.command.isEmpty() ? QVariant() : QVariant(op.command)).bind(8, op.baseVersion);
    s.bind(9, QString::fromUtf8(json)).bind(10, op.hlc).bind(11, op.occurredAt).bind(12, qint64(op.schemaVersion));
    s.bind(13, op.createdAt).bind(14, op.state);
    s.bind(15, op.bucket.isEmpty() ? QVariant() : QVariant(op.bucket));
    s.bind(16, op.resolvesConflict.isEmpty() ? QVariant() : QVariant(op.resolvesConflict));
    s.bind(17, op.serverBase);
    return s.run();
}

Result<QList<OutboxOp>> Outbox::list(Database &db, const QString &state, int limit)
{
    auto stmt = db.cached(u"SELECT %1 FROM outbox WHERE state = ?1 ORDER BY device_seq LIMIT ?2"_s.arg(kColumns));
    if (!stmt.ok())
        return stmt.error();
    stmt.value().bind(1, state).bind(2, qint64(limit));
    return collect(stmt.value());
}

Result<qint64> Outbox::count(Database &db, const QString &state)
{
    return countWhere(db, u"state = ?1"_s, {state});
}

Result<QList<OutboxOp>> Outbox::unsent(Database &db, int limit, qint64 afterSeq)
{
    auto stmt = db.cached(u"SELECT %1 FROM outbox WHERE state IN ('pending', 'sent') AND device_seq > ?2 "
                           u"ORDER BY device_seq LIMIT ?1"_s.arg(kColumns));
    if (!stmt.ok())
        return stmt.error();
    stmt.value().bind(1, qint64(limit)).bind(2, afterSeq);
    return collect(stmt.value());
}

Result<qint64> Outbox::outstanding(Database &db)
{
    return countWhere(db, u"state IN ('pending', 'sent')"_s, {});
}

Status Outbox::acknowledge(Database &db, const QList<qint64> &deviceSeqs)
{
    if (deviceSeqs.isEmpty())
        return {};
    auto stmt = db.cached(u"DELETE FROM outbox WHERE device_seq IN (SELECT value FROM json_each(?1))"_s);
    if (!stmt.ok())
        return stmt.error();
    stmt.value().bind(1, jsonList(deviceSeqs));
    return stmt.value().run();
}

Result<QHash<qint64, OutboxOp>> Outbox::headers(Database &db, const QList<qint64> &deviceSeqs)
{
    QHash<qint64, OutboxOp> bySeq;
    if (deviceSeqs.isEmpty())
        return bySeq;
    auto stmt = db.cached(u"SELECT %1 FROM outbox WHERE device_seq IN (SELECT value FROM json_each(?1))"_s
                              .arg(kHeaderColumns));
    if (!stmt.ok())
        return stmt.error();
    stmt.value().bind(1, jsonList(deviceSeqs));
    auto ops = collect(stmt.value());
    if (!ops.ok())
        return ops.error();
    bySeq.reserve(ops.value().size());
    for (OutboxOp &op : ops.value())
        bySeq.insert(op.deviceSeq, std::move(op));
    return bySeq;
}

Result<QSet<QString>> Outbox::withOutstanding(Database &db, const QStringList &recordIds)
{
    if (recordIds.isEmpty())
        return QSet<QString>();
    auto stmt = db.cached(u"SELECT DISTINCT record_id FROM outbox WHERE state IN ('pending', 'sent') "
                           u"AND record_id IN (SELECT value FROM json_each(?1))"_s);
    if (!stmt.ok())
        return stmt.error();
    stmt.value().bind(1, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(recordIds)).toJson(QJsonDocument::Compact)));
    return textSet(stmt.value());
}

Status Outbox::reject(Database &db, qint64 deviceSeq, const QString &reason, const QString &field)
{
    auto stmt = db.cached(u"UPDATE outbox SET state = 'rejected', result_code = ?2, result_field = ?3 "
                           u"WHERE device_seq = ?1"_s);
    if (!stmt.ok())
        return stmt.error();
    stmt.value().bind(1, deviceSeq).bind(2, reason).bind(3, field.isEmpty() ? QVariant() : QVariant(field));
    return stmt.value().run();
}

Result<OutboxOp> Outbox::get(Database &db, qint64 deviceSeq)
{
    auto stmt = db.cached(u"SELECT %1 FROM outbox WHERE device_seq = ?1"_s.arg(kColumns));
    if (!stmt.ok())
        return stmt.error();
    stmt.value().bind(1, deviceSeq);
    auto ops = collect(stmt.value());
    if (!ops.ok())
        return ops.error();
    if (ops.value().isEmpty())
        return Error::make(Error::NotFound, u"outbox op %1 not found"_s.arg(deviceSeq));
    return ops.value().constFirst();
}

Result<QList<OutboxOp>> Outbox::listByBucket(Database &db, const QString &bucket, const QStringList &states)
{
    auto stmt = db.prepare(u"SELECT %1 FROM outbox WHERE bucket = ?1 AND instr(?2, ',' || state || ',') > 0 "
                           u"ORDER BY device_seq"_s.arg(kColumns));
    if (!stmt.ok())
        return stmt.error();
    stmt.value().bind(1, bucket).bind(2, u","_s + states.join(u',') + u","_s);
    return collect(stmt.value());
}

Result<qint64> Outbox::outstandingInBucket(Database &db, const QString &bucket)
{
    return countWhere(db, u"bucket = ?1 AND state IN ('pending', 'sent')"_s, {bucket});
}

Result<QList<OutboxOp>> Outbox::outstandingForRecord(Database &db, const QString &entity, const QString &recordId)
{
    auto stmt = db.cached(u"SELECT %1 FROM outbox WHERE record_id = ?1 AND entity = ?2 "
                           u"AND state IN ('pending', 'sent') ORDER BY device_seq"_s.arg(kColumns));
    if (!stmt.ok())
        return stmt.error();
    stmt.value().bind(1, recordId).bind(2, entity);
    return collect(stmt.value());
}

Result<QList<OutboxOp>> Outbox::forRecord(Database &db, const QString &entity, const QString &recordId)
{
    auto stmt = db.prepare(u"SELECT %1 FROM outbox WHERE record_id = ?1 AND entity = ?2 ORDER BY device_seq"_s
                               .arg(kColumns));
    if (!stmt.ok())
        return stmt.error();
    stmt.value().bind(1, recordId).bind(2, entity);
    return collect(stmt.value());
}

Status Outbox::dropRejected(Database &db, qint64 deviceSeq)
{
    auto stmt = db.prepare(u"DELETE FROM outbox WHERE device_seq = ?1 AND state = 'rejected'"_s);
    if (!stmt.ok())
        return stmt.error();
    stmt.value().bind(1, deviceSeq);
    if (Status s = stmt.value().run(); !s.ok())
        return s;
    return db.changes() == 1 ? Status{} : Error::make(Error::NotFound, u"no rejected op %1"_s.arg(deviceSeq));
}

Status Outbox::dropRejectedInBucket(Database &db, const QString &bucket)
{
    auto stmt = db.prepare(u"DELETE FROM outbox WHERE bucket = ?1 AND state = 'rejected'"_s);
    if (!stmt.ok())
        return stmt.error();
    stmt.value().bind(1, bucket);
    return stmt.value().run();
}

} // namespace Qadam
