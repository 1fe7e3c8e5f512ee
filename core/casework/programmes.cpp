// The individual programme of social and legal assistance (PEC Art. 172 part 7) and its measures:
// state machines and plan rules. A programme is submitted with at least one assessed need that
// has a goal and a measure; approval (never by the author) freezes the version's plan; a
// revision supersedes it with a new draft that carries the plan over under new ids. Measures keep
// progressing through their own commands while the programme is in force, but their plan fields
// change only in a draft (ProgrammeRules, declared in programmebuilder.h).
#include "commandhelpers.h"
#include "machines.h"
#include "programmebuilder.h"

#include "domain/schema.h"
#include "store/database.h"
#include "store/recordstore.h"
#include "write/writeservice.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Qadam {

namespace {

using namespace CommandHelpers;

const QString kProgramme = u"AssistanceProgramme"_s;
const QString kNeed = u"ProgrammeNeed"_s;
const QString kGoal = u"ProgrammeGoal"_s;
const QString kMeasure = u"ProgrammeMeasure"_s;
const QList<Role> kOfficer = { Role::ProbationOfficer };
const QList<Role> kSupervisor = { Role::Supervisor };
const QList<Role> kCaseStaff = { Role::ProbationOfficer, Role::Supervisor };
const QStringList kOpenMeasure = { u"planned"_s, u"in_progress"_s };
/** Records a measure's evidence may point at. */
const QStringList kEvidenceEntities = { u"CheckIn"_s, u"CounsellingSession"_s, u"Document"_s };
constexpr int kMaxEvidenceLinks = 50;

Error invalid(const QString &field, const QString &why)
{
    return Error::make(Error::Invalid, why, field);
}

// ---- Programme commands ----

CommandSpec submit()
{
    CommandSpec c { u"submit"_s, { u"draft"_s }, u"submitted"_s };
    c.roles = kOfficer;
    c.guard = [](const CommandContext &ctx) -> Status {
        auto planned = ctx.db.scalar(
            u"SELECT count(*) FROM programme_need n "
            u"JOIN programme_goal g ON g.need_id = n.id AND g.programme_id = n.programme_id "
            u"JOIN programme_measure m ON m.goal_id = g.id AND m.programme_id = n.programme_id "
            u"WHERE n.programme_id = ?1 AND coalesce(n.severity, 'none') <> 'none' "
            u"AND m.status NOT IN ('cancelled', 'not_possible')"_s,
            { ctx.before.id });
        if (!planned.ok())
            return planned.error();
        return planned.value().toLongLong() > 0
            ? Status {}
            : invalid(u"needs"_s,
                u"a programme is submitted with at least one assessed need that has a "
                u"goal and a measure"_s);
    };
    return c;
}

CommandSpec approve()
{
    CommandSpec c { u"approve"_s, { u"submitted"_s }, u"approved"_s };
    c.roles = kSupervisor;
    c.guard = [](const CommandContext &ctx) {
        return ctx.actor.userId == text(ctx.before.fields, u"draftedBy"_s) ? Error::make(Error::Forbidden,
                   u"a supervisor never approves a programme they drafted"_s, u"approvedBy"_s)
                                                                           : Status {};
    };
    c.derive = stamp(u"approvedBy"_s, u"approvedAt"_s);
    return c;
}

/** The first column of every row `sql` returns for the one argument `arg`. */
Result<QStringList> firstColumn(Database &db, const QString &sql, const QString &arg)
{
    auto q = db.prepare(sql);
    if (!q.ok())
        return q.error();
    q.value().bind(1, arg);
    QStringList values;
    for (;;) {
        auto row = q.value().step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            return values;
        values << q.value().text(0);
    }
}

/**
 * Copies the items of one kind from a superseded programme to its new draft: new ids, the new
 * programme, the parent link (`parentField`) remapped through `parents`; `idMap` gets old → new.
 * Only items `keep` accepts are copied.
 */
Status copyItems(WriteService &w, Database &db, const QString &entity, const QString &fromId,
    const QString &toId, const QString &parentField, const QHash<QString, QString> &parents,
    QHash<QString, QString> &idMap, const std::function<bool(const QVariantMap &)> &keep = {})
{
    // Oldest first; items made in the same millisecond by their last change.
    auto ids = firstColumn(db,
        u"SELECT id FROM %1 WHERE programme_id = ?1 ORDER BY created_at, hlc"_s.arg(
            Schema::builtIn().entity(entity)->table),
        fromId);
    if (!ids.ok())
        return ids.error();
    for (const QString &id : ids.value()) {
        auto item = w.get(entity, id);
        if (!item.ok())
            return item.error();
        QVariantMap fields = item.value().fields;
        if (keep && !keep(fields))
            continue;
        fields.insert(u"programmeId"_s, toId);
        if (!parentField.isEmpty() && parents.contains(fields.value(parentField).toString()))
            fields.insert(parentField, parents.value(fields.value(parentField).toString()));
        auto copy = w.create(entity, fields);
        if (!copy.ok())
            return copy.error();
        idMap.insert(id, copy.value());
    }
    return {};
}

/** Open referrals follow their measure into the new version, so outcomes reach the live plan. */
Status moveOpenReferrals(WriteService &w, Database &db, const QHash<QString, QString> &measures)
{
    for (auto it = measures.cbegin(); it != measures.cend(); ++it) {
        auto open = firstColumn(db,
            u"SELECT id FROM referral WHERE measure_id = ?1 "
            u"AND status IN ('sent', 'accepted', 'active')"_s,
            it.key());
        if (!open.ok())
            return open.error();
        for (const QString &id : open.value()) {
            auto referral = w.get(u"Referral"_s, id);
            if (!referral.ok())
                return referral.error();
            if (Status s
                = w.update(u"Referral"_s, id, referral.value().version, { { u"measureId"_s, it.value() } });
                !s.ok())
                return s;
        }
    }
    return {};
}

/** The plan of `fromId` (needs → goals → open measures) under the new draft `toId`. Delivered,
 *  cancelled and impossible measures stay with the version under which they closed. */
Status copyPlan(WriteService &w, Database &db, const QString &fromId, const QString &toId)
{
    QHash<QString, QString> needs, goals, measures;
    if (Status s = copyItems(w, db, kNeed, fromId, toId, QString(), {}, needs); !s.ok())
        return s;
    if (Status s = copyItems(w, db, kGoal, fromId, toId, u"needId"_s, needs, goals); !s.ok())
        return s;
    const auto open = [](const QVariantMap &m) { return kOpenMeasure.contains(text(m, u"status"_s)); };
    if (Status s = copyItems(w, db, kMeasure, fromId, toId, u"goalId"_s, goals, measures, open); !s.ok())
        return s;
    return moveOpenReferrals(w, db, measures);
}

CommandSpec revise()
{
    CommandSpec c { u"revise"_s, { u"approved"_s, u"active"_s, u"under_review"_s }, u"superseded"_s };
    c.roles = kCaseStaff;
    c.effect = [](WriteService &w, const CommandContext &ctx, const Record &after) {
        QVariantMap draft = { { u"versionNo"_s, after.fields.value(u"versionNo"_s).toLongLong() + 1 },
            { u"status"_s, u"draft"_s }, { u"supersedesId"_s, after.id },
            { u"draftedBy"_s, ctx.actor.userId } };
        for (const QString &kept : { u"personId"_s, u"orderId"_s, u"personCategory"_s, u"templateVersion"_s })
            if (after.fields.contains(kept))
                draft.insert(kept, after.fields.value(kept));
        auto id = w.create(kProgramme, draft);
        if (!id.ok())
            return Status(id.error());
        return copyPlan(w, ctx.db, after.id, id.value());
    };
    return c;
}

// ---- Measure commands ----

/** A measure progresses while its programme is in force or being drafted, never after it ended. */
Status programmeInForce(Database &db, const QVariantMap &measure)
{
    auto programme = ProgrammeRules::storedFields(db, kProgramme, text(measure, u"programmeId"_s));
    if (!programme.ok())
        return programme.error();
    return ProgrammeRules::endedStates().contains(text(programme.value(), u"status"_s))
        ? Error::make(Error::InvalidTransition, u"the measure's programme has ended"_s, u"programmeId"_s)
        : Status {};
}

Status measureGuard(const CommandContext &ctx)
{
    return programmeInForce(ctx.db, ctx.before.fields);
}

// ---- Plan rules ----

/** The programme an item belongs to must be a draft for `field` to change (or the item be added). */
Status draftOnly(const QString &status, const QString &field)
{
    return status == u"draft" ? Status {}
                              : Error::make(Error::InvalidTransition,
                                  u"the programme's plan is frozen in this state; revise it"_s, field);
}

/** Refuses a write into a frozen plan: creating an item, or changing one of its plan fields. */
Status frozenPlan(const QString &status, bool creating, const QVariantMap &changes, const QStringList &plan)
{
    if (creating)
        return draftOnly(status, u"programmeId"_s);
    for (auto it = changes.cbegin(); it != changes.cend(); ++it)
        if (plan.contains(it.key()))
            if (Status s = draftOnly(status, it.key()); !s.ok())
                return s;
    return {};
}

Status parentLinks(
    Database &db, const QString &entity, const QVariantMap &changes, const QString &programmeId)
{
    const Error outside
        = invalid(entity == kGoal ? u"needId"_s : u"goalId"_s, u"must belong to the same programme"_s);
    if (entity == kGoal && changes.contains(u"needId"_s))
        return ProgrammeRules::checkStoredField(
            db, kNeed, text(changes, u"needId"_s), u"programmeId"_s, programmeId, outside);
    if (entity == kMeasure && changes.contains(u"goalId"_s))
        return ProgrammeRules::checkStoredField(
            db, kGoal, text(changes, u"goalId"_s), u"programmeId"_s, programmeId, outside);
    return {};
}

} // namespace

namespace ProgrammeRules {

Result<QVariantMap> storedFields(Database &db, const QString &entity, const QString &id)
{
    auto record = RecordStore(db).get(*Schema::builtIn().entity(entity), id);
    if (!record.ok() && record.code() != Error::NotFound)
        return record.error();
    return record.ok() ? record.value().fields : QVariantMap();
}

Status checkStoredField(Database &db, const QString &entity, const QString &id, const QString &field,
    const QString &expected, const Error &otherwise)
{
    if (id.isEmpty())
        return {};
    auto fields = storedFields(db, entity, id);
    if (!fields.ok())
        return fields.error();
    return !expected.isEmpty() && text(fields.value(), field) == expected ? Status {} : Status(otherwise);
}

const QStringList &endedStates()
{
    static const QStringList states = { u"superseded"_s, u"completed"_s, u"closed"_s };
    return states;
}

const QStringList &planFields(const QString &entity)
{
    static const QHash<QString, QStringList> fields = {
        { kNeed, { u"domainCode"_s, u"assessment"_s, u"priority"_s, u"severity"_s } },
        { kGoal, { u"needId"_s, u"description"_s, u"targetDate"_s } },
        { kMeasure,
            { u"goalId"_s, u"interventionCode"_s, u"providerOrganisationId"_s, u"providerCounsellorId"_s,
                u"dueOn"_s, u"frequency"_s } },
    };
    static const QStringList none;
    auto it = fields.constFind(entity);
    return it == fields.cend() ? none : it.value();
}

Status checkEvidenceLinks(Database &db, const QString &personId, const QVariant &links)
{
    if (!links.isValid() || links.isNull()
        || (links.typeId() == QMetaType::QString && links.toString().isEmpty()))
        return {};
    const QJsonDocument doc = links.typeId() == QMetaType::QString
        ? QJsonDocument::fromJson(links.toString().toUtf8())
        : QJsonDocument::fromVariant(links);
    const QString field = u"evidenceLinks"_s;
    if (!doc.isArray() || doc.array().size() > kMaxEvidenceLinks)
        return invalid(field, u"must be a list of at most %1 {entity, id} links"_s.arg(kMaxEvidenceLinks));
    const Error foreign = invalid(field, u"evidence must be a record of the same person"_s);
    for (const QJsonValue v : doc.array()) {
        const QString entity = v.toObject().value(u"entity"_s).toString();
        const QString id = v.toObject().value(u"id"_s).toString();
        if (!kEvidenceEntities.contains(entity))
            return invalid(field, u"evidence is a check-in, a counselling session or a document"_s);
        if (id.isEmpty())
            return foreign;
        if (Status s = checkStoredField(db, entity, id, u"personId"_s, personId, foreign); !s.ok())
            return s;
    }
    return {};
}

Status checkPlanEdit(
    Database &db, const QString &entity, const QVariantMap &current, const QVariantMap &changes)
{
    const QStringList &plan = planFields(entity);
    if (plan.isEmpty())
        return {};
    const bool creating = current.isEmpty();
    const QVariantMap &owner = creating ? changes : current;
    const QString programmeId = text(owner, u"programmeId"_s);
    if (!creating && changes.contains(u"programmeId"_s) && text(changes, u"programmeId"_s) != programmeId)
        return invalid(u"programmeId"_s, u"an item stays in its programme"_s);
    auto programme = ProgrammeRules::storedFields(db, kProgramme, programmeId);
    if (!programme.ok())
        return programme.error();
    const QString status = text(programme.value(), u"status"_s);
    if (status.isEmpty() || text(programme.value(), u"personId"_s) != text(owner, u"personId"_s))
        return invalid(u"programmeId"_s, u"not a programme of this person"_s);
    if (Status s = frozenPlan(status, creating, changes, plan); !s.ok())
        return s;
    if (Status s = parentLinks(db, entity, changes, programmeId); !s.ok())
        return s;
    return entity == kMeasure
        ? checkEvidenceLinks(db, text(owner, u"personId"_s), changes.value(u"evidenceLinks"_s))
        : Status {};
}

} // namespace ProgrammeRules

StateMachine programmeMachine()
{
    CommandSpec sendBack { u"return"_s, { u"submitted"_s }, u"draft"_s };
    sendBack.roles = kSupervisor;
    sendBack.params = { u"supervisorComment"_s };
    sendBack.requiredParams = { u"supervisorComment"_s };
    CommandSpec activate { u"activate"_s, { u"approved"_s }, u"active"_s };
    activate.roles = kCaseStaff;
    activate.derive = stampDate(u"activatedOn"_s);
    CommandSpec startReview { u"start_review"_s, { u"active"_s }, u"under_review"_s };
    startReview.roles = kCaseStaff;
    CommandSpec finishReview { u"finish_review"_s, { u"under_review"_s }, u"active"_s };
    finishReview.roles = kCaseStaff;
    CommandSpec complete { u"complete"_s, { u"active"_s, u"under_review"_s }, u"completed"_s };
    complete.roles = kCaseStaff;
    complete.derive = stampDate(u"completedOn"_s);
    CommandSpec close { u"close"_s,
        { u"draft"_s, u"submitted"_s, u"approved"_s, u"active"_s, u"under_review"_s }, u"closed"_s };
    close.roles = kCaseStaff;
    close.params = { u"closureReason"_s };
    close.requiredParams = { u"closureReason"_s };
    return StateMachine { kProgramme, u"status"_s, { u"draft"_s },
        { u"submitted"_s, u"approved"_s, u"active"_s, u"under_review"_s, u"completed"_s, u"closed"_s,
            u"superseded"_s },
        { submit(), sendBack, approve(), activate, startReview, finishReview, complete, close, revise() } };
}

StateMachine measureMachine()
{
    CommandSpec start { u"start"_s, { u"planned"_s }, u"in_progress"_s };
    start.guard = measureGuard;
    CommandSpec done { u"complete"_s, kOpenMeasure, u"done"_s };
    done.params = { u"deliveredOn"_s, u"evidence"_s, u"evidenceLinks"_s };
    done.requiredParams = { u"deliveredOn"_s };
    done.guard = [](const CommandContext &ctx) {
        if (Status s = measureGuard(ctx); !s.ok())
            return s;
        return ProgrammeRules::checkEvidenceLinks(
            ctx.db, text(ctx.before.fields, u"personId"_s), ctx.params.value(u"evidenceLinks"_s));
    };
    CommandSpec cancel { u"cancel"_s, kOpenMeasure, u"cancelled"_s };
    cancel.roles = kCaseStaff;
    cancel.guard = measureGuard;
    CommandSpec impossible { u"mark_not_possible"_s, kOpenMeasure, u"not_possible"_s };
    impossible.params = { u"notPossibleReason"_s };
    impossible.requiredParams = { u"notPossibleReason"_s };
    impossible.guard = measureGuard;
    return StateMachine { kMeasure, u"status"_s, kOpenMeasure, {}, { start, done, cancel, impossible } };
}

} // namespace Qadam
