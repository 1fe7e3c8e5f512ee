#include "writeservice.h"

#include "audit/auditlog.h"
#include "casework/accesspolicy.h"
#include "casework/caseaccess.h"
#include "outbox.h"
#include "search/nameindex.h"
#include "store/database.h"
#include "store/meta.h"
#include "store/recordstore.h"
#include "util/uuid.h"

#include <QDateTime>
#include <QScopeGuard>

using namespace Qt::StringLiterals;

namespace Qadam {

namespace {

const QString kAmendsId = u"amendsId"_s;

Status invalid(const QString &field, const QString &why)
{
    return Error::make(Error::Invalid, u"%1: %2"_s.arg(field, why), field);
}

/** A record's fields with its id under "id", as the access policy reads records. */
QVariantMap withId(const Record &record)
{
    QVariantMap fields = record.fields;
    fields.insert(u"id"_s, record.id);
    return fields;
}

/** Marks the writes of a command's effect as part of the command (see WriteService::authorise). */
class EffectScope
{
public:
    explicit EffectScope(int &depth) : m_depth(depth) { ++m_depth; }
    ~EffectScope() { --m_depth; }
    EffectScope(const EffectScope &) = delete;
    EffectScope &operator=(const EffectScope &) = delete;

private:
    int &m_depth;
};

} // namespace

WriteService::WriteService(Database &db, const Clock &clock, Actor actor, const Schema &schema,
                           const StateMachines &machines, const WriteRules &rules)
    : m_db(db), m_clock(clock), m_actor(std::move(actor)), m_schema(schema), m_machines(machines), m_rules(rules),
      m_hlc(clock)
{
}

Result<const EntitySpec *> WriteService::specFor(const QString &entity) const
{
    const EntitySpec *spec = m_schema.entity(entity);
    if (!spec)
        return Error::make(Error::Invalid, u"unknown entity"_s, u"entity"_s);
    return spec;
}

Status WriteService::loadState()
{
    // Read inside every write transaction rather than cached: if the transaction that first
    // stored the device id rolled back, the id must not survive in memory alone.
    auto id = Meta::get(m_db, u"device_id"_s);
    if (!id.ok())
        return id.error();
    m_deviceId = id.value();
    if (m_deviceId.isEmpty()) {
        m_deviceId = newUuidV7(m_clock.nowMs());
        if (Status s = Meta::set(m_db, u"device_id"_s, m_deviceId); !s.ok())
            return s;
    }
    auto last = Meta::get(m_db, u"hlc_last"_s, u"0"_s);
    if (!last.ok())
        return last.error();
    m_hlc.observe(last.value().toLongLong());
    return {};
}

Status WriteService::persistHlc()
{
    return Meta::set(m_db, u"hlc_last"_s, QString::number(m_hlc.last()));
}

Result<QString> WriteService::deviceId()
{
    Transaction tx(m_db);
    if (!tx.began())
        return tx.beginStatus().error();
    if (Status s = loadState(); !s.ok())
        return s.error();
    if (Status s = tx.commit(); !s.ok())
        return s.error();
    return m_deviceId;
}

Status WriteService::validate(const EntitySpec &spec, const QVariantMap &changes, const QVariantMap &merged)
{
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        const FieldSpec *f = spec.field(it.key());
        if (!f)
            return invalid(it.key(), u"unknown field"_s);
        if (Status s = Schema::validateField(*f, it.value()); !s.ok())
            return s;
    }
    for (const FieldSpec &f : spec.fields) {
        if (f.required && !changes.contains(f.name)) {
            if (Status s = Schema::validateField(f, merged.value(f.name)); !s.ok())
                return s;
        }
    }
    return spec.check ? spec.check(merged) : Status{};
}

Status WriteService::checkReferences(const EntitySpec &spec, const QVariantMap &changes)
{
    RecordStore store(m_db);
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        const FieldSpec *f = spec.field(it.key());
        if (!f || f->type != FieldType::Id || f->refEntity.isEmpty() || it.value().isNull())
            continue;
        const EntitySpec *target = m_schema.entity(f->refEntity);
        if (!target)
            continue;
        auto found = store.exists(*target, it.value().toString());
        if (!found.ok())
            return found.error();
        if (!found.value())
            return invalid(f->name, u"refers to a record that does not exist"_s);
    }
    return {};
}

Result<AccessContext> WriteService::accessContext(const EntitySpec &spec, const QVariantMap &record)
{
    CaseAccess access(m_db);
    if (spec.personField.isEmpty())
        return access.resolveActor(m_actor);
    if (spec.personField == u"id" && !record.contains(u"id"_s))
        return access.resolveIntake(m_actor, record);
    return access.resolve(m_actor, record.value(spec.personField == u"id" ? u"id"_s : spec.personField).toString(),
                          today());
}

Status WriteService::authorise(const EntitySpec &spec, AccessAction action, const QStringList &fields,
                               const QVariantMap &before, const QVariantMap &after)
{
    if (!m_policy || m_effectDepth > 0)
        return {};
    auto ctx = accessContext(spec, before.isEmpty() ? after : before);
    if (!ctx.ok())
        return ctx.error();
    for (const QVariantMap *record : {&before, &after}) {
        if (record->isEmpty())
            continue;
        const AccessDecision d = m_policy->decideFields(m_actor, spec, action, fields, *record, ctx.value());
        if (!d.allowed())
            return Error::make(Error::Forbidden,
                               u"policy %1: %2 %3"_s.arg(d.code(), accessActionName(action), spec.name), d.field);
    }
    return {};
}

Status WriteService::afterWrite(const EntitySpec &spec, const Record &record)
{
    if (spec.name == u"Person")
        return NameIndex::reindex(m_db, record.id, record.fields);
    return {};
}

Status WriteService::appendAudit(const QString &action, const QString &entity, const QString &recordId,
                                 const QString &personId)
{
    AuditEvent event;
    event.id = newUuidV7(m_clock.nowMs());
    event.at = m_clock.nowMs();
    event.actorId = m_actor.userId;
    event.actorRole = roleName(m_actor.role);
    event.deviceId = m_deviceId;
    event.action = action;
    event.entity = entity;
    event.recordId = recordId;
    event.personId = personId;
    return AuditLog::append(m_db, event);
}

Status WriteService::appendOpAndAudit(const EntitySpec &spec, const Record &record, const QString &kind,
                                      qint64 baseVersion, const QVariantMap &fields, qint64 occurredAt,
                                      const QString &action, const QString &commandName)
{
    OutboxOp op;
    op.opId = newUuidV7(m_clock.nowMs());
    op.deviceId = m_deviceId;
    op.entity = spec.name;
    op.recordId = record.id;
    op.kind = kind;
    op.command = commandName;
    op.baseVersion = baseVersion;
    op.fields = fields;
    op.hlc = record.hlc;
    op.occurredAt = occurredAt > 0 ? occurredAt : m_clock.nowMs();
    op.schemaVersion = Schema::kVersion;
    op.createdAt = m_clock.nowMs();
    if (m_effectDepth == 0)
        op.resolvesConflict = m_resolvesConflict;
    if (Status s = Outbox::append(m_db, op); !s.ok())
        return s;
    const QString personId = spec.personField.isEmpty() ? QString()
                           : spec.personField == u"id"  ? record.id
                                                        : record.fields.value(spec.personField).toString();
    if (Status s = appendAudit(action, spec.name, record.id, personId); !s.ok())
        return s;
    return persistHlc();
}

Result<QString> WriteService::create(const QString &entity, const QVariantMap &fields, qint64 occurredAt)
{
    auto spec = specFor(entity);
    if (!spec.ok())
        return spec.error();
    if (fields.contains(kAmendsId))
        return invalid(kAmendsId, u"corrections go through amend()"_s).error();
    return insertNew(*spec.value(), fields, occurredAt, u"create"_s);
}

Result<QString> WriteService::insertNew(const EntitySpec &spec, QVariantMap fields, qint64 occurredAt,
                                        const QString &action, const Record *original)
{
    QVariantMap stored;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        const FieldSpec *f = spec.field(it.key());
        if (!f)
            return invalid(it.key(), u"unknown field"_s).error();
        if (Status s = Schema::validateField(*f, it.value()); !s.ok())
            return s.error();
        if (QVariant v = Schema::toStorage(*f, it.value()); !v.isNull())
            stored.insert(f->name, v);
    }
    if (Status s = validate(spec, stored, stored); !s.ok())
        return s.error();
    if (const StateMachine *machine = m_machines.forEntity(spec.name)) {
        const QString state = stored.value(machine->stateField).toString();
        if (!machine->initialStates.contains(state))
            return Error::make(Error::InvalidTransition, u"a new %1 cannot start as '%2'"_s.arg(spec.name, state),
                               machine->stateField);
    }

    Transaction tx(m_db);
    if (!tx.began())
        return tx.beginStatus().error();
    if (Status s = loadState(); !s.ok())
        return s.error();
    const Status allowed = original ? authorise(spec, AccessAction::Update, fields.keys(), withId(*original), stored)
                                    : authorise(spec, AccessAction::Create, stored.keys(), {}, stored);
    if (!allowed.ok())
        return allowed.error();
    if (Status s = checkReferences(spec, stored); !s.ok())
        return s.error();
    if (Status s = m_rules.check(m_db, spec.name, {}, stored, today()); !s.ok())
        return s.error();
    Record record;
    record.entity = spec.name;
    record.id = newUuidV7(m_clock.nowMs());
    record.version = 1;
    record.hlc = m_hlc.tick();
    record.createdAt = record.updatedAt = m_clock.nowMs();
    record.createdBy = record.updatedBy = m_actor.userId;
    record.originDevice = m_deviceId;
    record.fields = stored;
    if (Status s = RecordStore(m_db).insert(spec, record); !s.ok())
        return s.error();
    if (Status s = afterWrite(spec, record); !s.ok())
        return s.error();
    if (Status s = appendOpAndAudit(spec, record, u"create"_s, 0, stored, occurredAt, action); !s.ok())
        return s.error();
    if (Status s = tx.commit(); !s.ok())
        return s.error();
    return record.id;
}

Result<QVariantMap> WriteService::toStored(const EntitySpec &spec, const Record &current, const QVariantMap &changes)
{
    QVariantMap stored;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        const FieldSpec *f = spec.field(it.key());
        if (!f)
            return invalid(it.key(), u"unknown field"_s).error();
        if (Status s = Schema::validateField(*f, it.value()); !s.ok())
            return s.error();
        const QVariant v = Schema::toStorage(*f, it.value());
        if (v != current.fields.value(f->name))
            stored.insert(f->name, v);
    }
    return stored;
}

Status WriteService::applyChanges(const EntitySpec &spec, Record &record, const QVariantMap &stored, const QString &kind,
                                  qint64 baseVersion, const QString &action, const QString &commandName,
                                  const QVariantMap &commandArgs)
{
    QVariantMap merged = record.fields;
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        it.value().isNull() ? (void)merged.remove(it.key()) : (void)merged.insert(it.key(), it.value());
    if (Status s = validate(spec, stored, merged); !s.ok())
        return s;
    if (Status s = loadState(); !s.ok())
        return s;
    if (Status s = checkReferences(spec, stored); !s.ok())
        return s;
    if (kind == u"patch") {  // commands are checked by their own guards
        if (Status s = m_rules.check(m_db, spec.name, record.fields, stored, today()); !s.ok())
            return s;
    }

    auto history = m_db.cached(u"INSERT INTO field_history(entity, record_id, field, old_value, version, changed_at, "
                               u"changed_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"_s);
    if (!history.ok())
        return history.error();
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        Statement &h = history.value();
        h.reset();
        h.bind(1, spec.name).bind(2, record.id).bind(3, it.key()).bind(4, record.fields.value(it.key()));
        h.bind(5, record.version).bind(6, m_clock.nowMs()).bind(7, m_actor.userId);
        if (Status s = h.run(); !s.ok())
            return s;
    }

    record.fields = merged;
    record.version += 1;
    record.hlc = m_hlc.tick();
    record.updatedAt = m_clock.nowMs();
    record.updatedBy = m_actor.userId;
    if (Status s = RecordStore(m_db).update(spec, record, stored.keys()); !s.ok())
        return s;
    if (Status s = afterWrite(spec, record); !s.ok())
        return s;
    QVariantMap opFields = stored;
    opFields.insert(commandArgs);
    return appendOpAndAudit(spec, record, kind, baseVersion, opFields, 0, action, commandName);
}

Status WriteService::update(const QString &entity, const QString &id, qint64 baseVersion, const QVariantMap &changes)
{
    return patch(entity, id, baseVersion, changes, false, u"update"_s);
}

Status WriteService::updateExplicit(const QString &entity, const QString &id, qint64 baseVersion,
                                    const QVariantMap &changes, const QString &resolvesConflict)
{
    m_resolvesConflict = resolvesConflict;
    const auto clear = qScopeGuard([this] { m_resolvesConflict.clear(); });
    return patch(entity, id, baseVersion, changes, true,
                 resolvesConflict.isEmpty() ? u"update"_s : u"resolve_conflict"_s);
}

Status WriteService::patch(const QString &entity, const QString &id, qint64 baseVersion, const QVariantMap &changes,
                           bool explicitOp, const QString &action)
{
    auto spec = specFor(entity);
    if (!spec.ok())
        return spec.error();
    const EntitySpec &es = *spec.value();
    if (es.appendOnly)
        return Error::make(Error::AppendOnly, u"%1 records are append-only; record an amendment"_s.arg(es.name));
    if (changes.isEmpty())
        return invalid(u"fields"_s, u"no changes"_s);
    if (!es.personField.isEmpty() && es.personField != u"id" && changes.contains(es.personField))
        return invalid(es.personField, u"a record cannot move to another case"_s);
    const StateMachine *machine = m_machines.forEntity(es.name);
    if (machine && changes.contains(machine->stateField))
        return Error::make(Error::InvalidTransition, u"%1 changes only through commands"_s.arg(machine->stateField),
                           machine->stateField);

    Transaction tx(m_db);
    if (!tx.began())
        return tx.beginStatus();
    auto current = RecordStore(m_db).get(es, id);
    if (!current.ok())
        return current.error();
    Record record = current.value();
    QVariantMap after = withId(record);
    after.insert(changes);
    if (Status s = authorise(es, AccessAction::Update, changes.keys(), withId(record), after); !s.ok())
        return s;
    if (record.version != baseVersion)
        return Error::make(Error::Conflict, u"stale base version %1; current is %2"_s.arg(baseVersion).arg(record.version));
    if (machine && machine->frozenStates.contains(record.fields.value(machine->stateField).toString()))
        return Error::make(Error::InvalidTransition, u"a %1 record in this state is frozen; revise it instead"_s.arg(es.name),
                           machine->stateField);
    auto stored = toStored(es, record, changes);
    if (!stored.ok())
        return stored.error();
    QVariantMap sent;  // explicit: every field of `changes`, in storage form, also the unchanged ones
    if (explicitOp) {
        for (auto it = changes.cbegin(); it != changes.cend(); ++it)
            sent.insert(it.key(), Schema::toStorage(*es.field(it.key()), it.value()));
    }
    if (stored.value().isEmpty() && !explicitOp)
        return {};  // nothing actually changed: no new version, no op, no audit event
    const Status written = stored.value().isEmpty()
                             ? appendUnchangedOp(es, record, sent, action)
                             // A patch's "command arguments" are laid over the changed fields in its op.
                             : applyChanges(es, record, stored.value(), u"patch"_s, baseVersion, action, {}, sent);
    if (!written.ok())
        return written;
    return tx.commit();
}

Status WriteService::appendUnchangedOp(const EntitySpec &spec, Record record, const QVariantMap &fields,
                                       const QString &action)
{
    if (Status s = loadState(); !s.ok())
        return s;
    record.hlc = m_hlc.tick();  // the op is a new event even though the record keeps its state
    return appendOpAndAudit(spec, record, u"patch"_s, record.version, fields, 0, action);
}

Status WriteService::command(const QString &entity, const QString &id, qint64 baseVersion, const QString &name,
                             const QVariantMap &params)
{
    auto spec = specFor(entity);
    if (!spec.ok())
        return spec.error();
    const EntitySpec &es = *spec.value();
    const StateMachine *machine = m_machines.forEntity(es.name);
    const CommandSpec *cmd = machine ? machine->command(name) : nullptr;
    if (!cmd)
        return invalid(u"command"_s, u"%1 has no command '%2'"_s.arg(es.name, name));

    Transaction tx(m_db);
    if (!tx.began())
        return tx.beginStatus();
    auto current = RecordStore(m_db).get(es, id);
    if (!current.ok())
        return current.error();
    Record record = current.value();
    if (Status s = authorise(es, AccessAction::Command, {}, withId(record), {}); !s.ok())
        return s;
    if (record.version != baseVersion)
        return Error::make(Error::Conflict, u"stale base version %1; current is %2"_s.arg(baseVersion).arg(record.version));
    const CommandContext ctx{m_actor, current.value(), params, today(), m_db, m_clock.nowMs()};
    if (Status s = checkCommand(*machine, *cmd, ctx); !s.ok())
        return s;

    QVariantMap changes;
    for (const QString &field : cmd->params)
        if (params.contains(field))
            changes.insert(field, params.value(field));
    if (cmd->derive)
        changes.insert(cmd->derive(ctx));
    if (!cmd->to.isEmpty())
        changes.insert(machine->stateField, cmd->to);
    auto stored = toStored(es, record, changes);
    if (!stored.ok())
        return stored.error();
    QVariantMap args;
    for (const QString &arg : cmd->args)
        if (params.contains(arg))
            args.insert(arg, params.value(arg));
    if (Status s = applyChanges(es, record, stored.value(), u"command"_s, baseVersion, u"command:"_s + name, name, args);
        !s.ok())
        return s;
    if (cmd->effect) {
        const EffectScope effect(m_effectDepth);
        if (Status s = cmd->effect(*this, ctx, record); !s.ok())
            return s;
    }
    return tx.commit();
}

QDate WriteService::today() const
{
    return m_clock.today();
}

Result<QString> WriteService::amend(const QString &entity, const QString &originalId, const QVariantMap &fields)
{
    auto spec = specFor(entity);
    if (!spec.ok())
        return spec.error();
    const EntitySpec &es = *spec.value();
    if (!es.appendOnly || !es.field(kAmendsId))
        return invalid(u"entity"_s, u"only append-only records take amendments"_s).error();
    auto original = RecordStore(m_db).get(es, originalId);
    if (!original.ok())
        return original.error();
    QVariantMap withLink = fields;
    withLink.insert(kAmendsId, originalId);
    if (!es.personField.isEmpty()) {
        const QVariant person = original.value().fields.value(es.personField);
        if (withLink.contains(es.personField) && withLink.value(es.personField) != person)
            return invalid(es.personField, u"an amendment belongs to the same case"_s).error();
        withLink.insert(es.personField, person);
    }
    return insertNew(es, withLink, 0, u"amend"_s, &original.value());
}

Status WriteService::recordCaseRead(const QString &personId)
{
    if (!readsAreAudited(m_actor.role) && !m_policy)
        return {};
    Transaction tx(m_db);
    if (!tx.began())
        return tx.beginStatus();
    if (m_policy) {
        auto ctx = CaseAccess(m_db).resolve(m_actor, personId, today());
        if (!ctx.ok())
            return ctx.error();
        if (const AccessDecision d = m_policy->decideCaseRead(m_actor, ctx.value()); !d.allowed())
            return Error::make(Error::Forbidden, u"policy %1: read Person"_s.arg(d.code()));
    }
    if (!readsAreAudited(m_actor.role))
        return {};
    if (Status s = loadState(); !s.ok())
        return s;
    if (Status s = appendAudit(u"read"_s, u"Person"_s, personId, personId); !s.ok())
        return s;
    return tx.commit();
}

Result<Record> WriteService::get(const QString &entity, const QString &id)
{
    auto spec = specFor(entity);
    if (!spec.ok())
        return spec.error();
    return RecordStore(m_db).get(*spec.value(), id);
}

} // namespace Qadam
