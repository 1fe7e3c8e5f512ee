#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace Qadam {

class Database;

/** One audit event: who did what to which record, when. Identifiers only, never case content. */
struct AuditEvent
{
    qint64 seq = 0;        ///< position in the chain (assigned on append)
    QString id;            ///< UUIDv7
    qint64 at = 0;         ///< UTC ms
    QString actorId;
    QString actorRole;
    QString deviceId;
    QString action;        ///< create, update, amend, read, command:<name>, unlock, unlock_failed, export, share
    QString entity;
    QString recordId;
    QString personId;      ///< the case the record belongs to, if any
    QByteArray prevHash;   ///< hash of the previous event (32 zero bytes for the first)
    QByteArray hash;       ///< SHA-256 over the canonical form of this event and prevHash
};

/** Outcome of walking the chain. `firstBrokenSeq` is 0 when the chain is intact. */
struct ChainReport
{
    qint64 checked = 0;
    qint64 firstBrokenSeq = 0;
    QString firstBrokenId;
    QString reason;
    [[nodiscard]] bool intact() const { return firstBrokenSeq == 0; }
};

/**
 * The append-only, hash-chained audit log (R31). `append` runs inside the caller's transaction,
 * so an audit event is written if and only if the change it describes is. The table refuses
 * UPDATE and DELETE through triggers; `verify` still re-checks every link and names the first
 * broken one, because anyone with the key could drop the triggers.
 */
class AuditLog
{
public:
    /** Appends `event` (seq, prevHash and hash are filled in). Call inside a transaction. */
    [[nodiscard]] static Status append(Database &db, AuditEvent &event);
    /** True for the actions of a write (create, update, amend, resolve_conflict, command:*): the
     *  op that carries the write reaches the server, which audits it as it applies it. */
    [[nodiscard]] static bool describesOp(const QString &action);
    /** The newest event's seq; 0 while the log is empty. */
    [[nodiscard]] static Result<qint64> lastSeq(Database &db);
    /**
     * The events no op describes (not describesOp: reads, exports, unlocks, discarded changes) with afterSeq < seq <= throughSeq, oldest first, at most `limit`:
     * what a sync uploads to the server's chain (R30). Writes reach the server as ops.
     */
    [[nodiscard]] static Result<QList<AuditEvent>> eventsWithoutOps(Database &db, qint64 afterSeq, qint64 throughSeq,
                                                                    int limit);
    /** Walks the whole chain in order. */
    [[nodiscard]] static Result<ChainReport> verify(Database &db);
    /** The hash of an event given its fields and prevHash: SHA-256 of a length-prefixed encoding. */
    [[nodiscard]] static QByteArray hashOf(const AuditEvent &event);
    [[nodiscard]] static QByteArray genesisHash() { return QByteArray(32, '\0'); }
};

} // namespace Qadam
