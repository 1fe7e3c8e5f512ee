#pragma once

#include "serverstore.h"

namespace Qadam::Server {

/**
 * The server's audit chain (SECURITY.md R31, R32): every event holds ids only and a SHA-256 hash
 * over the previous event's hash and its own canonical, length-prefixed fields, so any change,
 * insertion or deletion breaks the chain from that event on. Append inside the transaction of the
 * change it records.
 */
namespace ServerAudit {

/** Fills prevHash, hash and id of `e` (at, actor, device, action, entity, record, bucket set by
 *  the caller) from the last event and appends it. */
[[nodiscard]] Status append(StoreTxn &txn, ServerAuditEvent &e);
/** The hash `e` must carry after `prevHash`. */
[[nodiscard]] QByteArray hashOf(const ServerAuditEvent &e, const QByteArray &prevHash);
/** Walks the whole chain; returns the number of events, or Error::Corrupt naming the first
 *  broken sequence in `detail` ("seq N"). */
[[nodiscard]] Result<qint64> verify(StoreTxn &txn);

} // namespace ServerAudit

} // namespace Qadam::Server
