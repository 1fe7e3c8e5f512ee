// The guided programme builder: needs assessment → template suggestions → the officer's edits →
// one all-or-nothing draft. The programme's state machine and plan rules live in programmes.cpp.
#include "programmebuilder.h"

#include "domain/referencedata.h"
#include "programmetemplates.h"
#include "store/database.h"
#include "write/writeservice.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Qadam {

namespace {

const QString kProgramme = u"AssistanceProgramme"_s;
const QString kNeed = u"ProgrammeNeed"_s;
const QString kGoal = u"ProgrammeGoal"_s;
const QString kMeasure = u"ProgrammeMeasure"_s;

/** Re-labels an error with the place in the plan it came from, e.g. "needs[0].goals[1].description". */
Error at(const QString &path, const Error &e)
{
    const QString field = e.field.isEmpty() ? path : path + u'.' + e.field;
    return Error::make(e.code, u"%1: %2"_s.arg(path, e.detail), field);
}

Error invalidAt(const QString &path, const QString &why)
{
    return Error::make(Error::Invalid, u"%1: %2"_s.arg(path, why), path);
}

/** A field map without empty values (WriteService treats them as absent anyway). */
QVariantMap compact(std::initializer_list<std::pair<QString, QVariant>> fields)
{
    QVariantMap out;
    for (const auto &[key, value] : fields)
        if (value.isValid() && !value.isNull()
            && !(value.typeId() == QMetaType::QString && value.toString().isEmpty()))
            out.insert(key, value);
    return out;
}

QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

/** A template measure as a plan measure due `dueInDays` after the start, never after the target. */
MeasurePlan planned(const TemplateMeasure &m, const QDate &startsOn, int dueInDays, const QDate &target)
{
    MeasurePlan p;
    p.interventionCode = m.interventionCode;
    p.dueOn = std::min(startsOn.addDays(dueInDays), target);
    p.frequency = m.frequency;
    p.providerKind = m.providerKind;
    p.viaReferral = m.viaReferral;
    return p;
}

/** Runs `write(item, path)` for each item, the path naming its place ("needs[0].goals[1]"). */
template<typename T, typename Write> Status eachAt(const QList<T> &items, const QString &prefix, Write write)
{
    for (qsizetype i = 0; i < items.size(); ++i)
        if (Status s = write(items.at(i), u"%1[%2]"_s.arg(prefix).arg(i)); !s.ok())
            return s;
    return {};
}

} // namespace

/** Where a write of plan items goes: the programme, its person, and the ids written so far. */
struct ProgrammeBuilder::Writing
{
    QString programmeId;
    QString personId;
    DraftIds ids;
};

ProgrammeBuilder::ProgrammeBuilder(WriteService &writer, Database &db, const ProgrammeTemplates &templates)
    : m_writer(writer)
    , m_db(db)
    , m_templates(templates)
{ }

Result<ProgrammePlan> ProgrammeBuilder::suggest(const SuggestionRequest &request) const
{
    if (!m_templates.category(request.personCategory))
        return invalidAt(u"personCategory"_s, u"no template for this category"_s);
    if (!request.startsOn.isValid())
        return invalidAt(u"startsOn"_s, u"the programme needs a start date"_s);
    ProgrammePlan plan { request.personId, request.orderId, request.personCategory, m_templates.version(),
        {} };
    QSet<QString> seen;
    for (const NeedAssessment &a : request.needs) {
        const QString path = u"needs[%1]"_s.arg(plan.needs.size());
        if (ProgrammeTemplates::severityRank(a.severity) < 0)
            return invalidAt(path + u".severity"_s, u"unknown severity"_s);
        if (seen.contains(a.domainCode))
            return invalidAt(path + u".domainCode"_s, u"a domain is assessed once"_s);
        seen.insert(a.domainCode);
        NeedPlan need { a.domainCode, a.severity, m_templates.priorityFor(a.severity), a.assessment, {} };
        for (const TemplateGoal *g : m_templates.goalsFor(request.personCategory, a.domainCode, a.severity)) {
            const QDate target = request.startsOn.addDays(g->targetInDays);
            GoalPlan goal { g->key, g->text.in(request.language), target, {} };
            for (const TemplateMeasure &m : m_templates.measuresFor(*g, a.severity))
                goal.measures << planned(m, request.startsOn, m_templates.dueInDays(m, a.severity), target);
            need.goals << goal;
        }
        plan.needs << need;
    }
    return plan;
}

Status ProgrammeBuilder::mayDraft() const
{
    const Role role = m_writer.actor().role;
    return role == Role::ProbationOfficer || role == Role::Supervisor
        ? Status {}
        : Error::make(Error::Forbidden, u"only probation staff draft programmes"_s);
}

Status ProgrammeBuilder::checkPlan(const ProgrammePlan &plan) const
{
    if (!m_templates.category(plan.personCategory))
        return invalidAt(u"personCategory"_s, u"no template for this category"_s);
    if (plan.needs.isEmpty())
        return invalidAt(u"needs"_s, u"a programme starts from at least one assessed need"_s);
    QSet<QString> domains;
    for (qsizetype i = 0; i < plan.needs.size(); ++i) {
        const NeedPlan &need = plan.needs.at(i);
        const QString path = u"needs[%1]"_s.arg(i);
        if (domains.contains(need.domainCode))
            return invalidAt(path + u".domainCode"_s, u"a domain is assessed once"_s);
        domains.insert(need.domainCode);
        if (ProgrammeTemplates::severityRank(need.severity) < 0)
            return invalidAt(path + u".severity"_s, u"every need is assessed with a severity"_s);
        if (need.severity == u"none" && !need.goals.isEmpty())
            return invalidAt(path + u".goals"_s, u"a need assessed as none takes no goals"_s);
    }
    return {};
}

/** Checks against the store: the order is the person's, no other programme is in progress. */
Status ProgrammeBuilder::checkStored(const ProgrammePlan &plan)
{
    if (!plan.orderId.isEmpty()) {
        auto order = ProgrammeRules::storedFields(m_db, u"SupervisionOrder"_s, plan.orderId);
        if (!order.ok())
            return order.error();
        if (order.value().value(u"personId"_s).toString() != plan.personId)
            return invalidAt(u"orderId"_s, u"not a supervision order of this person"_s);
    }
    // One programme in progress at a time: the others are superseded, completed or closed.
    auto live
        = m_db.scalar(u"SELECT count(*) FROM assistance_programme WHERE person_id = ?1 AND status NOT IN "
                      u"('superseded', 'completed', 'closed')"_s,
            { plan.personId });
    if (!live.ok())
        return live.error();
    return live.value().toLongLong() == 0
        ? Status {}
        : Error::make(
            Error::Conflict, u"the person already has a programme in progress; revise it"_s, u"personId"_s);
}

Status ProgrammeBuilder::checkNeed(const NeedPlan &need, const QString &path)
{
    auto known = ReferenceData::contains(m_db, u"need_domain"_s, need.domainCode);
    if (!known.ok())
        return known.error();
    return known.value() ? Status {} : invalidAt(path + u".domainCode"_s, u"not a need domain"_s);
}

Status ProgrammeBuilder::checkMeasure(const MeasurePlan &measure, const QString &path)
{
    auto known = ReferenceData::contains(m_db, u"intervention_type"_s, measure.interventionCode);
    if (!known.ok())
        return known.error();
    if (!known.value())
        return invalidAt(path + u".interventionCode"_s, u"not an intervention type"_s);
    if (measure.providerCounsellorId.isEmpty())
        return {};
    auto staff = ProgrammeRules::storedFields(m_db, u"StaffUser"_s, measure.providerCounsellorId);
    if (!staff.ok())
        return staff.error();
    return staff.value().value(u"role"_s).toString() == u"counsellor"
        ? Status {}
        : invalidAt(path + u".providerCounsellorId"_s, u"not a counsellor"_s);
}

Result<QString> ProgrammeBuilder::writeItem(
    const QString &entity, const QVariantMap &fields, const QString &path, QStringList &ids)
{
    if (Status s = ProgrammeRules::checkPlanEdit(m_db, entity, {}, fields); !s.ok())
        return at(path, s.error());
    auto id = m_writer.create(entity, fields);
    if (!id.ok())
        return at(path, id.error());
    ids << id.value();
    return id;
}

Status ProgrammeBuilder::writeMeasure(
    Writing &w, const QString &goalId, const MeasurePlan &m, const QString &path)
{
    if (Status s = checkMeasure(m, path); !s.ok())
        return s;
    const QVariantMap fields = compact({ { u"personId"_s, w.personId }, { u"programmeId"_s, w.programmeId },
        { u"goalId"_s, goalId }, { u"interventionCode"_s, m.interventionCode },
        { u"providerOrganisationId"_s, m.providerOrganisationId },
        { u"providerCounsellorId"_s, m.providerCounsellorId }, { u"dueOn"_s, dateOrNull(m.dueOn) },
        { u"frequency"_s, m.frequency }, { u"status"_s, u"planned"_s } });
    return Status::of(writeItem(kMeasure, fields, path, w.ids.measureIds));
}

Status ProgrammeBuilder::writeGoal(
    Writing &w, const QString &needId, const GoalPlan &goal, const QString &path)
{
    const QVariantMap fields = compact({ { u"personId"_s, w.personId }, { u"programmeId"_s, w.programmeId },
        { u"needId"_s, needId }, { u"description"_s, goal.description.trimmed() },
        { u"targetDate"_s, dateOrNull(goal.targetDate) }, { u"status"_s, u"open"_s } });
    auto id = writeItem(kGoal, fields, path, w.ids.goalIds);
    if (!id.ok())
        return id.error();
    return eachAt(goal.measures, path + u".measures"_s,
        [&](const MeasurePlan &m, const QString &place) { return writeMeasure(w, id.value(), m, place); });
}

Status ProgrammeBuilder::writeNeed(Writing &w, const NeedPlan &need, const QString &path)
{
    if (Status s = checkNeed(need, path); !s.ok())
        return s;
    const QVariantMap fields = compact({ { u"personId"_s, w.personId }, { u"programmeId"_s, w.programmeId },
        { u"domainCode"_s, need.domainCode }, { u"assessment"_s, need.assessment },
        { u"priority"_s, need.priority }, { u"severity"_s, need.severity } });
    auto id = writeItem(kNeed, fields, path, w.ids.needIds);
    if (!id.ok())
        return id.error();
    return eachAt(need.goals, path + u".goals"_s,
        [&](const GoalPlan &g, const QString &place) { return writeGoal(w, id.value(), g, place); });
}

Result<DraftIds> ProgrammeBuilder::allOrNothing(const std::function<Status(Writing &)> &write)
{
    if (Status s = mayDraft(); !s.ok())
        return s.error();
    // Settle the device id outside the outer transaction, so a rollback cannot take it away.
    if (auto device = m_writer.deviceId(); !device.ok())
        return device.error();
    Transaction tx(m_db);
    if (!tx.began())
        return tx.beginStatus().error();
    Writing w;
    if (Status s = write(w); !s.ok())
        return s.error();
    if (Status s = tx.commit(); !s.ok())
        return s.error();
    return w.ids;
}

Result<DraftIds> ProgrammeBuilder::createDraft(const ProgrammePlan &plan)
{
    if (Status s = checkPlan(plan); !s.ok())
        return s.error();
    return allOrNothing([&](Writing &w) -> Status {
        if (Status s = checkStored(plan); !s.ok())
            return s;
        auto programme = m_writer.create(kProgramme,
            compact({ { u"personId"_s, plan.personId }, { u"orderId"_s, plan.orderId }, { u"versionNo"_s, 1 },
                { u"status"_s, u"draft"_s }, { u"draftedBy"_s, m_writer.actor().userId },
                { u"personCategory"_s, plan.personCategory },
                { u"templateVersion"_s, plan.templateVersion } }));
        if (!programme.ok())
            return programme.error();
        w = { programme.value(), plan.personId, { programme.value(), {}, {}, {} } };
        return eachAt(plan.needs, u"needs"_s,
            [&](const NeedPlan &n, const QString &place) { return writeNeed(w, n, place); });
    });
}

Result<DraftIds> ProgrammeBuilder::addToDraft(
    const QString &programmeId, const std::function<Status(Writing &)> &write)
{
    return allOrNothing([&](Writing &w) -> Status {
        auto programme = m_writer.get(kProgramme, programmeId);
        if (!programme.ok())
            return programme.error();
        w = { programmeId, programme.value().fields.value(u"personId"_s).toString(),
            { programmeId, {}, {}, {} } };
        return write(w);
    });
}

Result<DraftIds> ProgrammeBuilder::addNeed(const QString &programmeId, const NeedPlan &need)
{
    if (need.severity == u"none" && !need.goals.isEmpty())
        return invalidAt(u"need.goals"_s, u"a need assessed as none takes no goals"_s);
    return addToDraft(programmeId, [&](Writing &w) { return writeNeed(w, need, u"need"_s); });
}

Result<DraftIds> ProgrammeBuilder::addGoal(
    const QString &programmeId, const QString &needId, const GoalPlan &goal)
{
    return addToDraft(programmeId, [&](Writing &w) { return writeGoal(w, needId, goal, u"goal"_s); });
}

Result<QString> ProgrammeBuilder::addMeasure(
    const QString &programmeId, const QString &goalId, const MeasurePlan &measure)
{
    auto ids
        = addToDraft(programmeId, [&](Writing &w) { return writeMeasure(w, goalId, measure, u"measure"_s); });
    if (!ids.ok())
        return ids.error();
    return ids.value().measureIds.constFirst();
}

Status ProgrammeBuilder::updatePlanItem(
    const QString &entity, const QString &id, qint64 baseVersion, const QVariantMap &changes)
{
    if (entity != kNeed && entity != kGoal && entity != kMeasure)
        return invalidAt(u"entity"_s, u"not an item of a programme's plan"_s);
    if (Status s = mayDraft(); !s.ok())
        return s;
    Transaction tx(m_db);
    if (!tx.began())
        return tx.beginStatus();
    auto current = m_writer.get(entity, id);
    if (!current.ok())
        return current.error();
    if (Status s = ProgrammeRules::checkPlanEdit(m_db, entity, current.value().fields, changes); !s.ok())
        return s;
    if (Status s = m_writer.update(entity, id, baseVersion, changes); !s.ok())
        return s;
    return tx.commit();
}

} // namespace Qadam
