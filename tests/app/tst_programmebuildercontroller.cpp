// ProgrammeBuilderController on a real generated store, for a person the officer just took in:
// assess → suggestions from the templates → edit → saved draft → submit, each step checked by core.
// Going back loses nothing and does not duplicate suggestions; a save writes the programme and its
// outbox ops; a refused save or submit writes nothing and says what to fix; a stored draft is
// re-opened with its plan and edited in place.
#include "programmebuildercontroller.h"
#include "programmedraftmodel.h"
#include "providerchoicemodel.h"

#include "appsupport.h"
#include "counseltestsupport.h"
#include "persontestsupport.h"
#include "../qml/programmeseed.h"

#include "casework/programmetemplates.h"
#include "write/writeservice.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Qadam;
using namespace Qadam::PersonTest;

class tst_ProgrammeBuilderController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void assessSuggestEditSaveSubmit();
    void goingBackLosesNothing();
    void noGoalKeptStaysOnSuggestions();
    void refusedSaveWritesNothingAndSaysWhere();
    void refusedSubmitWritesNothing();
    void storedDraftReopensAndIsEditedInPlace();
    void programmeInProgressBlocksTheBuilder();
    void chosenProviderIsStoredWithTheMeasure();
    void neverShowsAnIin();

private:
    QString takeInPerson();
    [[nodiscard]] bool settled(const ProgrammeBuilderController &c);
    int needIndex(const ProgrammeBuilderController &c, const QString &domain);
    qint64 writes();

    std::unique_ptr<AppTest::GeneratedSession> m_session;
    QString m_personId;
};

void tst_ProgrammeBuilderController::init()
{
    m_session = std::make_unique<AppTest::GeneratedSession>(Role::ProbationOfficer, 30);
    QVERIFY2(m_session->isOpen(), qPrintable(m_session->status().error().detail));
    m_personId = takeInPerson();
    QVERIFY(!m_personId.isEmpty());
}

void tst_ProgrammeBuilderController::cleanup()
{
    m_session.reset();
}

QString tst_ProgrammeBuilderController::takeInPerson()
{
    return ProgrammeSeed::takeInPerson(m_session->session());
}

bool tst_ProgrammeBuilderController::settled(const ProgrammeBuilderController &c)
{
    return AppTest::waitFor([&] { return c.ready() && !c.busy(); });
}

int tst_ProgrammeBuilderController::needIndex(const ProgrammeBuilderController &c, const QString &domain)
{
    // The needs view lists every need domain: its row is the need's index.
    for (int row = 0; row < c.needs()->rowCount(); ++row)
        if (value(*c.needs(), row, "domainCode").toString() == domain)
            return row;
    return -1;
}

qint64 tst_ProgrammeBuilderController::writes()
{
    AppSession &s = m_session->session();
    return count(s, u"SELECT count(*) FROM outbox"_s) + count(s, u"SELECT count(*) FROM audit_event"_s)
        + count(s, u"SELECT count(*) FROM assistance_programme"_s) + count(s, u"SELECT count(*) FROM programme_measure"_s);
}

void tst_ProgrammeBuilderController::assessSuggestEditSaveSubmit()
{
    AppSession &s = m_session->session();
    ProgrammeBuilderController c;
    QAbstractItemModelTester needsTester(c.needs(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester planTester(c.plan(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    c.setPersonId(m_personId);
    QVERIFY(settled(c));
    QCOMPARE(c.step(), int(ProgrammeBuilderController::Assess));
    QCOMPARE(c.blocker(), QString());
    QCOMPARE(c.needs()->rowCount(), int(count(s, u"SELECT count(DISTINCT code) FROM ref_entry WHERE dictionary = 'need_domain'"_s)));

    const int housing = needIndex(c, u"housing"_s);
    const int work = needIndex(c, u"employment_income"_s);
    QVERIFY(housing >= 0 && work >= 0);
    c.setSeverity(housing, u"high"_s);
    c.setAssessment(housing, u"Lives with relatives, no lease"_s);
    c.setSeverity(work, u"moderate"_s);
    c.next();
    QVERIFY(settled(c));
    QCOMPARE(c.step(), int(ProgrammeBuilderController::Suggest));
    QCOMPARE(c.errorText(), QString());
    // The templates' goals for exactly these two needs.
    const ProgrammeTemplates templates = ProgrammeTemplates::builtIn().value();
    const int expectedGoals = int(templates.goalsFor(u"released_convict"_s, u"housing"_s, u"high"_s).size()
        + templates.goalsFor(u"released_convict"_s, u"employment_income"_s, u"moderate"_s).size());
    QVERIFY(expectedGoals > 0);
    QCOMPARE(c.goalCount(), expectedGoals);

    c.next();
    QCOMPARE(c.step(), int(ProgrammeBuilderController::Edit));
    int goalRow = -1;
    for (int row = 0; row < c.plan()->rowCount() && goalRow < 0; ++row)
        if (value(*c.plan(), row, "kind").toString() == u"goal")
            goalRow = row;
    QVERIFY(goalRow >= 0);
    const int need = value(*c.plan(), goalRow, "needIndex").toInt();
    const int goal = value(*c.plan(), goalRow, "goalIndex").toInt();
    c.setGoalDescription(need, goal, u"Has a signed lease by autumn"_s);
    QCOMPARE(value(*c.plan(), goalRow, "title").toString(), u"Has a signed lease by autumn"_s);

    const qint64 outboxBefore = count(s, u"SELECT count(*) FROM outbox"_s);
    QSignalSpy saved(&c, &ProgrammeBuilderController::succeeded);
    c.next(); // saves the draft through core
    QVERIFY(settled(c));
    QVERIFY2(c.errorText().isEmpty(), qPrintable(c.errorText()));
    QCOMPARE(c.step(), int(ProgrammeBuilderController::Submit));
    QCOMPARE(saved.count(), 1);
    QVERIFY(!c.programmeId().isEmpty());
    QCOMPARE(scalar(s, u"SELECT status FROM assistance_programme WHERE id = ?1"_s, { c.programmeId() }).toString(), u"draft"_s);
    QCOMPARE(count(s, u"SELECT count(*) FROM programme_goal WHERE programme_id = ?1"_s, { c.programmeId() }), qint64(expectedGoals));
    QCOMPARE(count(s, u"SELECT count(*) FROM programme_goal WHERE programme_id = ?1 AND description = ?2"_s,
                 { c.programmeId(), u"Has a signed lease by autumn"_s }),
        qint64(1));
    QCOMPARE(count(s, u"SELECT count(*) FROM programme_measure WHERE programme_id = ?1"_s, { c.programmeId() }),
        qint64(c.measureCount()));
    QCOMPARE(count(s, u"SELECT count(*) FROM outbox WHERE entity = 'AssistanceProgramme' AND record_id = ?1 AND kind = 'create'"_s,
                 { c.programmeId() }),
        qint64(1));
    QVERIFY(count(s, u"SELECT count(*) FROM outbox"_s) > outboxBefore + 1);

    const QString programmeId = c.programmeId();
    c.submit();
    QVERIFY(AppTest::waitFor([&] { return c.submitted(); }));
    QCOMPARE(scalar(s, u"SELECT status FROM assistance_programme WHERE id = ?1"_s, { programmeId }).toString(), u"submitted"_s);
    QCOMPARE(count(s, u"SELECT count(*) FROM outbox WHERE record_id = ?1 AND kind = 'command' AND command = 'submit'"_s,
                 { programmeId }),
        qint64(1));
    QVERIFY(!c.blocker().isEmpty()); // now it awaits the supervisor
}

void tst_ProgrammeBuilderController::goingBackLosesNothing()
{
    ProgrammeBuilderController c;
    c.setPersonId(m_personId);
    QVERIFY(settled(c));
    const int housing = needIndex(c, u"housing"_s);
    c.setSeverity(housing, u"critical"_s);
    c.setAssessment(housing, u"Sleeps at a shelter"_s);
    c.setSeverity(needIndex(c, u"employment_income"_s), u"high"_s);
    c.next();
    QVERIFY(settled(c));
    const int goals = c.goalCount();
    QVERIFY(goals > 1);
    c.setGoalIncluded(housing, 0, false);
    QCOMPARE(c.goalCount(), goals - 1);
    c.back();
    QCOMPARE(c.step(), int(ProgrammeBuilderController::Assess));
    QCOMPARE(value(*c.needs(), housing, "severity").toString(), u"critical"_s);
    QCOMPARE(value(*c.needs(), housing, "assessment").toString(), u"Sleeps at a shelter"_s);
    c.next();
    QVERIFY(settled(c));
    // The same suggestions, not a second copy, and the dropped goal stays dropped.
    QCOMPARE(c.goalCount(), goals - 1);
    c.next();
    c.next();
    QVERIFY(settled(c));
    QCOMPARE(c.step(), int(ProgrammeBuilderController::Submit));
    c.back();
    QCOMPARE(c.step(), int(ProgrammeBuilderController::Edit));
    QCOMPARE(c.goalCount(), goals - 1);
    QVERIFY(!c.programmeId().isEmpty());
}

void tst_ProgrammeBuilderController::noGoalKeptStaysOnSuggestions()
{
    ProgrammeBuilderController c;
    c.setPersonId(m_personId);
    QVERIFY(settled(c));
    const int housing = needIndex(c, u"housing"_s);
    c.setSeverity(housing, u"high"_s);
    c.next();
    QVERIFY(settled(c));
    for (int goal = 0; goal < c.goalCount() + 1; ++goal)
        c.setGoalIncluded(housing, goal, false);
    QCOMPARE(c.goalCount(), 0);
    QSignalSpy failed(&c, &ProgrammeBuilderController::failed);
    c.next();
    QCOMPARE(failed.count(), 1);
    QCOMPARE(c.step(), int(ProgrammeBuilderController::Suggest));
}

void tst_ProgrammeBuilderController::refusedSaveWritesNothingAndSaysWhere()
{
    ProgrammeBuilderController c;
    c.setPersonId(m_personId);
    QVERIFY(settled(c));
    const int housing = needIndex(c, u"housing"_s);
    c.setSeverity(housing, u"high"_s);
    c.next();
    QVERIFY(settled(c));
    c.next();
    c.setGoalDescription(housing, 0, QString()); // a goal needs its text
    const qint64 before = writes();
    QSignalSpy failed(&c, &ProgrammeBuilderController::failed);
    c.next();
    QVERIFY(settled(c));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(c.step(), int(ProgrammeBuilderController::Edit));
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(value(*c.needs(), housing, "title").toString()), qPrintable(message));
    QVERIFY2(message.contains(u"goal 1"_s), qPrintable(message));
    QCOMPARE(writes(), before);
    QCOMPARE(c.programmeId(), QString());
    // A date that is not one is refused before it reaches the plan.
    c.setGoalTarget(housing, 0, u"31.09.2026"_s);
    QCOMPARE(failed.count(), 2);
}

void tst_ProgrammeBuilderController::refusedSubmitWritesNothing()
{
    ProgrammeBuilderController c;
    c.setPersonId(m_personId);
    QVERIFY(settled(c));
    // Every need assessed "none": core accepts the assessment but refuses to submit such a plan.
    const qint64 before = writes();
    QSignalSpy failed(&c, &ProgrammeBuilderController::failed);
    c.submit();
    QVERIFY(settled(c));
    QCOMPARE(failed.count(), 1);
    QVERIFY(!c.submitted());
    QVERIFY(failed.first().first().toString().contains(u"need"_s));
    QCOMPARE(writes(), before);
    QCOMPARE(count(m_session->session(), u"SELECT count(*) FROM assistance_programme WHERE person_id = ?1"_s, { m_personId }),
        qint64(0));
}

void tst_ProgrammeBuilderController::storedDraftReopensAndIsEditedInPlace()
{
    AppSession &s = m_session->session();
    QString programmeId;
    int measures = 0;
    {
        ProgrammeBuilderController c;
        c.setPersonId(m_personId);
        QVERIFY(settled(c));
        c.setSeverity(needIndex(c, u"housing"_s), u"moderate"_s);
        c.next();
        QVERIFY(settled(c));
        c.next();
        c.next();
        QVERIFY(settled(c));
        programmeId = c.programmeId();
        measures = c.measureCount();
        QVERIFY(!programmeId.isEmpty() && measures > 0);
    }
    ProgrammeBuilderController c;
    c.setPersonId(m_personId);
    QVERIFY(settled(c));
    QCOMPARE(c.programmeId(), programmeId);
    QCOMPARE(c.measureCount(), measures);
    const int housing = needIndex(c, u"housing"_s);
    QCOMPARE(value(*c.needs(), housing, "severity").toString(), u"moderate"_s);
    QCOMPARE(value(*c.needs(), housing, "stored").toBool(), true);
    c.addMeasure(housing, 0);
    // The added measure is the first goal's last one.
    int last = -1;
    for (int row = 0; row < c.plan()->rowCount(); ++row)
        if (value(*c.plan(), row, "kind").toString() == u"measure" && value(*c.plan(), row, "needIndex").toInt() == housing
            && value(*c.plan(), row, "goalIndex").toInt() == 0)
            last = std::max(last, value(*c.plan(), row, "measureIndex").toInt());
    QVERIFY(last > 0);
    QCOMPARE(value(*c.plan(), 0, "kind").toString(), u"need"_s);
    c.setMeasureIntervention(housing, 0, last, u"housing_support"_s);
    c.removeMeasure(housing, 0, 0);
    c.saveDraft();
    QVERIFY(settled(c));
    QVERIFY2(c.errorText().isEmpty(), qPrintable(c.errorText()));
    QCOMPARE(count(s, u"SELECT count(*) FROM assistance_programme WHERE person_id = ?1"_s, { m_personId }), qint64(1));
    QCOMPARE(count(s, u"SELECT count(*) FROM programme_measure WHERE programme_id = ?1 AND status = 'planned'"_s, { programmeId }),
        qint64(measures));
    QCOMPARE(count(s, u"SELECT count(*) FROM programme_measure WHERE programme_id = ?1 AND status = 'cancelled'"_s, { programmeId }),
        qint64(1));
    QCOMPARE(c.measureCount(), measures);
}

void tst_ProgrammeBuilderController::programmeInProgressBlocksTheBuilder()
{
    AppSession &s = m_session->session();
    const QString active = scalar(s,
        u"SELECT person_id FROM assistance_programme WHERE status IN ('submitted', 'approved', 'active', 'under_review') "
        u"ORDER BY person_id LIMIT 1"_s).toString();
    QVERIFY(!active.isEmpty());
    ProgrammeBuilderController c;
    c.setPersonId(active);
    QVERIFY(settled(c));
    QVERIFY(!c.blocker().isEmpty());
    QCOMPARE(c.programmeId(), QString());
}

void tst_ProgrammeBuilderController::chosenProviderIsStoredWithTheMeasure()
{
    AppSession &s = m_session->session();
    ProgrammeBuilderController c;
    QAbstractItemModelTester planTester(c.plan(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    c.setPersonId(m_personId);
    QVERIFY(settled(c));
    const int housing = needIndex(c, u"housing"_s);
    const int work = needIndex(c, u"employment_income"_s);
    QVERIFY(housing >= 0 && work >= 0);
    c.setSeverity(housing, u"high"_s);
    c.setSeverity(work, u"moderate"_s);
    c.next();
    QVERIFY(settled(c));
    c.next();
    QCOMPARE(c.step(), int(ProgrammeBuilderController::Edit));

    // The first two suggested measures: the templates say who usually delivers each.
    QList<int> measureRows;
    for (int row = 0; row < c.plan()->rowCount() && measureRows.size() < 2; ++row)
        if (value(*c.plan(), row, "kind").toString() == u"measure")
            measureRows << row;
    QCOMPARE(measureRows.size(), 2);
    const auto at = [&](int row, const QByteArray &role) { return value(*c.plan(), row, role); };
    const QString kind = at(measureRows.at(0), "providerKind").toString();
    QVERIFY2(!kind.isEmpty(), "a suggested measure names the kind of provider that usually delivers it");
    QCOMPARE(at(measureRows.at(0), "providerOrganisationId").toString(), QString());

    // The choices: "no provider yet", then that kind of provider, then the rest of the directory.
    ProviderChoiceModel *choices = c.providerChoices(kind);
    QVERIFY(choices);
    QCOMPARE(c.providerChoices(kind), choices); // one model per kind
    QAbstractItemModelTester choicesTester(choices, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 organisations = count(s, u"SELECT count(*) FROM organisation"_s);
    const qint64 counsellors = count(s, u"SELECT count(*) FROM staff_user WHERE role = 'counsellor' AND status = 'active'"_s);
    QVERIFY(counsellors > 0);
    QCOMPARE(choices->rowCount(), int(1 + organisations + counsellors));
    QCOMPARE(choices->indexOf(QString(), QString()), 0);
    QCOMPARE(value(*choices, 0, "label").toString(), u"No provider yet"_s);
    int preferred = 0;
    int firstOther = -1;
    int organisationRow = -1;
    int counsellorRow = -1;
    for (int row = 1; row < choices->rowCount(); ++row) {
        const bool usual = value(*choices, row, "preferred").toBool();
        QCOMPARE(usual, value(*choices, row, "kind").toString() == kind);
        if (usual) {
            QVERIFY2(firstOther < 0, "a provider of the usual kind is listed after the others");
            ++preferred;
            QVERIFY(value(*choices, row, "label").toString().endsWith(u"(usual provider)"_s));
        } else if (firstOther < 0) {
            firstOther = row;
        }
        const bool isCounsellor = !choices->counsellorIdAt(row).isEmpty();
        if (usual && !isCounsellor && organisationRow < 0)
            organisationRow = row;
        if (isCounsellor && counsellorRow < 0)
            counsellorRow = row;
    }
    QCOMPARE(preferred, int(count(s, u"SELECT count(*) FROM organisation WHERE kind = ?1"_s, { kind })
                            + count(s, u"SELECT count(*) FROM staff_user s JOIN organisation o ON o.id = s.organisation_id "
                                       u"WHERE s.role = 'counsellor' AND s.status = 'active' AND o.kind = ?1"_s, { kind })));
    QVERIFY2(organisationRow > 0, "the directory has an organisation of the usual kind");
    QVERIFY(counsellorRow > 0);

    // An organisation for the first measure, a counsellor for the second.
    const QString organisationId = choices->organisationIdAt(organisationRow);
    const QString counsellorId = choices->counsellorIdAt(counsellorRow);
    const QString counsellorOrg = choices->organisationIdAt(counsellorRow);
    const auto place = [&](int row) {
        return std::tuple { at(row, "needIndex").toInt(), at(row, "goalIndex").toInt(), at(row, "measureIndex").toInt() };
    };
    const auto [n0, g0, m0] = place(measureRows.at(0));
    const auto [n1, g1, m1] = place(measureRows.at(1));
    c.setMeasureProvider(n0, g0, m0, organisationId, QString());
    c.setMeasureProvider(n1, g1, m1, counsellorOrg, counsellorId);
    QCOMPARE(at(measureRows.at(0), "providerOrganisationId").toString(), organisationId);
    QCOMPARE(at(measureRows.at(1), "providerCounsellorId").toString(), counsellorId);
    QCOMPARE(choices->indexOf(organisationId, QString()), organisationRow);

    // Saved and submitted: the stored measures carry the providers.
    const int measures = c.measureCount();
    c.next();
    QVERIFY(settled(c));
    QVERIFY2(c.errorText().isEmpty(), qPrintable(c.errorText()));
    QCOMPARE(c.step(), int(ProgrammeBuilderController::Submit));
    const QString programmeId = c.programmeId();
    c.submit();
    QVERIFY(settled(c));
    QVERIFY2(c.submitted(), qPrintable(c.errorText()));
    QCOMPARE(scalar(s, u"SELECT status FROM assistance_programme WHERE id = ?1"_s, { programmeId }).toString(), u"submitted"_s);
    QCOMPARE(count(s, u"SELECT count(*) FROM programme_measure WHERE programme_id = ?1 AND provider_organisation_id = ?2 "
                      u"AND provider_counsellor_id IS NULL"_s, { programmeId, organisationId }),
        qint64(1));
    QCOMPARE(count(s, u"SELECT count(*) FROM programme_measure WHERE programme_id = ?1 AND provider_counsellor_id = ?2 "
                      u"AND provider_organisation_id = ?3"_s, { programmeId, counsellorId, counsellorOrg }),
        qint64(1));
    QCOMPARE(count(s, u"SELECT count(*) FROM programme_measure WHERE programme_id = ?1 AND provider_organisation_id IS NULL"_s,
                 { programmeId }),
        qint64(measures - 2));
}

void tst_ProgrammeBuilderController::neverShowsAnIin()
{
    // The person taken in gets a (synthetic) IIN, as people on probation have.
    AppSession &s = m_session->session();
    Status given;
    s.worker()->runBlocking([&](CoreContext &ctx) {
        auto person = ctx.writes.get(u"Person"_s, m_personId);
        given = person.ok() ? ctx.writes.update(u"Person"_s, m_personId, person.value().version, { { u"iin"_s, u"860314350127"_s } })
                            : Status(person.error());
    });
    QVERIFY2(given.ok(), qPrintable(given.error().detail));

    ProgrammeBuilderController c;
    QAbstractItemModelTester needsTester(c.needs(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester planTester(c.plan(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    c.setPersonId(m_personId);
    QVERIFY(settled(c));
    const int housing = needIndex(c, u"housing"_s);
    QVERIFY(housing >= 0);
    c.setSeverity(housing, u"high"_s);
    c.setAssessment(housing, u"Lives with relatives, no lease"_s);
    c.next();
    QVERIFY(settled(c));
    c.next(); // edit
    c.next(); // saved: the plan is re-read from the store
    QVERIFY(settled(c));
    QVERIFY2(c.errorText().isEmpty(), qPrintable(c.errorText()));
    QCOMPARE(c.step(), int(ProgrammeBuilderController::Submit));
    for (const ProgrammeDraftModel *model : { c.needs(), c.plan() }) {
        const QString problem = AppTest::iinShownFor(s, *model, m_personId);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
}

QTEST_MAIN(tst_ProgrammeBuilderController)
#include "tst_programmebuildercontroller.moc"
