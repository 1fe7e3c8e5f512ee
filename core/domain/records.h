#pragma once

// Value types of the records of DOMAIN.md, one Q_GADGET per EntitySpec of Schema::builtIn().
// Properties mirror the spec's fields one to one, in order (tst_schema checks it); id and version
// are the record's identity, not fields. Text, ids, enums, codes and JSON are QString (JSON in
// compact form, EnumSet comma-separated), dates QDate, integers and timestamps qint64.
// Convert to and from the generic field map with recordconvert.h. Plain values: copy freely,
// use on any thread.

#include <QDate>
#include <QMetaType>
#include <QString>

#include <tuple>

namespace Qadam {

/** Someone a case is about: names in Cyrillic and Latin, restricted IIN, residence, category flags. */
struct Person
{
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(qint64 version MEMBER version)
    Q_PROPERTY(QString surnameCyr MEMBER surnameCyr)
    Q_PROPERTY(QString givenNameCyr MEMBER givenNameCyr)
    Q_PROPERTY(QString patronymicCyr MEMBER patronymicCyr)
    Q_PROPERTY(QString surnameLat MEMBER surnameLat)
    Q_PROPERTY(QString givenNameLat MEMBER givenNameLat)
    Q_PROPERTY(QString patronymicLat MEMBER patronymicLat)
    Q_PROPERTY(QString iin MEMBER iin)
    Q_PROPERTY(QDate birthDate MEMBER birthDate)
    Q_PROPERTY(QString sex MEMBER sex)
    Q_PROPERTY(QString preferredLanguage MEMBER preferredLanguage)
    Q_PROPERTY(QString residenceTerritory MEMBER residenceTerritory)
    Q_PROPERTY(QString residenceAddress MEMBER residenceAddress)
    Q_PROPERTY(QString categoryFlags MEMBER categoryFlags)
    Q_PROPERTY(QString caseStatus MEMBER caseStatus)
    Q_PROPERTY(QString caseOfficerId MEMBER caseOfficerId)
    Q_PROPERTY(QString notes MEMBER notes)
public:
    static constexpr auto kEntity = u"Person";

    QString id;
    qint64 version = 0;
    QString surnameCyr;
    QString givenNameCyr;
    QString patronymicCyr;
    QString surnameLat;
    QString givenNameLat;
    QString patronymicLat;
    QString iin;
    QDate birthDate;
    QString sex;                ///< enum
    QString preferredLanguage;  ///< enum
    QString residenceTerritory; ///< dictionary code
    QString residenceAddress;
    QString categoryFlags; ///< flags, comma-separated
    QString caseStatus;    ///< enum
    QString caseOfficerId; ///< → StaffUser
    QString notes;
};

/** A tie between two people of the caseload (household, relatives as supporters). */
struct Relationship
{
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(qint64 version MEMBER version)
    Q_PROPERTY(QString personId MEMBER personId)
    Q_PROPERTY(QString relatedPersonId MEMBER relatedPersonId)
    Q_PROPERTY(QString kind MEMBER kind)
    Q_PROPERTY(bool supporter MEMBER supporter)
    Q_PROPERTY(QString notes MEMBER notes)
public:
    static constexpr auto kEntity = u"Relationship";

    QString id;
    qint64 version = 0;
    QString personId;        ///< → Person
    QString relatedPersonId; ///< → Person
    QString kind;            ///< enum
    bool supporter = false;
    QString notes;
};

/** A conviction: Criminal Code article as a versioned dictionary code, court, sentence, release. */
struct Conviction
{
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(qint64 version MEMBER version)
    Q_PROPERTY(QString personId MEMBER personId)
    Q_PROPERTY(QString articleCode MEMBER articleCode)
    Q_PROPERTY(QString articlePart MEMBER articlePart)
    Q_PROPERTY(QString articleParagraph MEMBER articleParagraph)
    Q_PROPERTY(qint64 articleDictionaryVersion MEMBER articleDictionaryVersion)
    Q_PROPERTY(QString court MEMBER court)
    Q_PROPERTY(QDate verdictDate MEMBER verdictDate)
    Q_PROPERTY(QString sentence MEMBER sentence)
    Q_PROPERTY(QDate releaseDate MEMBER releaseDate)
public:
    static constexpr auto kEntity = u"Conviction";

    QString id;
    qint64 version = 0;
    QString personId;    ///< → Person
    QString articleCode; ///< dictionary code
    QString articlePart;
    QString articleParagraph;
    qint64 articleDictionaryVersion = 0;
    QString court;
    QDate verdictDate;
    QString sentence;
    QDate releaseDate;
};

/** A court order of administrative supervision: term, status, responsible units and officers. */
struct SupervisionOrder
{
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(qint64 version MEMBER version)
    Q_PROPERTY(QString personId MEMBER personId)
    Q_PROPERTY(QString convictionId MEMBER convictionId)
    Q_PROPERTY(QString decisionNumber MEMBER decisionNumber)
    Q_PROPERTY(QString court MEMBER court)
    Q_PROPERTY(QDate decisionDate MEMBER decisionDate)
    Q_PROPERTY(QDate startsOn MEMBER startsOn)
    Q_PROPERTY(QDate endsOn MEMBER endsOn)
    Q_PROPERTY(QString status MEMBER status)
    Q_PROPERTY(QString policeUnitId MEMBER policeUnitId)
    Q_PROPERTY(QString policeOfficerId MEMBER policeOfficerId)
    Q_PROPERTY(QString probationUnitId MEMBER probationUnitId)
    Q_PROPERTY(QString probationOfficerId MEMBER probationOfficerId)
    Q_PROPERTY(QString reportingFrequency MEMBER reportingFrequency)
    Q_PROPERTY(QString policeRule MEMBER policeRule)
    Q_PROPERTY(qint64 policeFixedDay MEMBER policeFixedDay)
    Q_PROPERTY(qint64 policeEveryDays MEMBER policeEveryDays)
    Q_PROPERTY(QString probationRule MEMBER probationRule)
    Q_PROPERTY(qint64 probationFixedDay MEMBER probationFixedDay)
    Q_PROPERTY(qint64 probationEveryDays MEMBER probationEveryDays)
    Q_PROPERTY(QDate terminatedOn MEMBER terminatedOn)
    Q_PROPERTY(QString terminationReason MEMBER terminationReason)
public:
    static constexpr auto kEntity = u"SupervisionOrder";

    QString id;
    qint64 version = 0;
    QString personId;     ///< → Person
    QString convictionId; ///< → Conviction
    QString decisionNumber;
    QString court;
    QDate decisionDate;
    QDate startsOn;
    QDate endsOn;
    QString status;             ///< enum
    QString policeUnitId;       ///< → Organisation
    QString policeOfficerId;    ///< → StaffUser
    QString probationUnitId;    ///< → Organisation
    QString probationOfficerId; ///< → StaffUser
    QString reportingFrequency; ///< enum
    QString policeRule;
    qint64 policeFixedDay = 0;
    qint64 policeEveryDays = 0;
    QString probationRule;
    qint64 probationFixedDay = 0;
    qint64 probationEveryDays = 0;
    QDate terminatedOn;
    QString terminationReason;
};

/** One restriction of a supervision order, from the configurable restriction catalogue. */
struct OrderRestriction
{
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(qint64 version MEMBER version)
    Q_PROPERTY(QString personId MEMBER personId)
    Q_PROPERTY(QString orderId MEMBER orderId)
    Q_PROPERTY(QString typeCode MEMBER typeCode)
    Q_PROPERTY(QString parameters MEMBER parameters)
    Q_PROPERTY(QDate validFrom MEMBER validFrom)
    Q_PROPERTY(QDate validTo MEMBER validTo)
public:
    static constexpr auto kEntity = u"OrderRestriction";

    QString id;
    qint64 version = 0;
    QString personId;   ///< → Person
    QString orderId;    ///< → SupervisionOrder
    QString typeCode;   ///< dictionary code
    QString parameters; ///< compact JSON
    QDate validFrom;
    QDate validTo;
};

/** One step of a supervision order's status history (append-only). */
struct OrderStatusChange
{
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(qint64 version MEMBER version)
    Q_PROPERTY(QString personId MEMBER personId)
    Q_PROPERTY(QString orderId MEMBER orderId)
    Q_PROPERTY(QString fromStatus MEMBER fromStatus)
    Q_PROPERTY(QString toStatus MEMBER toStatus)
    Q_PROPERTY(QString reason MEMBER reason)
    Q_PROPERTY(QString decisionNumber MEMBER decisionNumber)
    Q_PROPERTY(QDate effectiveOn MEMBER effectiveOn)
    Q_PROPERTY(QString amendsId MEMBER amendsId)
public:
    static constexpr auto kEntity = u"OrderStatusChange";

    QString id;
    qint64 version = 0;
    QString personId;   ///< → Person
    QString orderId;    ///< → SupervisionOrder
    QString fromStatus; ///< enum
    QString toStatus;   ///< enum
    QString reason;
    QString decisionNumber;
    QDate effectiveOn;
    QString amendsId; ///< → OrderStatusChange
};

/** A period when a supervision order is suspended (custody, hospital): no obligations fall due. */
struct OrderSuspension
{
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(qint64 version MEMBER version)
    Q_PROPERTY(QString personId MEMBER personId)
    Q_PROPERTY(QString orderId MEMBER orderId)
    Q_PROPERTY(QString reason MEMBER reason)
    Q_PROPERTY(QDate startsOn MEMBER startsOn)
    Q_PROPERTY(QDate endsOn MEMBER endsOn)
    Q_PROPERTY(QString note MEMBER note)
public:
    static constexpr auto kEntity = u"OrderSuspension";

    QString id;
    qint64 version = 0;
    QString personId; ///< → Person
    QString orderId;  ///< → SupervisionOrder
    QString reason;   ///< enum
    QDate startsOn;
    QDate endsOn;     ///< open while invalid
    QString note;
};

/** One version of the individual programme of social and legal assistance (PEC Art. 172 part 7). */
struct AssistanceProgramme
{
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(qint64 version MEMBER version)
    Q_PROPERTY(QString personId MEMBER personId)
    Q_PROPERTY(QString orderId MEMBER orderId)
    Q_PROPERTY(qint64 versionNo MEMBER versionNo)
    Q_PROPERTY(QString status MEMBER status)
    Q_PROPERTY(QString draftedBy MEMBER draftedBy)
    Q_PROPERTY(QString approvedBy MEMBER approvedBy)
    Q_PROPERTY(qint64 approvedAt MEMBER approvedAt)
    Q_PROPERTY(QString supervisorComment MEMBER supervisorComment)
    Q_PROPERTY(QString supersedesId MEMBER supersedesId)
    Q_PROPERTY(QString personCategory MEMBER personCategory)
    Q_PROPERTY(qint64 templateVersion MEMBER templateVersion)
    Q_PROPERTY(QDate activatedOn MEMBER activatedOn)
    Q_PROPERTY(QDate completedOn MEMBER completedOn)
    Q_PROPERTY(QString closureReason MEMBER closureReason)
public:
    static constexpr auto kEntity = u"AssistanceProgramme";

    QString id;
    qint64 version = 0;
    QString personId; ///< → Person
    QString orderId;  ///< → SupervisionOrder
    qint64 versionNo = 0;
    QString status;        ///< enum
    QString draftedBy;     ///< → StaffUser
    QString approvedBy;    ///< → StaffUser
    qint64 approvedAt = 0; ///< UTC ms since the epoch
    QString supervisorComment;
    QString supersedesId; ///< → AssistanceProgramme
    QString personCategory;
    qint64 templateVersion = 0;
    QDate activatedOn;
    QDate completedOn;
    QString closureReason;
};

/** A need of a programme, in one of the nine need domains. */
struct ProgrammeNeed
{
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(qint64 version MEMBER version)
    Q_PROPERTY(QString personId MEMBER personId)
    Q_PROPERTY(QString programmeId MEMBER programmeId)
    Q_PROPERTY(QString domainCode MEMBER domainCode)
    Q_PROPERTY(QString assessment MEMBER assessment)
    Q_PROPERTY(QString priority MEMBER priority)
    Q_PROPERTY(QString severity MEMBER severity)
public:
    static constexpr auto kEntity = u"ProgrammeNeed";

    QString id;
    qint64 version = 0;
    QString personId;    ///< → Person
    QString programmeId; ///< → AssistanceProgramme
    QString domainCode;  ///< dictionary code
    QString assessment;
    QString priority; ///< enum
    QString severity;
};

/** A goal addressing a programme need. */
struct ProgrammeGoal
{
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(qint64 version MEMBER version)
    Q_PROPERTY(QString personId MEMBER personId)
    Q_PROPERTY(QString programmeId MEMBER programmeId)
    Q_PROPERTY(QString needId MEMBER needId)
    Q_PROPERTY(QString description MEMBER description)
    Q_PROPERTY(QDate targetDate MEMBER targetDate)
    Q_PROPERTY(QString status MEMBER status)
public:
    static constexpr auto kEntity = u"ProgrammeGoal";

    QString id;
    qint64 version = 0;
    QString personId;    ///< → Person
    QString programmeId; ///< → AssistanceProgramme
    QString needId;      ///< → ProgrammeNeed
    QString description;
    QDate targetDate;
    QString status; ///< enum
};

/** A measure towards a goal: intervention, provider, due date, status and evidence. */
struct ProgrammeMeasure
{
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(qint64 version MEMBER version)
    Q_PROPERTY(QString personId MEMBER personId)
    Q_PROPERTY(QString programmeId MEMBER programmeId)
    Q_PROPERTY(QString goalId MEMBER goalId)
    Q_PROPERTY(QString interventionCode MEMBER interventionCode)
    Q_PROPERTY(QString providerOrganisationId MEMBER providerOrganisationId)
    Q_PROPERTY(QDate dueOn MEMBER dueOn)
    Q_PROPERTY(QString status MEMBER status)
    Q_PROPERTY(QDate deliveredOn MEMBER deliveredOn)
    Q_PROPERTY(QString evidence MEMBER evidence)
    Q_PROPERTY(QString providerCounsellorId MEMBER providerCounsellorId)
    Q_PROPERTY(QString frequency MEMBER frequency)
    Q_PROPERTY(QString notPossibleReason MEMBER notPossibleReason)
    Q_PROPERTY(QString evidenceLinks MEMBER evidenceLinks)
public:
    static constexpr auto kEntity = u"ProgrammeMeasure";

    QString id;
    qint64 version = 0;
    QString personId;               ///< → Person
    QString programmeId;            ///< → AssistanceProgramme
    QString goalId;                 ///< → ProgrammeGoal
    QString interventionCode;       ///< dictionary code
    QString providerOrganisationId; ///< → Organisation
    QDate dueOn;
    QString status; ///< enum
    QDate deliveredOn;
    QString evidence;
    QString providerCounsellorId;
    QString frequency;
    QString notPossibleReason;
    QString evidenceLinks;
};

/** A referral to an organisation or counsellor: reason, consent, term, status, minimal outcome. */
struct Referral
{
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(qint64 version MEMBER version)
    Q_PROPERTY(QString personId MEMBER personId)
    Q_PROPERTY(QString measureId MEMBER measureId)
    Q_PROPERTY(QString organisationId MEMBER organisationId)
    Q_PROPERTY(QString counsellorId MEMBER counsellorId)
    Q_PROPERTY(QString reason MEMBER reason)
    Q_PROPERTY(QString consentId MEMBER consentId)
    Q_PROPERTY(QDate termStart MEMBER termStart)
    Q_PROPERTY(QDate termEnd MEMBER termEnd)
    Q_PROPERTY(QString status MEMBER status)
    Q_PROPERTY(QString minimalOutcome MEMBER minimalOutcome)
    Q_PROPERTY(qint64 attendedCount MEMBER attendedCount)
    Q_PROPERTY(bool programmeCompleted MEMBER programmeCompleted)
    Q_PROPERTY(QDate outcomeReportedOn MEMBER outcomeReportedOn)
    Q_PROPERTY(QString closureReason MEMBER closureReason)
public:
    static constexpr auto kEntity = u"Referral";

    QString id;
    qint64 version = 0;
    QString personId;       ///< → Person
    QString measureId;      ///< → ProgrammeMeasure
    QString organisationId; ///< → Organisation
    QString counsellorId;   ///< → StaffUser
    QString reason;
    QString consentId; ///< → ConsentRecord
    QDate termStart;
    QDate termEnd;
    QString status;         ///< enum
    QString minimalOutcome; ///< enum
    qint64 attendedCount = 0;
    bool programmeCompleted = false;
    QDate outcomeReportedOn;
    QString closureReason;
};

/** One monthly appearance, police registration or probation report (PEC Art. 172 part 9; append-only). */
struct CheckIn
{
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(qint64 version MEMBER version)
    Q_PROPERTY(QString personId MEMBER personId)
    Q_PROPERTY(QString orderId MEMBER orderId)
    Q_PROPERTY(QString channel MEMBER channel)
    Q_PROPERTY(QDate dueOn MEMBER dueOn)
    Q_PROPERTY(QDate windowStart MEMBER windowStart)
    Q_PROPERTY(QDate windowEnd MEMBER windowEnd)
    Q_PROPERTY(QString outcome MEMBER outcome)
    Q_PROPERTY(QDate occurredOn MEMBER occurredOn)
    Q_PROPERTY(QString summary MEMBER summary)
    Q_PROPERTY(bool preventiveConversation MEMBER preventiveConversation)
    Q_PROPERTY(QString followUp MEMBER followUp)
    Q_PROPERTY(QString excuseReason MEMBER excuseReason)
    Q_PROPERTY(QDate newDueOn MEMBER newDueOn)
    Q_PROPERTY(QDate obligationDue MEMBER obligationDue)
    Q_PROPERTY(QString preventiveConversationNote MEMBER preventiveConversationNote)
    Q_PROPERTY(QString amendsId MEMBER amendsId)
public:
    static constexpr auto kEntity = u"CheckIn";

    QString id;
    qint64 version = 0;
    QString personId; ///< → Person
    QString orderId;  ///< → SupervisionOrder
    QString channel;  ///< enum
    QDate dueOn;
    QDate windowStart;
    QDate windowEnd;
    QString outcome; ///< enum
    QDate occurredOn;
    QString summary;
    bool preventiveConversation = false;
    QString followUp;
    QString excuseReason;
    QDate newDueOn;
    QDate obligationDue;
    QString preventiveConversationNote;
    QString amendsId; ///< → CheckIn
};

/** One counselling session log with structured notes and confidentiality tier (append-only). */
struct CounsellingSession
{
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(qint64 version MEMBER version)
    Q_PROPERTY(QString personId MEMBER personId)
    Q_PROPERTY(QString referralId MEMBER referralId)
    Q_PROPERTY(QString counsellorId MEMBER counsellorId)
    Q_PROPERTY(QDate occurredOn MEMBER occurredOn)
    Q_PROPERTY(QString mode MEMBER mode)
    Q_PROPERTY(qint64 durationMinutes MEMBER durationMinutes)
    Q_PROPERTY(QString topics MEMBER topics)
    Q_PROPERTY(QString emotionalState MEMBER emotionalState)
    Q_PROPERTY(QString intensity MEMBER intensity)
    Q_PROPERTY(QString stability MEMBER stability)
    Q_PROPERTY(QString stabilityRationale MEMBER stabilityRationale)
    Q_PROPERTY(QString riskSignals MEMBER riskSignals)
    Q_PROPERTY(QString alteredState MEMBER alteredState)
    Q_PROPERTY(QString requests MEMBER requests)
    Q_PROPERTY(QString engagement MEMBER engagement)
    Q_PROPERTY(QString notesObservations MEMBER notesObservations)
    Q_PROPERTY(QString notesAnalysis MEMBER notesAnalysis)
    Q_PROPERTY(QString notesConclusions MEMBER notesConclusions)
    Q_PROPERTY(QString notesPlan MEMBER notesPlan)
    Q_PROPERTY(QDate nextSessionOn MEMBER nextSessionOn)
    Q_PROPERTY(QString confidentialityTier MEMBER confidentialityTier)
    Q_PROPERTY(QString counsellorSafetyCheck MEMBER counsellorSafetyCheck)
    Q_PROPERTY(QString amendsId MEMBER amendsId)
public:
    static constexpr auto kEntity = u"CounsellingSession";

    QString id;
    qint64 version = 0;
    QString personId;     ///< → Person
    QString referralId;   ///< → Referral
    QString counsellorId; ///< → StaffUser
    QDate occurredOn;
    QString mode; ///< enum
    qint64 durationMinutes = 0;
    QString topics;
    QString emotionalState; ///< flags, comma-separated
    QString intensity;      ///< enum
    QString stability;      ///< enum
    QString stabilityRationale;
    QString riskSignals;  ///< flags, comma-separated
    QString alteredState; ///< flags, comma-separated
    QString requests;     ///< compact JSON
    QString engagement;   ///< enum
    QString notesObservations;
    QString notesAnalysis;
    QString notesConclusions;
    QString notesPlan;
    QDate nextSessionOn;
    QString confidentialityTier;   ///< enum
    QString counsellorSafetyCheck; ///< enum
    QString amendsId;              ///< → CounsellingSession
};

/** A periodic progress review: indicators, outcome proxies, rated judgements, sign-off (append-only). */
struct ProgressReview
{
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(qint64 version MEMBER version)
    Q_PROPERTY(QString personId MEMBER personId)
    Q_PROPERTY(QString programmeId MEMBER programmeId)
    Q_PROPERTY(QDate periodStart MEMBER periodStart)
    Q_PROPERTY(QDate periodEnd MEMBER periodEnd)
    Q_PROPERTY(QString indicators MEMBER indicators)
    Q_PROPERTY(QString outcomeProxies MEMBER outcomeProxies)
    Q_PROPERTY(QString judgements MEMBER judgements)
    Q_PROPERTY(QString instrument MEMBER instrument)
    Q_PROPERTY(QString signedOffBy MEMBER signedOffBy)
    Q_PROPERTY(qint64 signedOffAt MEMBER signedOffAt)
    Q_PROPERTY(QString previousReviewId MEMBER previousReviewId)
    Q_PROPERTY(QString trend MEMBER trend)
    Q_PROPERTY(QDate nextReviewOn MEMBER nextReviewOn)
    Q_PROPERTY(QString amendsId MEMBER amendsId)
public:
    static constexpr auto kEntity = u"ProgressReview";

    QString id;
    qint64 version = 0;
    QString personId;    ///< → Person
    QString programmeId; ///< → AssistanceProgramme
    QDate periodStart;
    QDate periodEnd;
    QString indicators;     ///< compact JSON
    QString outcomeProxies; ///< compact JSON
    QString judgements;     ///< compact JSON
    QString instrument;     ///< compact JSON
    QString signedOffBy;    ///< → StaffUser
    qint64 signedOffAt = 0; ///< UTC ms since the epoch
    QString previousReviewId;
    QString trend;
    QDate nextReviewOn;     ///< scheduled by the sign-off
    QString amendsId;       ///< → ProgressReview
};

/** Something a person must act on: a missed appearance, an overdue measure, a risk signal. */
struct Alert
{
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(qint64 version MEMBER version)
    Q_PROPERTY(QString personId MEMBER personId)
    Q_PROPERTY(QString kind MEMBER kind)
    Q_PROPERTY(QString severity MEMBER severity)
    Q_PROPERTY(QString status MEMBER status)
    Q_PROPERTY(QDate raisedOn MEMBER raisedOn)
    Q_PROPERTY(QDate dueOn MEMBER dueOn)
    Q_PROPERTY(QString assignedTo MEMBER assignedTo)
    Q_PROPERTY(QString sourceEntity MEMBER sourceEntity)
    Q_PROPERTY(QString sourceId MEMBER sourceId)
    Q_PROPERTY(QString resolutionNote MEMBER resolutionNote)
    Q_PROPERTY(QString routedRole MEMBER routedRole)
    Q_PROPERTY(qint64 escalationLevel MEMBER escalationLevel)
    Q_PROPERTY(QString obligationKey MEMBER obligationKey)
    Q_PROPERTY(QString acknowledgedBy MEMBER acknowledgedBy)
    Q_PROPERTY(qint64 acknowledgedAt MEMBER acknowledgedAt)
    Q_PROPERTY(QString resolvedBy MEMBER resolvedBy)
    Q_PROPERTY(qint64 resolvedAt MEMBER resolvedAt)
public:
    static constexpr auto kEntity = u"Alert";

    QString id;
    qint64 version = 0;
    QString personId; ///< → Person
    QString kind;     ///< enum
    QString severity; ///< enum
    QString status;   ///< enum
    QDate raisedOn;
    QDate dueOn;
    QString assignedTo; ///< → StaffUser
    QString sourceEntity;
    QString sourceId; ///< id of the record sourceEntity names
    QString resolutionNote;
    QString routedRole;
    qint64 escalationLevel = 0;
    QString obligationKey;
    QString acknowledgedBy;
    qint64 acknowledgedAt = 0;
    QString resolvedBy;
    qint64 resolvedAt = 0;
};

/** A probation service, police unit, NGO, religious board or other provider, named in kk/ru/en. */
struct Organisation
{
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(qint64 version MEMBER version)
    Q_PROPERTY(QString nameKk MEMBER nameKk)
    Q_PROPERTY(QString nameRu MEMBER nameRu)
    Q_PROPERTY(QString nameEn MEMBER nameEn)
    Q_PROPERTY(QString kind MEMBER kind)
    Q_PROPERTY(QString territoryCode MEMBER territoryCode)
public:
    static constexpr auto kEntity = u"Organisation";

    QString id;
    qint64 version = 0;
    QString nameKk;
    QString nameRu;
    QString nameEn;
    QString kind;          ///< enum
    QString territoryCode; ///< dictionary code
};

/** A staff member who uses Qadam, with one role. */
struct StaffUser
{
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(qint64 version MEMBER version)
    Q_PROPERTY(QString displayName MEMBER displayName)
    Q_PROPERTY(QString role MEMBER role)
    Q_PROPERTY(QString organisationId MEMBER organisationId)
    Q_PROPERTY(QString territoryCode MEMBER territoryCode)
    Q_PROPERTY(QString preferredLanguage MEMBER preferredLanguage)
    Q_PROPERTY(QString status MEMBER status)
public:
    static constexpr auto kEntity = u"StaffUser";

    QString id;
    qint64 version = 0;
    QString displayName;
    QString role;              ///< enum
    QString organisationId;    ///< → Organisation
    QString territoryCode;     ///< dictionary code
    QString preferredLanguage; ///< enum
    QString status;            ///< enum
};

/** Metadata of a stored document; the bytes live in the attachment store (storageRef). */
struct Document
{
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(qint64 version MEMBER version)
    Q_PROPERTY(QString personId MEMBER personId)
    Q_PROPERTY(QString kind MEMBER kind)
    Q_PROPERTY(QString title MEMBER title)
    Q_PROPERTY(QString mimeType MEMBER mimeType)
    Q_PROPERTY(qint64 sizeBytes MEMBER sizeBytes)
    Q_PROPERTY(QString sha256 MEMBER sha256)
    Q_PROPERTY(QString storageRef MEMBER storageRef)
public:
    static constexpr auto kEntity = u"Document";

    QString id;
    qint64 version = 0;
    QString personId; ///< → Person
    QString kind;     ///< enum
    QString title;
    QString mimeType;
    qint64 sizeBytes = 0;
    QString sha256;
    QString storageRef;
};

/** A person's consent for one purpose, until withdrawn. */
struct ConsentRecord
{
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(qint64 version MEMBER version)
    Q_PROPERTY(QString personId MEMBER personId)
    Q_PROPERTY(QString purpose MEMBER purpose)
    Q_PROPERTY(QString scope MEMBER scope)
    Q_PROPERTY(QString basis MEMBER basis)
    Q_PROPERTY(QString givenByPersonId MEMBER givenByPersonId)
    Q_PROPERTY(QString documentId MEMBER documentId)
    Q_PROPERTY(QDate givenOn MEMBER givenOn)
    Q_PROPERTY(QDate withdrawnOn MEMBER withdrawnOn)
    Q_PROPERTY(QString recordedBy MEMBER recordedBy)
public:
    static constexpr auto kEntity = u"ConsentRecord";

    QString id;
    qint64 version = 0;
    QString personId; ///< → Person
    QString purpose;  ///< enum
    QString scope;
    QString basis;           ///< enum
    QString givenByPersonId; ///< → Person
    QString documentId;      ///< → Document
    QDate givenOn;
    QDate withdrawnOn;
    QString recordedBy; ///< → StaffUser
};

/** A disclosure of case data to another organisation, with its legal basis (append-only). */
struct InformationShare
{
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(qint64 version MEMBER version)
    Q_PROPERTY(QString personId MEMBER personId)
    Q_PROPERTY(QString recipientOrganisationId MEMBER recipientOrganisationId)
    Q_PROPERTY(QString basis MEMBER basis)
    Q_PROPERTY(QString consentId MEMBER consentId)
    Q_PROPERTY(QString purpose MEMBER purpose)
    Q_PROPERTY(QString fields MEMBER fields)
    Q_PROPERTY(QDate sharedOn MEMBER sharedOn)
    Q_PROPERTY(QString sharedBy MEMBER sharedBy)
    Q_PROPERTY(QString amendsId MEMBER amendsId)
public:
    static constexpr auto kEntity = u"InformationShare";

    QString id;
    qint64 version = 0;
    QString personId;                ///< → Person
    QString recipientOrganisationId; ///< → Organisation
    QString basis;                   ///< enum
    QString consentId;               ///< → ConsentRecord
    QString purpose;
    QString fields; ///< compact JSON
    QDate sharedOn;
    QString sharedBy; ///< → StaffUser
    QString amendsId; ///< → InformationShare
};

/** Every record value type, in Schema::builtIn() order: for code (and tests) that visit them all. */
using RecordTypes = std::tuple<Person, Relationship, Conviction, SupervisionOrder, OrderRestriction,
    OrderStatusChange, OrderSuspension, AssistanceProgramme, ProgrammeNeed, ProgrammeGoal, ProgrammeMeasure, Referral, CheckIn,
    CounsellingSession, ProgressReview, Alert, Organisation, StaffUser, Document, ConsentRecord,
    InformationShare>;

} // namespace Qadam
