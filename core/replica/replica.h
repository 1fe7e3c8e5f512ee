#pragma once

#include "domain/record.h"
#include "domain/schema.h"
#include "replicatypes.h"
#include "syncstate.h"
#include "util/result.h"
#include "write/outbox.h"

#include <QList>
#include <QStringList>

namespace Qadam {

class Clock;
class Database;
class WriteService;

/**
 * The device's copy of the server's records: applies pulled pages and pushed-op results to the
 * encrypted store. Remote changes never enter the outbox and write no audit events; pending
 * local changes win until the server acknowledges them (fields a pending op touches keep their
 * local values). Every method is one transaction — a savepoint inside the caller's when one is
 * open, so the SyncEngine applies a reply's results and page together with its cursor.
 *
 * Versions: a record without pending ops takes an incoming state only when its version is higher
 * than the local one. A record with pending ops takes the incoming fields its ops do not touch
 * when the incoming version is past the base its ops were made on. An APPLIED result sets the
 * local version to the server's when no other op of the record is outstanding and the local
 * version is still the one the op produced; a REJECTED one in the same situation resets it to
 * the op's base, so the next server state replaces the refused edit (kept in the rejected op).
 *
 * Used on the thread that owns the Database; not thread-safe.
 */
class Replica
{
public:
    Replica(Database &db, const Clock &clock, const Schema &schema = Schema::builtIn());

    /** Upserts the page's records, stores its conflicts and its cursor: all or nothing. */
    [[nodiscard]] Status applyPage(const RemotePage &page);
    /** Marks pushed ops acknowledged (removed) or rejected (kept with reason and field). */
    [[nodiscard]] Status applyResults(const QList<RemoteOpResult> &results);

    /** Deletes every record of the case, its name-index rows, conflicts and rejected ops; or, while
     *  ops of that case wait for upload, remembers the purge and returns Deferred. */
    [[nodiscard]] Result<PurgeOutcome> purgeBucket(const QString &bucket);
    /** The server reads this case differently now (sync.proto ResyncBucket): deletes the case's
     *  records that no queued op names, with their history and the case's conflicts, inside the
     *  caller's transaction (the one that stores the reply's cursor); the next pull sends the case
     *  again as now readable. Records with queued ops stay until the server answers them; refused
     *  ops stay listed (the record they name may be gone). */
    [[nodiscard]] Status resyncBucket(const QString &bucket);
    /** Runs deferred purges whose buckets have no outstanding ops left; returns how many ran. */
    [[nodiscard]] Result<int> runDeferredPurges();
    /** Buckets whose purge waits for uploads. */
    [[nodiscard]] Result<QStringList> deferredPurges();

    /** Queues a "restore" op for every local record (after the server was restored from an older
     *  backup). Never deletes local work. Returns the number of ops queued. */
    [[nodiscard]] Result<int> queueRestoreOps();
    /** A reply named a server epoch other than the stored one: stores it, clears the cursor (the
     *  old one belongs to the old epoch) and queues restore ops, in one transaction. When no
     *  epoch was stored yet, only stores it (returns 0). */
    [[nodiscard]] Result<int> adoptEpoch(const QByteArray &epoch);

    /** Unresolved conflict records, oldest first. */
    [[nodiscard]] Result<QList<RemoteConflict>> conflicts();
    /**
     * Settles a conflict with the value a person chose (the server's, the device's, or a new
     * text): one transaction that writes the chosen value through `writer` (validation, access
     * policy, outbox op, audit — like any edit; WriteService::updateExplicit, so the op is queued
     * even when the device already shows that value), tags that op with the conflict id so the
     * server marks the conflict resolved, and marks the local conflict resolved. An unknown or already
     * resolved conflict is Error::NotFound; a refused write leaves everything as it was.
     */
    [[nodiscard]] Status resolveConflict(WriteService &writer, const QString &conflictId, const QVariant &chosen);
    /** Ops the server refused ("needs attention"), oldest first. */
    [[nodiscard]] Result<QList<OutboxOp>> rejectedOps();
    /** Ops waiting for upload or for their result. */
    [[nodiscard]] Result<qint64> pendingCount();

    [[nodiscard]] SyncState &state() { return m_state; }

private:
    [[nodiscard]] Status applyRecord(const RemoteRecord &remote, bool anythingQueued);
    [[nodiscard]] Status writeMerged(const EntitySpec &spec, const Record &local, const RemoteRecord &remote,
                                     const QStringList &keepLocal);
    [[nodiscard]] Status storeConflict(const RemoteConflict &conflict);
    [[nodiscard]] Status noteBucket(const QString &bucket);
    [[nodiscard]] Status observeHlc(qint64 hlc);
    [[nodiscard]] Status settleVersion(const RemoteOpResult &result, const OutboxOp &op);
    enum class Keep { Nothing, OpRecords };
    [[nodiscard]] Status deleteBucketRows(const QString &bucket, Keep keep = Keep::Nothing);
    [[nodiscard]] Result<int> queueRestoreOpsFor(const EntitySpec &spec, const QString &deviceId);

    Database &m_db;
    const Clock &m_clock;
    const Schema &m_schema;
    SyncState m_state;
};

} // namespace Qadam
