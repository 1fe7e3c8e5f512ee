// PersonModel and PersonSectionModel on a real generated store: the header in both scripts, each
// section's rows equal to what core says (Timeline, the records the policy lets the role read),
// counselling notes never in any role for an officer (and present for the counsellor who wrote
// them, so the check can fail), the IIN masked and only for roles that may read it, a case outside
// the user's scope shows nothing, and opening a case as supervisor or counsellor is audited once.
#include "personmodel.h"
#include "personsectionmodel.h"

#include "appsupport.h"
#include "persontestsupport.h"

#include "casework/caseaccess.h"
#include "casework/timeline.h"
#include "casework/workcalendar.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Qadam;
using namespace Qadam::PersonTest;

class tst_PersonModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void headerShowsNamesInBothScriptsAndMaskedIin();
    void sectionsEqualCoreQueries();
    void counsellingNotesNeverReachAnOfficer();
    void counsellorSeesTheirOwnNotes();
    void supervisorOpeningIsAuditedOnce();
    void officerOpeningIsNotAudited();
    void caseOutsideScopeShowsNothing();

private:
    void open(Role role);
    /** A case the user may (or may not) open, with the most sessions and appearances first. */
    QString caseInScope(bool inScope, const QString &candidatesSql = {});
    [[nodiscard]] bool loaded(const PersonModel &model);
    [[nodiscard]] bool loaded(const PersonSectionModel &model);
    QStringList notesOf(const QString &personId, const QString &extraCondition = {});

    std::unique_ptr<AppTest::GeneratedSession> m_session;
};

void tst_PersonModel::cleanup()
{
    m_session.reset();
}

void tst_PersonModel::open(Role role)
{
    m_session = std::make_unique<AppTest::GeneratedSession>(role, 60);
    QVERIFY2(m_session->isOpen(), qPrintable(m_session->status().error().detail));
}

QString tst_PersonModel::caseInScope(bool inScope, const QString &candidatesSql)
{
    AppSession &s = m_session->session();
    const QStringList people = column(s,
        !candidatesSql.isEmpty() ? candidatesSql
                                 : u"SELECT p.id FROM person p WHERE EXISTS "
                                   u"(SELECT 1 FROM check_in c WHERE c.person_id = p.id) ORDER BY (SELECT count(*) FROM counselling_session c WHERE "
                                   u"c.person_id = p.id) + (SELECT count(*) FROM check_in c WHERE c.person_id = p.id) DESC, p.id"_s,
        candidatesSql.isEmpty() ? QVariantList() : QVariantList { s.userId() });
    QString found;
    s.worker()->runBlocking([&](CoreContext &ctx) {
        for (const QString &id : people) {
            auto access = CaseAccess(ctx.db).resolve(ctx.actor, id, ctx.today);
            if (access.ok() && AccessPolicy::builtIn().mayReadCase(ctx.actor, access.value()) == inScope) {
                found = id;
                return;
            }
        }
    });
    return found;
}

bool tst_PersonModel::loaded(const PersonModel &model)
{
    return AppTest::waitFor([&] { return !model.loading() && (model.ready() || !model.errorText().isEmpty()); });
}

bool tst_PersonModel::loaded(const PersonSectionModel &model)
{
    return AppTest::waitFor([&] { return !model.loading(); });
}

QStringList tst_PersonModel::notesOf(const QString &personId, const QString &extraCondition)
{
    QStringList notes;
    for (const QString &field : { u"notes_observations"_s, u"notes_analysis"_s, u"notes_conclusions"_s, u"notes_plan"_s,
             u"stability_rationale"_s })
        for (const QString &text : column(m_session->session(),
                 u"SELECT %1 FROM counselling_session WHERE person_id = ?1 AND length(%1) >= 12 %2"_s.arg(field, extraCondition),
                 { personId }))
            notes << text;
    return notes;
}

void tst_PersonModel::headerShowsNamesInBothScriptsAndMaskedIin()
{
    open(Role::ProbationOfficer);
    const QString personId = caseInScope(true);
    QVERIFY(!personId.isEmpty());
    PersonModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPersonId(personId);
    QVERIFY(loaded(model));
    QVERIFY2(model.ready(), qPrintable(model.errorText()));
    AppSession &s = m_session->session();
    const QString surnameCyr = scalar(s, u"SELECT surname_cyr FROM person WHERE id = ?1"_s, { personId }).toString();
    const QString surnameLat = scalar(s, u"SELECT surname_lat FROM person WHERE id = ?1"_s, { personId }).toString();
    QVERIFY(model.namesCyrillic().startsWith(surnameCyr + u' '));
    QVERIFY(model.namesLatin().startsWith(surnameLat + u' '));
    QVERIFY(!model.categories().isEmpty());
    QVERIFY(!model.categories().contains(u"released_convict"_s)); // words, not codes
    const QString iin = scalar(s, u"SELECT iin FROM person WHERE id = ?1"_s, { personId }).toString();
    QCOMPARE(iin.size(), 12);
    QVERIFY(model.iinMasked().endsWith(iin.right(4)));
    QVERIFY(!model.iinMasked().contains(iin.left(8)));
    // The officer sees every section, in the order of the screen.
    QCOMPARE(model.sectionKeys(),
        QStringList({ u"overview"_s, u"order"_s, u"timeline"_s, u"programme"_s, u"referrals"_s, u"sessions"_s,
            u"reviews"_s, u"history"_s }));
    QVERIFY(model.mayBuildProgramme());
    // The full IIN is nowhere in the overview either.
    PersonSectionModel overview;
    overview.setPersonId(personId);
    overview.setSection(u"overview"_s);
    QVERIFY(loaded(overview));
    QVERIFY(!everyValue(overview).join(u'|').contains(iin));
    QVERIFY(everyValue(overview).join(u'|').contains(iin.right(4)));
}

void tst_PersonModel::sectionsEqualCoreQueries()
{
    open(Role::ProbationOfficer);
    const QString personId = caseInScope(true);
    QVERIFY(!personId.isEmpty());
    AppSession &s = m_session->session();
    PersonModel person;
    person.setPersonId(personId);
    QVERIFY(loaded(person));

    const auto rows = [&](const QString &section) {
        PersonSectionModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPersonId(personId);
        model.setSection(section);
        if (!loaded(model) || !model.errorText().isEmpty())
            return -1;
        return model.rowCount();
    };
    const auto personCount = [&](const QString &key) {
        const int row = person.sectionKeys().indexOf(key);
        return row < 0 ? -1 : person.data(person.index(row), PersonModel::CountRole).toInt();
    };
    const QString notAmended = u" AND id NOT IN (SELECT amends_id FROM %1 WHERE person_id = ?1 AND amends_id IS NOT NULL)"_s;

    // Appearances: core Timeline's obligations, check-ins and suspensions of this person.
    int expectedTimeline = 0;
    s.worker()->runBlocking([&](CoreContext &ctx) {
        auto entries = Timeline(ctx.db, ObligationEngine(WorkCalendar::load(ctx.db).value())).forPerson(personId, ctx.today);
        QVERIFY(entries.ok());
        for (const TimelineEntry &e : entries.value())
            expectedTimeline += e.kind == TimelineKind::CheckIn || e.kind == TimelineKind::Obligation
                || e.kind == TimelineKind::Suspension;
    });
    QVERIFY(expectedTimeline > 0);
    QCOMPARE(rows(u"timeline"_s), expectedTimeline);

    const qint64 referrals = count(s, u"SELECT count(*) FROM referral WHERE person_id = ?1"_s, { personId });
    QCOMPARE(rows(u"referrals"_s), int(referrals));
    QCOMPARE(personCount(u"referrals"_s), int(referrals));

    // An officer reads only the sessions whose summary the counsellor shared.
    const qint64 shared = count(s,
        u"SELECT count(*) FROM counselling_session WHERE person_id = ?1 AND confidentiality_tier = 'shared_summary'"_s
            + notAmended.arg(u"counselling_session"_s),
        { personId });
    QCOMPARE(rows(u"sessions"_s), int(shared));
    QCOMPARE(personCount(u"sessions"_s), int(shared));

    const qint64 reviews = count(s, u"SELECT count(*) FROM progress_review WHERE person_id = ?1"_s + notAmended.arg(u"progress_review"_s),
        { personId });
    QCOMPARE(rows(u"reviews"_s), int(reviews));

    // The programme: its header, then every need, goal and measure of the current version.
    const QString programme = scalar(s,
        u"SELECT id FROM assistance_programme WHERE person_id = ?1 AND status <> 'superseded' ORDER BY version_no DESC LIMIT 1"_s,
        { personId }).toString();
    QVERIFY(!programme.isEmpty());
    const qint64 items = count(s,
        u"SELECT (SELECT count(*) FROM programme_need WHERE programme_id = ?1) + (SELECT count(*) FROM programme_goal "
        u"WHERE programme_id = ?1) + (SELECT count(*) FROM programme_measure WHERE programme_id = ?1)"_s,
        { programme });
    QCOMPARE(rows(u"programme"_s), int(1 + items));

    // The order: each order, its restrictions and its obligations from a month back.
    QVERIFY(rows(u"order"_s) >= int(count(s, u"SELECT count(*) FROM supervision_order WHERE person_id = ?1"_s, { personId })));
}

void tst_PersonModel::counsellingNotesNeverReachAnOfficer()
{
    open(Role::ProbationOfficer);
    AppSession &s = m_session->session();
    const QString me = s.userId();
    const QStringList people = column(s,
        u"SELECT DISTINCT c.person_id FROM counselling_session c JOIN person p ON p.id = c.person_id "
        u"WHERE p.case_officer_id = ?1 ORDER BY c.person_id LIMIT 6"_s,
        { me });
    QVERIFY(!people.isEmpty());
    int checkedNotes = 0;
    for (const QString &personId : people) {
        const QStringList notes = notesOf(personId);
        checkedNotes += int(notes.size());
        PersonModel person;
        person.setPersonId(personId);
        QVERIFY(loaded(person));
        QVERIFY2(person.ready(), qPrintable(person.errorText()));
        for (const QString &section : person.sectionKeys()) {
            PersonSectionModel model;
            model.setPersonId(personId);
            model.setSection(section);
            QVERIFY(loaded(model));
            const QString shown = everyValue(model).join(u'\n');
            for (const QString &note : notes)
                QVERIFY2(!shown.contains(note), qPrintable(u"a counselling note reached the %1 section"_s.arg(section)));
        }
    }
    QVERIFY(checkedNotes > 0);
}

void tst_PersonModel::counsellorSeesTheirOwnNotes()
{
    open(Role::Counsellor);
    AppSession &s = m_session->session();
    // A case referred to this counsellor in which they logged a session with a plan.
    const QString personId = caseInScope(true,
        u"SELECT DISTINCT person_id FROM counselling_session WHERE counsellor_id = ?1 AND length(notes_plan) > 0 "
        u"ORDER BY person_id"_s);
    QVERIFY(!personId.isEmpty());
    // Their own latest session's plan, which the sessions section shows as its detail.
    const QString plan = scalar(s,
        u"SELECT notes_plan FROM counselling_session WHERE person_id = ?1 AND counsellor_id = ?2 AND length(notes_plan) > 0 "
        u"ORDER BY occurred_on DESC LIMIT 1"_s,
        { personId, s.userId() }).toString();
    QVERIFY(!plan.isEmpty());
    PersonModel person;
    person.setPersonId(personId);
    QVERIFY(loaded(person));
    QVERIFY2(person.ready(), qPrintable(person.errorText()));
    QVERIFY(!person.sectionKeys().contains(u"order"_s));
    QVERIFY(!person.sectionKeys().contains(u"history"_s));
    QCOMPARE(person.iinMasked(), QString());
    PersonSectionModel sessions;
    QAbstractItemModelTester tester(&sessions, QAbstractItemModelTester::FailureReportingMode::QtTest);
    sessions.setPersonId(personId);
    sessions.setSection(u"sessions"_s);
    QVERIFY(loaded(sessions));
    QVERIFY(everyValue(sessions).contains(plan));
    // And the counsellor's opening of the case is in the audit log.
    QVERIFY(count(s, u"SELECT count(*) FROM audit_event WHERE action = 'read' AND person_id = ?1 AND actor_id = ?2"_s,
                { personId, s.userId() })
        == 1);
}

void tst_PersonModel::supervisorOpeningIsAuditedOnce()
{
    open(Role::Supervisor);
    AppSession &s = m_session->session();
    const QString personId = caseInScope(true);
    QVERIFY(!personId.isEmpty());
    const QString reads = u"SELECT count(*) FROM audit_event WHERE action = 'read' AND person_id = ?1 AND actor_id = ?2"_s;
    QCOMPARE(count(s, reads, { personId, s.userId() }), 0);
    {
        PersonModel model;
        model.setPersonId(personId);
        QVERIFY(loaded(model));
        QVERIFY2(model.ready(), qPrintable(model.errorText()));
        QCOMPARE(model.iinMasked(), QString()); // supervisors do not read the IIN
        QCOMPARE(count(s, reads, { personId, s.userId() }), 1);
        model.reload(); // a refresh of the open case is not a new opening
        QVERIFY(loaded(model));
        QCOMPARE(count(s, reads, { personId, s.userId() }), 1);
        PersonSectionModel history;
        history.setPersonId(personId);
        history.setSection(u"history"_s);
        QVERIFY(loaded(history));
        QVERIFY(history.rowCount() >= 1);
        QCOMPARE(value(history, 0, "status").toString(), u"read"_s);
        QCOMPARE(value(history, 0, "recordId").toString(), personId);
    }
    PersonModel again;
    again.setPersonId(personId);
    QVERIFY(loaded(again));
    QCOMPARE(count(s, reads, { personId, s.userId() }), 2);
}

void tst_PersonModel::officerOpeningIsNotAudited()
{
    open(Role::ProbationOfficer);
    AppSession &s = m_session->session();
    const QString personId = caseInScope(true);
    PersonModel model;
    model.setPersonId(personId);
    QVERIFY(loaded(model));
    QVERIFY(model.ready());
    QCOMPARE(count(s, u"SELECT count(*) FROM audit_event WHERE action = 'read'"_s), 0);
}

void tst_PersonModel::caseOutsideScopeShowsNothing()
{
    open(Role::Supervisor);
    AppSession &s = m_session->session();
    const QString personId = caseInScope(false);
    QVERIFY(!personId.isEmpty());
    PersonModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPersonId(personId);
    QVERIFY(loaded(model));
    QVERIFY(!model.ready());
    QVERIFY(!model.errorText().isEmpty());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.namesCyrillic(), QString());
    PersonSectionModel sessions;
    sessions.setPersonId(personId);
    sessions.setSection(u"sessions"_s);
    QVERIFY(loaded(sessions));
    QCOMPARE(sessions.rowCount(), 0);
    QVERIFY(!sessions.errorText().isEmpty());
    QCOMPARE(count(s, u"SELECT count(*) FROM audit_event WHERE action = 'read' AND person_id = ?1"_s, { personId }), 0);
}

QTEST_MAIN(tst_PersonModel)
#include "tst_personmodel.moc"
