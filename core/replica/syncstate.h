#pragma once

#include "replicatypes.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace Qadam {

class Database;

/**
 * The device's sync settings in the encrypted `sync_state` table: cursor, server epoch, offline
 * lease, last sync time and enrolment credentials. Plain reads and writes; callers that need
 * atomicity with other changes (a cursor with its page, a rotated refresh token) call these
 * inside their own Transaction. Used on the thread that owns the Database.
 */
class SyncState
{
public:
    explicit SyncState(Database &db) : m_db(db) { }

    [[nodiscard]] Result<QString> value(const QString &key, const QString &fallback = {});
    [[nodiscard]] Status setValue(const QString &key, const QString &value);
    [[nodiscard]] Status remove(const QString &key);

    /** The opaque cursor of the last applied page; empty before the first sync. */
    [[nodiscard]] Result<QByteArray> cursor();
    [[nodiscard]] Status setCursor(const QByteArray &cursor);
    /** The server epoch this device last synced with; empty when unknown. */
    [[nodiscard]] Result<QByteArray> epoch();
    [[nodiscard]] Status setEpoch(const QByteArray &epoch);

    /** Whether the server said, in its last reply, that it reads ids as 16 bytes (the sync wire's
     *  Value.uuid); until it has, ids go to it as text. */
    [[nodiscard]] Result<bool> serverReadsUuidValues();
    [[nodiscard]] Status setServerReadsUuidValues(bool reads);

    /** Offline lease expiry (UTC ms); 0 when the server never sent one. */
    [[nodiscard]] Result<qint64> leaseExpiresAt();
    [[nodiscard]] Status setLeaseExpiresAt(qint64 ms);
    /** How far the clock may step back behind the last sync (NTP corrections) before it counts
     *  as rolled back. */
    static constexpr qint64 kClockRollbackToleranceMs = 5 * 60 * 1000;
    /** True when a lease is stored and `nowMs` is past it, or `nowMs` lies more than the
     *  tolerance before the last sync (the clock was set back: R9). */
    [[nodiscard]] Result<bool> leaseExpired(qint64 nowMs);

    [[nodiscard]] Result<qint64> lastSyncAt();
    [[nodiscard]] Status setLastSyncAt(qint64 ms);
    /** Every audit event the sync uploads (AuditLog::eventsWithoutOps) up to this seq is on the
     *  server (R30); 0 before the first upload. */
    [[nodiscard]] Result<qint64> auditUploadedThrough();
    [[nodiscard]] Status setAuditUploadedThrough(qint64 seq);
    /** The server's last estimate of changes still to come (first-sync progress). */
    [[nodiscard]] Result<qint64> remaining();

    [[nodiscard]] Result<SyncCredentials> credentials();
    /** Stores every credential field in one transaction (nested: a savepoint). */
    [[nodiscard]] Status setCredentials(const SyncCredentials &credentials);
    /** Replaces the refresh token only (rotation on every /v1/token). */
    [[nodiscard]] Status setRefreshToken(const QString &token);
    /** Forgets enrolment (credentials), keeping the records. */
    [[nodiscard]] Status clearCredentials();

private:
    [[nodiscard]] Result<qint64> integer(const QString &key);
    Database &m_db;
};

} // namespace Qadam
