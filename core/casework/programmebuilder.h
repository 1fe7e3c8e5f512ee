#pragma once

#include "util/result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <functional>

namespace Qadam {

class Database;
class ProgrammeTemplates;
class WriteService;

/** Step 1 of the algorithm: one need domain as the officer assessed it. */
struct NeedAssessment
{
    QString domainCode; ///< need_domain code
    QString severity; ///< none, low, moderate, high, critical
    QString assessment; ///< the officer's words (a note: never logged)
};

/** A measure of the plan: a ProgrammeMeasure once the draft is created. */
struct MeasurePlan
{
    QString interventionCode; ///< intervention_type code
    QString providerOrganisationId; ///< an Organisation, or empty
    QString providerCounsellorId; ///< a StaffUser with the counsellor role, or empty
    QDate dueOn;
    QString frequency; ///< ProgrammeMeasure.frequency value
    QString providerKind; ///< template hint (not stored): who usually delivers it
    bool viaReferral = false; ///< template hint (not stored): needs a Referral with consent
};

/** A goal of the plan with its measures. */
struct GoalPlan
{
    QString templateKey; ///< the template goal it came from; empty for the officer's own goals
    QString description;
    QDate targetDate;
    QList<MeasurePlan> measures;
};

/** An assessed need of the plan with its goals. A need assessed "none" records that the domain
 *  was assessed and has no goals. */
struct NeedPlan
{
    QString domainCode;
    QString severity;
    QString priority; ///< ProgrammeNeed.priority; suggested from the severity
    QString assessment;
    QList<GoalPlan> goals;
};

/** The whole plan the officer edits between suggestion and creation: a value, nothing stored yet. */
struct ProgrammePlan
{
    QString personId;
    QString orderId; ///< the supervision order it serves, or empty (voluntary cases)
    QString personCategory; ///< the template category
    int templateVersion = 0;
    QList<NeedPlan> needs;
};

/** Step 2 input: who, which category, the assessed needs, when the programme starts, and the
 *  language the suggested goal texts are written in. */
struct SuggestionRequest
{
    QString personId;
    QString orderId;
    QString personCategory;
    QList<NeedAssessment> needs;
    QDate startsOn;
    QString language = QStringLiteral("ru");
};

/** The ids of a created draft, in plan order (goals and measures flattened). */
struct DraftIds
{
    QString programmeId;
    QStringList needIds;
    QStringList goalIds;
    QStringList measureIds;
};

/**
 * The guided programme builder — the algorithm PEC Art. 172 part 7 leaves to the officer:
 *   1. assess each need domain with a severity (NeedAssessment);
 *   2. suggest(): the templates of the person's category propose goals and measures for every
 *      need assessed above "none", with due dates from the start date and the severity;
 *   3. the officer edits the ProgrammePlan (a plain value): texts, dates, providers, extra or
 *      fewer goals and measures;
 *   4. createDraft(): programme + needs + goals + measures in ONE outer transaction through
 *      WriteService — all or nothing (a bad measure leaves no programme, no op, no audit event).
 * Then the programme's state machine takes over (submit → approve → activate…, programmes.cpp).
 *
 * Later edits of a draft's plan go through addNeed/addGoal/addMeasure/updatePlanItem, which
 * refuse plan changes once the programme is submitted or approved (ProgrammeRules). Lives on
 * the thread of the WriteService's Database; the templates must outlive it.
 */
class ProgrammeBuilder
{
public:
    ProgrammeBuilder(WriteService &writer, Database &db, const ProgrammeTemplates &templates);

    /** Step 2: the template's suggestions for the assessed needs. Pure (reads no store). Invalid
     *  for an unknown category or severity, a need domain listed twice, or no start date. */
    [[nodiscard]] Result<ProgrammePlan> suggest(const SuggestionRequest &request) const;

    /** Step 4: writes the plan as a new draft programme drafted by the acting user. Checks the
     *  plan first (the field of an Error is a path such as "needs[1].goals[0].measures[2].dueOn").
     *  Conflict when the person already has a programme in progress; Forbidden for roles that do
     *  not draft programmes. */
    [[nodiscard]] Result<DraftIds> createDraft(const ProgrammePlan &plan);

    /** Adds a need (with its goals and measures) to a draft programme. */
    [[nodiscard]] Result<DraftIds> addNeed(const QString &programmeId, const NeedPlan &need);
    /** Adds a goal (with its measures) under a need of a draft programme. */
    [[nodiscard]] Result<DraftIds> addGoal(
        const QString &programmeId, const QString &needId, const GoalPlan &goal);
    /** Adds a measure under a goal of a draft programme. */
    [[nodiscard]] Result<QString> addMeasure(
        const QString &programmeId, const QString &goalId, const MeasurePlan &measure);
    /** Patches a need, goal or measure after ProgrammeRules::checkPlanEdit (plan fields of a
     *  submitted or approved programme are frozen; progress fields stay editable). */
    [[nodiscard]] Status updatePlanItem(
        const QString &entity, const QString &id, qint64 baseVersion, const QVariantMap &changes);

private:
    struct Writing;
    [[nodiscard]] Status checkPlan(const ProgrammePlan &plan) const;
    [[nodiscard]] Status checkStored(const ProgrammePlan &plan);
    [[nodiscard]] Status checkNeed(const NeedPlan &need, const QString &path);
    [[nodiscard]] Status checkMeasure(const MeasurePlan &measure, const QString &path);
    [[nodiscard]] Result<QString> writeItem(
        const QString &entity, const QVariantMap &fields, const QString &path, QStringList &ids);
    [[nodiscard]] Status writeNeed(Writing &w, const NeedPlan &need, const QString &path);
    [[nodiscard]] Status writeGoal(
        Writing &w, const QString &needId, const GoalPlan &goal, const QString &path);
    [[nodiscard]] Status writeMeasure(
        Writing &w, const QString &goalId, const MeasurePlan &measure, const QString &path);
    /** Role check, device id, one outer transaction around `write`: all of it or nothing. */
    [[nodiscard]] Result<DraftIds> allOrNothing(const std::function<Status(Writing &)> &write);
    [[nodiscard]] Result<DraftIds> addToDraft(
        const QString &programmeId, const std::function<Status(Writing &)> &write);
    [[nodiscard]] Status mayDraft() const;

    WriteService &m_writer;
    Database &m_db;
    const ProgrammeTemplates &m_templates;
};

/**
 * The programme's plan rules beside its state machine (programmes.cpp). WriteService has no
 * per-entity hook for child records yet, so ProgrammeBuilder calls checkPlanEdit itself; the
 * same function is the hook WriteService::insertNew/update should call for ProgrammeNeed,
 * ProgrammeGoal and ProgrammeMeasure (see the lead's note in the report).
 */
namespace ProgrammeRules {

/** The fields of a need, goal or measure that make up the approved plan (frozen once the
 *  programme leaves draft); goal status, measure evidence and delivery stay editable. */
[[nodiscard]] const QStringList &planFields(const QString &entity);

/**
 * Checks a write of a need, goal or measure. `current` is the stored record's fields (empty for a
 * create), `changes` the fields written. A programme that is not a draft takes no new items and
 * no plan-field changes (InvalidTransition naming the field); parent links must stay inside the
 * programme and the person (Invalid); measure evidence links are checked (checkEvidenceLinks).
 * Other entities pass.
 */
[[nodiscard]] Status checkPlanEdit(
    Database &db, const QString &entity, const QVariantMap &current, const QVariantMap &changes);

/** ProgrammeMeasure.evidenceLinks: a JSON list of {"entity", "id"} naming CheckIn,
 *  CounsellingSession or Document records that exist and belong to `personId`. Empty passes. */
[[nodiscard]] Status checkEvidenceLinks(Database &db, const QString &personId, const QVariant &links);

/** A stored record's fields, read below the write path (no audit) for a rule or a guard; empty
 *  when there is no such record. Shared by the casework rules (belongs in CommandHelpers). */
[[nodiscard]] Result<QVariantMap> storedFields(Database &db, const QString &entity, const QString &id);

/** A link check: `id` (when set) names a stored `entity` whose `field` equals `expected` (not
 *  empty); otherwise `otherwise`. An empty id passes. */
[[nodiscard]] Status checkStoredField(Database &db, const QString &entity, const QString &id,
    const QString &field, const QString &expected, const Error &otherwise);

/** Programme states whose measures no longer progress: superseded, completed, closed. */
[[nodiscard]] const QStringList &endedStates();

} // namespace ProgrammeRules

} // namespace Qadam
