#pragma once

#include "sync.pb.h"
#include "util/result.h"

#include <vector>

namespace Qadam {
class Database;
class SyncState;
} // namespace Qadam

namespace Qadam::Sync {

namespace pb = ::qadam::sync::v1;

/**
 * The device's own audit events travel with each sync (SECURITY.md R30): a supervisor's or a
 * counsellor's offline reads, exports and unlocks reach the server's chain at the next sync, so
 * the two logs count the same reads. Writes are not sent again: the server audits their ops.
 * SyncState::auditUploadedThrough marks what the server confirmed; it moves in the transaction
 * that applies the reply, so a lost reply sends the same events again and the server, which keeps
 * the newest seq per device, stores them once.
 */
namespace AuditUpload {

/** The next events to send (at most `limit`) and how far they reach in the device's chain. */
struct Batch
{
    qint64 after = 0;           ///< the confirmed mark the request names (audit_after)
    qint64 scannedThrough = 0;  ///< every event to send up to here is in `events`
    std::vector<pb::DeviceAuditEvent> events;
    bool more = false;          ///< more events wait behind this batch
};

[[nodiscard]] Result<Batch> next(Database &db, SyncState &state, int limit);
/** Moves the mark after a reply (call inside the reply's transaction): to the batch's end when
 *  the server holds all of it, back to the server's `auditThrough` when it holds less (a server
 *  restored from a backup: those events go again). A batch with no events moves it to its end. */
[[nodiscard]] Status settle(SyncState &state, const Batch &batch, quint64 auditThrough);

} // namespace AuditUpload

} // namespace Qadam::Sync
