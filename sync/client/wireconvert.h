#pragma once

#include "replica/replicatypes.h"
#include "write/outbox.h"
#include "wirecodec.h"

namespace Qadam::Sync {

namespace pb = ::qadam::sync::v1;

/**
 * Conversions between the wire messages (sync.proto) and core types. Pure functions; the only
 * place in the client that knows both. Ids travel as 16 raw bytes and are canonical UUID text
 * in core; values travel in storage form.
 */
namespace WireConvert {

/** An outbox op as the wire Op. Integral doubles (from the outbox's JSON) travel as integers. */
void toWire(const OutboxOp &op, pb::Op *out, Wire::Ids ids = Wire::Ids::AsText);

[[nodiscard]] OpOutcome outcome(pb::Outcome outcome);
[[nodiscard]] RemoteOpResult fromWire(const pb::OpResult &result);
/** One change of a page; `interner` is the page's (names and ids its records repeat, made once). */
[[nodiscard]] RemoteRecord fromWire(const pb::Change &change, Wire::Interner &interner);
[[nodiscard]] RemoteConflict fromWire(const pb::Conflict &conflict);
/** The reply's changes, conflicts, cursor and remaining estimate as one page. */
[[nodiscard]] RemotePage pageFrom(const pb::SyncResponse &response);
[[nodiscard]] QList<RemoteOpResult> resultsFrom(const pb::SyncResponse &response);
/** Enrolment or token reply as credentials (the refresh token included) for `serverUrl`. */
[[nodiscard]] SyncCredentials credentialsFrom(const pb::TokenReply &reply, const QString &serverUrl);

/** Wire kind name for an outbox kind ("create" → OP_KIND_CREATE …). */
[[nodiscard]] pb::OpKind opKind(const QString &kind);

} // namespace WireConvert

} // namespace Qadam::Sync
