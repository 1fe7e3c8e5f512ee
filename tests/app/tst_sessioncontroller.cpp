// Tests for Qadam::SessionController and Qadam::SessionModel on a real generated store, acting as
// the generated counsellor: the session list shows exactly the sessions of the counsellor's team;
// logging writes one append-only record with its notes and tier (and an alert without notes for a
// risk concern); a correction is an amendment; every refused form writes nothing.
#include "counseltestsupport.h"
#include "sessioncontroller.h"
#include "sessionmodel.h"

#include "casework/caseaccess.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Qadam;
using namespace Qadam::AppTest;

namespace {

bool loaded(const SessionModel &m)
{
    return waitFor([&] { return !m.loading(); });
}

QString text(const SessionModel &m, int row, int role)
{
    return m.data(m.index(row), role).toString();
}

} // namespace

class tst_SessionController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listsTheTeamsSessionsNewestFirst();
    void logsOneSessionWithNotesAndTier();
    void riskConcernAlertsWithoutNotes();
    void correctionIsAnAmendment();
    void refusedFormsWriteNothing_data();
    void refusedFormsWriteNothing();
    void choiceListsAreTranslatedLabels();
    void neverShowsAnIin();

private:
    /** A complete, valid form for the person under test. */
    [[nodiscard]] QVariantMap form() const;

    std::unique_ptr<GeneratedSession> m_counsellor;
    QString m_personId;
    QString m_referralId;
    QStringList m_activeReferrals;
};

void tst_SessionController::initTestCase()
{
    m_counsellor = std::make_unique<GeneratedSession>(Role::Counsellor);
    QVERIFY2(m_counsellor->isOpen(), qPrintable(m_counsellor->status().error().detail));
    // A person referred to this counsellor now who has sessions already: CaseAccess decides.
    m_counsellor->session().worker()->runBlocking([&](CoreContext &ctx) {
        auto q = ctx.db.prepare(u"SELECT DISTINCT person_id FROM referral AS r WHERE counsellor_id = ?1 AND status = "
                                u"'active' AND EXISTS (SELECT 1 FROM counselling_session AS s WHERE s.referral_id = r.id) "
                                u"ORDER BY person_id"_s);
        q.value().bind(1, ctx.actor.userId);
        QStringList people;
        while (q.value().step().value())
            people << q.value().text(0);
        for (const QString &p : people) {
            auto access = CaseAccess(ctx.db).resolve(ctx.actor, p, ctx.today);
            if (!access.ok() || access.value().activeReferralIds.isEmpty())
                continue;
            m_personId = p;
            m_activeReferrals = access.value().activeReferralIds;
            return;
        }
    });
    QVERIFY2(!m_personId.isEmpty(), "the generated counsellor has a person with an active referral");
    SessionController controller;
    QSignalSpy spy(&controller, &SessionController::referralsChanged);
    controller.loadReferrals(m_personId);
    QVERIFY(waitSignal(spy));
    QCOMPARE(controller.referrals().size(), m_activeReferrals.size());
    m_referralId = controller.referrals().first().toMap().value(u"id"_s).toString();
    QVERIFY(m_activeReferrals.contains(m_referralId));
}

QVariantMap tst_SessionController::form() const
{
    return { { u"personId"_s, m_personId }, { u"referralId"_s, m_referralId },
        { u"occurredOn"_s, AppSession::today().toString(Qt::ISODate) }, { u"mode"_s, u"face_to_face"_s },
        { u"durationMinutes"_s, u"50"_s }, { u"topics"_s, u"Documents, work"_s },
        { u"emotionalState"_s, QStringList { u"calm"_s, u"hopeful"_s } }, { u"intensity"_s, u"low"_s },
        { u"stability"_s, u"stable"_s }, { u"stabilityRationale"_s, u"Same as the last two sessions"_s },
        { u"engagement"_s, u"engaged"_s },
        { u"requests"_s, QVariantList { QVariantMap { { u"request"_s, u"Help with an ID card"_s },
                             { u"alternative"_s, u"Legal aid referral"_s }, { u"outcome"_s, u"accepted"_s } } } },
        { u"notesObservations"_s, u"Arrived on time, talked openly."_s },
        { u"notesAnalysis"_s, u"Motivated by the job offer."_s }, { u"notesConclusions"_s, u"Progress holds."_s },
        { u"notesPlan"_s, u"Meet again in two weeks."_s },
        { u"nextSessionOn"_s, AppSession::today().addDays(14).toString(Qt::ISODate) },
        { u"confidentialityTier"_s, u"counselling_team"_s }, { u"counsellorSafetyCheck"_s, u"not_required"_s } };
}

void tst_SessionController::listsTheTeamsSessionsNewestFirst()
{
    SessionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPersonId(m_personId);
    QVERIFY(loaded(model));
    QVERIFY(model.errorText().isEmpty());
    // Known answer: the latest record of each session chain on the counsellor's active referrals.
    QStringList placeholders;
    QVariantList params { m_personId };
    for (const QString &r : m_activeReferrals) {
        params << r;
        placeholders << u"?%1"_s.arg(params.size());
    }
    const QStringList expected = column(m_counsellor->session(),
        u"SELECT id FROM counselling_session AS t WHERE person_id = ?1 AND referral_id IN (%1) AND NOT EXISTS "
        u"(SELECT 1 FROM counselling_session AS a WHERE a.amends_id = t.id) ORDER BY occurred_on DESC, hlc DESC"_s
            .arg(placeholders.join(u", "_s)),
        params);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(model.rowCount(), expected.size());
    for (int i = 0; i < model.rowCount(); ++i)
        QCOMPARE(text(model, i, SessionModel::SessionIdRole), expected.at(i));
    QVERIFY(!text(model, 0, SessionModel::TierTextRole).isEmpty());
    QVERIFY(!text(model, 0, SessionModel::ModeTextRole).isEmpty());
}

void tst_SessionController::logsOneSessionWithNotesAndTier()
{
    SessionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPersonId(m_personId);
    QVERIFY(loaded(model));
    const int rows = model.rowCount();
    const Counts before = countRows(m_counsellor->session());

    SessionController controller;
    QSignalSpy logged(&controller, &SessionController::logged);
    QSignalSpy failed(&controller, &SessionController::failed);
    controller.log(form());
    QVERIFY(waitSignal(logged));
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    QCOMPARE(logged.first().at(1).toBool(), false); // no risk concern, no alert
    const Counts after = countRows(m_counsellor->session());
    QCOMPARE(after.sessions, before.sessions + 1);
    QCOMPARE(after.outbox, before.outbox + 1);
    QCOMPARE(after.alerts, before.alerts);

    QVERIFY(waitFor([&] { return model.rowCount() == rows + 1; }));
    const QString id = logged.first().first().toString();
    QCOMPARE(text(model, 0, SessionModel::SessionIdRole), id);
    QCOMPARE(text(model, 0, SessionModel::TierTextRole), u"Counselling team only"_s);
    QCOMPARE(text(model, 0, SessionModel::NotesObservationsRole), u"Arrived on time, talked openly."_s);
    QCOMPARE(text(model, 0, SessionModel::NotesPlanRole), u"Meet again in two weeks."_s);
    QCOMPARE(model.data(model.index(0), SessionModel::DurationRole).toInt(), 50);
    QVERIFY(model.data(model.index(0), SessionModel::CanAmendRole).toBool());
    QCOMPARE(column(m_counsellor->session(),
                 u"SELECT emotional_state || '|' || confidentiality_tier || '|' || mode FROM counselling_session "
                 u"WHERE id = ?1"_s, { id }),
        QStringList { u"calm,hopeful|counselling_team|face_to_face"_s });
}

void tst_SessionController::riskConcernAlertsWithoutNotes()
{
    QVariantMap f = form();
    f.insert(u"riskSignals"_s, QStringList { u"hostility_to_state"_s });
    f.insert(u"notesObservations"_s, u"UNIQUE-NOTE-MARKER"_s);
    const Counts before = countRows(m_counsellor->session());
    SessionController controller;
    QSignalSpy logged(&controller, &SessionController::logged);
    controller.log(f);
    QVERIFY(waitSignal(logged));
    QCOMPARE(logged.first().at(1).toBool(), true);
    QVERIFY(logged.first().at(2).toString().contains(u"supervisor"_s));
    QCOMPARE(countRows(m_counsellor->session()).alerts, before.alerts + 1);
    const QStringList alertText = column(m_counsellor->session(),
        u"SELECT coalesce(resolution_note, '') || coalesce(obligation_key, '') FROM alert WHERE source_id = ?1"_s,
        { logged.first().first() });
    QCOMPARE(alertText.size(), 1);
    QVERIFY(!alertText.first().contains(u"UNIQUE-NOTE-MARKER"_s));
}

void tst_SessionController::correctionIsAnAmendment()
{
    SessionModel model;
    model.setPersonId(m_personId);
    QVERIFY(loaded(model));
    QVERIFY(model.data(model.index(0), SessionModel::CanAmendRole).toBool());
    const QString original = text(model, 0, SessionModel::SessionIdRole);
    const int rows = model.rowCount();
    QVariantMap f = form();
    f.insert(u"notesConclusions"_s, u"Corrected conclusion."_s);
    const Counts before = countRows(m_counsellor->session());
    SessionController controller;
    QSignalSpy logged(&controller, &SessionController::logged);
    controller.amend(original, f);
    QVERIFY(waitSignal(logged));
    QCOMPARE(countRows(m_counsellor->session()).sessions, before.sessions + 1); // append-only
    QVERIFY(waitFor([&] { return text(model, 0, SessionModel::NotesConclusionsRole) == u"Corrected conclusion."_s; }));
    QCOMPARE(model.rowCount(), rows); // the correction replaces the original on screen
    QVERIFY(model.data(model.index(0), SessionModel::AmendedRole).toBool());
    QCOMPARE(column(m_counsellor->session(), u"SELECT amends_id FROM counselling_session WHERE id = ?1"_s,
                 { logged.first().first() }),
        QStringList { original });
}

void tst_SessionController::refusedFormsWriteNothing_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("no tier chosen") << u"confidentialityTier"_s << QVariant(QString()) << u"confidentiality tier"_s;
    QTest::newRow("no referral") << u"referralId"_s << QVariant(QString()) << u"referral"_s;
    QTest::newRow("no mode") << u"mode"_s << QVariant(QString()) << u"how the session"_s;
    QTest::newRow("no date") << u"occurredOn"_s << QVariant(u"2026-13-45"_s) << u"date"_s;
    QTest::newRow("stability without rationale") << u"stabilityRationale"_s << QVariant(u" "_s) << u"Stable"_s;
    QTest::newRow("date in the future") << u"occurredOn"_s
                                        << QVariant(AppSession::today().addDays(3).toString(Qt::ISODate))
                                        << u"not in the future"_s;
    QTest::newRow("zero minutes") << u"durationMinutes"_s << QVariant(u"0"_s) << u"1440"_s;
    QTest::newRow("minutes not a number") << u"durationMinutes"_s << QVariant(u"an hour"_s) << u"whole minutes"_s;
    QTest::newRow("next session before this one")
        << u"nextSessionOn"_s << QVariant(AppSession::today().addDays(-30).toString(Qt::ISODate)) << u"next session"_s;
    QTest::newRow("request without outcome")
        << u"requests"_s << QVariant(QVariantList { QVariantMap { { u"request"_s, u"A flat"_s } } }) << u"outcome"_s;
    QTest::newRow("unknown mode") << u"mode"_s << QVariant(u"telepathy"_s) << u"mode"_s;
}

void tst_SessionController::refusedFormsWriteNothing()
{
    QFETCH(QString, key);
    QFETCH(QVariant, value);
    QFETCH(QString, messagePart);
    QVariantMap f = form();
    f.insert(key, value);
    const Counts before = countRows(m_counsellor->session());
    SessionController controller;
    QSignalSpy failed(&controller, &SessionController::failed);
    QSignalSpy logged(&controller, &SessionController::logged);
    controller.log(f);
    QVERIFY(waitSignal(failed));
    QVERIFY(logged.isEmpty());
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(messagePart, Qt::CaseInsensitive), qPrintable(message));
    QCOMPARE(countRows(m_counsellor->session()), before);
    QVERIFY(!controller.busy());
}

void tst_SessionController::choiceListsAreTranslatedLabels()
{
    SessionController controller;
    QCOMPARE(controller.modes().size(), 5);
    QCOMPARE(controller.tiers().size(), 3);
    QCOMPARE(controller.tiers().at(1).toMap().value(u"code"_s).toString(), u"counselling_team"_s);
    QVERIFY(!controller.tiers().at(1).toMap().value(u"description"_s).toString().isEmpty());
    QCOMPARE(SessionController::label(u"riskSignals"_s, u"hostility_to_state"_s), u"Hostility to state institutions"_s);
    QCOMPARE(controller.engagements().last().toMap().value(u"label"_s).toString(), u"No feedback"_s);
    QVERIFY(SessionController::tierDescription(QString()).contains(u"Not chosen"_s));
}

void tst_SessionController::neverShowsAnIin()
{
    // A person with an IIN whose sessions this counsellor may read (CaseAccess decides).
    AppSession &session = m_counsellor->session();
    QString personId;
    session.worker()->runBlocking([&](CoreContext &ctx) {
        auto q = ctx.db.prepare(u"SELECT DISTINCT r.person_id FROM referral AS r JOIN person AS p ON p.id = r.person_id "
                                u"WHERE r.counsellor_id = ?1 AND p.iin <> '' AND EXISTS (SELECT 1 FROM counselling_session "
                                u"AS s WHERE s.referral_id = r.id) ORDER BY r.person_id"_s);
        q.value().bind(1, ctx.actor.userId);
        while (personId.isEmpty() && q.value().step().value()) {
            const QString p = q.value().text(0);
            auto access = CaseAccess(ctx.db).resolve(ctx.actor, p, ctx.today);
            if (access.ok() && !access.value().activeReferralIds.isEmpty())
                personId = p;
        }
    });
    QVERIFY2(!personId.isEmpty(), "the generated counsellor has sessions with a person who has an IIN");
    SessionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPersonId(personId);
    QVERIFY(loaded(model));
    QVERIFY(model.rowCount() > 0);
    const QString problem = iinShownFor(session, model, personId);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QTEST_MAIN(tst_SessionController)
#include "tst_sessioncontroller.moc"
