#include "pushapplier.h"

#include "commandguards.h"
#include "merge.h"
#include "serveraudit.h"

#include "casework/progressreview.h"
#include "util/uuid.h"
#include "wirecodec.h"
#include "write/statemachine.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace Qadam::Server {

namespace pb = ::qadam::sync::v1;

namespace {

const QString kForbidden = u"forbidden"_s;
const QString kOutOfScope = u"out_of_scope"_s;
const QString kInvalid = u"invalid"_s;

QString outcomeName(pb::Outcome o)
{
    switch (o) {
    case pb::OUTCOME_APPLIED: return u"applied"_s;
    case pb::OUTCOME_MERGED: return u"merged"_s;
    case pb::OUTCOME_CONFLICT: return u"conflict"_s;
    case pb::OUTCOME_STALE_COMMAND: return u"stale_command"_s;
    case pb::OUTCOME_REJECTED: return u"rejected"_s;
    default: return u"unspecified"_s;
    }
}

bool isEmptyValue(const QVariant &v)
{
    return !v.isValid() || v.isNull() || (v.typeId() == QMetaType::QString && v.toString().isEmpty());
}

/** Stamp fields a command derives (approvedBy, acknowledgedBy, …): only ever the acting user. */
bool isActorStamp(const FieldSpec &f)
{
    return f.type == FieldType::Id && f.refEntity == u"StaffUser" && f.name.endsWith(u"By");
}

} // namespace

QVariantMap withId(const QVariantMap &fields, const QString &id)
{
    QVariantMap out = fields;
    out.insert(u"id"_s, id);
    return out;
}

PushApplier::PushApplier(StoreTxn &txn, const Session &session, const AccessPolicy &policy)
    : m_txn(txn), m_session(session), m_policy(policy), m_scope(txn)
{
}

Status PushApplier::prefetch(const google::protobuf::RepeatedPtrField<pb::Op> &ops)
{
    QList<qint64> seqs;
    QList<QPair<QString, QString>> records;
    QStringList buckets;
    seqs.reserve(ops.size());
    records.reserve(ops.size());
    for (const pb::Op &op : ops) {
        seqs << qint64(op.device_seq());
        const QString entity = QString::fromStdString(op.entity());
        const EntitySpec *spec = Schema::builtIn().entity(entity);
        const QString id = Wire::uuidFromBytes(op.record_id());
        if (!spec || id.isEmpty() || spec->personField.isEmpty())
            continue;
        records << qMakePair(entity, id);
        if (spec->personField == u"id")
            continue;
        const std::string personField = spec->personField.toStdString();
        for (const pb::Field &f : op.fields()) {
            if (f.name() == personField) {
                buckets << Wire::fromValue(f.value()).toString();
                break;
            }
        }
    }
    if (Status s = m_txn.prefetchReceipts(m_session.deviceId, seqs); !s.ok())
        return s;
    if (Status s = m_txn.prefetchRecords(records, &buckets); !s.ok())
        return s;
    buckets.removeAll(QString());
    buckets.removeDuplicates();
    if (Status s = m_txn.prefetchFacts(buckets); !s.ok())
        return s;
    // The links only of the cases whose facts leave the actor's access open (Scope::linksMatter):
    // none for a case officer pushing the work of their own caseload.
    QStringList linked;
    for (const QString &bucket : std::as_const(buckets)) {
        auto facts = m_txn.caseFacts(bucket);
        if (!facts.ok())
            return facts.error();
        if (!facts.value())
            continue;
        auto matter = m_scope.linksMatter(m_session, *facts.value());
        if (!matter.ok())
            return matter.error();
        if (matter.value())
            linked << bucket;
    }
    return m_txn.prefetchLinks(linked);
}

Result<pb::OpResult> PushApplier::apply(const pb::Op &op)
{
    auto receipt = m_txn.receipt(m_session.deviceId, qint64(op.device_seq()));
    if (!receipt.ok())
        return receipt.error();
    pb::OpResult result;
    if (receipt.value()) {
        if (!Wire::parse(*receipt.value(), result))
            return Error::make(Error::Corrupt, u"unreadable receipt"_s);
        return result;
    }
    result.set_device_seq(op.device_seq());
    if (Status s = process(op, result); !s.ok())
        return s.error();
    if (Status s = m_txn.putReceipt(m_session.deviceId, qint64(op.device_seq()), Wire::serialise(result)); !s.ok())
        return s.error();
    return result;
}

Status PushApplier::reject(OpResult &result, const Rejection &why, const QString &entity, const QString &id,
                           const QString &bucket)
{
    result.set_outcome(pb::OUTCOME_REJECTED);
    result.set_reason(why.reason.toStdString());
    result.set_field(why.field.toStdString());
    if (why.reason != kForbidden && why.reason != kOutOfScope)
        return {};
    // An authorisation failure is an audit event (R25): ids only, nothing of the op's content.
    ServerAuditEvent e;
    e.at = m_session.nowMs;
    e.actorId = m_session.actor.userId;
    e.deviceId = m_session.deviceId;
    e.action = u"push:rejected:"_s + why.reason;
    e.entity = entity;
    e.recordId = id;
    e.bucket = why.reason == kOutOfScope ? QString() : bucket;
    return ServerAudit::append(m_txn, e);
}

Status PushApplier::process(const Op &op, OpResult &result)
{
    const QString entity = QString::fromStdString(op.entity());
    const EntitySpec *spec = Schema::builtIn().entity(entity);
    if (!spec)
        return reject(result, {u"unknown_entity"_s, u"entity"_s}, {}, {}, {});
    const QString id = Wire::uuidFromBytes(op.record_id());
    if (id.isEmpty())
        return reject(result, {kInvalid, u"record_id"_s}, entity, {}, {});
    if (spec->personField.isEmpty())
        return reject(result, {kForbidden, {}}, entity, id, {});
    auto stored = m_txn.record(entity, id);
    if (!stored.ok())
        return stored.error();
    const QVariantMap raw = Wire::fromFields(op.fields());
    if (op.kind() == pb::OP_KIND_COMMAND) {
        if (!stored.value())
            return reject(result, {kOutOfScope, {}}, entity, id, {});
        return command(*spec, *stored.value(), raw, op, result);
    }
    auto decoded = decodeFields(*spec, raw);
    if (auto *why = std::get_if<Rejection>(&decoded))
        return reject(result, *why, entity, id, {});
    const QVariantMap &fields = std::get<QVariantMap>(decoded);
    switch (op.kind()) {
    case pb::OP_KIND_CREATE:
    case pb::OP_KIND_RESTORE:
        if (!stored.value())
            return create(*spec, id, fields, op, result);
        if (op.kind() == pb::OP_KIND_CREATE) {
            auto ctx = contextOf(stored.value()->bucket);
            if (!ctx.ok())
                return ctx.error();
            const bool visible = m_policy.mayReadCase(m_session.actor, ctx.value());
            return reject(result, {visible ? u"duplicate"_s : kOutOfScope, {}}, entity, id, stored.value()->bucket);
        }
        return merge(*spec, *stored.value(), fields, op, result);
    case pb::OP_KIND_PATCH:
        if (!stored.value())
            return reject(result, {kOutOfScope, {}}, entity, id, {});
        return merge(*spec, *stored.value(), fields, op, result);
    default:
        return reject(result, {kInvalid, u"kind"_s}, entity, id, {});
    }
}

std::variant<QVariantMap, Rejection> PushApplier::decodeFields(const EntitySpec &spec, const QVariantMap &raw,
                                                               const QStringList &extraArgs) const
{
    QVariantMap out;
    for (auto it = raw.cbegin(); it != raw.cend(); ++it) {
        const FieldSpec *f = spec.field(it.key());
        if (!f) {
            if (extraArgs.contains(it.key()))
                continue;
            return Rejection{kInvalid, it.key()};
        }
        if (!Schema::validateField(*f, it.value()).ok())
            return Rejection{kInvalid, it.key()};
        out.insert(f->name, isEmptyValue(it.value()) ? QVariant() : Schema::toStorage(*f, it.value()));
    }
    return out;
}

PushApplier::Verdict PushApplier::checkRecord(const EntitySpec &spec, const QVariantMap &merged)
{
    for (const FieldSpec &f : spec.fields)
        if (f.required && !Schema::validateField(f, merged.value(f.name)).ok())
            return Rejection{kInvalid, f.name};
    if (spec.check) {
        if (Status s = spec.check(merged); !s.ok())
            return Rejection{kInvalid, s.error().field};
    }
    return std::nullopt;
}

Result<PushApplier::Verdict> PushApplier::checkSignOff(const EntitySpec &spec, const QVariantMap &merged,
                                                       bool restore)
{
    const QString signer = merged.value(u"signedOffBy"_s).toString();
    if (spec.name != u"ProgressReview" || signer.isEmpty())
        return Verdict{};
    if (!restore && signer != m_session.actor.userId) // a re-upload carries whoever signed it then
        return Verdict{Rejection{kInvalid, u"signedOffBy"_s}};
    QStringList programmes{merged.value(u"programmeId"_s).toString()};
    if (const QString amended = merged.value(u"amendsId"_s).toString(); !amended.isEmpty()) {
        auto original = m_txn.record(spec.name, amended);
        if (!original.ok())
            return original.error();
        if (original.value())
            programmes << original.value()->fields.value(u"programmeId"_s).toString();
    }
    for (const QString &programmeId : std::as_const(programmes)) {
        if (programmeId.isEmpty())
            continue;
        auto programme = m_txn.record(u"AssistanceProgramme"_s, programmeId);
        if (!programme.ok())
            return programme.error();
        if (programme.value() && !ProgressReviewService::checkSigner(signer, programme.value()->fields).ok())
            return Verdict{Rejection{kForbidden, u"signedOffBy"_s}};
    }
    return Verdict{};
}

Result<AccessContext> PushApplier::contextOf(const QString &bucket)
{
    if (auto it = m_contexts.constFind(bucket); it != m_contexts.cend())
        return *it;
    auto ctx = m_scope.resolve(m_session, bucket);
    if (ctx.ok())
        m_contexts.insert(bucket, ctx.value());
    return ctx;
}

PushApplier::Verdict PushApplier::authorise(const EntitySpec &spec, AccessAction action, const QStringList &fields,
                                            const QVariantMap &before, const QVariantMap &after,
                                            const AccessContext &ctx) const
{
    for (const QVariantMap *record : {&before, &after}) {
        if (record->isEmpty())
            continue;
        const AccessDecision d = m_policy.decideFields(m_session.actor, spec, action, fields, *record, ctx);
        if (!d.allowed())
            return Rejection{m_policy.mayReadCase(m_session.actor, ctx) ? kForbidden : kOutOfScope, d.field};
    }
    return std::nullopt;
}

Status PushApplier::write(StoredRecord &r, const QString &outcome)
{
    auto seq = m_txn.putRecord(r);
    if (!seq.ok())
        return seq.error();
    if (Status s = maintainCaseLinks(m_txn, r); !s.ok())
        return s;
    if (carriesCaseLinks(r.entity))
        m_contexts.remove(r.bucket);  // who may reach the case may have changed
    ServerAuditEvent e;
    e.at = m_session.nowMs;
    e.actorId = m_session.actor.userId;
    e.deviceId = m_session.deviceId;
    e.action = outcome == u"import" ? outcome : u"push:"_s + outcome;
    e.entity = r.entity;
    e.recordId = r.id;
    e.bucket = r.bucket;
    return ServerAudit::append(m_txn, e);
}

Status PushApplier::create(const EntitySpec &spec, const QString &id, const QVariantMap &fields, const Op &op,
                           OpResult &result)
{
    const bool isPerson = spec.personField == u"id";
    QVariantMap merged;
    applyFields(merged, fields);
    const QString bucket = isPerson ? id : merged.value(spec.personField).toString();
    if (bucket.isEmpty())
        return reject(result, {kInvalid, spec.personField}, spec.name, id, {});
    auto ctx = isPerson ? m_scope.resolveIntake(m_session, merged) : contextOf(bucket);
    if (!ctx.ok())
        return ctx.error();
    AccessContext context = ctx.value();
    context.personId = bucket;
    if (auto why = authorise(spec, AccessAction::Create, merged.keys(), {}, withId(merged, id), context))
        return reject(result, *why, spec.name, id, bucket);
    if (auto why = checkRecord(spec, merged))
        return reject(result, *why, spec.name, id, bucket);
    auto signOff = checkSignOff(spec, merged, op.kind() == pb::OP_KIND_RESTORE);
    if (!signOff.ok())
        return signOff.error();
    if (signOff.value())
        return reject(result, *signOff.value(), spec.name, id, bucket);
    const StateMachine *machine = StateMachines::builtIn().forEntity(spec.name);
    if (machine && op.kind() == pb::OP_KIND_CREATE
        && !machine->initialStates.contains(merged.value(machine->stateField).toString()))
        return reject(result, {kInvalid, machine->stateField}, spec.name, id, bucket);

    StoredRecord r;
    r.entity = spec.name;
    r.id = id;
    r.bucket = bucket;
    r.version = op.kind() == pb::OP_KIND_RESTORE ? std::max<qint64>(1, qint64(op.base_version())) : 1;
    r.hlc = qint64(op.hlc());
    r.fields = merged;
    for (auto it = merged.cbegin(); it != merged.cend(); ++it)
        r.touch(it.key(), m_session.deviceId);
    r.echoDevice = m_session.deviceId;
    r.createdAt = r.updatedAt = m_session.nowMs;
    r.createdBy = r.updatedBy = m_session.actor.userId;
    if (Status s = write(r, u"applied"_s); !s.ok())
        return s;
    result.set_outcome(pb::OUTCOME_APPLIED);
    result.set_version(quint64(r.version));
    result.set_seq(quint64(r.seq));
    return {};
}

Status PushApplier::merge(const EntitySpec &spec, StoredRecord stored, QVariantMap fields, const Op &op,
                          OpResult &result)
{
    const bool restore = op.kind() == pb::OP_KIND_RESTORE;
    const qint64 base = qint64(op.base_version());
    auto ctx = contextOf(stored.bucket);
    if (!ctx.ok())
        return ctx.error();
    if (!m_policy.mayReadCase(m_session.actor, ctx.value()))
        return reject(result, {kOutOfScope, {}}, spec.name, stored.id, stored.bucket);
    if (spec.appendOnly) {
        if (!restore)
            return reject(result, {u"append_only"_s, {}}, spec.name, stored.id, stored.bucket);
        // A re-upload of an append-only record the server has: it never changes, so nothing is
        // written and nothing is authorised beyond seeing the case (checked above).
        result.set_outcome(pb::OUTCOME_APPLIED);
        result.set_version(quint64(stored.version));
        return {};
    }
    if (spec.personField != u"id" && fields.contains(spec.personField)) {
        if (fields.value(spec.personField).toString() != stored.bucket)
            return reject(result, {kInvalid, spec.personField}, spec.name, stored.id, stored.bucket);
        fields.remove(spec.personField);
    }
    if (restore) { // a re-uploaded whole record: only what differs is a change (and is checked)
        for (auto it = fields.begin(); it != fields.end();) {
            const QVariant old = stored.fields.value(it.key());
            const bool same = (isEmptyValue(old) && isEmptyValue(it.value())) || old == it.value();
            it = same ? fields.erase(it) : std::next(it);
        }
        if (fields.isEmpty()) { // the server has it as the device does: nothing to write or authorise
            result.set_outcome(pb::OUTCOME_APPLIED);
            result.set_version(quint64(stored.version));
            return {};
        }
    }
    const StateMachine *machine = StateMachines::builtIn().forEntity(spec.name);
    if (machine && !restore) {
        const bool frozen = machine->frozenStates.contains(stored.fields.value(machine->stateField).toString());
        if (fields.contains(machine->stateField) || frozen)
            return reject(result, {kInvalid, machine->stateField}, spec.name, stored.id, stored.bucket);
    }
    std::optional<ConflictRow> resolving;
    if (!op.resolves_conflict().empty()) {
        auto c = m_txn.conflict(Wire::uuidFromBytes(op.resolves_conflict()));
        if (!c.ok())
            return c.error();
        if (!c.value() || c.value()->recordId != stored.id)
            return reject(result, {kInvalid, u"resolves_conflict"_s}, spec.name, stored.id, stored.bucket);
        resolving = c.value();
    }
    QVariantMap after = withId(stored.fields, stored.id);
    applyFields(after, fields);
    if (auto why = authorise(spec, AccessAction::Update, fields.keys(), withId(stored.fields, stored.id), after,
                             ctx.value()))
        return reject(result, *why, spec.name, stored.id, stored.bucket);
    const MergePlan plan = planMerge(spec, stored, fields, base, m_session.deviceId,
                                     resolving ? fields.keys() : QStringList(), restore);
    if (auto why = checkRecord(spec, plan.merged))
        return reject(result, *why, spec.name, stored.id, stored.bucket);

    const qint64 oldVersion = stored.version;
    const bool asSent = base == oldVersion || resolving.has_value();
    pb::Outcome outcome = plan.hasConflict() ? pb::OUTCOME_CONFLICT : asSent ? pb::OUTCOME_APPLIED : pb::OUTCOME_MERGED;
    if (plan.changes())
        stored.version += 1;
    for (const FieldMerge &f : plan.fields) {
        if (f.kind == FieldMerge::Kind::Conflict) {
            ConflictRow c{newUuidV7(m_session.nowMs), stored.bucket, spec.name, stored.id, f.field, f.oldValue,
                          f.newValue, m_session.deviceId, m_session.actor.userId, m_session.nowMs, false, {}, 0};
            if (auto s = m_txn.putConflict(c); !s.ok())
                return s.error();
            result.add_conflict_ids(Wire::uuidToBytes(c.id));
            continue;
        }
        if (f.kind == FieldMerge::Kind::Keep) { // the restored value is older: kept in history only
            if (Status s = m_txn.putHistory(spec.name, stored.id, f.field, f.newValue, base, m_session.nowMs,
                                            m_session.actor.userId);
                !s.ok())
                return s;
            continue;
        }
        if (f.kind == FieldMerge::Kind::Overwrite) {
            if (Status s = m_txn.putHistory(spec.name, stored.id, f.field, f.oldValue, oldVersion, m_session.nowMs,
                                            m_session.actor.userId);
                !s.ok())
                return s;
        }
        stored.touch(f.field, m_session.deviceId);
    }
    if (resolving) {
        resolving->resolved = true;
        resolving->resolvedBy = m_session.actor.userId;
        if (auto s = m_txn.putConflict(*resolving); !s.ok())
            return s.error();
    }
    if (plan.changes() || outcome != pb::OUTCOME_APPLIED) {
        // Anything but "applied as sent" rewrites the record, unchanged if need be: the device
        // takes back the version it last saw and waits for the server's state, which must flow
        // back to it even when this op changed nothing (a conflict, a kept server value, or the
        // last of an offline chain whose earlier op produced the state it would otherwise skip).
        stored.fields = plan.merged;
        stored.echoDevice = outcome == pb::OUTCOME_APPLIED ? m_session.deviceId : QString();
        if (plan.changes()) {
            stored.hlc = std::max(stored.hlc, qint64(op.hlc()));
            stored.updatedAt = m_session.nowMs;
            stored.updatedBy = m_session.actor.userId;
        }
        if (Status s = write(stored, outcomeName(outcome)); !s.ok())
            return s;
        result.set_seq(quint64(stored.seq));
    }
    result.set_outcome(outcome);
    result.set_version(quint64(stored.version));
    return {};
}

Status PushApplier::command(const EntitySpec &spec, StoredRecord stored, const QVariantMap &raw, const Op &op,
                            OpResult &result)
{
    const QString name = QString::fromStdString(op.command());
    auto ctx = contextOf(stored.bucket);
    if (!ctx.ok())
        return ctx.error();
    const auto rejectWith = [&](const QString &reason, const QString &field = {}) {
        return reject(result, {reason, field}, spec.name, stored.id, stored.bucket);
    };
    if (!m_policy.mayReadCase(m_session.actor, ctx.value()))
        return rejectWith(kOutOfScope);
    const StateMachine *machine = StateMachines::builtIn().forEntity(spec.name);
    const CommandSpec *cmd = machine ? machine->command(name) : nullptr;
    if (!cmd)
        return rejectWith(kInvalid, u"command"_s);
    if (auto why = authorise(spec, AccessAction::Command, {}, withId(stored.fields, stored.id), {}, ctx.value()))
        return reject(result, *why, spec.name, stored.id, stored.bucket);
    if (!cmd->roles.isEmpty() && !cmd->roles.contains(m_session.actor.role))
        return rejectWith(kForbidden);
    const QString state = stored.fields.value(machine->stateField).toString();
    if (!cmd->from.contains(state)) {
        result.set_outcome(pb::OUTCOME_STALE_COMMAND);
        result.set_version(quint64(stored.version));
        return {};
    }
    auto decoded = decodeFields(spec, raw, cmd->args);
    if (auto *why = std::get_if<Rejection>(&decoded))
        return reject(result, *why, spec.name, stored.id, stored.bucket);
    QVariantMap changes = std::get<QVariantMap>(decoded);
    for (const QString &arg : cmd->args) // arguments that share a field's name are not fields here
        changes.remove(arg);
    const QString to = cmd->to.isEmpty() ? state : cmd->to;
    if (changes.contains(machine->stateField) && changes.value(machine->stateField).toString() != to)
        return rejectWith(kInvalid, machine->stateField);
    if (spec.personField != u"id" && changes.contains(spec.personField)
        && changes.value(spec.personField).toString() != stored.bucket)
        return rejectWith(kInvalid, spec.personField);
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        const FieldSpec *f = spec.field(it.key());
        if (isActorStamp(*f) && !isEmptyValue(it.value()) && it.value().toString() != m_session.actor.userId)
            return rejectWith(kInvalid, it.key());
    }
    for (const QString &required : cmd->requiredParams)
        if (isEmptyValue(raw.value(required)))
            return rejectWith(kInvalid, required);
    if (Status s = checkServerGuard(spec.name, name, stored.fields, raw, m_session.actor, m_session.today); !s.ok())
        return rejectWith(s.code() == Error::Forbidden ? kForbidden : kInvalid, s.error().field);
    changes.insert(machine->stateField, to);
    const MergePlan plan = planMerge(spec, stored, changes, stored.version, m_session.deviceId);
    if (auto why = checkRecord(spec, plan.merged))
        return reject(result, *why, spec.name, stored.id, stored.bucket);

    const bool asSent = qint64(op.base_version()) == stored.version;
    const pb::Outcome outcome = asSent ? pb::OUTCOME_APPLIED : pb::OUTCOME_MERGED;
    if (plan.changes() || !asSent) {  // merged: the state flows back even unchanged (see merge())
        if (plan.changes()) {
            stored.version += 1;
            for (const FieldMerge &f : plan.fields)
                stored.touch(f.field, m_session.deviceId);
            stored.hlc = std::max(stored.hlc, qint64(op.hlc()));
            stored.updatedAt = m_session.nowMs;
            stored.updatedBy = m_session.actor.userId;
        }
        stored.fields = plan.merged;
        stored.echoDevice = asSent ? m_session.deviceId : QString();
        if (Status s = write(stored, outcomeName(outcome)); !s.ok())
            return s;
        result.set_seq(quint64(stored.seq));
    }
    result.set_outcome(outcome);
    result.set_version(quint64(stored.version));
    return {};
}

Result<qint64> PushApplier::serverWrite(const QString &entity, const QString &id, const QVariantMap &fields)
{
    const EntitySpec *spec = Schema::builtIn().entity(entity);
    if (!spec)
        return Error::make(Error::Invalid, u"unknown entity"_s, u"entity"_s);
    if (uuidV7Millis(id) < 0 && QUuid::fromString(id).isNull())
        return Error::make(Error::Invalid, u"not a record id"_s, u"id"_s);
    auto decoded = decodeFields(*spec, fields);
    if (auto *why = std::get_if<Rejection>(&decoded))
        return Error::make(Error::Invalid, why->reason, why->field);
    auto stored = m_txn.record(entity, id);
    if (!stored.ok())
        return stored.error();
    StoredRecord r = stored.value().value_or(StoredRecord{});
    const bool creating = !stored.value();
    if (creating) {
        r.entity = entity;
        r.id = id;
        r.createdAt = m_session.nowMs;
        r.createdBy = m_session.actor.userId;
    }
    const MergePlan plan = planMerge(*spec, r, std::get<QVariantMap>(decoded), r.version, {});
    if (auto why = checkRecord(*spec, plan.merged))
        return Error::make(Error::Invalid, why->reason, why->field);
    r.bucket = spec->personField.isEmpty() ? QString()
             : spec->personField == u"id" ? id
                                           : plan.merged.value(spec->personField).toString();
    if (!creating && !plan.changes())
        return r.seq;
    r.version += 1;
    for (const FieldMerge &f : plan.fields)
        r.touch(f.field, {});
    r.fields = plan.merged;
    r.echoDevice.clear();
    r.updatedAt = m_session.nowMs;
    r.updatedBy = m_session.actor.userId;
    if (Status s = write(r, u"import"_s); !s.ok())
        return s.error();
    return r.seq;
}

} // namespace Qadam::Server
