// Tests for Qadam::ReferralModel and Qadam::ReferralController on a real generated store: the
// counsellor's inbox is exactly the caseload core's CaseAccess gives them; a referral an officer
// sends is accepted, started and completed by the counsellor; every refused intent writes
// nothing; the officer's person view lists the person's referrals and sends one with consent.
#include "../qml/counselseed.h"
#include "counseltestsupport.h"
#include "referralcontroller.h"
#include "referralmodel.h"

#include "casework/caseaccess.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Qadam;
using namespace Qadam::AppTest;

namespace {

bool loaded(const ReferralModel &m)
{
    return waitFor([&] { return !m.loading(); });
}

int rowOf(const ReferralModel &m, const QString &referralId)
{
    for (int i = 0; i < m.rowCount(); ++i)
        if (m.data(m.index(i), ReferralModel::ReferralIdRole).toString() == referralId)
            return i;
    return -1;
}

QVariant at(const ReferralModel &m, const QString &referralId, int role)
{
    const int row = rowOf(m, referralId);
    return row < 0 ? QVariant() : m.data(m.index(row), role);
}

/** The people CaseAccess gives `actor` through an active referral today (core's answer). */
QSet<QString> activeCaseload(AppSession &session)
{
    QSet<QString> people;
    session.worker()->runBlocking([&](CoreContext &ctx) {
        auto ids = ctx.db.prepare(u"SELECT id FROM person"_s);
        QStringList all;
        while (ids.ok() && ids.value().step().value())
            all << ids.value().text(0);
        for (const QString &id : all) {
            auto access = CaseAccess(ctx.db).resolve(ctx.actor, id, ctx.today);
            if (access.ok() && access.value().referral == ReferralStanding::Active)
                people << id;
        }
    });
    return people;
}

} // namespace

class tst_ReferralModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void inboxIsExactlyTheCounsellorsCaseload();
    void inboxRowsShowKnownAnswers();
    void neverShowsAnIin();
    void counsellorAcceptsStartsAndCompletes();
    void refusedIntentsWriteNothing_data();
    void refusedIntentsWriteNothing();
    void declineNeedsAReason();
    void officerSeesThePersonsReferralsAndSendsOne();

private:
    std::unique_ptr<GeneratedSession> m_counsellor;
};

void tst_ReferralModel::initTestCase()
{
    m_counsellor = std::make_unique<GeneratedSession>(Role::Counsellor);
    QVERIFY2(m_counsellor->isOpen(), qPrintable(m_counsellor->status().error().detail));
}

void tst_ReferralModel::inboxIsExactlyTheCounsellorsCaseload()
{
    ReferralModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setInbox(true);
    QVERIFY(loaded(model));
    QVERIFY(model.errorText().isEmpty());
    const QSet<QString> expected = activeCaseload(m_counsellor->session());
    QVERIFY2(!expected.isEmpty(), "the generated counsellor has active referrals");
    const QStringList people = model.activePeople();
    QCOMPARE(QSet<QString>(people.cbegin(), people.cend()), expected);
    QCOMPARE(people.size(), expected.size()); // each person once
    model.reload(); // unchanged data: no reset, the tester checks the signals
    QVERIFY(loaded(model));
    QCOMPARE(model.activePeople().size(), expected.size());
}

void tst_ReferralModel::inboxRowsShowKnownAnswers()
{
    ReferralModel model;
    model.setInbox(true);
    QVERIFY(loaded(model));
    QVERIFY(model.rowCount() > 0);
    const QString id = model.data(model.index(0), ReferralModel::ReferralIdRole).toString();
    const QStringList stored = column(m_counsellor->session(),
        u"SELECT status || '|' || term_start || '|' || term_end || '|' || reason FROM referral WHERE id = ?1"_s, { id });
    QCOMPARE(stored.size(), 1);
    const QStringList parts = stored.first().split(u'|');
    QCOMPARE(model.data(model.index(0), ReferralModel::StatusRole).toString(), parts.at(0));
    const auto day = [](const QString &iso) { return QDate::fromString(iso, Qt::ISODate).toString(u"dd.MM.yyyy"_s); };
    QCOMPARE(model.data(model.index(0), ReferralModel::TermTextRole).toString(),
        u"%1 – %2"_s.arg(day(parts.at(1)), day(parts.at(2))));
    QCOMPARE(model.data(model.index(0), ReferralModel::ReasonRole).toString(), parts.at(3));
    QVERIFY(!model.data(model.index(0), ReferralModel::PersonNameRole).toString().isEmpty());
    // Active referrals offer the session log, never accept/decline.
    for (int i = 0; i < model.rowCount(); ++i) {
        const bool active = model.data(model.index(i), ReferralModel::ActiveRole).toBool();
        QCOMPARE(model.data(model.index(i), ReferralModel::CanLogSessionRole).toBool(), active);
        if (active)
            QVERIFY(!model.data(model.index(i), ReferralModel::CanAcceptRole).toBool());
    }
}

void tst_ReferralModel::counsellorAcceptsStartsAndCompletes()
{
    QString personId;
    const QString id = CounselSeed::offerReferral(m_counsellor->session(), &personId);
    QVERIFY2(!id.isEmpty(), "an officer could send a referral to the counsellor");
    ReferralModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setInbox(true);
    QVERIFY(loaded(model));
    QCOMPARE(rowOf(model, id), 0); // offered referrals come first
    QCOMPARE(at(model, id, ReferralModel::StatusTextRole).toString(), u"Awaiting the provider"_s);
    QVERIFY(at(model, id, ReferralModel::CanAcceptRole).toBool());
    QVERIFY(at(model, id, ReferralModel::CanDeclineRole).toBool());
    QVERIFY(!model.activePeople().contains(personId));

    ReferralController controller;
    QSignalSpy ok(&controller, &ReferralController::succeeded);
    QSignalSpy failed(&controller, &ReferralController::failed);
    const Counts before = countRows(m_counsellor->session());
    controller.accept(id, at(model, id, ReferralModel::VersionRole).toLongLong());
    QVERIFY(waitSignal(ok));
    QVERIFY(failed.isEmpty());
    QVERIFY(waitFor([&] { return model.activePeople().contains(personId); }));
    QCOMPARE(at(model, id, ReferralModel::StatusRole).toString(), u"accepted"_s);
    QVERIFY(at(model, id, ReferralModel::CanStartRole).toBool());
    QCOMPARE(countRows(m_counsellor->session()).outbox, before.outbox + 1);

    ok.clear();
    controller.start(id, at(model, id, ReferralModel::VersionRole).toLongLong());
    QVERIFY(waitSignal(ok));
    QVERIFY(waitFor([&] { return at(model, id, ReferralModel::StatusRole).toString() == u"active"_s; }));
    QVERIFY(at(model, id, ReferralModel::CanCompleteRole).toBool());

    ok.clear();
    controller.complete(id, at(model, id, ReferralModel::VersionRole).toLongLong(), u"engaged"_s, 4, false);
    QVERIFY(waitSignal(ok));
    QVERIFY(waitFor([&] { return rowOf(model, id) < 0; })); // completed: no longer in the inbox
    QCOMPARE(column(m_counsellor->session(),
                 u"SELECT status || '|' || minimal_outcome || '|' || attended_count FROM referral WHERE id = ?1"_s, { id }),
        QStringList { u"completed|engaged|4"_s });
}

void tst_ReferralModel::refusedIntentsWriteNothing_data()
{
    QTest::addColumn<QString>("intent");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("create without consent") << u"create-no-consent"_s << u"consent"_s;
    QTest::newRow("create without reason") << u"create-no-reason"_s << u"reason"_s;
    QTest::newRow("create with the term ending first") << u"create-bad-term"_s << u"term"_s;
    QTest::newRow("create as a counsellor") << u"create-as-counsellor"_s << u"role"_s;
    QTest::newRow("accept a stale version") << u"accept-stale"_s << u"changed"_s;
    QTest::newRow("accept an active referral") << u"accept-active"_s << u"no longer possible"_s;
    QTest::newRow("complete with no outcome") << u"complete-no-outcome"_s << u"outcome"_s;
    QTest::newRow("accept an unknown referral") << u"accept-unknown"_s << u"no longer"_s;
}

void tst_ReferralModel::refusedIntentsWriteNothing()
{
    QFETCH(QString, intent);
    QFETCH(QString, messagePart);
    ReferralModel model;
    model.setInbox(true);
    QVERIFY(loaded(model));
    int activeRow = -1;
    for (int i = 0; i < model.rowCount() && activeRow < 0; ++i)
        if (model.data(model.index(i), ReferralModel::StatusRole).toString() == u"active")
            activeRow = i;
    QVERIFY(activeRow >= 0);
    const QString activeId = model.data(model.index(activeRow), ReferralModel::ReferralIdRole).toString();
    const qint64 version = model.data(model.index(activeRow), ReferralModel::VersionRole).toLongLong();
    const QString personId = model.data(model.index(activeRow), ReferralModel::PersonIdRole).toString();
    const QString consentId = column(m_counsellor->session(), u"SELECT consent_id FROM referral WHERE id = ?1"_s,
        { activeId }).value(0);
    QVariantMap form { { u"personId"_s, personId }, { u"consentId"_s, consentId },
        { u"counsellorId"_s, m_counsellor->session().userId() }, { u"reason"_s, u"Synthetic reason"_s },
        { u"termStart"_s, u"2026-01-01"_s }, { u"termEnd"_s, u"2026-06-30"_s } };

    ReferralController controller;
    QSignalSpy failed(&controller, &ReferralController::failed);
    QSignalSpy ok(&controller, &ReferralController::succeeded);
    const Counts before = countRows(m_counsellor->session());
    if (intent == u"create-no-consent")
        form.remove(u"consentId"_s);
    else if (intent == u"create-no-reason")
        form.insert(u"reason"_s, u"   "_s);
    else if (intent == u"create-bad-term")
        form.insert(u"termEnd"_s, u"2025-12-31"_s);
    if (intent.startsWith(u"create"))
        controller.create(form);
    else if (intent == u"accept-stale")
        controller.accept(activeId, version - 1);
    else if (intent == u"accept-active")
        controller.accept(activeId, version);
    else if (intent == u"complete-no-outcome")
        controller.complete(activeId, version, QString(), 2, false);
    else if (intent == u"accept-unknown")
        controller.accept(u"019a0000-0000-7000-8000-000000000000"_s, 1);
    QVERIFY(waitSignal(failed));
    QVERIFY(ok.isEmpty());
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(messagePart, Qt::CaseInsensitive), qPrintable(message));
    QCOMPARE(countRows(m_counsellor->session()), before);
    QVERIFY(!controller.busy());
}

void tst_ReferralModel::declineNeedsAReason()
{
    QString personId;
    const QString id = CounselSeed::offerReferral(m_counsellor->session(), &personId);
    QVERIFY(!id.isEmpty());
    ReferralModel model;
    model.setInbox(true);
    QVERIFY(loaded(model));
    const qint64 version = at(model, id, ReferralModel::VersionRole).toLongLong();
    ReferralController controller;
    QSignalSpy failed(&controller, &ReferralController::failed);
    QSignalSpy ok(&controller, &ReferralController::succeeded);
    const Counts before = countRows(m_counsellor->session());
    controller.decline(id, version, u"  "_s);
    QVERIFY(waitSignal(failed));
    QCOMPARE(countRows(m_counsellor->session()), before);
    controller.decline(id, version, u"No capacity this quarter"_s);
    QVERIFY(waitSignal(ok));
    QVERIFY(waitFor([&] { return rowOf(model, id) < 0; })); // declined: gone from the inbox
    QCOMPARE(column(m_counsellor->session(), u"SELECT status FROM referral WHERE id = ?1"_s, { id }),
        QStringList { u"declined"_s });
}

void tst_ReferralModel::officerSeesThePersonsReferralsAndSendsOne()
{
    m_counsellor.reset();
    GeneratedSession officer(Role::ProbationOfficer);
    QVERIFY(officer.isOpen());
    // A person of this officer's caseload with a counselling consent and a referral.
    const QString personId = column(officer.session(),
        u"SELECT p.id FROM person p WHERE p.case_officer_id = ?1 AND EXISTS (SELECT 1 FROM referral r WHERE "
        u"r.person_id = p.id) AND EXISTS (SELECT 1 FROM consent_record c WHERE c.person_id = p.id AND c.purpose "
        u"IN ('counselling', 'referral') AND c.withdrawn_on IS NULL) ORDER BY p.id LIMIT 1"_s,
        { officer.session().userId() }).value(0);
    QVERIFY(!personId.isEmpty());
    const int stored = column(officer.session(), u"SELECT id FROM referral WHERE person_id = ?1"_s, { personId }).size();

    ReferralModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPersonId(personId);
    QVERIFY(loaded(model));
    QCOMPARE(model.rowCount(), stored);
    QVERIFY(model.canCreate());
    for (int i = 0; i < model.rowCount(); ++i) // probation never accepts on the provider's behalf
        QVERIFY(!model.data(model.index(i), ReferralModel::CanAcceptRole).toBool());

    ReferralController controller;
    QSignalSpy options(&controller, &ReferralController::optionsChanged);
    controller.loadOptions(personId);
    QVERIFY(waitSignal(options));
    QVERIFY(!controller.consents().isEmpty());
    QVERIFY(!controller.providers().isEmpty());
    const QVariantMap provider = controller.providers().first().toMap();
    QSignalSpy created(&controller, &ReferralController::created);
    QSignalSpy failed(&controller, &ReferralController::failed);
    const Counts before = countRows(officer.session());
    controller.create({ { u"personId"_s, personId },
        { u"consentId"_s, controller.consents().first().toMap().value(u"id"_s) },
        { u"counsellorId"_s, provider.value(u"counsellorId"_s) }, { u"reason"_s, u"Synthetic: housing support"_s },
        { u"termStart"_s, controller.defaultTermStart() }, { u"termEnd"_s, controller.defaultTermEnd() } });
    QVERIFY(waitSignal(created));
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    QVERIFY(waitFor([&] { return model.rowCount() == stored + 1; }));
    const QString newId = created.first().first().toString();
    QCOMPARE(at(model, newId, ReferralModel::StatusRole).toString(), u"sent"_s);
    QCOMPARE(at(model, newId, ReferralModel::ReasonRole).toString(), u"Synthetic: housing support"_s);
    const Counts after = countRows(officer.session());
    QCOMPARE(after.referrals, before.referrals + 1);
    QCOMPARE(after.outbox, before.outbox + 1);

    // The consent step: recording one adds it to the choices.
    QSignalSpy recorded(&controller, &ReferralController::consentRecorded);
    const int consents = int(controller.consents().size());
    controller.recordConsent(personId, u"written"_s);
    QVERIFY(waitSignal(recorded));
    QVERIFY(waitFor([&] { return controller.consents().size() == consents + 1; }));
}

/** SECURITY.md R19: the referral inbox shows no IIN (iinShownBy). */
void tst_ReferralModel::neverShowsAnIin()
{
    ReferralModel model;
    model.setInbox(true);
    QVERIFY(loaded(model));
    const QString problem = iinShownBy(m_counsellor->session(), model, ReferralModel::PersonIdRole);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QTEST_MAIN(tst_ReferralModel)
#include "tst_referralmodel.moc"
