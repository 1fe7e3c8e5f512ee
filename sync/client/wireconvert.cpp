#include "wireconvert.h"

#include "domain/schema.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace Qadam::Sync::WireConvert {

namespace {

QString text(const std::string &s)
{
    return QString::fromStdString(s);
}

/** JSON round trips turn integers into doubles; the wire wants them as integers again. */
QVariantMap normalised(const QVariantMap &fields)
{
    QVariantMap out = fields;
    for (auto it = out.begin(); it != out.end(); ++it) {
        if (it.value().typeId() != QMetaType::Double)
            continue;
        const double d = it.value().toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9.0e15)
            it.value() = qint64(d);
    }
    return out;
}

} // namespace

pb::OpKind opKind(const QString &kind)
{
    if (kind == u"create")
        return pb::OP_KIND_CREATE;
    if (kind == u"patch")
        return pb::OP_KIND_PATCH;
    if (kind == u"command")
        return pb::OP_KIND_COMMAND;
    if (kind == u"restore")
        return pb::OP_KIND_RESTORE;
    return pb::OP_KIND_UNSPECIFIED;
}

void toWire(const OutboxOp &op, pb::Op *out, Wire::Ids ids)
{
    out->set_device_seq(quint64(op.deviceSeq));
    // op_id stays on the device (its outbox key): (device, device_seq) is the idempotency key on
    // the wire, and 18 random bytes per op were most of what a small delta's zstd could not shrink.
    out->set_entity(op.entity.toStdString());
    out->set_record_id(Wire::uuidToBytes(op.recordId));
    out->set_kind(opKind(op.kind));
    if (!op.command.isEmpty())
        out->set_command(op.command.toStdString());
    out->set_base_version(quint64(op.serverBase >= 0 ? op.serverBase : op.baseVersion));
    Wire::toFields(normalised(op.fields), out->mutable_fields(), ids);
    out->set_hlc(quint64(op.hlc));
    out->set_occurred_at(op.occurredAt);
    out->set_schema_version(quint32(op.schemaVersion));
    if (!op.resolvesConflict.isEmpty())
        out->set_resolves_conflict(Wire::uuidToBytes(op.resolvesConflict));
}

OpOutcome outcome(pb::Outcome o)
{
    switch (o) {
    case pb::OUTCOME_APPLIED:
        return OpOutcome::Applied;
    case pb::OUTCOME_MERGED:
        return OpOutcome::Merged;
    case pb::OUTCOME_CONFLICT:
        return OpOutcome::Conflict;
    case pb::OUTCOME_STALE_COMMAND:
        return OpOutcome::StaleCommand;
    default:
        return OpOutcome::Rejected;
    }
}

RemoteOpResult fromWire(const pb::OpResult &r)
{
    RemoteOpResult out;
    out.deviceSeq = qint64(r.device_seq());
    out.outcome = outcome(r.outcome());
    out.reason = text(r.reason());
    if (out.outcome == OpOutcome::Rejected && out.reason.isEmpty() && r.outcome() != pb::OUTCOME_REJECTED)
        out.reason = u"unknown_outcome"_s;
    out.field = text(r.field());
    out.version = qint64(r.version());
    out.seq = qint64(r.seq());
    for (const std::string &id : r.conflict_ids())
        out.conflictIds << Wire::uuidFromBytes(id);
    return out;
}

RemoteRecord fromWire(const pb::Change &c, Wire::Interner &interner)
{
    RemoteRecord r;
    r.entity = interner.name(c.entity());
    r.id = Wire::uuidFromBytes(c.record_id());
    r.bucket = interner.uuid(c.bucket());
    r.version = qint64(c.version());
    r.seq = qint64(c.seq());
    r.hlc = qint64(c.hlc());
    r.fields = Wire::fromFields(c.fields(), interner);
    r.createdAt = c.created_at();
    r.createdBy = interner.uuid(c.created_by());
    // Left out on the wire when they repeat what the device can tell (sync.proto Change).
    r.updatedAt = c.updated_at() != 0 ? c.updated_at() : r.createdAt;
    r.updatedBy = c.updated_by().empty() ? r.createdBy : interner.uuid(c.updated_by());
    if (const EntitySpec *spec = Schema::builtIn().entity(r.entity);
        spec && !spec->personField.isEmpty() && spec->personField != u"id" && !r.bucket.isEmpty()
        && !r.fields.contains(spec->personField))
        r.fields.insert(spec->personField, r.bucket);
    return r;
}

RemoteConflict fromWire(const pb::Conflict &c)
{
    RemoteConflict r;
    r.id = Wire::uuidFromBytes(c.id());
    r.bucket = Wire::uuidFromBytes(c.bucket());
    r.entity = text(c.entity());
    r.recordId = Wire::uuidFromBytes(c.record_id());
    r.field = text(c.field());
    r.serverValue = Wire::fromValue(c.server_value());
    r.deviceValue = Wire::fromValue(c.device_value());
    r.deviceId = Wire::uuidFromBytes(c.device_id());
    r.userId = Wire::uuidFromBytes(c.user_id());
    r.at = c.at();
    r.resolved = c.resolved();
    r.seq = qint64(c.seq());
    return r;
}

RemotePage pageFrom(const pb::SyncResponse &response)
{
    RemotePage page;
    page.records.reserve(response.changes_size());
    Wire::Interner interner;
    for (const pb::Change &c : response.changes())
        page.records << fromWire(c, interner);
    for (const pb::Conflict &c : response.conflicts())
        page.conflicts << fromWire(c);
    page.cursor = QByteArray::fromStdString(response.cursor());
    page.remaining = qint64(response.remaining());
    return page;
}

QList<RemoteOpResult> resultsFrom(const pb::SyncResponse &response)
{
    QList<RemoteOpResult> results;
    results.reserve(response.results_size());
    for (const pb::OpResult &r : response.results())
        results << fromWire(r);
    return results;
}

SyncCredentials credentialsFrom(const pb::TokenReply &reply, const QString &serverUrl)
{
    SyncCredentials c;
    c.serverUrl = serverUrl;
    c.deviceId = Wire::uuidFromBytes(reply.device_id());
    c.userId = Wire::uuidFromBytes(reply.user_id());
    c.role = text(reply.role());
    c.organisationId = Wire::uuidFromBytes(reply.organisation_id());
    c.displayName = text(reply.display_name());
    c.refreshToken = text(reply.refresh_token());
    return c;
}

} // namespace Qadam::Sync::WireConvert
