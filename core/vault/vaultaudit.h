#pragma once

#include "vault.h"

#include <QList>
#include <QString>

namespace Qadam {

class Database;

/**
 * The device's side of SECURITY.md R23: every unlock, failed or not, becomes an audit event
 * (core/audit) with ids only. While the vault is locked the audit store cannot be written, so
 * events wait here (in memory, on the store thread) until the next unlock appends them in one
 * transaction. Failures of an earlier run that ended before an unlock (a killed app) are known
 * from the vault's persistent failure counter and are appended as "unlock_failed_earlier".
 * Never holds a passphrase or key: a VaultEvent has none.
 */
class VaultAuditTrail
{
public:
    /** Queues one vault event (wire it to VaultConfig::onEvent). */
    void record(const VaultEvent &event);
    /** Call with Vault::failedAttempts() right before an unlock or change of passphrase: the
     *  failures the counter holds beyond those queued here happened in an earlier run. */
    void noteFailuresBefore(int failedAttempts);
    /** Appends every queued event to `db`'s audit chain as `actorId`/`role` on `deviceId`, in one
     *  transaction, and forgets them; on error they stay queued. */
    [[nodiscard]] Status flush(Database &db, const QString &actorId, const QString &role, const QString &deviceId,
                               qint64 nowMs);
    [[nodiscard]] qsizetype pending() const { return m_pending.size() + m_earlierFailures; }
    /** The audit action of one event ("unlock", "unlock_failed", "unlock_locked_out", …). */
    [[nodiscard]] static QString actionOf(const VaultEvent &event);

private:
    QList<VaultEvent> m_pending;
    int m_earlierFailures = 0; ///< failures of an earlier run, known from the counter only
    int m_countedFailures = 0; ///< wrong-passphrase failures seen since the counter last reset
};

} // namespace Qadam
