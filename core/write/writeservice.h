#pragma once

#include "domain/record.h"
#include "domain/roles.h"
#include "domain/schema.h"
#include "statemachine.h"
#include "writerules.h"
#include "util/hlc.h"
#include "util/result.h"

#include <QString>
#include <QVariantMap>

namespace Qadam {

class AccessPolicy;
class Database;
class Clock;
struct AccessContext;
struct OutboxOp;
enum class AccessAction;

/**
 * The one write path for local edits. Each call runs ONE transaction that validates (typed error,
 * nothing written on failure), writes the record with its version and hybrid-logical-clock
 * metadata, appends the outbox op for the server and appends the audit event — all or nothing.
 * Append-only records (check-ins, sessions, reviews) refuse updates; corrections are amendments.
 *
 * Lives on the thread that owns the Database. The device id is created on first use and kept in
 * `meta`; the HLC is restored from and persisted to `meta` with every write.
 *
 * Access policy: with setAccessPolicy(), every create, update, amend and command is first checked
 * against the policy for the actor's role on that record of that case (context resolved by
 * CaseAccess inside the write's transaction) and refused with Error::Forbidden — after the
 * record is read, before its version, state and references are checked, so a refused caller
 * learns nothing of them — with the reason code in `detail` and the refused field in `field`.
 * An amendment is checked as an update of the record it corrects. Follow-up records a command's
 * effect writes are part of the authorised command and are not checked again. Without a policy
 * the service trusts its caller (seeding, imports, tests of validation); the product's composition
 * roots (app, server) set one — the server's check is the authoritative one.
 */
class WriteService
{
public:
    WriteService(Database &db, const Clock &clock, Actor actor, const Schema &schema = Schema::builtIn(),
                 const StateMachines &machines = StateMachines::builtIn(),
                 const WriteRules &rules = WriteRules::builtIn());

    /** Creates a record; returns its new UUIDv7. `occurredAt` is the business time (0 = now). */
    [[nodiscard]] Result<QString> create(const QString &entity, const QVariantMap &fields, qint64 occurredAt = 0);
    /** Patches fields of a mutable record made at `baseVersion`; a stale base is Error::Conflict. */
    [[nodiscard]] Status update(const QString &entity, const QString &id, qint64 baseVersion, const QVariantMap &changes);
    /**
     * Patches like update(), but the op carries every field of `changes` even where the device
     * already shows that value: the server has not heard of the choice yet. Used to settle a sync
     * conflict (`resolvesConflict` tags the op, so the server closes that conflict; audit action
     * "resolve_conflict") and to send a refused change again (retryRejected()). Fields that differ
     * are written with a new version and history like update(); when none differs the record stays
     * as it is and only the op and the audit event are written.
     */
    [[nodiscard]] Status updateExplicit(const QString &entity, const QString &id, qint64 baseVersion,
                                        const QVariantMap &changes, const QString &resolvesConflict = {});
    /**
     * Forgets the change the server refused (outbox op `deviceSeq`, state rejected) and takes its
     * local effect back, in one audited transaction ("discard_rejected"): a refused patch or
     * command puts back the values it replaced on the fields that still show the refused value
     * and that no later local change touched (a command's follow-up records are their own ops);
     * a refused create removes the record from the device. Error::NotFound when no rejected op
     * has that sequence; Error::Conflict when later local changes build on a refused create.
     */
    [[nodiscard]] Status discardRejected(qint64 deviceSeq);
    /**
     * Sends a refused patch again with `edits` laid over its fields (only fields the refused op
     * carried), on the record's current version: validated, policy-checked and audited
     * ("retry_rejected") like any edit, and the refused op leaves the list — one transaction,
     * nothing written when the new write is refused. A refused create or command is not resent
     * (Error::Invalid): discard it and make it again on the record.
     */
    [[nodiscard]] Status retryRejected(qint64 deviceSeq, const QVariantMap &edits = {});
    /** Records a correction of an append-only record: a new record whose amendsId is `originalId`. */
    [[nodiscard]] Result<QString> amend(const QString &entity, const QString &originalId, const QVariantMap &fields);
    /**
     * Issues a named command of the entity's state machine (approve, submit, extend, …) on a
     * record made at `baseVersion`. A stale base is Error::Conflict naming the current version;
     * a command not allowed from the current state is Error::InvalidTransition; a role that may
     * not issue it, Error::Forbidden. The state change, derived fields, effects (follow-up
     * records), the outbox op (kind "command") and the audit event ("command:<name>") are one
     * transaction.
     */
    [[nodiscard]] Status command(const QString &entity, const QString &id, qint64 baseVersion, const QString &name,
                                 const QVariantMap &params = {});
    /** Today's local date in Kazakhstan, from the injected clock (deadlines are local dates). */
    [[nodiscard]] QDate today() const;

    /** Audits a read of a case before it is shown, for roles whose reads are audited (R30). If this
     *  fails, the caller must not show the case. Other roles: no event, success. */
    [[nodiscard]] Status recordCaseRead(const QString &personId);

    [[nodiscard]] Result<Record> get(const QString &entity, const QString &id);
    [[nodiscard]] Result<QString> deviceId();
    [[nodiscard]] const Actor &actor() const { return m_actor; }

    /** Enforces `policy` (not owned; must outlive the service) on every later write; nullptr
     *  turns enforcement off. With a policy, recordCaseRead() also refuses a case the actor may not
     *  open. */
    void setAccessPolicy(const AccessPolicy *policy) { m_policy = policy; }
    [[nodiscard]] const AccessPolicy *accessPolicy() const { return m_policy; }

private:
    [[nodiscard]] Result<const EntitySpec *> specFor(const QString &entity) const;
    [[nodiscard]] Status validate(const EntitySpec &spec, const QVariantMap &changes, const QVariantMap &merged);
    [[nodiscard]] Status checkReferences(const EntitySpec &spec, const QVariantMap &changes);
    [[nodiscard]] Status afterWrite(const EntitySpec &spec, const Record &record);
    [[nodiscard]] Status appendOpAndAudit(const EntitySpec &spec, const Record &record, const QString &kind,
                                          qint64 baseVersion, const QVariantMap &fields, qint64 occurredAt,
                                          const QString &action, const QString &commandName = {});
    [[nodiscard]] Status appendAudit(const QString &action, const QString &entity, const QString &recordId,
                                     const QString &personId);
    [[nodiscard]] Status applyChanges(const EntitySpec &spec, Record &record, const QVariantMap &stored,
                                      const QString &kind, qint64 baseVersion, const QString &action,
                                      const QString &commandName = {}, const QVariantMap &commandArgs = {});
    /** update() and updateExplicit(): `explicitOp` sends every field of `changes`. */
    [[nodiscard]] Status patch(const QString &entity, const QString &id, qint64 baseVersion, const QVariantMap &changes,
                               bool explicitOp, const QString &action);
    /** A patch op (and its audit event) carrying `fields` on the record as it is, unchanged. */
    [[nodiscard]] Status appendUnchangedOp(const EntitySpec &spec, Record record, const QVariantMap &fields,
                                           const QString &action);
    [[nodiscard]] Status revertRejected(const EntitySpec &spec, const OutboxOp &op);
    [[nodiscard]] Status removeRejectedCreate(const EntitySpec &spec, const OutboxOp &op);
    [[nodiscard]] Result<QVariantMap> toStored(const EntitySpec &spec, const Record &current, const QVariantMap &changes);
    [[nodiscard]] Status loadState();
    [[nodiscard]] Status persistHlc();
    [[nodiscard]] Result<QString> insertNew(const EntitySpec &spec, QVariantMap fields, qint64 occurredAt,
                                            const QString &action, const Record *original = nullptr);
    /** Checks the policy (when set, outside command effects) for `fields` of the record as it is
     *  (`before`, with its id) and as it will be (`after`); either may be empty. */
    [[nodiscard]] Status authorise(const EntitySpec &spec, AccessAction action, const QStringList &fields,
                                   const QVariantMap &before, const QVariantMap &after);
    [[nodiscard]] Result<AccessContext> accessContext(const EntitySpec &spec, const QVariantMap &record);

    Database &m_db;
    const Clock &m_clock;
    Actor m_actor;
    const Schema &m_schema;
    const StateMachines &m_machines;
    const WriteRules &m_rules;
    HybridClock m_hlc;
    QString m_deviceId;
    const AccessPolicy *m_policy = nullptr;
    int m_effectDepth = 0;  ///< > 0 while a command's effect writes its follow-up records
    QString m_resolvesConflict;  ///< set by updateExplicit() for the one op it appends
};

} // namespace Qadam
