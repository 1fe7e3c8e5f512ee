// Tests for Qadam::AccessPolicy: the full table (every role × record kind × action × field group,
// generated from the schema so a new entity cannot be forgotten) against an expectation written
// here independently of core/data/access_policy.json, then the context rules one by one: case
// ownership, supervisors' unit and region, counsellors' referral standing, confidentiality tiers,
// channels, alert routing, administrators, and the reasons given for each refusal.
#include "casework/accesspolicy.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Qadam;

namespace {

const QString kPerson = u"018f0000-0000-7000-8000-0000000c0001"_s;
const QString kReferral = u"018f0000-0000-7000-8000-0000000c00r1"_s;
const QString kOtherReferral = u"018f0000-0000-7000-8000-0000000c00r2"_s;

Actor actorOf(Role role)
{
    return Actor { u"018f0000-0000-7000-8000-00000000d00"_s + QString::number(int(role)), role };
}

/** The most favourable context: own case, in unit and region, an active referral; no grant. */
AccessContext favourable()
{
    AccessContext ctx;
    ctx.personId = kPerson;
    ctx.actorActive = ctx.ownCase = ctx.inUnit = ctx.inRegion = true;
    ctx.referral = ReferralStanding::Active;
    ctx.activeReferralIds = { kReferral };
    return ctx;
}

/** A record of `entity` that meets every record condition for `actor`. */
QVariantMap favourableRecord(const QString &entity, const Actor &actor)
{
    const QString id = entity == u"StaffUser" ? actor.userId : entity == u"Referral" ? kReferral : kPerson;
    return { { u"id"_s, id }, { u"personId"_s, kPerson }, { u"referralId"_s, kReferral },
        { u"counsellorId"_s, actor.userId },
        { u"channel"_s, actor.role == Role::PoliceOfficer ? u"police"_s : u"probation"_s },
        { u"confidentialityTier"_s, u"shared_summary"_s }, { u"routedRole"_s, roleName(actor.role) },
        { u"assignedTo"_s, actor.userId }, { u"kind"_s, u"risk_signal"_s } };
}

/** The expected table, written independently of the policy data: per role, per record kind,
 *  "action: groups | action: groups". Record kinds a role may not touch at all are listed under
 *  "-"; administrators' case records are all "no case content". */
using Expectations = QHash<QString, QString>;

const Expectations kProbation = {
    { u"Person"_s,
        u"read: identity restricted_id basics status assignment case_notes | "
        u"create: identity restricted_id basics status assignment case_notes | "
        u"update: identity restricted_id basics status case_notes | "
        u"export: identity basics status | share: identity basics status"_s },
    { u"Relationship"_s,
        u"read: basics case_notes | create: basics case_notes | update: basics case_notes | "
        u"export: basics | share: basics"_s },
    { u"Conviction"_s,
        u"read: basics legal | create: basics legal | update: basics legal | "
        u"export: basics legal | share: basics legal"_s },
    { u"SupervisionOrder"_s,
        u"read: basics legal status assignment case_notes | "
        u"create: basics legal status assignment case_notes | update: basics legal case_notes | "
        u"command: status | export: basics legal status | share: basics legal status"_s },
    { u"OrderRestriction"_s,
        u"read: basics | create: basics | update: basics | export: basics | share: basics"_s },
    { u"OrderStatusChange"_s,
        u"read: basics legal status case_notes | create: basics legal status case_notes | "
        u"update: basics legal status case_notes | export: basics legal status"_s },
    { u"OrderSuspension"_s,
        u"read: basics case_notes | create: basics case_notes | update: basics case_notes | "
        u"export: basics | share: basics"_s },
    { u"AssistanceProgramme"_s,
        u"read: basics status case_notes sign_off | create: basics status case_notes | "
        u"update: basics case_notes | command: status | export: basics status"_s },
    { u"ProgrammeNeed"_s,
        u"read: basics case_notes risk | create: basics case_notes risk | "
        u"update: basics case_notes risk | export: basics"_s },
    { u"ProgrammeGoal"_s,
        u"read: basics status | create: basics status | update: basics status | "
        u"export: basics status"_s },
    { u"ProgrammeMeasure"_s,
        u"read: basics status case_notes | create: basics status case_notes | "
        u"update: basics case_notes | command: status | export: basics status"_s },
    { u"Referral"_s,
        u"read: basics status case_notes counselling_summary | create: basics status case_notes | "
        u"update: basics case_notes | command: status | export: basics status counselling_summary"_s },
    { u"CheckIn"_s,
        u"read: basics status case_notes | create: basics status case_notes | "
        u"update: basics status case_notes | export: basics status"_s },
    { u"CounsellingSession"_s, u"read: counselling_summary | export: counselling_summary"_s },
    { u"ProgressReview"_s,
        u"read: basics risk sign_off | create: basics risk | update: basics risk | export: basics"_s },
    { u"Alert"_s,
        u"read: basics status assignment sign_off case_notes | "
        u"create: basics status assignment case_notes | update: basics case_notes | "
        u"command: status | export: basics status"_s },
    { u"Organisation"_s, u"read: basics"_s },
    { u"StaffUser"_s, u"read: identity basics status"_s },
    { u"Document"_s,
        u"read: identity basics | create: identity basics | update: identity basics | "
        u"export: basics | share: basics"_s },
    { u"ConsentRecord"_s,
        u"read: basics status | create: basics status | update: basics status | "
        u"export: basics status | share: basics status"_s },
    { u"InformationShare"_s, u"read: basics | create: basics | update: basics | export: basics"_s },
};

const Expectations kPolice = {
    { u"Person"_s, u"read: identity restricted_id basics status assignment"_s },
    { u"Relationship"_s, u"read: basics"_s },
    { u"Conviction"_s, u"read: basics legal"_s },
    { u"SupervisionOrder"_s, u"read: basics legal status assignment case_notes"_s },
    { u"OrderRestriction"_s, u"read: basics"_s },
    { u"OrderStatusChange"_s, u"read: basics legal status case_notes"_s },
    { u"OrderSuspension"_s, u"read: basics case_notes"_s },
    { u"CheckIn"_s,
        u"read: basics status case_notes police_notes | "
        u"create: basics status case_notes police_notes | "
        u"update: basics status case_notes police_notes | export: basics status"_s },
    { u"Alert"_s,
        u"read: basics status assignment sign_off case_notes | create: basics status assignment | "
        u"command: status"_s },
    { u"Organisation"_s, u"read: basics"_s },
    { u"StaffUser"_s, u"read: identity basics status"_s },
    { u"-"_s,
        u"AssistanceProgramme ProgrammeNeed ProgrammeGoal ProgrammeMeasure Referral CounsellingSession "
        u"ProgressReview Document ConsentRecord InformationShare"_s },
};

const Expectations kCounsellor = {
    { u"Person"_s, u"read: identity basics status"_s },
    { u"ConsentRecord"_s, u"read: basics status"_s },
    { u"Referral"_s,
        u"read: basics status case_notes counselling_summary | command: status | "
        u"export: basics status counselling_summary"_s },
    { u"CounsellingSession"_s,
        u"read: counselling_summary counselling_notes | "
        u"create: counselling_summary counselling_notes | "
        u"update: counselling_summary counselling_notes | export: counselling_summary"_s },
    { u"Alert"_s,
        u"read: basics status assignment sign_off | create: basics status assignment | "
        u"command: status"_s },
    { u"Organisation"_s, u"read: basics"_s },
    { u"StaffUser"_s, u"read: identity basics status"_s },
    { u"-"_s,
        u"Relationship Conviction SupervisionOrder OrderRestriction OrderStatusChange OrderSuspension "
        u"AssistanceProgramme ProgrammeNeed ProgrammeGoal ProgrammeMeasure CheckIn ProgressReview Document "
        u"InformationShare"_s },
};

const Expectations kSupervisor = {
    { u"Person"_s,
        u"read: identity basics status assignment case_notes | update: status assignment | "
        u"export: basics status | share: identity basics status"_s },
    { u"Relationship"_s, u"read: basics case_notes | export: basics"_s },
    { u"Conviction"_s, u"read: basics legal | share: basics legal"_s },
    { u"SupervisionOrder"_s,
        u"read: basics legal status assignment case_notes | update: assignment | "
        u"command: status | export: basics status"_s },
    { u"OrderRestriction"_s, u"read: basics | export: basics"_s },
    { u"OrderStatusChange"_s, u"read: basics legal status case_notes"_s },
    { u"OrderSuspension"_s, u"read: basics case_notes | export: basics"_s },
    { u"AssistanceProgramme"_s,
        u"read: basics status case_notes sign_off | command: status | export: basics status"_s },
    { u"ProgrammeNeed"_s, u"read: basics case_notes risk"_s },
    { u"ProgrammeGoal"_s, u"read: basics status"_s },
    { u"ProgrammeMeasure"_s, u"read: basics status case_notes | command: status | export: basics status"_s },
    { u"Referral"_s,
        u"read: basics status case_notes counselling_summary | command: status | "
        u"export: basics status counselling_summary"_s },
    { u"CheckIn"_s, u"read: basics status case_notes police_notes | export: basics status"_s },
    { u"CounsellingSession"_s, u"read: counselling_summary | export: counselling_summary"_s },
    { u"ProgressReview"_s,
        u"read: basics risk sign_off | create: basics risk sign_off | "
        u"update: basics risk sign_off | export: basics"_s },
    { u"Alert"_s,
        u"read: basics status assignment sign_off case_notes | "
        u"create: basics status assignment case_notes | update: basics assignment case_notes | "
        u"command: status | export: basics status"_s },
    { u"Organisation"_s, u"read: basics"_s },
    { u"StaffUser"_s, u"read: identity basics status"_s },
    { u"Document"_s, u"read: identity basics | export: basics"_s },
    { u"ConsentRecord"_s, u"read: basics status | export: basics status"_s },
    { u"InformationShare"_s, u"read: basics | create: basics | export: basics"_s },
};

const Expectations kAdministrator = {
    { u"StaffUser"_s,
        u"read: identity basics status | create: identity basics status | "
        u"update: identity basics status | export: identity basics status"_s },
    { u"Organisation"_s, u"read: basics | create: basics | update: basics | export: basics"_s },
};

const Expectations &expectationsFor(Role role)
{
    switch (role) {
    case Role::ProbationOfficer:
        return kProbation;
    case Role::PoliceOfficer:
        return kPolice;
    case Role::Counsellor:
        return kCounsellor;
    case Role::Supervisor:
        return kSupervisor;
    case Role::Administrator:
        break;
    }
    return kAdministrator;
}

/** "read: a b | create: c" → {"read": {a, b}, "create": {c}} */
QHash<QString, QStringList> parseExpectation(const QString &text)
{
    QHash<QString, QStringList> byAction;
    for (const QString &part : text.split(u'|', Qt::SkipEmptyParts)) {
        const QString action = part.section(u':', 0, 0).trimmed();
        byAction.insert(action, part.section(u':', 1).split(u' ', Qt::SkipEmptyParts));
    }
    return byAction;
}

const QList<Role> kRoles = { Role::ProbationOfficer, Role::PoliceOfficer, Role::Counsellor, Role::Supervisor,
    Role::Administrator };

const AccessPolicy &policy()
{
    return AccessPolicy::builtIn();
}

const EntitySpec &spec(const QString &entity)
{
    return *Schema::builtIn().entity(entity);
}

QJsonObject bundledJson()
{
    QFile file(QString::fromUtf16(AccessPolicy::kBuiltInResource));
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
}

} // namespace

class tst_AccessPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bundledPolicyLoads();
    void policyDataMistakesAreRefused_data();
    void policyDataMistakesAreRefused();
    void fieldGroupsFollowSensitivityAndEntity_data();
    void fieldGroupsFollowSensitivityAndEntity();
    void expectationsCoverEverySchemaEntity();
    void table_data();
    void table();
    void caseScope_data();
    void caseScope();
    void confidentialityTiers_data();
    void confidentialityTiers();
    void recordConditions_data();
    void recordConditions();
    void administratorSeesNoCaseContent();
    void inactiveActorIsRefusedEverything();
    void readableStripsWhatTheActorMayNotRead_data();
    void readableStripsWhatTheActorMayNotRead();
    void decideFieldsNamesTheRefusedField();
    void reasonCodesAreStableAndUnique();
    void everyReasonIsExplainedInThreeLanguages();
};

void tst_AccessPolicy::bundledPolicyLoads()
{
    auto loaded = AccessPolicy::fromJson(QJsonDocument(bundledJson()).toJson());
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().detail));
    QVERIFY(policy().version() >= 1);
    // The built-in policy is the bundled one: a probation officer may read their own case.
    QVERIFY(policy().mayReadCase(actorOf(Role::ProbationOfficer), favourable()));
}

void tst_AccessPolicy::policyDataMistakesAreRefused_data()
{
    QTest::addColumn<QString>("path"); // slash-separated path into the JSON; array indices as numbers
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("wrong format") << u"format"_s << QJsonValue(2);
    QTest::newRow("unknown role") << u"roles/probaton_officer"_s
                                  << QJsonValue(QJsonObject { { u"scope"_s, u"own_case"_s } });
    QTest::newRow("unknown scope") << u"roles/police_officer/scope"_s << QJsonValue(u"everywhere"_s);
    QTest::newRow("unknown entity in a grant")
        << u"roles/counsellor/grants/0/entities"_s << QJsonValue(QJsonArray { u"Persons"_s });
    QTest::newRow("unknown field group")
        << u"roles/counsellor/grants/0/read"_s << QJsonValue(QJsonArray { u"names"_s });
    QTest::newRow("misspelt action") << u"roles/counsellor/grants/0/reads"_s
                                     << QJsonValue(QJsonArray { u"basics"_s });
    QTest::newRow("unknown predicate")
        << u"roles/counsellor/grants/0/when"_s
        << QJsonValue(QJsonArray { QJsonObject { { u"predicate"_s, u"friendly"_s } } });
    QTest::newRow("field condition without reason")
        << u"roles/counsellor/grants/0/when"_s
        << QJsonValue(QJsonArray {
               QJsonObject { { u"field"_s, u"caseStatus"_s }, { u"in"_s, QJsonArray { u"active"_s } } } });
    QTest::newRow("condition on a field the entity lacks")
        << u"roles/counsellor/grants/0/when"_s
        << QJsonValue(QJsonArray { QJsonObject { { u"field"_s, u"channel"_s },
               { u"in"_s, QJsonArray { u"police"_s } }, { u"reason"_s, u"other_channel"_s } } });
    QTest::newRow("unknown field in a group override")
        << u"fieldGroups/entities/Person/fields/iinNumber"_s << QJsonValue(u"restricted_id"_s);
    QTest::newRow("unknown entity in a group override")
        << u"fieldGroups/entities/Persons"_s << QJsonValue(QJsonObject {});
    QTest::newRow("a reason without its Kazakh text")
        << u"reasons/not_own_case"_s << QJsonValue(QJsonObject { { u"ru"_s, u"x"_s }, { u"en"_s, u"x"_s } });
    QTest::newRow("an unknown reason")
        << u"reasons/not_friendly"_s
        << QJsonValue(QJsonObject { { u"kk"_s, u"x"_s }, { u"ru"_s, u"x"_s }, { u"en"_s, u"x"_s } });
    QTest::newRow("a sensitivity without a default group")
        << u"fieldGroups/bySensitivity"_s << QJsonValue(QJsonObject { { u"Ordinary"_s, u"basics"_s } });
}

namespace {
/** Sets `value` at `path` inside `node` (objects by key, arrays by index). */
QJsonValue setAt(QJsonValue node, QStringList path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QString key = path.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        array[key.toInt()] = setAt(array.at(key.toInt()), path, value);
        return array;
    }
    QJsonObject object = node.toObject();
    object[key] = setAt(object.value(key), path, value);
    return object;
}
} // namespace

void tst_AccessPolicy::policyDataMistakesAreRefused()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    const QJsonObject changed = setAt(bundledJson(), path.split(u'/'), value).toObject();
    auto loaded = AccessPolicy::fromJson(QJsonDocument(changed).toJson());
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.code(), Error::Invalid);
}

void tst_AccessPolicy::fieldGroupsFollowSensitivityAndEntity_data()
{
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("group");
    QTest::newRow("a name is identity") << u"Person"_s << u"surnameCyr"_s << u"identity"_s;
    QTest::newRow("the IIN is restricted") << u"Person"_s << u"iin"_s << u"restricted_id"_s;
    QTest::newRow("the case officer is assignment") << u"Person"_s << u"caseOfficerId"_s << u"assignment"_s;
    QTest::newRow("a conviction article is legal") << u"Conviction"_s << u"articleCode"_s << u"legal"_s;
    QTest::newRow("a conviction's court is legal") << u"Conviction"_s << u"court"_s << u"legal"_s;
    QTest::newRow("a court decision number is legal")
        << u"SupervisionOrder"_s << u"decisionNumber"_s << u"legal"_s;
    QTest::newRow("session notes are counselling notes")
        << u"CounsellingSession"_s << u"notesAnalysis"_s << u"counselling_notes"_s;
    QTest::newRow("session risk signals are counselling notes")
        << u"CounsellingSession"_s << u"riskSignals"_s << u"counselling_notes"_s;
    QTest::newRow("session engagement is summary")
        << u"CounsellingSession"_s << u"engagement"_s << u"counselling_summary"_s;
    QTest::newRow("session date is summary")
        << u"CounsellingSession"_s << u"occurredOn"_s << u"counselling_summary"_s;
    QTest::newRow("a referral's minimal outcome is summary")
        << u"Referral"_s << u"minimalOutcome"_s << u"counselling_summary"_s;
    QTest::newRow("a referral's reason is a case note") << u"Referral"_s << u"reason"_s << u"case_notes"_s;
    QTest::newRow("the preventive conversation is police notes")
        << u"CheckIn"_s << u"preventiveConversationNote"_s << u"police_notes"_s;
    QTest::newRow("review judgements are risk") << u"ProgressReview"_s << u"judgements"_s << u"risk"_s;
    QTest::newRow("review sign-off") << u"ProgressReview"_s << u"signedOffBy"_s << u"sign_off"_s;
    QTest::newRow("programme approval") << u"AssistanceProgramme"_s << u"approvedBy"_s << u"sign_off"_s;
}

void tst_AccessPolicy::fieldGroupsFollowSensitivityAndEntity()
{
    QFETCH(QString, entity);
    QFETCH(QString, field);
    QFETCH(QString, group);
    const auto actual = policy().fieldGroups().groupOf(entity, field);
    QVERIFY(actual);
    QCOMPARE(fieldGroupName(*actual), group);
    // Every field of every entity has a group.
    for (const EntitySpec &e : Schema::builtIn().entities())
        for (const FieldSpec &f : e.fields)
            QVERIFY2(policy().fieldGroups().groupOf(e.name, f.name), qPrintable(e.name + u'.' + f.name));
}

void tst_AccessPolicy::expectationsCoverEverySchemaEntity()
{
    // A new entity must be placed in the table for every role (administrators: only directory
    // records are listed; every case record is "no case content").
    for (Role role : kRoles) {
        const Expectations &expected = expectationsFor(role);
        for (const EntitySpec &e : Schema::builtIn().entities()) {
            const bool listed
                = expected.contains(e.name) || expected.value(u"-"_s).split(u' ').contains(e.name);
            QVERIFY2(listed || (role == Role::Administrator && !e.personField.isEmpty()),
                qPrintable(u"%1: no expectation for %2"_s.arg(roleName(role), e.name)));
            for (const QStringList &groups : parseExpectation(expected.value(e.name)))
                for (const QString &g : groups) // the table names only groups the record kind has
                    QVERIFY2(policy().fieldGroups().groupsOf(e.name).contains(*fieldGroupFromName(g)),
                        qPrintable(u"%1 %2 has no %3"_s.arg(roleName(role), e.name, g)));
        }
    }
}

void tst_AccessPolicy::table_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<QString>("entity");
    QTest::addColumn<int>("action");
    QTest::addColumn<int>("group");
    QTest::addColumn<bool>("allowed");
    int rows = 0;
    for (Role role : kRoles) {
        for (const EntitySpec &e : Schema::builtIn().entities()) {
            const auto expected = parseExpectation(expectationsFor(role).value(e.name));
            for (AccessAction action : allAccessActions()) {
                for (FieldGroup group : policy().fieldGroups().groupsOf(e.name)) {
                    const bool allowed
                        = expected.value(accessActionName(action)).contains(fieldGroupName(group));
                    QTest::newRow(qPrintable(u"%1 %2 %3 %4"_s.arg(
                        roleName(role), accessActionName(action), e.name, fieldGroupName(group))))
                        << int(role) << e.name << int(action) << int(group) << allowed;
                    ++rows;
                }
            }
        }
    }
    QVERIFY(rows > 1500);
}

void tst_AccessPolicy::table()
{
    QFETCH(int, role);
    QFETCH(QString, entity);
    QFETCH(int, action);
    QFETCH(int, group);
    QFETCH(bool, allowed);
    const Actor actor = actorOf(Role(role));
    const AccessDecision d = policy().decide(actor, spec(entity), AccessAction(action), FieldGroup(group),
        favourableRecord(entity, actor), favourable());
    QVERIFY2(d.allowed() == allowed, qPrintable(d.code()));
    if (Role(role) == Role::Administrator && !spec(entity).personField.isEmpty())
        QCOMPARE(d.code(), u"no_case_content"_s);
}

void tst_AccessPolicy::caseScope_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<QString>("change"); // which part of the favourable context is taken away or set
    QTest::addColumn<QString>("reason");
    QTest::newRow("probation: own case") << int(Role::ProbationOfficer) << u""_s << u"allowed"_s;
    QTest::newRow("probation: another officer's case")
        << int(Role::ProbationOfficer) << u"notOwn"_s << u"not_own_case"_s;
    QTest::newRow("police: own case") << int(Role::PoliceOfficer) << u""_s << u"allowed"_s;
    QTest::newRow("police: another officer's case")
        << int(Role::PoliceOfficer) << u"notOwn"_s << u"not_own_case"_s;
    QTest::newRow("supervisor: unit and region") << int(Role::Supervisor) << u""_s << u"allowed"_s;
    QTest::newRow("supervisor: unit only") << int(Role::Supervisor) << u"noRegion"_s << u"allowed"_s;
    QTest::newRow("supervisor: region only") << int(Role::Supervisor) << u"noUnit"_s << u"allowed"_s;
    QTest::newRow("supervisor: outside both")
        << int(Role::Supervisor) << u"noUnit noRegion"_s << u"outside_unit_region"_s;
    QTest::newRow("supervisor: owning a case is not enough")
        << int(Role::Supervisor) << u"noUnit noRegion"_s << u"outside_unit_region"_s;
    QTest::newRow("counsellor: active referral") << int(Role::Counsellor) << u""_s << u"allowed"_s;
    QTest::newRow("counsellor: expired referral")
        << int(Role::Counsellor) << u"Expired"_s << u"referral_expired"_s;
    QTest::newRow("counsellor: declined referral")
        << int(Role::Counsellor) << u"Declined"_s << u"referral_declined"_s;
    QTest::newRow("counsellor: no referral") << int(Role::Counsellor) << u"None"_s << u"no_referral"_s;
    QTest::newRow("counsellor: referral not yet accepted")
        << int(Role::Counsellor) << u"Offered"_s << u"referral_not_accepted"_s;
    QTest::newRow("counsellor: term not started")
        << int(Role::Counsellor) << u"NotStarted"_s << u"referral_not_started"_s;
    QTest::newRow("counsellor: referral revoked or completed")
        << int(Role::Counsellor) << u"Ended"_s << u"referral_ended"_s;
    QTest::newRow("counsellor: owning or unit do not count")
        << int(Role::Counsellor) << u"None"_s << u"no_referral"_s;
    QTest::newRow("administrator") << int(Role::Administrator) << u""_s << u"no_case_content"_s;
}

void tst_AccessPolicy::caseScope()
{
    QFETCH(int, role);
    QFETCH(QString, change);
    QFETCH(QString, reason);
    AccessContext ctx = favourable();
    ctx.ownCase = !change.contains(u"notOwn"_s);
    ctx.inUnit = !change.contains(u"noUnit"_s);
    ctx.inRegion = !change.contains(u"noRegion"_s);
    const QStringList standings
        = { u"None"_s, u"Declined"_s, u"Ended"_s, u"Expired"_s, u"NotStarted"_s, u"Offered"_s };
    if (standings.contains(change)) {
        ctx.referral = ReferralStanding(standings.indexOf(change));
        ctx.activeReferralIds.clear();
    }
    const Actor actor = actorOf(Role(role));
    // Opening the case, and writing to it where the role may, answer alike.
    QCOMPARE(policy().decideCaseRead(actor, ctx).code(), reason);
    QCOMPARE(policy().mayReadCase(actor, ctx), reason == u"allowed");
    if (Role(role) == Role::ProbationOfficer || Role(role) == Role::PoliceOfficer) {
        const AccessDecision d = policy().decide(actor, spec(u"CheckIn"_s), AccessAction::Create,
            FieldGroup::Basics, favourableRecord(u"CheckIn"_s, actor), ctx);
        QCOMPARE(d.code(), reason);
    }
}

void tst_AccessPolicy::confidentialityTiers_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<QString>("tier");
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("who"); // author / team / other referral; granted for supervisors
    QTest::addColumn<QString>("reason");
    const int probation = int(Role::ProbationOfficer), counsellor = int(Role::Counsellor),
              sup = int(Role::Supervisor);
    const QString summary = u"counselling_summary"_s, notes = u"counselling_notes"_s;
    QTest::newRow("probation, shared summary: summary")
        << probation << u"shared_summary"_s << summary << u""_s << u"allowed"_s;
    QTest::newRow("probation, counselling team: summary")
        << probation << u"counselling_team"_s << summary << u""_s << u"tier_not_shared"_s;
    QTest::newRow("probation, sealed: summary")
        << probation << u"sealed"_s << summary << u""_s << u"tier_not_shared"_s;
    QTest::newRow("probation, shared summary: notes")
        << probation << u"shared_summary"_s << notes << u""_s << u"field_group_not_permitted"_s;
    QTest::newRow("police, shared summary: summary") << int(Role::PoliceOfficer) << u"shared_summary"_s
                                                     << summary << u""_s << u"record_kind_not_permitted"_s;
    QTest::newRow("team counsellor, counselling team: notes")
        << counsellor << u"counselling_team"_s << notes << u"team"_s << u"allowed"_s;
    QTest::newRow("team counsellor, shared summary: notes")
        << counsellor << u"shared_summary"_s << notes << u"team"_s << u"allowed"_s;
    QTest::newRow("team counsellor, sealed: notes")
        << counsellor << u"sealed"_s << notes << u"team"_s << u"sealed_author_only"_s;
    QTest::newRow("team counsellor, sealed: summary")
        << counsellor << u"sealed"_s << summary << u"team"_s << u"allowed"_s;
    QTest::newRow("author, sealed: notes")
        << counsellor << u"sealed"_s << notes << u"author"_s << u"allowed"_s;
    QTest::newRow("counsellor of another referral: summary")
        << counsellor << u"shared_summary"_s << summary << u"other referral"_s << u"not_on_referral"_s;
    QTest::newRow("counsellor of another referral: notes")
        << counsellor << u"counselling_team"_s << notes << u"other referral"_s << u"not_on_referral"_s;
    QTest::newRow("supervisor, shared summary: summary")
        << sup << u"shared_summary"_s << summary << u""_s << u"allowed"_s;
    QTest::newRow("supervisor, counselling team: summary")
        << sup << u"counselling_team"_s << summary << u""_s << u"tier_not_shared"_s;
    QTest::newRow("supervisor, shared summary: notes")
        << sup << u"shared_summary"_s << notes << u""_s << u"confidential_not_granted"_s;
    QTest::newRow("supervisor, counselling team: notes")
        << sup << u"counselling_team"_s << notes << u""_s << u"confidential_not_granted"_s;
    QTest::newRow("granted supervisor, counselling team: notes")
        << sup << u"counselling_team"_s << notes << u"granted"_s << u"allowed"_s;
    QTest::newRow("granted supervisor, counselling team: summary")
        << sup << u"counselling_team"_s << summary << u"granted"_s << u"allowed"_s;
    QTest::newRow("granted supervisor, sealed: notes")
        << sup << u"sealed"_s << notes << u"granted"_s << u"sealed_author_only"_s;
    QTest::newRow("administrator, shared summary: summary")
        << int(Role::Administrator) << u"shared_summary"_s << summary << u""_s << u"no_case_content"_s;
}

void tst_AccessPolicy::confidentialityTiers()
{
    QFETCH(int, role);
    QFETCH(QString, tier);
    QFETCH(QString, group);
    QFETCH(QString, who);
    QFETCH(QString, reason);
    const Actor actor = actorOf(Role(role));
    const Actor author = actorOf(Role::Counsellor);
    QVariantMap session
        = { { u"id"_s, kPerson }, { u"personId"_s, kPerson }, { u"confidentialityTier"_s, tier },
              { u"counsellorId"_s, who == u"author" ? actor.userId : author.userId + u"x"_s },
              { u"referralId"_s, who == u"other referral" ? kOtherReferral : kReferral } };
    AccessContext ctx = favourable();
    ctx.confidentialGrant = who == u"granted";
    const AccessDecision d = policy().decide(
        actor, spec(u"CounsellingSession"_s), AccessAction::Read, *fieldGroupFromName(group), session, ctx);
    QCOMPARE(d.code(), reason);
}

void tst_AccessPolicy::recordConditions_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<QString>("entity");
    QTest::addColumn<int>("action");
    QTest::addColumn<QString>("group");
    QTest::addColumn<QVariantMap>("record");
    QTest::addColumn<QString>("reason");
    const int police = int(Role::PoliceOfficer), probation = int(Role::ProbationOfficer),
              c = int(Role::Counsellor);
    const int create = int(AccessAction::Create), read = int(AccessAction::Read),
              command = int(AccessAction::Command);
    const QString me = actorOf(Role::PoliceOfficer).userId;
    QTest::newRow("police record a police check-in")
        << police << u"CheckIn"_s << create << u"police_notes"_s
        << QVariantMap { { u"channel"_s, u"police"_s } } << u"allowed"_s;
    QTest::newRow("police record a probation check-in")
        << police << u"CheckIn"_s << create << u"basics"_s << QVariantMap { { u"channel"_s, u"probation"_s } }
        << u"other_channel"_s;
    QTest::newRow("probation record a police check-in")
        << probation << u"CheckIn"_s << create << u"basics"_s << QVariantMap { { u"channel"_s, u"police"_s } }
        << u"other_channel"_s;
    QTest::newRow("probation write a preventive conversation")
        << probation << u"CheckIn"_s << create << u"police_notes"_s
        << QVariantMap { { u"channel"_s, u"probation"_s } } << u"field_group_not_permitted"_s;
    QTest::newRow("probation read a police check-in")
        << probation << u"CheckIn"_s << read << u"case_notes"_s
        << QVariantMap { { u"channel"_s, u"police"_s } } << u"allowed"_s;
    QTest::newRow("probation read the preventive conversation")
        << probation << u"CheckIn"_s << read << u"police_notes"_s
        << QVariantMap { { u"channel"_s, u"police"_s } } << u"field_group_not_permitted"_s;
    QTest::newRow("police read an alert routed to supervisors")
        << police << u"Alert"_s << read << u"basics"_s << QVariantMap { { u"routedRole"_s, u"supervisor"_s } }
        << u"not_routed_to_actor"_s;
    QTest::newRow("police read an alert assigned to them")
        << police << u"Alert"_s << read << u"basics"_s
        << QVariantMap { { u"routedRole"_s, u"supervisor"_s }, { u"assignedTo"_s, me } } << u"allowed"_s;
    QTest::newRow("probation acknowledge an unrouted alert")
        << probation << u"Alert"_s << command << u"status"_s << QVariantMap {} << u"allowed"_s;
    QTest::newRow("counsellor raise a risk concern")
        << c << u"Alert"_s << create << u"basics"_s << QVariantMap { { u"kind"_s, u"risk_signal"_s } }
        << u"allowed"_s;
    QTest::newRow("counsellor raise a missed check-in")
        << c << u"Alert"_s << create << u"basics"_s << QVariantMap { { u"kind"_s, u"missed_check_in"_s } }
        << u"alert_kind_not_permitted"_s;
    QTest::newRow("counsellor put notes into an alert")
        << c << u"Alert"_s << create << u"case_notes"_s << QVariantMap { { u"kind"_s, u"risk_signal"_s } }
        << u"field_group_not_permitted"_s;
    QTest::newRow("counsellor accept a referral offered to them")
        << c << u"Referral"_s << command << u"status"_s << QVariantMap { { u"id"_s, kOtherReferral } }
        << u"allowed"_s;
    QTest::newRow("counsellor read someone else's referral")
        << c << u"Referral"_s << read << u"basics"_s << QVariantMap { { u"id"_s, u"another"_s } }
        << u"not_on_referral"_s;
    QTest::newRow("counsellor read a colleague's staff record")
        << c << u"StaffUser"_s << read << u"identity"_s << QVariantMap { { u"id"_s, u"another"_s } }
        << u"not_self"_s;
    QTest::newRow("counsellor log a session as someone else")
        << c << u"CounsellingSession"_s << create << u"counselling_notes"_s
        << QVariantMap { { u"referralId"_s, kReferral }, { u"counsellorId"_s, u"another"_s } }
        << u"not_author"_s;
    QTest::newRow("counsellor log a session on another referral")
        << c << u"CounsellingSession"_s << create << u"counselling_summary"_s
        << QVariantMap { { u"referralId"_s, u"another"_s },
               { u"counsellorId"_s, actorOf(Role::Counsellor).userId } }
        << u"not_on_referral"_s;
}

void tst_AccessPolicy::recordConditions()
{
    QFETCH(int, role);
    QFETCH(QString, entity);
    QFETCH(int, action);
    QFETCH(QString, group);
    QFETCH(QVariantMap, record);
    QFETCH(QString, reason);
    AccessContext ctx = favourable();
    ctx.offeredReferralIds = { kOtherReferral };
    const AccessDecision d = policy().decide(
        actorOf(Role(role)), spec(entity), AccessAction(action), *fieldGroupFromName(group), record, ctx);
    QCOMPARE(d.code(), reason);
}

void tst_AccessPolicy::administratorSeesNoCaseContent()
{
    const Actor admin = actorOf(Role::Administrator);
    QVERIFY(!policy().mayReadCase(admin, favourable()));
    for (const EntitySpec &e : Schema::builtIn().entities()) {
        QVariantMap record = favourableRecord(e.name, admin);
        for (const FieldSpec &f : e.fields)
            record.insert(f.name, u"canary"_s);
        const QVariantMap visible = policy().readable(admin, e, record, favourable());
        QCOMPARE(visible.isEmpty(), !e.personField.isEmpty());
    }
}

void tst_AccessPolicy::inactiveActorIsRefusedEverything()
{
    AccessContext ctx = favourable();
    ctx.actorActive = false;
    for (Role role : kRoles) {
        const Actor actor = actorOf(role);
        for (const EntitySpec &e : Schema::builtIn().entities())
            for (FieldGroup g : policy().fieldGroups().groupsOf(e.name))
                QCOMPARE(policy()
                             .decide(actor, e, AccessAction::Read, g, favourableRecord(e.name, actor), ctx)
                             .code(),
                    u"actor_not_active"_s);
    }
}

void tst_AccessPolicy::readableStripsWhatTheActorMayNotRead_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QStringList>("kept"); // fields expected back besides "id"; empty: nothing at all
    QTest::newRow("probation sees a shared session's summary, never its notes")
        << int(Role::ProbationOfficer) << u"CounsellingSession"_s
        << QStringList { u"personId"_s, u"referralId"_s, u"counsellorId"_s, u"occurredOn"_s, u"mode"_s,
               u"durationMinutes"_s, u"engagement"_s, u"nextSessionOn"_s, u"confidentialityTier"_s,
               u"counsellorSafetyCheck"_s, u"amendsId"_s };
    QTest::newRow("counsellor sees no conviction")
        << int(Role::Counsellor) << u"Conviction"_s << QStringList {};
    QTest::newRow("counsellor sees a referred person without IIN or case notes")
        << int(Role::Counsellor) << u"Person"_s
        << QStringList { u"surnameCyr"_s, u"givenNameCyr"_s, u"patronymicCyr"_s, u"surnameLat"_s,
               u"givenNameLat"_s, u"patronymicLat"_s, u"birthDate"_s, u"residenceAddress"_s, u"sex"_s,
               u"preferredLanguage"_s, u"residenceTerritory"_s, u"categoryFlags"_s, u"caseStatus"_s };
    QTest::newRow("police see the person with IIN, not probation's notes")
        << int(Role::PoliceOfficer) << u"Person"_s
        << QStringList { u"surnameCyr"_s, u"givenNameCyr"_s, u"patronymicCyr"_s, u"surnameLat"_s,
               u"givenNameLat"_s, u"patronymicLat"_s, u"birthDate"_s, u"residenceAddress"_s, u"sex"_s,
               u"preferredLanguage"_s, u"residenceTerritory"_s, u"categoryFlags"_s, u"caseStatus"_s, u"iin"_s,
               u"caseOfficerId"_s };
    QTest::newRow("police see no counselling session")
        << int(Role::PoliceOfficer) << u"CounsellingSession"_s << QStringList {};
}

void tst_AccessPolicy::readableStripsWhatTheActorMayNotRead()
{
    QFETCH(int, role);
    QFETCH(QString, entity);
    QFETCH(QStringList, kept);
    const Actor actor = actorOf(Role(role));
    const Actor counsellor = actorOf(Role::Counsellor);
    QVariantMap record = { { u"id"_s, kPerson }, { u"notInTheSchema"_s, u"canary"_s } };
    for (const FieldSpec &f : spec(entity).fields)
        record.insert(f.name, u"canary"_s);
    record.insert(u"confidentialityTier"_s, u"shared_summary"_s);
    record.insert(u"counsellorId"_s, counsellor.userId);
    record.insert(u"referralId"_s, kReferral);
    QStringList expected = kept;
    if (!kept.isEmpty())
        expected << u"id"_s;
    QStringList actual = policy().readable(actor, spec(entity), record, favourable()).keys();
    expected.sort();
    actual.sort();
    QCOMPARE(actual, expected);
}

void tst_AccessPolicy::decideFieldsNamesTheRefusedField()
{
    const Actor officer = actorOf(Role::ProbationOfficer);
    const AccessDecision d = policy().decideFields(officer, spec(u"Person"_s), AccessAction::Update,
        { u"notes"_s, u"caseOfficerId"_s }, { { u"id"_s, kPerson } }, favourable());
    QCOMPARE(d.code(), u"field_group_not_permitted"_s);
    QCOMPARE(d.field, u"caseOfficerId"_s);
    const AccessDecision unknown = policy().decideFields(officer, spec(u"Person"_s), AccessAction::Update,
        { u"nickname"_s }, { { u"id"_s, kPerson } }, favourable());
    QCOMPARE(unknown.code(), u"unknown_field"_s);
    QCOMPARE(unknown.field, u"nickname"_s);
    QVERIFY(policy()
                .decideFields(officer, spec(u"Person"_s), AccessAction::Update, { u"notes"_s, u"iin"_s },
                    { { u"id"_s, kPerson } }, favourable())
                .allowed());
}

void tst_AccessPolicy::reasonCodesAreStableAndUnique()
{
    QSet<QString> codes;
    for (int r = int(AccessReason::Allowed); r <= int(AccessReason::NotSelf); ++r) {
        const QString code = accessReasonName(AccessReason(r));
        QVERIFY2(!code.isEmpty() && !codes.contains(code), qPrintable(QString::number(r)));
        QVERIFY(accessReasonFromName(code) == std::optional<AccessReason>(AccessReason(r)));
        codes.insert(code);
    }
    QCOMPARE(accessReasonName(AccessReason::NotOwnCase), u"not_own_case"_s);
    QCOMPARE(accessReasonName(AccessReason::SealedAuthorOnly), u"sealed_author_only"_s);
}

void tst_AccessPolicy::everyReasonIsExplainedInThreeLanguages()
{
    for (const QString &language : { u"kk"_s, u"ru"_s, u"en"_s }) {
        QSet<QString> texts;
        for (int r = int(AccessReason::Allowed); r <= int(AccessReason::NotSelf); ++r) {
            const QString text = policy().reasonLabel(AccessReason(r), language);
            QVERIFY2(!text.isEmpty() && !texts.contains(text), qPrintable(accessReasonName(AccessReason(r))));
            texts.insert(text);
        }
    }
    QCOMPARE(policy().reasonLabel(AccessReason::ReferralExpired, u"ru"_s), u"Срок направления истёк"_s);
    QVERIFY(policy().reasonLabel(AccessReason::ReferralExpired, u"de"_s).isEmpty());
}

QTEST_GUILESS_MAIN(tst_AccessPolicy)
#include "tst_accesspolicy.moc"
