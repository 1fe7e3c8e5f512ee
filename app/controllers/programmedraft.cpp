#include "programmedraft.h"

#include "personreader.h"
#include "storeworker.h"

#include "casework/programmetemplates.h"
#include "domain/referencedata.h"
#include "domain/schema.h"
#include "store/database.h"
#include "store/recordstore.h"
#include "write/writeservice.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Qadam {

int ProgrammeDraft::goalCount() const
{
    int n = 0;
    for (const DraftNeed &need : needs)
        for (const DraftGoal &g : need.goals)
            n += g.removed ? 0 : 1;
    return n;
}

int ProgrammeDraft::measureCount() const
{
    int n = 0;
    for (const DraftNeed &need : needs)
        for (const DraftGoal &g : need.goals)
            for (const DraftMeasure &m : g.measures)
                n += (g.removed || m.removed) ? 0 : 1;
    return n;
}

namespace ProgrammeDrafts {

namespace {

const QString kProgramme = u"AssistanceProgramme"_s;
const QString kNeed = u"ProgrammeNeed"_s;
const QString kGoal = u"ProgrammeGoal"_s;
const QString kMeasure = u"ProgrammeMeasure"_s;

const ProgrammeTemplates &templates()
{
    static const ProgrammeTemplates loaded = ProgrammeTemplates::builtIn().value();
    return loaded;
}

QString tr(const char *source, const char *comment = nullptr)
{
    // The context lupdate gives tr() in this namespace, so the .ts translations are found.
    return QCoreApplication::translate("Qadam::ProgrammeDrafts", source, comment);
}

QString str(const QVariantMap &m, const QString &key)
{
    return m.value(key).toString();
}

Result<QList<QVariantMap>> items(Database &db, const QString &entity, const QString &programmeId)
{
    const EntitySpec &spec = *Schema::builtIn().entity(entity);
    auto list = PersonReader::firstColumn(db, u"SELECT id FROM %1 WHERE programme_id = ?1 ORDER BY created_at, hlc"_s.arg(spec.table), programmeId);
    if (!list.ok())
        return list.error();
    QList<QVariantMap> out;
    for (const QString &id : list.value()) {
        auto record = RecordStore(db).get(spec, id);
        if (!record.ok())
            return record.error();
        QVariantMap fields = record.value().fields;
        fields.insert(u"id"_s, id);
        out << fields;
    }
    return out;
}

/** The template category for a person without an earlier programme, from their category flags.
 *  TODO(#5): core should own this mapping next to the templates. */
QString categoryFromFlags(const QString &flags)
{
    const QStringList f = flags.split(u',', Qt::SkipEmptyParts);
    if (f.contains(u"released_convict"_s))
        return u"released_convict"_s;
    if (f.contains(u"returnee_child"_s))
        return u"returnee_minor"_s;
    if (f.contains(u"returnee"_s) || f.contains(u"woman_at_risk"_s))
        return u"returnee_woman"_s;
    if (f.contains(u"youth_prevention"_s))
        return u"youth_prevention"_s;
    return f.contains(u"relative_supporter"_s) ? u"relative"_s : u"released_convict"_s;
}

QString blockerFor(const QString &status)
{
    if (status == u"submitted")
        return tr("This person's programme is awaiting the supervisor's approval.");
    return tr("This person already has a programme in progress. Revise it to change the plan.");
}

Status loadItems(Database &db, ProgrammeDraft &draft)
{
    auto needs = items(db, kNeed, draft.programmeId);
    auto goals = items(db, kGoal, draft.programmeId);
    auto measures = items(db, kMeasure, draft.programmeId);
    for (const auto *list : { &needs, &goals, &measures })
        if (!list->ok())
            return list->error();
    for (DraftNeed &need : draft.needs) {
        for (const QVariantMap &n : needs.value()) {
            if (str(n, u"domainCode"_s) != need.domainCode)
                continue;
            need.id = str(n, u"id"_s);
            need.severity = str(n, u"severity"_s).isEmpty() ? u"none"_s : str(n, u"severity"_s);
            need.priority = str(n, u"priority"_s);
            need.assessment = str(n, u"assessment"_s);
        }
        for (const QVariantMap &g : goals.value()) {
            if (need.id.isEmpty() || str(g, u"needId"_s) != need.id || str(g, u"status"_s) == u"withdrawn")
                continue;
            DraftGoal goal { str(g, u"id"_s), QString(), str(g, u"description"_s),
                QDate::fromString(str(g, u"targetDate"_s), Qt::ISODate), false, {} };
            for (const QVariantMap &m : measures.value()) {
                if (str(m, u"goalId"_s) != goal.id || !QStringList { u"planned"_s, u"in_progress"_s }.contains(str(m, u"status"_s)))
                    continue;
                DraftMeasure measure;
                measure.id = str(m, u"id"_s);
                measure.plan.interventionCode = str(m, u"interventionCode"_s);
                measure.plan.providerOrganisationId = str(m, u"providerOrganisationId"_s);
                measure.plan.providerCounsellorId = str(m, u"providerCounsellorId"_s);
                measure.plan.providerKind = providerKindOf(measure.plan.interventionCode);
                measure.plan.dueOn = QDate::fromString(str(m, u"dueOn"_s), Qt::ISODate);
                measure.plan.frequency = str(m, u"frequency"_s);
                goal.measures << measure;
            }
            need.goals << goal;
        }
    }
    return {};
}

Status readPerson(CoreContext &ctx, ProgrammeDraft &draft)
{
    auto flags = ctx.db.scalar(u"SELECT category_flags FROM person WHERE id = ?1"_s, { draft.personId });
    if (!flags.ok())
        return flags.error();
    auto earlier = ctx.db.scalar(u"SELECT person_category FROM assistance_programme WHERE person_id = ?1 "
                                 u"AND person_category IS NOT NULL ORDER BY version_no DESC LIMIT 1"_s,
        { draft.personId });
    if (!earlier.ok())
        return earlier.error();
    draft.personCategory = earlier.value().toString().isEmpty() ? categoryFromFlags(flags.value().toString())
                                                                : earlier.value().toString();
    auto order = ctx.db.scalar(u"SELECT id FROM supervision_order WHERE person_id = ?1 AND status IN "
                               u"('in_force', 'extended', 'suspended', 'draft') ORDER BY starts_on DESC LIMIT 1"_s,
        { draft.personId });
    if (!order.ok())
        return order.error();
    draft.orderId = order.value().toString();
    return {};
}

NeedPlan needPlan(const DraftNeed &need);

GoalPlan goalPlan(const DraftGoal &goal)
{
    GoalPlan plan { goal.templateKey, goal.description, goal.targetDate, {} };
    for (const DraftMeasure &m : goal.measures)
        if (!m.removed)
            plan.measures << m.plan;
    return plan;
}

NeedPlan needPlan(const DraftNeed &need)
{
    NeedPlan plan { need.domainCode, need.severity, need.priority, need.assessment, {} };
    for (const DraftGoal &g : need.goals)
        if (!g.removed)
            plan.goals << goalPlan(g);
    return plan;
}

ProgrammePlan toPlan(const ProgrammeDraft &draft)
{
    ProgrammePlan plan { draft.personId, draft.orderId, draft.personCategory, templates().version(), {} };
    for (const DraftNeed &need : draft.needs)
        plan.needs << needPlan(need);
    return plan;
}

/** `e` re-labelled with the place in the whole plan (the builder's own paths are relative). */
Error placed(const QString &path, const Error &e)
{
    return Error::make(e.code, e.detail, path + u'.' + e.field.section(u'.', -1));
}

QVariant isoDate(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

/** Patches the fields of `wanted` that differ from the stored record, through the builder's rules. */
Status updateChanged(CoreContext &ctx, ProgrammeBuilder &builder, const QString &entity, const QString &id,
    const QVariantMap &wanted, const QString &path)
{
    auto stored = ctx.writes.get(entity, id);
    if (!stored.ok())
        return placed(path, stored.error());
    QVariantMap changes;
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it)
        if (stored.value().fields.value(it.key()).toString() != it.value().toString())
            changes.insert(it.key(), it.value());
    if (changes.isEmpty())
        return {};
    Status s = builder.updatePlanItem(entity, id, stored.value().version, changes);
    return s.ok() ? s : Status(placed(path, s.error()));
}

Status command(CoreContext &ctx, const QString &entity, const QString &id, const QString &name, const QString &path)
{
    auto stored = ctx.writes.get(entity, id);
    if (!stored.ok())
        return placed(path, stored.error());
    Status s = ctx.writes.command(entity, id, stored.value().version, name);
    return s.ok() ? s : Status(placed(path, s.error()));
}

Status syncMeasures(CoreContext &ctx, ProgrammeBuilder &builder, const QString &programmeId, const DraftGoal &goal,
    const QString &path)
{
    for (qsizetype k = 0; k < goal.measures.size(); ++k) {
        const DraftMeasure &m = goal.measures.at(k);
        const QString at = u"%1.measures[%2]"_s.arg(path).arg(k);
        Status s;
        if (m.id.isEmpty() && !m.removed && !goal.removed) {
            auto added = builder.addMeasure(programmeId, goal.id, m.plan);
            s = added.ok() ? Status() : Status(placed(at, added.error()));
        } else if (!m.id.isEmpty() && (m.removed || goal.removed)) {
            s = command(ctx, kMeasure, m.id, u"cancel"_s, at);
        } else if (!m.id.isEmpty()) {
            s = updateChanged(ctx, builder, kMeasure, m.id,
                { { u"interventionCode"_s, m.plan.interventionCode }, { u"dueOn"_s, isoDate(m.plan.dueOn) },
                    { u"frequency"_s, m.plan.frequency }, { u"providerOrganisationId"_s, m.plan.providerOrganisationId },
                    { u"providerCounsellorId"_s, m.plan.providerCounsellorId } },
                at);
        }
        if (!s.ok())
            return s;
    }
    return {};
}

Status syncGoal(CoreContext &ctx, ProgrammeBuilder &builder, const QString &programmeId, const QString &needId,
    const DraftGoal &goal, const QString &path)
{
    if (goal.id.isEmpty()) {
        if (goal.removed)
            return {};
        auto added = builder.addGoal(programmeId, needId, goalPlan(goal));
        return added.ok() ? Status() : Status(placed(path, added.error()));
    }
    const QVariantMap wanted = goal.removed
        ? QVariantMap { { u"status"_s, u"withdrawn"_s } }
        : QVariantMap { { u"description"_s, goal.description.trimmed() }, { u"targetDate"_s, isoDate(goal.targetDate) } };
    if (Status s = updateChanged(ctx, builder, kGoal, goal.id, wanted, path); !s.ok())
        return s;
    return syncMeasures(ctx, builder, programmeId, goal, path);
}

/** Brings the stored draft in line with the working copy. Inside the caller's transaction. */
Status sync(CoreContext &ctx, ProgrammeBuilder &builder, const ProgrammeDraft &draft)
{
    for (qsizetype i = 0; i < draft.needs.size(); ++i) {
        const DraftNeed &need = draft.needs.at(i);
        const QString path = u"needs[%1]"_s.arg(i);
        if (need.id.isEmpty()) {
            auto added = builder.addNeed(draft.programmeId, needPlan(need));
            if (!added.ok())
                return placed(path, added.error());
            continue;
        }
        if (Status s = updateChanged(ctx, builder, kNeed, need.id,
                { { u"severity"_s, need.severity }, { u"priority"_s, need.priority }, { u"assessment"_s, need.assessment } },
                path);
            !s.ok())
            return s;
        for (qsizetype j = 0; j < need.goals.size(); ++j)
            if (Status s = syncGoal(ctx, builder, draft.programmeId, need.id, need.goals.at(j), u"%1.goals[%2]"_s.arg(path).arg(j));
                !s.ok())
                return s;
    }
    return {};
}

/** Writes the working copy (create or sync) inside the caller's transaction; the programme id. */
Result<QString> write(CoreContext &ctx, ProgrammeBuilder &builder, const ProgrammeDraft &draft)
{
    if (draft.programmeId.isEmpty()) {
        auto created = builder.createDraft(toPlan(draft));
        if (!created.ok())
            return created.error();
        return created.value().programmeId;
    }
    if (Status s = sync(ctx, builder, draft); !s.ok())
        return s.error();
    return draft.programmeId;
}

/** Runs `work` in one transaction, committed only when it succeeds; then re-reads the draft. */
Result<ProgrammeDraft> allOrNothing(CoreContext &ctx, const ProgrammeDraft &draft, const QString &language,
    const std::function<Status(ProgrammeBuilder &)> &work)
{
    // The device id is settled outside the transaction, so a rollback cannot take it away.
    if (auto device = ctx.writes.deviceId(); !device.ok())
        return device.error();
    ProgrammeBuilder builder(ctx.writes, ctx.db, templates());
    {
        Transaction tx(ctx.db);
        if (!tx.began())
            return tx.beginStatus().error();
        if (Status s = work(builder); !s.ok())
            return s.error();
        if (Status s = tx.commit(); !s.ok())
            return s.error();
    }
    return open(ctx, draft.personId, language);
}

/** The local directory's providers: every organisation, then every active counsellor with their
 *  organisation, each by name in `language`. */
Result<QList<ProviderCandidate>> providers(Database &db, const QString &language)
{
    QList<ProviderCandidate> out;
    const QString name = language == u"kk" ? u"name_kk"_s : language == u"en" ? u"name_en"_s : u"name_ru"_s;
    auto orgs = db.prepare(u"SELECT id, coalesce(kind, ''), coalesce(nullif(%1, ''), name_ru, id) FROM organisation "
                           u"ORDER BY 3, id"_s.arg(name));
    if (!orgs.ok())
        return orgs.error();
    QHash<QString, ProviderCandidate> byId;
    while (true) {
        auto more = orgs.value().step();
        if (!more.ok())
            return more.error();
        if (!more.value())
            break;
        const ProviderCandidate c { orgs.value().text(0), QString(), orgs.value().text(1), orgs.value().text(2) };
        byId.insert(c.organisationId, c);
        out << c;
    }
    auto staff = db.prepare(u"SELECT id, coalesce(organisation_id, ''), coalesce(display_name, id) FROM staff_user "
                            u"WHERE role = 'counsellor' AND status = 'active' ORDER BY 3, id"_s);
    if (!staff.ok())
        return staff.error();
    while (true) {
        auto more = staff.value().step();
        if (!more.ok())
            return more.error();
        if (!more.value())
            break;
        const ProviderCandidate org = byId.value(staff.value().text(1));
        const QString person = staff.value().text(2);
        out << ProviderCandidate { staff.value().text(1), staff.value().text(0), org.kind,
            org.label.isEmpty() ? person : u"%1 · %2"_s.arg(person, org.label) };
    }
    return out;
}

} // namespace

QString providerKindOf(const QString &interventionCode)
{
    for (const TemplateGoal &goal : templates().goals())
        for (const TemplateMeasure &m : goal.measures)
            if (m.interventionCode == interventionCode && !m.providerKind.isEmpty())
                return m.providerKind;
    return {};
}

Result<ProgrammeDraft> open(CoreContext &ctx, const QString &personId, const QString &language)
{
    ProgrammeDraft draft;
    draft.personId = personId;
    auto domains = ReferenceData::entries(ctx.db, u"need_domain"_s, ctx.today);
    if (!domains.ok())
        return domains.error();
    for (const ReferenceEntry &e : domains.value())
        draft.needs << DraftNeed { QString(), e.code, e.label(language), u"none"_s, QString(), QString(), {} };
    auto interventions = ReferenceData::entries(ctx.db, u"intervention_type"_s, ctx.today);
    if (!interventions.ok())
        return interventions.error();
    for (const ReferenceEntry &e : interventions.value())
        draft.interventions.append({ e.code, e.label(language) });
    auto directory = providers(ctx.db, language);
    if (!directory.ok())
        return directory.error();
    draft.providers = directory.value();
    if (Status s = readPerson(ctx, draft); !s.ok())
        return s.error();
    auto live = ctx.db.scalar(u"SELECT id || ' ' || status FROM assistance_programme WHERE person_id = ?1 AND status "
                              u"NOT IN ('superseded', 'completed', 'closed') ORDER BY version_no DESC LIMIT 1"_s,
        { personId });
    if (!live.ok())
        return live.error();
    const QStringList idStatus = live.value().toString().split(u' ');
    if (idStatus.size() != 2)
        return draft;
    if (idStatus.at(1) != u"draft") {
        draft.blocker = blockerFor(idStatus.at(1));
        return draft;
    }
    draft.programmeId = idStatus.at(0);
    auto stored = ProgrammeRules::storedFields(ctx.db, kProgramme, draft.programmeId);
    if (!stored.ok())
        return stored.error();
    if (!str(stored.value(), u"personCategory"_s).isEmpty())
        draft.personCategory = str(stored.value(), u"personCategory"_s);
    draft.orderId = str(stored.value(), u"orderId"_s);
    if (Status s = loadItems(ctx.db, draft); !s.ok())
        return s.error();
    return draft;
}

Result<ProgrammeDraft> suggest(const CoreContext &ctx, ProgrammeDraft draft, const QString &language)
{
    SuggestionRequest request { draft.personId, draft.orderId, draft.personCategory, {}, ctx.today, language };
    for (const DraftNeed &need : std::as_const(draft.needs))
        request.needs << NeedAssessment { need.domainCode, need.severity, need.assessment };
    ProgrammeBuilder builder(ctx.writes, ctx.db, templates());
    auto plan = builder.suggest(request);
    if (!plan.ok())
        return plan.error();
    for (qsizetype i = 0; i < draft.needs.size(); ++i) {
        DraftNeed &need = draft.needs[i];
        const NeedPlan &suggested = plan.value().needs.at(i);
        if (need.priority.isEmpty() || need.id.isEmpty())
            need.priority = suggested.priority;
        // Goals the officer already has — kept or dropped — are their decision: no new suggestions.
        const bool hasGoals = !need.goals.isEmpty();
        if (need.severity == u"none") {
            need.goals.removeIf([](const DraftGoal &g) { return g.id.isEmpty(); });
            for (DraftGoal &g : need.goals)
                g.removed = true;
        } else if (!hasGoals) {
            for (const GoalPlan &g : suggested.goals) {
                DraftGoal goal { QString(), g.templateKey, g.description, g.targetDate, false, {} };
                for (const MeasurePlan &m : g.measures)
                    goal.measures << DraftMeasure { QString(), m, false };
                need.goals << goal;
            }
        }
    }
    return draft;
}

Result<ProgrammeDraft> save(CoreContext &ctx, const ProgrammeDraft &draft, const QString &language)
{
    return allOrNothing(ctx, draft, language,
        [&](ProgrammeBuilder &builder) { return Status::of(write(ctx, builder, draft)); });
}

Result<ProgrammeDraft> submit(CoreContext &ctx, const ProgrammeDraft &draft, const QString &language)
{
    return allOrNothing(ctx, draft, language, [&](ProgrammeBuilder &builder) -> Status {
        auto id = write(ctx, builder, draft);
        if (!id.ok())
            return id.error();
        auto programme = ctx.writes.get(kProgramme, id.value());
        if (!programme.ok())
            return programme.error();
        return ctx.writes.command(kProgramme, id.value(), programme.value().version, u"submit"_s);
    });
}

} // namespace ProgrammeDrafts

} // namespace Qadam
