#pragma once

#include "replica/replicatypes.h"
#include "util/result.h"
#include "write/outbox.h"

namespace Qadam {
class Database;
class SyncState;
} // namespace Qadam

namespace Qadam::Sync {

/**
 * Sealed counselling notes on the wire (SECURITY.md R29, core/casework/sealednotes.h). The device
 * keeps the notes in the clear in its own encrypted store; only what leaves it is sealed, and what
 * comes back is opened before it is stored. The sealing key is made on first use and kept in the
 * store's sync state, so it never leaves the device and goes with a wipe.
 */
namespace SealedWire {

/** This device's sealing key, made (32 CSPRNG bytes) and stored on first use. */
[[nodiscard]] Result<QByteArray> deviceKey(SyncState &state);
/** `op` as it may leave the device: the note fields sealed when it belongs to a sealed
 *  CounsellingSession (the tier from the op, else from the local record). */
[[nodiscard]] Result<OutboxOp> forWire(Database &db, SyncState &state, const OutboxOp &op);
/** Opens the sealed notes of the page's records that this device's key opens. */
[[nodiscard]] Status openPage(SyncState &state, RemotePage &page);

} // namespace SealedWire

} // namespace Qadam::Sync
