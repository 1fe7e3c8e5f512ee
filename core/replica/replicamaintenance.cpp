// Replica: purges, restore ops after a new server epoch, and the lists the UI shows.
#include "replica.h"

#include "store/database.h"
#include "store/meta.h"
#include "store/recordstore.h"
#include "util/clock.h"
#include "util/logging.h"
#include "util/uuid.h"

using namespace Qt::StringLiterals;

namespace Qadam {

namespace {

Status runBound(Database &db, const QString &sql, const QVariantList &params)
{
    auto stmt = db.prepare(sql);
    if (!stmt.ok())
        return stmt.error();
    for (int i = 0; i < params.size(); ++i)
        stmt.value().bind(i + 1, params.at(i));
    return stmt.value().run();
}

} // namespace

Result<PurgeOutcome> Replica::purgeBucket(const QString &bucket)
{
    if (bucket.isEmpty())
        return Error::make(Error::Invalid, u"purge of an empty bucket"_s, u"bucket"_s);
    Transaction tx(m_db);
    if (!tx.began())
        return tx.beginStatus().error();
    auto outstanding = Outbox::outstandingInBucket(m_db, bucket);
    if (!outstanding.ok())
        return outstanding.error();
    if (outstanding.value() > 0) {
        if (Status s = runBound(m_db, u"INSERT INTO sync_bucket(bucket, known_since, purge_pending) VALUES (?1, ?2, 1) "
                                      u"ON CONFLICT(bucket) DO UPDATE SET purge_pending = 1"_s,
                                {bucket, m_clock.nowMs()});
            !s.ok())
            return s.error();
        if (Status s = tx.commit(); !s.ok())
            return s.error();
        qCInfo(lcCore) << "sync: purge deferred until" << outstanding.value() << "ops are uploaded";
        return PurgeOutcome::Deferred;
    }
    if (Status s = deleteBucketRows(bucket); !s.ok())
        return s.error();
    if (Status s = tx.commit(); !s.ok())
        return s.error();
    return PurgeOutcome::Purged;
}

Status Replica::resyncBucket(const QString &bucket)
{
    if (bucket.isEmpty())
        return Error::make(Error::Invalid, u"resync of an empty bucket"_s, u"bucket"_s);
    Q_ASSERT(m_db.inTransaction());
    return deleteBucketRows(bucket, Keep::OpRecords);
}

Status Replica::deleteBucketRows(const QString &bucket, Keep keep)
{
    // Keep::OpRecords: a record a queued op names stays (the server still has to answer it). A
    // record only a refused op names goes: the server no longer lets this user read it, and the
    // refused op (the user's own change) stays listed until they discard it.
    const QString unlessNamed = keep == Keep::OpRecords
                                  ? u" AND id NOT IN (SELECT record_id FROM outbox WHERE entity = ?2 "
                                    u"AND state IN ('pending', 'sent'))"_s
                                  : QString();
    for (const EntitySpec &spec : m_schema.entities()) {
        if (spec.personField.isEmpty())
            continue;
        const QString column = spec.personField == u"id" ? u"id"_s : snakeCase(spec.personField);
        const QString rows = u"SELECT id FROM %1 WHERE %2 = ?1"_s.arg(spec.table, column) + unlessNamed;
        const Status history = runBound(m_db, u"DELETE FROM field_history WHERE entity = ?2 AND record_id IN (%1)"_s
                                                  .arg(rows),
                                        {bucket, spec.name});
        if (!history.ok())
            return history;
        if (Status s = runBound(m_db, u"DELETE FROM %1 WHERE %2 = ?1"_s.arg(spec.table, column) + unlessNamed,
                                keep == Keep::OpRecords ? QVariantList{bucket, spec.name} : QVariantList{bucket});
            !s.ok())
            return s;
    }
    // The name index follows the person row; conflicts come again with the case.
    for (const QString &sql : {u"DELETE FROM person_name_token WHERE person_id = ?1 AND NOT EXISTS "
                               u"(SELECT 1 FROM person WHERE id = ?1)"_s,
                               u"DELETE FROM sync_conflict WHERE bucket = ?1"_s}) {
        if (Status s = runBound(m_db, sql, {bucket}); !s.ok())
            return s;
    }
    if (keep == Keep::OpRecords)
        return {};
    // A purge forgets the case itself and the refused changes in it.
    if (Status s = runBound(m_db, u"DELETE FROM sync_bucket WHERE bucket = ?1"_s, {bucket}); !s.ok())
        return s;
    return Outbox::dropRejectedInBucket(m_db, bucket);
}

Result<QStringList> Replica::deferredPurges()
{
    auto stmt = m_db.prepare(u"SELECT bucket FROM sync_bucket WHERE purge_pending = 1 ORDER BY bucket"_s);
    if (!stmt.ok())
        return stmt.error();
    QStringList buckets;
    while (true) {
        auto row = stmt.value().step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            return buckets;
        buckets << stmt.value().text(0);
    }
}

Result<int> Replica::runDeferredPurges()
{
    auto buckets = deferredPurges();
    if (!buckets.ok())
        return buckets.error();
    int purged = 0;
    for (const QString &bucket : buckets.value()) {
        auto outcome = purgeBucket(bucket);
        if (!outcome.ok())
            return outcome.error();
        purged += outcome.value() == PurgeOutcome::Purged ? 1 : 0;
    }
    return purged;
}

Result<int> Replica::queueRestoreOps()
{
    Transaction tx(m_db);
    if (!tx.began())
        return tx.beginStatus().error();
    auto deviceId = Meta::get(m_db, u"device_id"_s);
    if (!deviceId.ok())
        return deviceId.error();
    if (deviceId.value().isEmpty()) {
        deviceId = newUuidV7(m_clock.nowMs());
        if (Status s = Meta::set(m_db, u"device_id"_s, deviceId.value()); !s.ok())
            return s.error();
    }
    int queued = 0;
    for (const EntitySpec &spec : m_schema.entities()) {
        if (spec.personField.isEmpty())
            continue;  // directory records (organisations, staff) are the server's to keep
        auto n = queueRestoreOpsFor(spec, deviceId.value());
        if (!n.ok())
            return n.error();
        queued += n.value();
    }
    if (Status s = tx.commit(); !s.ok())
        return s.error();
    qCInfo(lcCore) << "sync: queued" << queued << "restore ops";
    return queued;
}

Result<int> Replica::queueRestoreOpsFor(const EntitySpec &spec, const QString &deviceId)
{
    auto ids = m_db.prepare(u"SELECT id FROM %1 ORDER BY id"_s.arg(spec.table));
    if (!ids.ok())
        return ids.error();
    QStringList all;
    while (true) {
        auto row = ids.value().step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            break;
        all << ids.value().text(0);
    }
    RecordStore store(m_db);
    for (const QString &id : std::as_const(all)) {
        auto record = store.get(spec, id);
        if (!record.ok())
            return record.error();
        OutboxOp op;
        op.opId = newUuidV7(m_clock.nowMs());
        op.deviceId = deviceId;
        op.entity = spec.name;
        op.recordId = id;
        op.kind = u"restore"_s;
        op.baseVersion = record.value().version;
        op.fields = record.value().fields;
        op.hlc = record.value().hlc;
        op.occurredAt = record.value().updatedAt;
        op.schemaVersion = Schema::kVersion;
        op.createdAt = m_clock.nowMs();
        if (Status s = Outbox::append(m_db, op); !s.ok())
            return s.error();
    }
    return int(all.size());
}

Result<int> Replica::adoptEpoch(const QByteArray &epoch)
{
    Transaction tx(m_db);
    if (!tx.began())
        return tx.beginStatus().error();
    auto stored = m_state.epoch();
    if (!stored.ok())
        return stored.error();
    if (stored.value() == epoch)
        return 0;
    int queued = 0;
    if (!stored.value().isEmpty()) {
        auto n = queueRestoreOps();
        if (!n.ok())
            return n.error();
        queued = n.value();
        if (Status s = m_state.setCursor({}); !s.ok())
            return s.error();
    }
    if (Status s = m_state.setEpoch(epoch); !s.ok())
        return s.error();
    if (Status s = tx.commit(); !s.ok())
        return s.error();
    return queued;
}

Result<QList<RemoteConflict>> Replica::conflicts()
{
    auto stmt = m_db.prepare(u"SELECT id, bucket, entity, record_id, field, server_value, device_value, device_id, "
                             u"user_id, at, resolved, seq FROM sync_conflict WHERE resolved = 0 ORDER BY at, id"_s);
    if (!stmt.ok())
        return stmt.error();
    QList<RemoteConflict> list;
    Statement &s = stmt.value();
    while (true) {
        auto row = s.step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            return list;
        list << RemoteConflict{s.text(0),  s.text(1),  s.text(2),           s.text(3),  s.text(4),
                               s.value(5), s.value(6), s.text(7),           s.text(8),  s.integer(9),
                               s.integer(10) != 0,     s.integer(11)};
    }
}

Result<QList<OutboxOp>> Replica::rejectedOps()
{
    return Outbox::list(m_db, u"rejected"_s);
}

} // namespace Qadam
