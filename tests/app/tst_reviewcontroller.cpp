// Tests for Qadam::ReviewController and Qadam::ReviewModel on a real generated store, acting as
// the generated supervisor: the form shows core's computed indicators and the programme's need
// domains; a judgement without its rationale is refused naming the domain and writes nothing; the
// supervisor signs off a review they wrote themselves (the rule is about the programme's author:
// tst_reviewsduemodel) and one an officer wrote, scheduling the next review.
#include "counseltestsupport.h"
#include "reviewcontroller.h"
#include "reviewtestsupport.h"
#include "reviewmodel.h"

#include "casework/caseaccess.h"
#include "casework/progressreview.h"
#include "casework/workcalendar.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Qadam;
using namespace Qadam::AppTest;

namespace {

bool loaded(const ReviewModel &m)
{
    return waitFor([&] { return !m.loading(); });
}

int rowOf(const ReviewModel &m, const QString &reviewId)
{
    for (int i = 0; i < m.rowCount(); ++i)
        if (m.data(m.index(i), ReviewModel::ReviewIdRole).toString() == reviewId)
            return i;
    return -1;
}

/** People in the supervisor's unit or region with a programme in force (CaseAccess decides). */
QStringList peopleInScope(AppSession &session)
{
    QStringList out;
    session.worker()->runBlocking([&](CoreContext &ctx) {
        // Without a review awaiting sign-off: the form is offered for them (not the sign-off).
        auto q = ctx.db.prepare(u"SELECT DISTINCT person_id FROM assistance_programme AS p WHERE status IN ('approved', "
                                u"'active', 'under_review') AND NOT EXISTS (SELECT 1 FROM progress_review AS t WHERE "
                                u"t.person_id = p.person_id AND t.signed_off_by IS NULL AND NOT EXISTS (SELECT 1 FROM "
                                u"progress_review AS a WHERE a.amends_id = t.id)) ORDER BY person_id"_s);
        QStringList all;
        while (q.value().step().value())
            all << q.value().text(0);
        for (const QString &p : all) {
            auto access = CaseAccess(ctx.db).resolve(ctx.actor, p, ctx.today);
            if (access.ok() && (access.value().inUnit || access.value().inRegion))
                out << p;
        }
    });
    return out;
}

/** Records a review of `personId` as a probation officer, for the period after the last review. */
QString recordAsOfficer(AppSession &session, const QString &personId, const ReviewController &form)
{
    QString id;
    session.worker()->runBlocking([&](CoreContext &ctx) {
        const QString officer = ctx.db.scalar(u"SELECT id FROM staff_user WHERE role = 'probation_officer' AND "
                                              u"status = 'active' ORDER BY id LIMIT 1"_s)
                                    .value()
                                    .toString();
        WriteService asOfficer(ctx.db, ctx.clock, Actor { officer, Role::ProbationOfficer });
        ProgressReviewService service(
            ctx.db, asOfficer, ctx.clock, ObligationEngine(WorkCalendar::builtIn().value()));
        const QDate last = QDate::fromString(ctx.db.scalar(u"SELECT max(period_end) FROM progress_review WHERE "
                                                           u"person_id = ?1"_s, { personId })
                                                 .value()
                                                 .toString(),
            Qt::ISODate);
        ReviewInput input;
        input.personId = personId;
        input.programmeId = ctx.db.scalar(u"SELECT id FROM assistance_programme WHERE person_id = ?1 AND status "
                                          u"IN ('approved', 'active', 'under_review') ORDER BY version_no DESC LIMIT 1"_s,
                                      { personId })
                                .value()
                                .toString();
        input.periodStart = last.isValid() ? last.addDays(1) : ctx.today.addMonths(-3);
        input.periodEnd = ctx.today;
        const QVariantMap proxies = validProxies(form);
        input.outcomeProxies = QJsonObject::fromVariantMap(proxies);
        auto domains = ctx.db.prepare(u"SELECT DISTINCT domain_code FROM programme_need WHERE programme_id = ?1"_s);
        domains.value().bind(1, input.programmeId);
        while (domains.value().step().value())
            input.judgements << QJsonObject { { u"domain"_s, domains.value().text(0) }, { u"rating"_s, 4 },
                { u"rationale"_s, u"Written by the officer: steady progress this quarter."_s } };
        auto r = service.record(input);
        if (r.ok())
            id = r.value().reviewId;
        else
            qWarning("officer review refused: %s", qPrintable(r.error().detail));
    });
    return id;
}

} // namespace

class tst_ReviewController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void modelListsReviewsWithSignOffState();
    void formShowsComputedIndicatorsAndProgrammeDomains();
    void refusedFormsWriteNothing_data();
    void refusedFormsWriteNothing();
    void recordsAndSignsOffOwnReview();
    void signsOffAReviewAnOfficerWrote();

private:
    [[nodiscard]] bool loadForm(ReviewController &controller, const QString &personId);

    std::unique_ptr<GeneratedSession> m_supervisor;
    QStringList m_people;
};

void tst_ReviewController::initTestCase()
{
    m_supervisor = std::make_unique<GeneratedSession>(Role::Supervisor);
    QVERIFY2(m_supervisor->isOpen(), qPrintable(m_supervisor->status().error().detail));
    m_people = peopleInScope(m_supervisor->session());
    QVERIFY2(m_people.size() >= 2, "the generated supervisor has two people with a programme in force");
}

bool tst_ReviewController::loadForm(ReviewController &controller, const QString &personId)
{
    QSignalSpy spy(&controller, &ReviewController::formChanged);
    controller.loadForm(personId);
    return waitFor([&] { return spy.size() >= 2; }); // cleared, then loaded
}

void tst_ReviewController::modelListsReviewsWithSignOffState()
{
    ReviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPersonId(m_people.first());
    QVERIFY(loaded(model));
    QVERIFY(model.errorText().isEmpty());
    QVERIFY(model.canCreate());
    const QStringList heads = column(m_supervisor->session(),
        u"SELECT id FROM progress_review AS t WHERE person_id = ?1 AND NOT EXISTS (SELECT 1 FROM progress_review a "
        u"WHERE a.amends_id = t.id) ORDER BY period_end DESC, hlc DESC"_s,
        { m_people.first() });
    QCOMPARE(model.rowCount(), heads.size());
    for (int i = 0; i < model.rowCount(); ++i) {
        QCOMPARE(model.data(model.index(i), ReviewModel::ReviewIdRole).toString(), heads.at(i));
        const bool signedOff = model.data(model.index(i), ReviewModel::SignedOffRole).toBool();
        QCOMPARE(model.data(model.index(i), ReviewModel::SignedOffTextRole).toString().startsWith(u"Signed off by"_s),
            signedOff);
        QVERIFY(!model.data(model.index(i), ReviewModel::AuthorNameRole).toString().isEmpty());
    }
}

void tst_ReviewController::formShowsComputedIndicatorsAndProgrammeDomains()
{
    ReviewController controller;
    QVERIFY(loadForm(controller, m_people.first()));
    QVERIFY2(controller.ready(), qPrintable(controller.formNote()));
    QCOMPARE(controller.indicators().size(), ProgressReviewService::scales().value(u"indicators"_s).toArray().size());
    QCOMPARE(controller.indicators().first().toMap().value(u"label"_s).toString(),
        u"Appearance for registration at the internal affairs body, %"_s);
    const QStringList needs = column(m_supervisor->session(),
        u"SELECT DISTINCT n.domain_code FROM programme_need n JOIN assistance_programme p ON p.id = n.programme_id "
        u"WHERE p.person_id = ?1 AND p.status IN ('approved', 'active', 'under_review') ORDER BY n.domain_code"_s,
        { m_people.first() });
    QVERIFY(!needs.isEmpty());
    QStringList shown;
    for (const QVariant &d : controller.domains()) {
        shown << d.toMap().value(u"code"_s).toString();
        QVERIFY(d.toMap().value(u"required"_s).toBool());
        QVERIFY(!d.toMap().value(u"label"_s).toString().isEmpty());
    }
    QCOMPARE(shown, needs);
    QCOMPARE(controller.levels().size(), 5);
    QCOMPARE(controller.rationaleMinLength(), 20);
    QVERIFY(controller.periodText().endsWith(AppSession::today().toString(u"dd.MM.yyyy"_s)));
}

void tst_ReviewController::refusedFormsWriteNothing_data()
{
    QTest::addColumn<QString>("broken");
    QTest::newRow("a domain without rationale") << u"no-rationale"_s;
    QTest::newRow("a rationale too short") << u"short-rationale"_s;
    QTest::newRow("a domain without rating") << u"no-rating"_s;
    QTest::newRow("an outcome not chosen") << u"no-proxy"_s;
}

void tst_ReviewController::refusedFormsWriteNothing()
{
    QFETCH(QString, broken);
    ReviewController controller;
    QVERIFY(loadForm(controller, m_people.first()));
    QVERIFY(controller.ready());
    QVariantList judgements = validJudgements(controller);
    QVariantMap proxies = validProxies(controller);
    QVariantMap last = judgements.last().toMap();
    const QVariantMap lastDomain = controller.domains().last().toMap();
    QString expected = lastDomain.value(u"label"_s).toString();
    if (broken == u"no-rationale")
        last.insert(u"rationale"_s, QString());
    else if (broken == u"short-rationale")
        last.insert(u"rationale"_s, u"Fine."_s);
    else if (broken == u"no-rating")
        last.insert(u"rating"_s, 0);
    judgements.last() = last;
    if (broken == u"no-proxy") {
        const QVariantMap proxy = controller.proxies().first().toMap();
        proxies.remove(proxy.value(u"code"_s).toString());
        expected = proxy.value(u"label"_s).toString();
    }
    const Counts before = countRows(m_supervisor->session());
    QSignalSpy failed(&controller, &ReviewController::failed);
    QSignalSpy recorded(&controller, &ReviewController::recorded);
    controller.submit(judgements, proxies);
    QVERIFY(waitSignal(failed));
    QVERIFY(recorded.isEmpty());
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(expected), qPrintable(message)); // names the domain or outcome
    QCOMPARE(countRows(m_supervisor->session()), before);
}

void tst_ReviewController::recordsAndSignsOffOwnReview()
{
    const QString personId = m_people.first();
    ReviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPersonId(personId);
    QVERIFY(loaded(model));
    const int rows = model.rowCount();

    ReviewController controller;
    QVERIFY(loadForm(controller, personId));
    QSignalSpy recorded(&controller, &ReviewController::recorded);
    QSignalSpy failed(&controller, &ReviewController::failed);
    const Counts before = countRows(m_supervisor->session());
    controller.submit(validJudgements(controller), validProxies(controller));
    QVERIFY(waitSignal(recorded));
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    QCOMPARE(countRows(m_supervisor->session()).reviews, before.reviews + 1);
    const QString id = recorded.first().first().toString();
    QVERIFY(waitFor([&] { return model.rowCount() == rows + 1; }));
    const int row = rowOf(model, id);
    QCOMPARE(row, 0);
    // The programme was drafted by an officer: its review's author signs it off as well.
    QVERIFY(model.data(model.index(row), ReviewModel::CanSignOffRole).toBool());
    QVERIFY(model.data(model.index(row), ReviewModel::SignOffNoteRole).toString().isEmpty());
    QVERIFY(model.data(model.index(row), ReviewModel::JudgementsTextRole).toString().contains(u": 3 — "_s));

    QSignalSpy signedOff(&controller, &ReviewController::signedOff);
    const QDate next = AppSession::today().addMonths(3);
    controller.signOff(id, next.toString(Qt::ISODate));
    QVERIFY(waitSignal(signedOff));
    QVERIFY(waitFor([&] {
        return model.data(model.index(0), ReviewModel::NextReviewTextRole).toString()
            == u"Next review due on "_s + next.toString(u"dd.MM.yyyy"_s);
    }));
}

void tst_ReviewController::signsOffAReviewAnOfficerWrote()
{
    const QString personId = m_people.at(1);
    ReviewController controller;
    QVERIFY(loadForm(controller, personId));
    const QString id = recordAsOfficer(m_supervisor->session(), personId, controller);
    QVERIFY(!id.isEmpty());
    ReviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPersonId(personId);
    QVERIFY(loaded(model));
    QCOMPARE(rowOf(model, id), 0);
    QVERIFY(model.data(model.index(0), ReviewModel::CanSignOffRole).toBool());
    QCOMPARE(model.data(model.index(0), ReviewModel::SignedOffTextRole).toString(), u"Awaiting sign-off"_s);

    QSignalSpy signedOff(&controller, &ReviewController::signedOff);
    QSignalSpy failed(&controller, &ReviewController::failed);
    const Counts before = countRows(m_supervisor->session());
    controller.signOff(id, AppSession::today().addMonths(1).toString(Qt::ISODate));
    QVERIFY(waitSignal(signedOff));
    QCOMPARE(countRows(m_supervisor->session()).reviews, before.reviews + 1); // an amendment record
    const QString me = m_supervisor->session().displayName();
    QVERIFY(waitFor([&] {
        return model.data(model.index(0), ReviewModel::SignedOffTextRole).toString().startsWith(u"Signed off by "_s + me);
    }));
    QVERIFY(!model.data(model.index(0), ReviewModel::CanSignOffRole).toBool());

    const Counts signedCounts = countRows(m_supervisor->session());
    controller.signOff(id, AppSession::today().addMonths(1).toString(Qt::ISODate));
    QVERIFY(waitSignal(failed));
    QVERIFY(failed.first().first().toString().contains(u"already signed off"_s));
    QCOMPARE(countRows(m_supervisor->session()), signedCounts);
}

QTEST_MAIN(tst_ReviewController)
#include "tst_reviewcontroller.moc"
