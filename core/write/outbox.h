#pragma once

#include "util/result.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace Qadam {

class Database;

/** One pending sync operation, in the op format of ARCHITECTURE.md ("Sync protocol"). */
struct OutboxOp
{
    qint64 deviceSeq = 0;      ///< with deviceId, the idempotency key; strictly increasing, no gaps
    QString opId;              ///< UUIDv7
    QString deviceId;
    QString entity;
    QString recordId;
    QString kind;              ///< create | patch | command
    QString command;           ///< for kind == command: approve, close, transfer, …
    qint64 baseVersion = 0;    ///< local version the change was made on (0 for create)
    /** The server version of the record the device last saw when the change was made: what the
     *  server merges against (sync.proto Op.base_version). The local version differs once an
     *  earlier offline change of the same record is still queued. -1: `append` works it out. */
    qint64 serverBase = -1;
    QVariantMap fields;        ///< changed fields in storage form
    qint64 hlc = 0;
    qint64 occurredAt = 0;     ///< business time (UTC ms)
    int schemaVersion = 0;
    qint64 createdAt = 0;
    /// pending (until the server's result; sent again until then) | rejected. Acknowledged ops
    /// leave the queue. 'sent' is read as pending: stores of earlier builds may hold it.
    QString state = QStringLiteral("pending");
    QString bucket;            ///< the person (case) the record belongs to; empty for directory records
    QString resultCode;        ///< rejected: the server's reason code (forbidden, invalid, …)
    QString resultField;       ///< rejected: the field the reason names, if any
    QString resolvesConflict;  ///< a patch that settles a sync conflict names it
};

/**
 * The device's queue of operations for the server. `append` allocates the next device_seq from
 * the `meta` counter inside the caller's transaction, so a rolled-back write leaves no op and no
 * gap, and the sequence keeps rising across restarts even after acknowledged ops are removed.
 */
class Outbox
{
public:
    /** Appends `op`, allocating its device_seq. An empty `op.bucket` is filled from the record
     *  already written in this transaction (its person field). */
    [[nodiscard]] static Status append(Database &db, OutboxOp &op);
    /** Ops in `state`, oldest first. */
    [[nodiscard]] static Result<QList<OutboxOp>> list(Database &db, const QString &state = QStringLiteral("pending"),
                                                      int limit = 1000);
    [[nodiscard]] static Result<qint64> count(Database &db, const QString &state = QStringLiteral("pending"));

    // ---- sync state transitions (SyncEngine, Replica) ----

    /** Ops still to upload (pending, or sent without a result), oldest first, after `afterSeq`. */
    [[nodiscard]] static Result<QList<OutboxOp>> unsent(Database &db, int limit = 1000, qint64 afterSeq = 0);
    /** Ops not yet acknowledged or rejected (pending + sent). */
    [[nodiscard]] static Result<qint64> outstanding(Database &db);
    /** The server took these ops: they leave the queue, in one statement (device_seq keeps
     *  rising from `meta`). */
    [[nodiscard]] static Status acknowledge(Database &db, const QList<qint64> &deviceSeqs);
    /** The server refused the op: it stays, state 'rejected', for the "needs attention" list. */
    [[nodiscard]] static Status reject(Database &db, qint64 deviceSeq, const QString &reason, const QString &field);
    /** One op by device_seq; Error::NotFound when absent. */
    [[nodiscard]] static Result<OutboxOp> get(Database &db, qint64 deviceSeq);
    /** The headers (no fields) of the ops among `deviceSeqs` still on the device, by device_seq. */
    [[nodiscard]] static Result<QHash<qint64, OutboxOp>> headers(Database &db, const QList<qint64> &deviceSeqs);
    /** Ops of one bucket in `states`, oldest first. */
    [[nodiscard]] static Result<QList<OutboxOp>> listByBucket(Database &db, const QString &bucket,
                                                              const QStringList &states);
    /** Count of pending or sent ops of one bucket. */
    [[nodiscard]] static Result<qint64> outstandingInBucket(Database &db, const QString &bucket);
    /** Pending or sent ops of one record, oldest first. */
    [[nodiscard]] static Result<QList<OutboxOp>> outstandingForRecord(Database &db, const QString &entity,
                                                                      const QString &recordId);
    /** Of `recordIds`, those with a pending or sent op (of any entity). */
    [[nodiscard]] static Result<QSet<QString>> withOutstanding(Database &db, const QStringList &recordIds);
    /** Every op of one record still on the device (any state), oldest first. */
    [[nodiscard]] static Result<QList<OutboxOp>> forRecord(Database &db, const QString &entity, const QString &recordId);
    /** Deletes one rejected op (the person discarded it or sent it again); Error::NotFound when
     *  `deviceSeq` is not a rejected op — a pending or sent op is never dropped. */
    [[nodiscard]] static Status dropRejected(Database &db, qint64 deviceSeq);
    /** Deletes the rejected ops of one bucket (a purge removes every trace of the case). */
    [[nodiscard]] static Status dropRejectedInBucket(Database &db, const QString &bucket);
};

} // namespace Qadam
