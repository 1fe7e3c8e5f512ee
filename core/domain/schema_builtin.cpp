// The built-in schema: every record of DOMAIN.md "Records (entities)", its fields and rules.
//
// Conventions (tests/unit/tst_schema.cpp holds them to it):
// - field names camelCase, column = snakeCase(name), table = snakeCase(entity name);
// - enum values lower_snake_case, each list defined once below and reused;
// - every field states its Sensitivity, which drives merge, read policy and logging;
// - every record of a case carries `personId` (its sync bucket), even when a parent record
//   (order, programme) would imply it: the server scopes by it without joins;
// - append-only records get `amendsId`, a link to the record of the same entity they correct.
// Adding or renaming a field needs a new migration and a matching member in records.h.

#include "schema.h"
#include "schemarules.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <initializer_list>

using namespace Qt::StringLiterals;

namespace Qadam {

namespace {

using S = Sensitivity;

constexpr int kName = 100;       ///< one name part, in one script
constexpr int kShort = 200;      ///< labels, numbers of decisions, short free text
constexpr int kTitle = 300;      ///< courts, organisation names, document titles
constexpr int kParagraph = 1000; ///< reasons, goals, follow-ups
constexpr int kNote = 8000;      ///< structured session notes

// ---- Enumerations, each defined once ----

const QStringList kLanguages = {u"kk"_s, u"ru"_s, u"en"_s};
const QStringList kSexes = {u"female"_s, u"male"_s};
const QStringList kPersonCategories = {u"released_convict"_s, u"returnee"_s, u"returnee_child"_s,
    u"woman_at_risk"_s, u"youth_prevention"_s, u"relative_supporter"_s};
const QStringList kCaseStatuses = {u"active"_s, u"transferred"_s, u"closed"_s};
const QStringList kRelationshipKinds = {u"spouse"_s, u"parent"_s, u"child"_s, u"sibling"_s, u"grandparent"_s,
    u"grandchild"_s, u"guardian"_s, u"ward"_s, u"other_relative"_s, u"household_member"_s, u"other"_s};
const QStringList kOrderStatuses
    = {u"draft"_s, u"in_force"_s, u"suspended"_s, u"extended"_s, u"terminated"_s, u"expired"_s};
const QStringList kReportingFrequencies
    = {u"once_monthly"_s, u"twice_monthly"_s, u"three_times_monthly"_s, u"four_times_monthly"_s};
/** draft → submitted → approved → active → under_review → completed / closed; a revision
 *  supersedes the approved version with a new draft (core/casework/programmes.cpp). */
const QStringList kProgrammeStatuses = {u"draft"_s, u"submitted"_s, u"approved"_s, u"active"_s, u"under_review"_s,
    u"completed"_s, u"closed"_s, u"superseded"_s};
/** Person categories that have their own programme template. */
const QStringList kTemplateCategories = {u"released_convict"_s, u"returnee_woman"_s, u"returnee_minor"_s,
    u"youth_prevention"_s, u"relative"_s};
const QStringList kSeverityLevels = {u"none"_s, u"low"_s, u"moderate"_s, u"high"_s, u"critical"_s};
const QStringList kMeasureFrequencies
    = {u"once"_s, u"weekly"_s, u"fortnightly"_s, u"monthly"_s, u"quarterly"_s, u"as_needed"_s};
/** Art. 172 p9 deadline rules, per channel, on the order (core/casework/obligations.cpp). */
const QStringList kDeadlineRules = {u"calendar_month"_s, u"fixed_day"_s, u"every_n_days"_s};
const QStringList kSuspensionReasons = {u"custody"_s, u"hospital"_s, u"other"_s};
const QStringList kPriorities = {u"high"_s, u"medium"_s, u"low"_s};
const QStringList kGoalStatuses
    = {u"open"_s, u"achieved"_s, u"partly_achieved"_s, u"not_achieved"_s, u"withdrawn"_s};
const QStringList kMeasureStatuses
    = {u"planned"_s, u"in_progress"_s, u"done"_s, u"cancelled"_s, u"not_possible"_s};
const QStringList kReferralStatuses
    = {u"sent"_s, u"accepted"_s, u"declined"_s, u"active"_s, u"completed"_s, u"revoked"_s, u"expired"_s};
/** What a provider reports back to probation: attendance-level only, never content. */
const QStringList kMinimalOutcomes = {u"engaged"_s, u"partly_engaged"_s, u"not_engaged"_s, u"no_feedback"_s,
    u"completed"_s, u"referred_onward"_s};
const QStringList kCheckInChannels = {u"police"_s, u"probation"_s};
const QStringList kCheckInOutcomes = {u"attended"_s, u"missed"_s, u"excused"_s};
const QStringList kSessionModes = {u"face_to_face"_s, u"phone"_s, u"video"_s, u"written"_s, u"group"_s};
const QStringList kEmotionalStates = {u"calm"_s, u"anxious"_s, u"low_mood"_s, u"angry"_s, u"agitated"_s,
    u"withdrawn"_s, u"hopeful"_s, u"distressed"_s, u"tired"_s};
const QStringList kIntensities = {u"low"_s, u"moderate"_s, u"high"_s};
const QStringList kStabilities = {u"stable"_s, u"fluctuating"_s, u"unstable"_s};
const QStringList kRiskSignals = {u"threats"_s, u"insults"_s, u"dominance_claims"_s, u"evasion"_s,
    u"hostility_to_state"_s, u"recruiting_attempt"_s};
/** Observations, never diagnoses: possible_mental_disorder prompts a referral. */
const QStringList kAlteredStates = {u"intoxication"_s, u"possible_mental_disorder"_s};
const QStringList kEngagements
    = {u"engaged"_s, u"partly_engaged"_s, u"disengaged"_s, u"refused"_s, u"no_feedback"_s};
const QStringList kConfidentialityTiers = {u"shared_summary"_s, u"counselling_team"_s, u"sealed"_s};
const QStringList kSafetyChecks = {u"not_required"_s, u"checked_in_and_out"_s, u"check_out_missed"_s};
const QStringList kAlertKinds
    = {u"missed_check_in"_s, u"overdue_measure"_s, u"order_ending"_s, u"referral_ending"_s,
        u"consent_withdrawn"_s, u"review_due"_s, u"risk_signal"_s, u"counsellor_safety"_s, u"other"_s};
const QStringList kSeverities = {u"info"_s, u"warning"_s, u"urgent"_s};
const QStringList kAlertStatuses = {u"open"_s, u"acknowledged"_s, u"resolved"_s};
const QStringList kOrganisationKinds = {u"probation_service"_s, u"police"_s, u"ngo"_s, u"religious_board"_s,
    u"health"_s, u"education"_s, u"other"_s};
/** String forms match domain/roles.h roleName(). */
const QStringList kRoles
    = {u"probation_officer"_s, u"police_officer"_s, u"counsellor"_s, u"supervisor"_s, u"administrator"_s};
const QStringList kStaffStatuses = {u"active"_s, u"suspended"_s, u"left"_s};
const QStringList kDocumentKinds = {u"court_decision"_s, u"identity_document"_s, u"consent_form"_s,
    u"certificate"_s, u"programme"_s, u"review_report"_s, u"correspondence"_s, u"other"_s};
const QStringList kConsentPurposes = {
    u"data_processing"_s, u"referral"_s, u"counselling"_s, u"information_sharing"_s, u"youth_prevention"_s};
const QStringList kConsentForms = {u"written"_s, u"oral_recorded"_s, u"legal_representative"_s};
const QStringList kShareBases
    = {u"consent"_s, u"court_order"_s, u"statutory_duty"_s, u"official_request"_s, u"child_safeguarding"_s};

// ---- Field builders ----

/** Builds one FieldSpec; the sensitivity is always stated where the field is declared. */
class Field
{
public:
    Field(const QString &name, FieldType type, Sensitivity sensitivity)
    {
        m_spec.name = name;
        m_spec.type = type;
        m_spec.sensitivity = sensitivity;
    }
    Field &required()
    {
        m_spec.required = true;
        return *this;
    }
    Field &max(int length)
    {
        m_spec.maxLength = length;
        return *this;
    }
    Field &values(const QStringList &allowed)
    {
        m_spec.enumValues = allowed;
        return *this;
    }
    Field &refers(const QString &entity)
    {
        m_spec.refEntity = entity;
        return *this;
    }
    Field &dictionary(const QString &name)
    {
        m_spec.refDictionary = name;
        return *this;
    }
    operator FieldSpec() const { return m_spec; }

private:
    FieldSpec m_spec;
};

Field text(const QString &name, int maxLength, S s)
{
    return Field(name, FieldType::Text, s).max(maxLength);
}
Field date(const QString &name, S s)
{
    return Field(name, FieldType::Date, s);
}
Field integer(const QString &name, S s)
{
    return Field(name, FieldType::Integer, s);
}
Field boolean(const QString &name, S s)
{
    return Field(name, FieldType::Boolean, s);
}
Field timestamp(const QString &name, S s)
{
    return Field(name, FieldType::Timestamp, s);
}
Field json(const QString &name, S s)
{
    return Field(name, FieldType::Json, s);
}
Field ref(const QString &name, const QString &entity, S s)
{
    return Field(name, FieldType::Id, s).refers(entity);
}
Field oneOf(const QString &name, const QStringList &v, S s)
{
    return Field(name, FieldType::Enum, s).values(v);
}
Field flags(const QString &name, const QStringList &v, S s)
{
    return Field(name, FieldType::EnumSet, s).values(v);
}
Field code(const QString &name, const QString &dict, S s)
{
    return Field(name, FieldType::Code, s).dictionary(dict);
}
Field person()
{
    return ref(u"personId"_s, u"Person"_s, S::Ordinary).required();
}
Field staff(const QString &name)
{
    return ref(name, u"StaffUser"_s, S::Ordinary);
}

EntitySpec entity(const QString &name, QString personField, QList<FieldSpec> fields, RecordCheck check = {})
{
    EntitySpec e;
    e.name = name;
    e.table = snakeCase(name);
    e.personField = std::move(personField);
    e.fields = std::move(fields);
    e.check = std::move(check);
    return e;
}

/** An append-only record: corrections are new records whose amendsId names the one corrected. */
EntitySpec appendOnly(EntitySpec e)
{
    e.appendOnly = true;
    e.fields << FieldSpec(ref(u"amendsId"_s, e.name, S::Ordinary));
    return e;
}

using namespace SchemaRules;

// ---- Entities ----

EntitySpec personSpec()
{
    return entity(u"Person"_s, u"id"_s,
        {
            text(u"surnameCyr"_s, kName, S::Identifying),
            text(u"givenNameCyr"_s, kName, S::Identifying),
            text(u"patronymicCyr"_s, kName, S::Identifying),
            text(u"surnameLat"_s, kName, S::Identifying),
            text(u"givenNameLat"_s, kName, S::Identifying),
            text(u"patronymicLat"_s, kName, S::Identifying),
            text(u"iin"_s, 12, S::Restricted),
            date(u"birthDate"_s, S::Identifying),
            oneOf(u"sex"_s, kSexes, S::Ordinary),
            oneOf(u"preferredLanguage"_s, kLanguages, S::Ordinary),
            code(u"residenceTerritory"_s, u"territory"_s, S::Ordinary),
            text(u"residenceAddress"_s, kTitle, S::Identifying),
            flags(u"categoryFlags"_s, kPersonCategories, S::Status),
            oneOf(u"caseStatus"_s, kCaseStatuses, S::Status).required(),
            staff(u"caseOfficerId"_s),
            text(u"notes"_s, Schema::kDefaultMaxText, S::Note),
        },
        personCheck);
}

EntitySpec relationshipSpec()
{
    return entity(u"Relationship"_s, u"personId"_s,
        {
            person(),
            ref(u"relatedPersonId"_s, u"Person"_s, S::Ordinary).required(),
            oneOf(u"kind"_s, kRelationshipKinds, S::Ordinary).required(),
            boolean(u"supporter"_s, S::Ordinary),
            text(u"notes"_s, kParagraph, S::Note),
        },
        [](const QVariantMap &m) {
            return has(m, u"personId"_s) && str(m, u"relatedPersonId"_s) == str(m, u"personId"_s)
                ? fail(u"relatedPersonId"_s, u"a person is not their own relative"_s)
                : Status {};
        });
}

EntitySpec convictionSpec()
{
    return entity(u"Conviction"_s, u"personId"_s,
        {
            person(),
            code(u"articleCode"_s, u"criminal_article"_s, S::Restricted).required(),
            text(u"articlePart"_s, 8, S::Restricted),
            text(u"articleParagraph"_s, 8, S::Restricted),
            integer(u"articleDictionaryVersion"_s, S::Ordinary),
            text(u"court"_s, kTitle, S::Ordinary),
            date(u"verdictDate"_s, S::Ordinary),
            text(u"sentence"_s, kParagraph, S::Restricted),
            date(u"releaseDate"_s, S::Ordinary),
        },
        convictionCheck);
}

EntitySpec supervisionOrderSpec()
{
    return entity(u"SupervisionOrder"_s, u"personId"_s,
        {
            person(),
            ref(u"convictionId"_s, u"Conviction"_s, S::Ordinary),
            text(u"decisionNumber"_s, kShort, S::Ordinary),
            text(u"court"_s, kTitle, S::Ordinary),
            date(u"decisionDate"_s, S::Ordinary),
            date(u"startsOn"_s, S::Ordinary).required(),
            date(u"endsOn"_s, S::Ordinary),
            oneOf(u"status"_s, kOrderStatuses, S::Status).required(),
            ref(u"policeUnitId"_s, u"Organisation"_s, S::Ordinary),
            staff(u"policeOfficerId"_s),
            ref(u"probationUnitId"_s, u"Organisation"_s, S::Ordinary),
            staff(u"probationOfficerId"_s),
            oneOf(u"reportingFrequency"_s, kReportingFrequencies, S::Ordinary),
            oneOf(u"policeRule"_s, kDeadlineRules, S::Ordinary),
            integer(u"policeFixedDay"_s, S::Ordinary),
            integer(u"policeEveryDays"_s, S::Ordinary),
            oneOf(u"probationRule"_s, kDeadlineRules, S::Ordinary),
            integer(u"probationFixedDay"_s, S::Ordinary),
            integer(u"probationEveryDays"_s, S::Ordinary),
            date(u"terminatedOn"_s, S::Ordinary),
            text(u"terminationReason"_s, kParagraph, S::Note),
        },
        orderCheck);
}

EntitySpec orderSuspensionSpec()
{
    return entity(u"OrderSuspension"_s, u"personId"_s,
        {
            person(),
            ref(u"orderId"_s, u"SupervisionOrder"_s, S::Ordinary).required(),
            oneOf(u"reason"_s, kSuspensionReasons, S::Ordinary).required(),
            date(u"startsOn"_s, S::Ordinary).required(),
            date(u"endsOn"_s, S::Ordinary),
            text(u"note"_s, kParagraph, S::Note),
        },
        [](const QVariantMap &m) { return notBefore(m, u"startsOn"_s, u"endsOn"_s); });
}

EntitySpec orderRestrictionSpec()
{
    return entity(u"OrderRestriction"_s, u"personId"_s,
        {
            person(),
            ref(u"orderId"_s, u"SupervisionOrder"_s, S::Ordinary).required(),
            code(u"typeCode"_s, u"restriction_type"_s, S::Ordinary).required(),
            json(u"parameters"_s, S::Ordinary),
            date(u"validFrom"_s, S::Ordinary),
            date(u"validTo"_s, S::Ordinary),
        },
        [](const QVariantMap &m) { return notBefore(m, u"validFrom"_s, u"validTo"_s); });
}

EntitySpec orderStatusChangeSpec()
{
    return appendOnly(entity(u"OrderStatusChange"_s, u"personId"_s,
        {
            person(),
            ref(u"orderId"_s, u"SupervisionOrder"_s, S::Ordinary).required(),
            oneOf(u"fromStatus"_s, kOrderStatuses, S::Status),
            oneOf(u"toStatus"_s, kOrderStatuses, S::Status).required(),
            text(u"reason"_s, kParagraph, S::Note),
            text(u"decisionNumber"_s, kShort, S::Ordinary),
            date(u"effectiveOn"_s, S::Ordinary).required(),
        },
        [](const QVariantMap &m) {
            return str(m, u"fromStatus"_s) == str(m, u"toStatus"_s)
                ? fail(u"toStatus"_s, u"same as fromStatus"_s)
                : Status {};
        }));
}

EntitySpec assistanceProgrammeSpec()
{
    return entity(u"AssistanceProgramme"_s, u"personId"_s,
        {
            person(),
            ref(u"orderId"_s, u"SupervisionOrder"_s, S::Ordinary),
            integer(u"versionNo"_s, S::Ordinary).required(),
            oneOf(u"status"_s, kProgrammeStatuses, S::Status).required(),
            staff(u"draftedBy"_s),
            staff(u"approvedBy"_s),
            timestamp(u"approvedAt"_s, S::Status),
            text(u"supervisorComment"_s, Schema::kDefaultMaxText, S::Note),
            ref(u"supersedesId"_s, u"AssistanceProgramme"_s, S::Ordinary),
            oneOf(u"personCategory"_s, kTemplateCategories, S::Ordinary),
            integer(u"templateVersion"_s, S::Ordinary),
            date(u"activatedOn"_s, S::Ordinary),
            date(u"completedOn"_s, S::Ordinary),
            text(u"closureReason"_s, kParagraph, S::Note),
        },
        programmeCheck);
}

EntitySpec programmeNeedSpec()
{
    return entity(u"ProgrammeNeed"_s, u"personId"_s,
        {
            person(),
            ref(u"programmeId"_s, u"AssistanceProgramme"_s, S::Ordinary).required(),
            code(u"domainCode"_s, u"need_domain"_s, S::Ordinary).required(),
            text(u"assessment"_s, Schema::kDefaultMaxText, S::Note),
            oneOf(u"priority"_s, kPriorities, S::Ordinary),
            oneOf(u"severity"_s, kSeverityLevels, S::Risk),
        });
}

EntitySpec programmeGoalSpec()
{
    return entity(u"ProgrammeGoal"_s, u"personId"_s,
        {
            person(),
            ref(u"programmeId"_s, u"AssistanceProgramme"_s, S::Ordinary).required(),
            ref(u"needId"_s, u"ProgrammeNeed"_s, S::Ordinary),
            text(u"description"_s, kParagraph, S::Ordinary).required(),
            date(u"targetDate"_s, S::Ordinary),
            oneOf(u"status"_s, kGoalStatuses, S::Status),
        });
}

EntitySpec programmeMeasureSpec()
{
    return entity(u"ProgrammeMeasure"_s, u"personId"_s,
        {
            person(),
            ref(u"programmeId"_s, u"AssistanceProgramme"_s, S::Ordinary).required(),
            ref(u"goalId"_s, u"ProgrammeGoal"_s, S::Ordinary),
            code(u"interventionCode"_s, u"intervention_type"_s, S::Ordinary).required(),
            ref(u"providerOrganisationId"_s, u"Organisation"_s, S::Ordinary),
            date(u"dueOn"_s, S::Ordinary),
            oneOf(u"status"_s, kMeasureStatuses, S::Status).required(),
            date(u"deliveredOn"_s, S::Ordinary),
            text(u"evidence"_s, kParagraph, S::Ordinary),
            staff(u"providerCounsellorId"_s),
            oneOf(u"frequency"_s, kMeasureFrequencies, S::Ordinary),
            text(u"notPossibleReason"_s, kParagraph, S::Note),
            json(u"evidenceLinks"_s, S::Ordinary),
        },
        [](const QVariantMap &m) {
            return firstFailure({
                neededWhen(m, u"status"_s, u"done"_s, u"deliveredOn"_s),
                neededWhen(m, u"status"_s, u"not_possible"_s, u"notPossibleReason"_s),
            });
        });
}

EntitySpec referralSpec()
{
    return entity(u"Referral"_s, u"personId"_s,
        {
            person(),
            ref(u"measureId"_s, u"ProgrammeMeasure"_s, S::Ordinary),
            ref(u"organisationId"_s, u"Organisation"_s, S::Ordinary),
            staff(u"counsellorId"_s),
            text(u"reason"_s, kParagraph, S::Note).required(),
            ref(u"consentId"_s, u"ConsentRecord"_s, S::Ordinary).required(),
            date(u"termStart"_s, S::Ordinary),
            date(u"termEnd"_s, S::Ordinary),
            oneOf(u"status"_s, kReferralStatuses, S::Status).required(),
            oneOf(u"minimalOutcome"_s, kMinimalOutcomes, S::Status),
            integer(u"attendedCount"_s, S::Ordinary),
            boolean(u"programmeCompleted"_s, S::Ordinary),
            date(u"outcomeReportedOn"_s, S::Ordinary),
            text(u"closureReason"_s, kParagraph, S::Note),
        },
        referralCheck);
}

EntitySpec checkInSpec()
{
    return appendOnly(entity(u"CheckIn"_s, u"personId"_s,
        {
            person(),
            ref(u"orderId"_s, u"SupervisionOrder"_s, S::Ordinary),
            oneOf(u"channel"_s, kCheckInChannels, S::Ordinary).required(),
            date(u"dueOn"_s, S::Ordinary).required(),
            date(u"windowStart"_s, S::Ordinary),
            date(u"windowEnd"_s, S::Ordinary),
            oneOf(u"outcome"_s, kCheckInOutcomes, S::Status).required(),
            date(u"occurredOn"_s, S::Ordinary),
            text(u"summary"_s, Schema::kDefaultMaxText, S::Note),
            boolean(u"preventiveConversation"_s, S::Ordinary),
            text(u"followUp"_s, kParagraph, S::Note),
            text(u"excuseReason"_s, kParagraph, S::Note),
            date(u"newDueOn"_s, S::Ordinary),
            date(u"obligationDue"_s, S::Ordinary),
            text(u"preventiveConversationNote"_s, Schema::kDefaultMaxText, S::Restricted),
        },
        checkInCheck));
}

EntitySpec counsellingSessionSpec()
{
    return appendOnly(entity(u"CounsellingSession"_s, u"personId"_s,
        {
            person(),
            ref(u"referralId"_s, u"Referral"_s, S::Ordinary).required(),
            staff(u"counsellorId"_s).required(),
            date(u"occurredOn"_s, S::Ordinary).required(),
            oneOf(u"mode"_s, kSessionModes, S::Ordinary).required(),
            integer(u"durationMinutes"_s, S::Ordinary),
            text(u"topics"_s, kParagraph, S::Note),
            flags(u"emotionalState"_s, kEmotionalStates, S::Note),
            oneOf(u"intensity"_s, kIntensities, S::Note),
            oneOf(u"stability"_s, kStabilities, S::Risk),
            text(u"stabilityRationale"_s, kParagraph, S::Risk),
            flags(u"riskSignals"_s, kRiskSignals, S::Risk),
            flags(u"alteredState"_s, kAlteredStates, S::Risk),
            json(u"requests"_s, S::Note),
            oneOf(u"engagement"_s, kEngagements, S::Status),
            text(u"notesObservations"_s, kNote, S::Note),
            text(u"notesAnalysis"_s, kNote, S::Note),
            text(u"notesConclusions"_s, kNote, S::Note),
            text(u"notesPlan"_s, kNote, S::Note),
            date(u"nextSessionOn"_s, S::Ordinary),
            oneOf(u"confidentialityTier"_s, kConfidentialityTiers, S::Status).required(),
            oneOf(u"counsellorSafetyCheck"_s, kSafetyChecks, S::Ordinary),
        },
        sessionCheck));
}

EntitySpec progressReviewSpec()
{
    return appendOnly(entity(u"ProgressReview"_s, u"personId"_s,
        {
            person(),
            ref(u"programmeId"_s, u"AssistanceProgramme"_s, S::Ordinary),
            date(u"periodStart"_s, S::Ordinary).required(),
            date(u"periodEnd"_s, S::Ordinary).required(),
            json(u"indicators"_s, S::Ordinary),
            json(u"outcomeProxies"_s, S::Ordinary),
            json(u"judgements"_s, S::Risk),
            json(u"instrument"_s, S::Risk),
            staff(u"signedOffBy"_s),
            timestamp(u"signedOffAt"_s, S::Status),
            ref(u"previousReviewId"_s, u"ProgressReview"_s, S::Ordinary),
            json(u"trend"_s, S::Risk),
            date(u"nextReviewOn"_s, S::Ordinary),
        },
        reviewCheck));
}

EntitySpec alertSpec()
{
    return entity(u"Alert"_s, u"personId"_s,
        {
            person(),
            oneOf(u"kind"_s, kAlertKinds, S::Ordinary).required(),
            oneOf(u"severity"_s, kSeverities, S::Status).required(),
            oneOf(u"status"_s, kAlertStatuses, S::Status).required(),
            date(u"raisedOn"_s, S::Ordinary).required(),
            date(u"dueOn"_s, S::Ordinary),
            staff(u"assignedTo"_s),
            text(u"sourceEntity"_s, 64, S::Ordinary),
            Field(u"sourceId"_s, FieldType::Id, S::Ordinary),
            text(u"resolutionNote"_s, kParagraph, S::Note),
            oneOf(u"routedRole"_s, kRoles, S::Ordinary),
            integer(u"escalationLevel"_s, S::Ordinary),
            text(u"obligationKey"_s, kShort, S::Ordinary),
            staff(u"acknowledgedBy"_s),
            timestamp(u"acknowledgedAt"_s, S::Status),
            staff(u"resolvedBy"_s),
            timestamp(u"resolvedAt"_s, S::Status),
        },
        alertCheck);
}

EntitySpec organisationSpec()
{
    return entity(u"Organisation"_s, QString(),
        {
            text(u"nameKk"_s, kTitle, S::Ordinary).required(),
            text(u"nameRu"_s, kTitle, S::Ordinary).required(),
            text(u"nameEn"_s, kTitle, S::Ordinary),
            oneOf(u"kind"_s, kOrganisationKinds, S::Ordinary).required(),
            code(u"territoryCode"_s, u"territory"_s, S::Ordinary),
        });
}

EntitySpec staffUserSpec()
{
    return entity(u"StaffUser"_s, QString(),
        {
            text(u"displayName"_s, kShort, S::Identifying).required(),
            oneOf(u"role"_s, kRoles, S::Status).required(),
            ref(u"organisationId"_s, u"Organisation"_s, S::Ordinary),
            code(u"territoryCode"_s, u"territory"_s, S::Ordinary),
            oneOf(u"preferredLanguage"_s, kLanguages, S::Ordinary),
            oneOf(u"status"_s, kStaffStatuses, S::Status).required(),
        });
}

EntitySpec documentSpec()
{
    return entity(u"Document"_s, u"personId"_s,
        {
            person(),
            oneOf(u"kind"_s, kDocumentKinds, S::Ordinary).required(),
            text(u"title"_s, kTitle, S::Identifying),
            text(u"mimeType"_s, kName, S::Ordinary),
            integer(u"sizeBytes"_s, S::Ordinary),
            text(u"sha256"_s, 64, S::Ordinary),
            text(u"storageRef"_s, kTitle, S::Ordinary),
        },
        documentCheck);
}

EntitySpec consentRecordSpec()
{
    return entity(u"ConsentRecord"_s, u"personId"_s,
        {
            person(),
            oneOf(u"purpose"_s, kConsentPurposes, S::Status).required(),
            text(u"scope"_s, kParagraph, S::Ordinary),
            oneOf(u"basis"_s, kConsentForms, S::Ordinary).required(),
            ref(u"givenByPersonId"_s, u"Person"_s, S::Ordinary),
            ref(u"documentId"_s, u"Document"_s, S::Ordinary),
            date(u"givenOn"_s, S::Ordinary).required(),
            date(u"withdrawnOn"_s, S::Status),
            staff(u"recordedBy"_s),
        },
        [](const QVariantMap &m) { return notBefore(m, u"givenOn"_s, u"withdrawnOn"_s); });
}

EntitySpec informationShareSpec()
{
    return appendOnly(entity(u"InformationShare"_s, u"personId"_s,
        {
            person(),
            ref(u"recipientOrganisationId"_s, u"Organisation"_s, S::Ordinary).required(),
            oneOf(u"basis"_s, kShareBases, S::Ordinary).required(),
            ref(u"consentId"_s, u"ConsentRecord"_s, S::Ordinary),
            text(u"purpose"_s, kParagraph, S::Ordinary),
            json(u"fields"_s, S::Ordinary).required(),
            date(u"sharedOn"_s, S::Ordinary).required(),
            staff(u"sharedBy"_s),
        },
        [](const QVariantMap &m) { return neededWhen(m, u"basis"_s, u"consent"_s, u"consentId"_s); }));
}

} // namespace

const Schema &Schema::builtIn()
{
    static const Schema schema({
        personSpec(),
        relationshipSpec(),
        convictionSpec(),
        supervisionOrderSpec(),
        orderRestrictionSpec(),
        orderStatusChangeSpec(),
        orderSuspensionSpec(),
        assistanceProgrammeSpec(),
        programmeNeedSpec(),
        programmeGoalSpec(),
        programmeMeasureSpec(),
        referralSpec(),
        checkInSpec(),
        counsellingSessionSpec(),
        progressReviewSpec(),
        alertSpec(),
        organisationSpec(),
        staffUserSpec(),
        documentSpec(),
        consentRecordSpec(),
        informationShareSpec(),
    });
    return schema;
}

} // namespace Qadam
