// Tests for Qadam::ProgrammeBuilder and the programme's plan rules: suggestions per category and
// severity, the officer's edits kept, one all-or-nothing draft, the submit guard, approval never
// by the author, a revision that carries the plan over under new ids, and a frozen approved plan
// whose measures still progress.
#include "casework/programmebuilder.h"
#include "casework/programmetemplates.h"
#include "casework/referralservice.h"
#include "domain/referencedata.h"
#include "store/database.h"
#include "testsupport.h"
#include "util/clock.h"
#include "write/writeservice.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Qadam;

namespace {
using PlanEdit = std::function<void(ProgrammePlan &)>;
const QString kProgramme = u"AssistanceProgramme"_s;
const QString kMeasure = u"ProgrammeMeasure"_s;
} // namespace

Q_DECLARE_METATYPE(PlanEdit)

class tst_ProgrammeBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void suggestsPerCategoryAndSeverity_data();
    void suggestsPerCategoryAndSeverity();
    void suggestionDatesTextsAndPriorities();
    void suggestRefusesAMalformedAssessment();
    void officerEditsAreKept();
    void draftIsAllOrNothing_data();
    void draftIsAllOrNothing();
    void oneProgrammeInProgressPerPerson();
    void onlyProbationStaffDraft();
    void submitNeedsAnAssessedNeedWithGoalAndMeasure();
    void approvalNeverByTheAuthor();
    void revisionCarriesThePlanOverUnderNewIds();
    void approvedPlanIsFrozen_data();
    void approvedPlanIsFrozen();
    void measuresProgressUntilTheProgrammeEnds();
    void evidenceLinksBelongToThePerson_data();
    void evidenceLinksBelongToThePerson();

private:
    WriteService &as(Role role, const QString &userId = {});
    ProgrammeBuilder builder(Role role = Role::ProbationOfficer);
    QString createPerson();
    ProgrammePlan suggestion(const QString &personId, const QList<NeedAssessment> &needs,
        const QString &category = u"released_convict"_s);
    QString approvedProgramme(const QString &personId, DraftIds *ids = nullptr);
    Status command(Role role, const QString &entity, const QString &id, const QString &name,
        const QVariantMap &params = {});
    QVariant field(const QString &entity, const QString &id, const QString &name);
    QStringList column(const QString &sql, const QString &arg);
    qint64 count(const QString &table);

    QTemporaryDir m_dir;
    ManualClock m_clock { 1'780'300'000'000 }; // 2026-06-01 in Kazakhstan
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ProgrammeTemplates> m_templates;
    std::map<QString, std::unique_ptr<WriteService>> m_services;
    QHash<Role, QString> m_staff; ///< one StaffUser per role
    QString m_supervisorB; ///< a second supervisor
    QString m_organisation;
};

void tst_ProgrammeBuilder::initTestCase()
{
    m_db = Test::openMigrated(m_dir.filePath(u"pb.db"_s));
    QVERIFY(m_db);
    QVERIFY(ReferenceData::importBuiltIn(*m_db, m_clock.nowMs()).ok());
    m_templates = std::make_unique<ProgrammeTemplates>(ProgrammeTemplates::builtIn().value());
    WriteService &admin = as(Role::Administrator, u"018f0000-0000-7000-8000-00000000ad01"_s);
    m_organisation = admin
                         .create(u"Organisation"_s,
                             { { u"nameKk"_s, u"Үміт қоғамдық қоры"_s },
                                 { u"nameRu"_s, u"Общественный фонд «Умит»"_s }, { u"kind"_s, u"ngo"_s } })
                         .value();
    for (Role role : { Role::ProbationOfficer, Role::Supervisor, Role::Counsellor }) {
        auto id = admin.create(u"StaffUser"_s,
            { { u"displayName"_s, u"Staff "_s + roleName(role) }, { u"role"_s, roleName(role) },
                { u"status"_s, u"active"_s } });
        QVERIFY(id.ok());
        m_staff.insert(role, id.value());
    }
    m_supervisorB = admin
                        .create(u"StaffUser"_s,
                            { { u"displayName"_s, u"Second supervisor"_s }, { u"role"_s, u"supervisor"_s },
                                { u"status"_s, u"active"_s } })
                        .value();
}

void tst_ProgrammeBuilder::cleanupTestCase()
{
    m_services.clear();
    m_db.reset();
}

WriteService &tst_ProgrammeBuilder::as(Role role, const QString &userId)
{
    const QString id = userId.isEmpty() ? m_staff.value(role) : userId;
    auto &slot = m_services[id + roleName(role)];
    if (!slot)
        slot = std::make_unique<WriteService>(*m_db, m_clock, Actor { id, role });
    return *slot;
}

ProgrammeBuilder tst_ProgrammeBuilder::builder(Role role)
{
    return ProgrammeBuilder(as(role), *m_db, *m_templates);
}

QString tst_ProgrammeBuilder::createPerson()
{
    auto id = as(Role::ProbationOfficer)
                  .create(u"Person"_s,
                      { { u"surnameLat"_s, u"Sample"_s }, { u"givenNameLat"_s, u"Arman"_s },
                          { u"caseStatus"_s, u"active"_s } });
    return id.ok() ? id.value() : QString();
}

ProgrammePlan tst_ProgrammeBuilder::suggestion(
    const QString &personId, const QList<NeedAssessment> &needs, const QString &category)
{
    auto plan = builder().suggest({ personId, QString(), category, needs, QDate(2026, 6, 1), u"en"_s });
    if (!plan.ok())
        QTest::qFail(qPrintable(plan.error().detail), __FILE__, __LINE__);
    return plan.ok() ? plan.value() : ProgrammePlan {};
}

Status tst_ProgrammeBuilder::command(
    Role role, const QString &entity, const QString &id, const QString &name, const QVariantMap &params)
{
    const qint64 version = as(Role::ProbationOfficer).get(entity, id).value().version;
    return as(role).command(entity, id, version, name, params);
}

/** A programme for `personId` with documents (low) and mental health (high), approved by a supervisor. */
QString tst_ProgrammeBuilder::approvedProgramme(const QString &personId, DraftIds *ids)
{
    const ProgrammePlan plan = suggestion(personId,
        { { u"documents_legal_status"_s, u"low"_s, u"passport lost"_s },
            { u"health_mental_health"_s, u"high"_s, u"poor sleep"_s } });
    auto draft = builder().createDraft(plan);
    if (!draft.ok()) {
        QTest::qFail(qPrintable(draft.error().detail), __FILE__, __LINE__);
        return {};
    }
    if (ids)
        *ids = draft.value();
    const QString id = draft.value().programmeId;
    if (!command(Role::ProbationOfficer, kProgramme, id, u"submit"_s).ok()
        || !command(Role::Supervisor, kProgramme, id, u"approve"_s).ok())
        QTest::qFail("submit/approve failed", __FILE__, __LINE__);
    return id;
}

QVariant tst_ProgrammeBuilder::field(const QString &entity, const QString &id, const QString &name)
{
    return as(Role::ProbationOfficer).get(entity, id).value().fields.value(name);
}

QStringList tst_ProgrammeBuilder::column(const QString &sql, const QString &arg)
{
    auto q = m_db->prepare(sql);
    QStringList out;
    if (!q.ok())
        return out;
    q.value().bind(1, arg);
    while (q.value().step().value())
        out << q.value().text(0);
    return out;
}

qint64 tst_ProgrammeBuilder::count(const QString &table)
{
    return m_db->scalar(u"SELECT count(*) FROM %1"_s.arg(table)).value().toLongLong();
}

void tst_ProgrammeBuilder::suggestsPerCategoryAndSeverity_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QStringList>("goals");
    QTest::addColumn<QStringList>("interventions");
    QTest::newRow("released convict, housing none: nothing")
        << u"released_convict"_s << u"housing"_s << u"none"_s << QStringList() << QStringList();
    QTest::newRow("released convict, employment low")
        << u"released_convict"_s << u"employment_income"_s << u"low"_s << QStringList { u"employment"_s }
        << QStringList { u"employment_referral"_s };
    QTest::newRow("released convict, employment high")
        << u"released_convict"_s << u"employment_income"_s << u"high"_s << QStringList { u"employment"_s }
        << QStringList { u"employment_referral"_s, u"vocational_training"_s, u"social_benefits"_s };
    QTest::newRow("returnee woman, women and children")
        << u"returnee_woman"_s << u"women_child_needs"_s << u"moderate"_s
        << QStringList { u"women_adaptation"_s, u"child_safeguarding"_s }
        << QStringList { u"womens_support_group"_s, u"family_violence_screening"_s,
               u"child_safeguarding_visit"_s };
    QTest::newRow("returnee minor, documents")
        << u"returnee_minor"_s << u"documents_legal_status"_s << u"low"_s
        << QStringList { u"child_documents"_s } << QStringList { u"legal_aid_documents"_s };
    QTest::newRow("youth, online exposure")
        << u"youth_prevention"_s << u"social_network_online"_s << u"critical"_s
        << QStringList { u"youth_online_safety"_s } << QStringList { u"online_exposure_counselling"_s };
    QTest::newRow("relative, religious counselling")
        << u"relative"_s << u"religious_counselling"_s << u"low"_s << QStringList { u"religious_literacy"_s }
        << QStringList { u"theological_counselling"_s };
}

void tst_ProgrammeBuilder::suggestsPerCategoryAndSeverity()
{
    QFETCH(QString, category);
    QFETCH(QString, domain);
    QFETCH(QString, severity);
    QFETCH(QStringList, goals);
    QFETCH(QStringList, interventions);
    const ProgrammePlan plan = suggestion(u"p"_s, { { domain, severity, QString() } }, category);
    QCOMPARE(plan.personCategory, category);
    QCOMPARE(plan.templateVersion, m_templates->version());
    QCOMPARE(plan.needs.size(), 1); // a need assessed "none" is kept: the domain was assessed
    QCOMPARE(plan.needs.constFirst().severity, severity);
    QStringList gotGoals, gotInterventions;
    for (const GoalPlan &g : plan.needs.constFirst().goals) {
        gotGoals << g.templateKey;
        for (const MeasurePlan &m : g.measures)
            gotInterventions << m.interventionCode;
    }
    QCOMPARE(gotGoals, goals);
    QCOMPARE(gotInterventions, interventions);
}

void tst_ProgrammeBuilder::suggestionDatesTextsAndPriorities()
{
    auto plan = builder().suggest({ u"p"_s, QString(), u"released_convict"_s,
        { { u"documents_legal_status"_s, u"low"_s, QString() },
            { u"health_mental_health"_s, u"critical"_s, QString() } },
        QDate(2026, 6, 1), u"kk"_s });
    QVERIFY(plan.ok());
    const NeedPlan documents = plan.value().needs.at(0);
    QCOMPARE(documents.priority, u"low"_s);
    const GoalPlan identity = documents.goals.constFirst();
    QCOMPARE(identity.description, m_templates->goal(u"identity_documents"_s)->text.kk);
    QCOMPARE(identity.targetDate, QDate(2026, 8, 30)); // 90 days
    QCOMPARE(identity.measures.constFirst().dueOn, QDate(2026, 7, 16)); // 30 days × 1.5 for a low need
    QCOMPARE(identity.measures.constFirst().frequency, u"once"_s);
    QCOMPARE(identity.measures.constFirst().viaReferral, false);
    const NeedPlan health = plan.value().needs.at(1);
    QCOMPARE(health.priority, u"high"_s);
    const MeasurePlan counselling = health.goals.constFirst().measures.constFirst();
    QCOMPARE(counselling.interventionCode, u"psychological_counselling"_s);
    QCOMPARE(counselling.dueOn, QDate(2026, 6, 16)); // 30 days × 0.5 for a critical need
    QCOMPARE(counselling.providerKind, u"ngo"_s);
    QCOMPARE(counselling.viaReferral, true);
}

void tst_ProgrammeBuilder::suggestRefusesAMalformedAssessment()
{
    const QDate start(2026, 6, 1);
    auto category = builder().suggest({ u"p"_s, QString(), u"convict"_s, {}, start, u"ru"_s });
    QCOMPARE(category.code(), Error::Invalid);
    QCOMPARE(category.error().field, u"personCategory"_s);
    auto severity = builder().suggest(
        { u"p"_s, QString(), u"relative"_s, { { u"housing"_s, u"urgent"_s, QString() } }, start, u"ru"_s });
    QCOMPARE(severity.error().field, u"needs[0].severity"_s);
    auto twice = builder().suggest({ u"p"_s, QString(), u"relative"_s,
        { { u"housing"_s, u"low"_s, QString() }, { u"housing"_s, u"high"_s, QString() } }, start, u"ru"_s });
    QCOMPARE(twice.error().field, u"needs[1].domainCode"_s);
    auto undated = builder().suggest({ u"p"_s, QString(), u"relative"_s, {}, QDate(), u"ru"_s });
    QCOMPARE(undated.error().field, u"startsOn"_s);
}

void tst_ProgrammeBuilder::officerEditsAreKept()
{
    const QString person = createPerson();
    ProgrammePlan plan = suggestion(person,
        { { u"employment_income"_s, u"high"_s, u"no income"_s },
            { u"housing"_s, u"none"_s, u"lives with parents"_s } });
    NeedPlan &employment = plan.needs[0];
    employment.priority = u"medium"_s; // the officer disagrees with the suggestion
    GoalPlan &goal = employment.goals[0];
    goal.description = u"Work at the family bakery by autumn"_s;
    goal.measures.removeLast(); // no benefits needed
    goal.measures[0].dueOn = QDate(2026, 6, 10);
    goal.measures[0].providerOrganisationId = m_organisation;
    employment.goals << GoalPlan { QString(), u"Obtain a driving licence"_s, QDate(2026, 12, 1),
        { { u"vocational_training"_s, QString(), m_staff.value(Role::Counsellor), QDate(2026, 9, 1),
            u"weekly"_s, QString(), false } } };
    auto draft = builder().createDraft(plan);
    QVERIFY2(draft.ok(), qPrintable(draft.ok() ? QString() : draft.error().detail));
    const DraftIds ids = draft.value();
    QCOMPARE(field(kProgramme, ids.programmeId, u"status"_s).toString(), u"draft"_s);
    QCOMPARE(
        field(kProgramme, ids.programmeId, u"draftedBy"_s).toString(), m_staff.value(Role::ProbationOfficer));
    QCOMPARE(field(kProgramme, ids.programmeId, u"personCategory"_s).toString(), u"released_convict"_s);
    QCOMPARE(field(kProgramme, ids.programmeId, u"templateVersion"_s).toInt(), m_templates->version());
    QCOMPARE(ids.needIds.size(), 2);
    QCOMPARE(field(u"ProgrammeNeed"_s, ids.needIds[0], u"priority"_s).toString(), u"medium"_s);
    QCOMPARE(field(u"ProgrammeNeed"_s, ids.needIds[1], u"severity"_s).toString(), u"none"_s);
    QCOMPARE(field(u"ProgrammeNeed"_s, ids.needIds[1], u"assessment"_s).toString(), u"lives with parents"_s);
    QCOMPARE(ids.goalIds.size(), 2);
    QCOMPARE(field(u"ProgrammeGoal"_s, ids.goalIds[0], u"description"_s).toString(),
        u"Work at the family bakery by autumn"_s);
    QCOMPARE(field(u"ProgrammeGoal"_s, ids.goalIds[1], u"needId"_s).toString(), ids.needIds[0]);
    QCOMPARE(ids.measureIds.size(), 3); // two suggested (one removed) + the officer's own
    QCOMPARE(field(kMeasure, ids.measureIds[0], u"dueOn"_s).toString(), u"2026-06-10"_s);
    QCOMPARE(field(kMeasure, ids.measureIds[0], u"providerOrganisationId"_s).toString(), m_organisation);
    QCOMPARE(field(kMeasure, ids.measureIds[1], u"interventionCode"_s).toString(), u"vocational_training"_s);
    QCOMPARE(field(kMeasure, ids.measureIds[2], u"providerCounsellorId"_s).toString(),
        m_staff.value(Role::Counsellor));
    QCOMPARE(field(kMeasure, ids.measureIds[2], u"goalId"_s).toString(), ids.goalIds[1]);
    QCOMPARE(field(kMeasure, ids.measureIds[2], u"status"_s).toString(), u"planned"_s);
}

void tst_ProgrammeBuilder::draftIsAllOrNothing_data()
{
    QTest::addColumn<PlanEdit>("edit");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("field");
    QTest::newRow("unknown intervention in the last measure") << PlanEdit([](ProgrammePlan &p) {
        p.needs[1].goals[0].measures.last().interventionCode = u"exorcism"_s;
    }) << int(Error::Invalid) << u"needs[1].goals[0].measures[1].interventionCode"_s;
    QTest::newRow("provider that does not exist") << PlanEdit([](ProgrammePlan &p) {
        p.needs[1].goals[0].measures[0].providerOrganisationId = u"018f0000-0000-7000-8000-0000000dead0"_s;
    }) << int(Error::Invalid) << u"needs[1].goals[0].measures[0].providerOrganisationId"_s;
    QTest::newRow("frequency the schema does not know")
        << PlanEdit([](ProgrammePlan &p) { p.needs[1].goals[0].measures[0].frequency = u"hourly"_s; })
        << int(Error::Invalid) << u"needs[1].goals[0].measures[0].frequency"_s;
    QTest::newRow("goal without a description")
        << PlanEdit([](ProgrammePlan &p) { p.needs[1].goals[1].description = u"  "_s; })
        << int(Error::Invalid) << u"needs[1].goals[1].description"_s;
    QTest::newRow("measure given to someone who is not a counsellor") << PlanEdit([this](ProgrammePlan &p) {
        p.needs[1].goals[0].measures[0].providerCounsellorId = m_staff.value(Role::Supervisor);
    }) << int(Error::Invalid) << u"needs[1].goals[0].measures[0].providerCounsellorId"_s;
    QTest::newRow("need domain outside the dictionary")
        << PlanEdit([](ProgrammePlan &p) { p.needs[1].domainCode = u"astrology"_s; }) << int(Error::Invalid)
        << u"needs[1].domainCode"_s;
    QTest::newRow("goals for a need assessed as none")
        << PlanEdit([](ProgrammePlan &p) { p.needs[1].severity = u"none"_s; }) << int(Error::Invalid)
        << u"needs[1].goals"_s;
    QTest::newRow("no needs at all") << PlanEdit([](ProgrammePlan &p) { p.needs.clear(); })
                                     << int(Error::Invalid) << u"needs"_s;
    QTest::newRow("person that does not exist")
        << PlanEdit([](ProgrammePlan &p) { p.personId = u"018f0000-0000-7000-8000-0000000dead1"_s; })
        << int(Error::Invalid) << u"personId"_s;
}

void tst_ProgrammeBuilder::draftIsAllOrNothing()
{
    QFETCH(PlanEdit, edit);
    QFETCH(int, code);
    QFETCH(QString, field);
    const QString person = createPerson();
    ProgrammePlan plan = suggestion(person,
        { { u"documents_legal_status"_s, u"low"_s, QString() },
            { u"health_mental_health"_s, u"high"_s, QString() } });
    edit(plan);
    const QStringList tables = { u"assistance_programme"_s, u"programme_need"_s, u"programme_goal"_s,
        u"programme_measure"_s, u"outbox"_s, u"audit_event"_s, u"field_history"_s };
    QList<qint64> before;
    for (const QString &t : tables)
        before << count(t);
    auto draft = builder().createDraft(plan);
    QVERIFY(!draft.ok());
    QCOMPARE(int(draft.code()), code);
    QCOMPARE(draft.error().field, field);
    for (qsizetype i = 0; i < tables.size(); ++i)
        QVERIFY2(count(tables[i]) == before[i], qPrintable(tables[i]));
    // The same plan without the fault goes through, so nothing half-written stood in its way.
    if (plan.personId == person && !plan.needs.isEmpty()) {
        const ProgrammePlan good
            = suggestion(person, { { u"documents_legal_status"_s, u"low"_s, QString() } });
        QVERIFY(builder().createDraft(good).ok());
    }
}

void tst_ProgrammeBuilder::oneProgrammeInProgressPerPerson()
{
    const QString person = createPerson();
    const ProgrammePlan plan = suggestion(person, { { u"housing"_s, u"moderate"_s, QString() } });
    QVERIFY(builder().createDraft(plan).ok());
    auto second = builder().createDraft(plan);
    QCOMPARE(second.code(), Error::Conflict);
    QCOMPARE(column(u"SELECT id FROM assistance_programme WHERE person_id = ?1"_s, person).size(), 1);
}

void tst_ProgrammeBuilder::onlyProbationStaffDraft()
{
    const ProgrammePlan plan = suggestion(createPerson(), { { u"housing"_s, u"moderate"_s, QString() } });
    for (Role role : { Role::Counsellor, Role::PoliceOfficer, Role::Administrator })
        QCOMPARE(ProgrammeBuilder(as(role, m_staff.value(Role::Counsellor)), *m_db, *m_templates)
                     .createDraft(plan)
                     .code(),
            Error::Forbidden);
    QVERIFY(builder(Role::Supervisor).createDraft(plan).ok());
}

void tst_ProgrammeBuilder::submitNeedsAnAssessedNeedWithGoalAndMeasure()
{
    const QString person = createPerson();
    // Only a need assessed as none: nothing to deliver.
    auto draft = builder().createDraft(suggestion(person, { { u"housing"_s, u"none"_s, QString() } }));
    QVERIFY(draft.ok());
    const QString id = draft.value().programmeId;
    Status s = command(Role::ProbationOfficer, kProgramme, id, u"submit"_s);
    QCOMPARE(s.code(), Error::Invalid);
    QCOMPARE(s.error().field, u"needs"_s);
    // A goal without a measure is not enough either.
    auto need = builder().addNeed(id,
        { u"education"_s, u"low"_s, u"low"_s, QString(),
            { { QString(), u"Finish school"_s, QDate(2027, 6, 1), {} } } });
    QVERIFY2(need.ok(), qPrintable(need.ok() ? QString() : need.error().detail));
    QCOMPARE(command(Role::ProbationOfficer, kProgramme, id, u"submit"_s).code(), Error::Invalid);
    // A cancelled measure does not count; a planned one does.
    const MeasurePlan enrolment { u"education_enrolment"_s, {}, {}, {}, u"once"_s, {}, false };
    auto cancelled = builder().addMeasure(id, need.value().goalIds[0], enrolment);
    QVERIFY(cancelled.ok());
    QVERIFY(command(Role::ProbationOfficer, kMeasure, cancelled.value(), u"cancel"_s).ok());
    QCOMPARE(command(Role::ProbationOfficer, kProgramme, id, u"submit"_s).code(), Error::Invalid);
    QVERIFY(builder().addMeasure(id, need.value().goalIds[0], enrolment).ok());
    QVERIFY(command(Role::ProbationOfficer, kProgramme, id, u"submit"_s).ok());
    QCOMPARE(field(kProgramme, id, u"status"_s).toString(), u"submitted"_s);
    // A submitted plan takes no new measures.
    QCOMPARE(builder().addMeasure(id, need.value().goalIds[0], enrolment).code(), Error::InvalidTransition);
}

void tst_ProgrammeBuilder::approvalNeverByTheAuthor()
{
    const QString person = createPerson();
    const ProgrammePlan plan = suggestion(person, { { u"housing"_s, u"high"_s, QString() } });
    auto draft = builder(Role::Supervisor).createDraft(plan); // a supervisor drafts this one
    QVERIFY(draft.ok());
    const QString id = draft.value().programmeId;
    QCOMPARE(field(kProgramme, id, u"draftedBy"_s).toString(), m_staff.value(Role::Supervisor));
    QVERIFY(as(Role::ProbationOfficer, m_staff.value(Role::Supervisor))
                .command(kProgramme, id, 1, u"submit"_s)
                .ok());
    const Status own = command(Role::Supervisor, kProgramme, id, u"approve"_s);
    QCOMPARE(own.code(), Error::Forbidden);
    QCOMPARE(field(kProgramme, id, u"status"_s).toString(), u"submitted"_s);
    QCOMPARE(command(Role::ProbationOfficer, kProgramme, id, u"approve"_s).code(), Error::Forbidden);
    QVERIFY(as(Role::Supervisor, m_supervisorB).command(kProgramme, id, 2, u"approve"_s).ok());
    QCOMPARE(field(kProgramme, id, u"approvedBy"_s).toString(), m_supervisorB);
}

void tst_ProgrammeBuilder::revisionCarriesThePlanOverUnderNewIds()
{
    const QString person = createPerson();
    DraftIds v1;
    const QString id = approvedProgramme(person, &v1);
    QVERIFY(command(Role::ProbationOfficer, kProgramme, id, u"activate"_s).ok());
    QCOMPARE(v1.measureIds.size(), 4); // legal aid; counselling, psychiatric assessment; medical care
    QVERIFY(command(Role::ProbationOfficer, kMeasure, v1.measureIds[0], u"complete"_s,
        { { u"deliveredOn"_s, u"2026-06-01"_s } })
                .ok());
    QVERIFY(command(Role::ProbationOfficer, kMeasure, v1.measureIds[1], u"start"_s).ok());
    auto consent = as(Role::ProbationOfficer)
                       .create(u"ConsentRecord"_s,
                           { { u"personId"_s, person }, { u"purpose"_s, u"counselling"_s },
                               { u"basis"_s, u"written"_s }, { u"givenOn"_s, u"2026-05-20"_s } });
    auto referral = ReferralService(as(Role::ProbationOfficer), *m_db)
                        .send({ person, v1.measureIds[1], m_organisation, QString(), u"counselling"_s,
                            consent.value(), QDate(2026, 6, 1), QDate(2026, 12, 1) });
    QVERIFY2(referral.ok(), qPrintable(referral.ok() ? QString() : referral.error().detail));

    QVERIFY(command(Role::ProbationOfficer, kProgramme, id, u"revise"_s).ok());
    QCOMPARE(field(kProgramme, id, u"status"_s).toString(), u"superseded"_s);
    const QStringList next = column(u"SELECT id FROM assistance_programme WHERE supersedes_id = ?1"_s, id);
    QCOMPARE(next.size(), 1);
    const QString v2 = next.constFirst();
    QCOMPARE(field(kProgramme, v2, u"status"_s).toString(), u"draft"_s);
    QCOMPARE(field(kProgramme, v2, u"versionNo"_s).toInt(), 2);
    QCOMPARE(field(kProgramme, v2, u"personCategory"_s).toString(), u"released_convict"_s);

    const QStringList needs
        = column(u"SELECT id FROM programme_need WHERE programme_id = ?1 ORDER BY hlc"_s, v2);
    const QStringList goals
        = column(u"SELECT need_id FROM programme_goal WHERE programme_id = ?1 ORDER BY hlc"_s, v2);
    const QStringList measures
        = column(u"SELECT goal_id || ' ' || intervention_code || ' ' || status FROM "
                 u"programme_measure WHERE programme_id = ?1 ORDER BY intervention_code"_s,
            v2);
    QCOMPARE(needs.size(), 2);
    for (const QString &need : needs)
        QVERIFY(!v1.needIds.contains(need));
    QCOMPARE(goals, QStringList({ needs[0], needs[1], needs[1] })); // copied goals point at the copied needs
    QCOMPARE(column(u"SELECT assessment FROM programme_need WHERE programme_id = ?1 ORDER BY hlc"_s, v2),
        QStringList({ u"passport lost"_s, u"poor sleep"_s }));
    // The delivered measure stays with version 1; open ones come over with their progress.
    const QStringList newGoals
        = column(u"SELECT id FROM programme_goal WHERE programme_id = ?1 ORDER BY hlc"_s, v2);
    QCOMPARE(measures,
        QStringList(
            { newGoals[2] + u" medical_care planned"_s, newGoals[1] + u" psychiatric_assessment planned"_s,
                newGoals[1] + u" psychological_counselling in_progress"_s }));
    // The open referral follows its measure into the new version; version 1 is untouched.
    const QString movedTo = field(u"Referral"_s, referral.value(), u"measureId"_s).toString();
    QCOMPARE(field(kMeasure, movedTo, u"programmeId"_s).toString(), v2);
    QCOMPARE(field(kMeasure, v1.measureIds[1], u"programmeId"_s).toString(), id);
    QCOMPARE(field(kMeasure, v1.measureIds[0], u"status"_s).toString(), u"done"_s);
    // The new draft is editable again.
    QVERIFY(builder()
                .updatePlanItem(kMeasure,
                    column(u"SELECT id FROM programme_measure WHERE programme_id = ?1"_s, v2)[0], 1,
                    { { u"dueOn"_s, u"2026-07-01"_s } })
                .ok());
}

void tst_ProgrammeBuilder::approvedPlanIsFrozen_data()
{
    QTest::addColumn<QString>("entity");
    QTest::addColumn<int>("item"); ///< index into the draft's needs / goals / measures
    QTest::addColumn<QVariantMap>("changes");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("need severity") << u"ProgrammeNeed"_s << 0
                                   << QVariantMap { { u"severity"_s, u"critical"_s } } << false;
    QTest::newRow("need assessment") << u"ProgrammeNeed"_s << 1
                                     << QVariantMap { { u"assessment"_s, u"better"_s } } << false;
    QTest::newRow("goal description")
        << u"ProgrammeGoal"_s << 0 << QVariantMap { { u"description"_s, u"Other"_s } } << false;
    QTest::newRow("goal target date")
        << u"ProgrammeGoal"_s << 1 << QVariantMap { { u"targetDate"_s, u"2027-01-01"_s } } << false;
    QTest::newRow("measure due date")
        << kMeasure << 0 << QVariantMap { { u"dueOn"_s, u"2026-12-31"_s } } << false;
    QTest::newRow("measure provider")
        << kMeasure << 1 << QVariantMap { { u"providerOrganisationId"_s, m_organisation } } << false;
    QTest::newRow("measure intervention")
        << kMeasure << 2 << QVariantMap { { u"interventionCode"_s, u"medical_care"_s } } << false;
    QTest::newRow("goal status is progress")
        << u"ProgrammeGoal"_s << 0 << QVariantMap { { u"status"_s, u"achieved"_s } } << true;
    QTest::newRow("measure evidence is progress")
        << kMeasure << 0 << QVariantMap { { u"evidence"_s, u"ID card issued"_s } } << true;
}

void tst_ProgrammeBuilder::approvedPlanIsFrozen()
{
    QFETCH(QString, entity);
    QFETCH(int, item);
    QFETCH(QVariantMap, changes);
    QFETCH(bool, allowed);
    DraftIds ids;
    approvedProgramme(createPerson(), &ids);
    const QString id = (entity == kMeasure ? ids.measureIds
            : entity == u"ProgrammeGoal"   ? ids.goalIds
                                           : ids.needIds)[item];
    const qint64 ops = count(u"outbox"_s);
    const Status s = builder().updatePlanItem(entity, id, 1, changes);
    if (allowed) {
        QVERIFY2(s.ok(), qPrintable(s.error().detail));
        QCOMPARE(field(entity, id, changes.firstKey()), changes.first());
        return;
    }
    QCOMPARE(s.code(), Error::InvalidTransition);
    QCOMPARE(s.error().field, changes.firstKey());
    QCOMPARE(count(u"outbox"_s), ops);
    QCOMPARE(as(Role::ProbationOfficer).get(entity, id).value().version, 1);
}

void tst_ProgrammeBuilder::measuresProgressUntilTheProgrammeEnds()
{
    DraftIds ids;
    const QString id = approvedProgramme(createPerson(), &ids);
    // Approved and frozen, yet its measures move on through their own commands.
    QVERIFY(command(Role::ProbationOfficer, kMeasure, ids.measureIds[0], u"start"_s).ok());
    QVERIFY(command(Role::ProbationOfficer, kMeasure, ids.measureIds[0], u"complete"_s,
        { { u"deliveredOn"_s, u"2026-06-01"_s }, { u"evidence"_s, u"ID card issued"_s } })
                .ok());
    QVERIFY(command(Role::ProbationOfficer, kMeasure, ids.measureIds[1], u"mark_not_possible"_s,
        { { u"notPossibleReason"_s, u"no psychologist in the district"_s } })
                .ok());
    QVERIFY(
        command(Role::Supervisor, kProgramme, id, u"close"_s, { { u"closureReason"_s, u"moved abroad"_s } })
            .ok());
    const Status after = command(Role::ProbationOfficer, kMeasure, ids.measureIds[2], u"start"_s);
    QCOMPARE(after.code(), Error::InvalidTransition);
    QCOMPARE(after.error().field, u"programmeId"_s);
    QCOMPARE(field(kMeasure, ids.measureIds[2], u"status"_s).toString(), u"planned"_s);
}

void tst_ProgrammeBuilder::evidenceLinksBelongToThePerson_data()
{
    QTest::addColumn<QString>("link"); ///< which record the link names
    QTest::addColumn<bool>("accepted");
    QTest::newRow("own check-in") << u"own CheckIn"_s << true;
    QTest::newRow("own document") << u"own Document"_s << true;
    QTest::newRow("another person's document") << u"other Document"_s << false;
    QTest::newRow("a record that does not exist") << u"missing CheckIn"_s << false;
    QTest::newRow("a kind that is not evidence") << u"own ConsentRecord"_s << false;
}

void tst_ProgrammeBuilder::evidenceLinksBelongToThePerson()
{
    QFETCH(QString, link);
    QFETCH(bool, accepted);
    const QString person = createPerson();
    DraftIds ids;
    approvedProgramme(person, &ids);
    WriteService &w = as(Role::ProbationOfficer);
    const QString owner = link.startsWith(u"other") ? createPerson() : person;
    const QString entity = link.section(u' ', 1);
    QString target = u"018f0000-0000-7000-8000-0000000dead2"_s;
    if (entity == u"CheckIn" && !link.startsWith(u"missing"))
        target = w.create(entity,
                      { { u"personId"_s, owner }, { u"channel"_s, u"probation"_s },
                          { u"dueOn"_s, u"2026-06-30"_s }, { u"outcome"_s, u"attended"_s },
                          { u"occurredOn"_s, u"2026-06-01"_s } })
                     .value();
    if (entity == u"Document")
        target = w.create(entity, { { u"personId"_s, owner }, { u"kind"_s, u"certificate"_s } }).value();
    if (entity == u"ConsentRecord")
        target = w.create(entity,
                      { { u"personId"_s, owner }, { u"purpose"_s, u"referral"_s },
                          { u"basis"_s, u"written"_s }, { u"givenOn"_s, u"2026-05-01"_s } })
                     .value();
    const QJsonArray links { QJsonObject { { u"entity"_s, entity }, { u"id"_s, target } } };
    const Status s = command(Role::ProbationOfficer, kMeasure, ids.measureIds[0], u"complete"_s,
        { { u"deliveredOn"_s, u"2026-06-01"_s }, { u"evidenceLinks"_s, links.toVariantList() } });
    QCOMPARE(s.ok(), accepted);
    QCOMPARE(field(kMeasure, ids.measureIds[0], u"status"_s).toString(), accepted ? u"done"_s : u"planned"_s);
    if (!accepted)
        QCOMPARE(s.error().field, u"evidenceLinks"_s);
    // The same rule holds for a later patch of the links.
    const Status patch = builder().updatePlanItem(
        kMeasure, ids.measureIds[1], 1, { { u"evidenceLinks"_s, links.toVariantList() } });
    QCOMPARE(patch.ok(), accepted);
}

QTEST_GUILESS_MAIN(tst_ProgrammeBuilder)
#include "tst_programmebuilder.moc"
