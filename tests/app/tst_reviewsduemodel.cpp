// Tests for Qadam::ReviewsDueModel and the review cycle through Qadam::ReviewController on a real
// generated store, acting as the generated supervisor: the list is core's schedule for the people
// in scope; a review is opened for the period since the last signed review with the indicators'
// trend, recorded, signed off with the next review date — and the person leaves the list; a
// sign-off on a programme the supervisor drafted, or with a next review date not after today, is
// refused in plain words and writes nothing.
#include "../qml/reviewseed.h"
#include "counseltestsupport.h"
#include "reviewcontroller.h"
#include "reviewtestsupport.h"
#include "reviewsduemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Qadam;
using namespace Qadam::AppTest;

namespace {

bool loaded(const ReviewsDueModel &m)
{
    return waitFor([&] { return !m.loading(); });
}

QList<ReviewDue> expectedDue(AppSession &session)
{
    QList<ReviewDue> out;
    session.worker()->runBlocking([&](CoreContext &ctx) {
        auto scope = CaseScope::personIds(ctx.db, ctx.actor, ctx.today);
        if (scope.ok())
            out = ReviewSchedule::dueBy(ctx.db, ctx.today, scope.value()).value();
    });
    return out;
}

ReviewDue scheduleOf(AppSession &session, const QString &personId)
{
    ReviewDue out;
    session.worker()->runBlocking([&](CoreContext &ctx) {
        auto s = ReviewSchedule::forPerson(ctx.db, personId);
        if (s.ok())
            out = s.value();
    });
    return out;
}

QDate today(AppSession &session)
{
    QDate out;
    session.worker()->runBlocking([&](CoreContext &ctx) { out = ctx.today; });
    return out;
}

} // namespace

class tst_ReviewsDueModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listIsCoreScheduleForTheScope();
    void neverShowsAnIin();
    void programmeAuthorMayNotSignOff();
    void fullCycleSchedulesTheNextReview();

private:
    [[nodiscard]] bool loadForm(ReviewController &controller, const QString &personId);

    std::unique_ptr<GeneratedSession> m_supervisor;
    QString m_authored; ///< the person whose programme the supervisor drafted (reviewseed.h)
};

void tst_ReviewsDueModel::initTestCase()
{
    m_supervisor = std::make_unique<GeneratedSession>(Role::Supervisor);
    QVERIFY2(m_supervisor->isOpen(), qPrintable(m_supervisor->status().error().detail));
    m_authored = ReviewSeed::programmeBySupervisor(m_supervisor->session());
    QVERIFY2(!m_authored.isEmpty(), "a due person could be given a programme drafted by the supervisor");
}

bool tst_ReviewsDueModel::loadForm(ReviewController &controller, const QString &personId)
{
    QSignalSpy spy(&controller, &ReviewController::formChanged);
    controller.loadForm(personId);
    return waitFor([&] { return spy.size() >= 2; }); // cleared, then loaded
}

void tst_ReviewsDueModel::listIsCoreScheduleForTheScope()
{
    ReviewsDueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(loaded(model));
    QVERIFY(model.errorText().isEmpty());
    const QList<ReviewDue> due = expectedDue(m_supervisor->session());
    QVERIFY2(due.size() >= 2, "reviews are due (the two the fixture made due at least)");
    QCOMPARE(model.rowCount(), due.size());
    const QDate now = today(m_supervisor->session());
    for (int i = 0; i < due.size(); ++i) {
        const QModelIndex at = model.index(i);
        QCOMPARE(at.data(ReviewsDueModel::PersonIdRole).toString(), due.at(i).personId);
        QVERIFY(!at.data(ReviewsDueModel::PersonNameRole).toString().isEmpty());
        QCOMPARE(at.data(ReviewsDueModel::DueOnRole).toString(), due.at(i).dueOn.toString(Qt::ISODate));
        QCOMPARE(at.data(ReviewsDueModel::DaysOverdueRole).toInt(), int(due.at(i).dueOn.daysTo(now)));
        QVERIFY(due.at(i).dueOn <= now);
        const QString dueText = at.data(ReviewsDueModel::DueTextRole).toString();
        QVERIFY2(dueText == u"Due today"_s || dueText.startsWith(u"Due since "_s), qPrintable(dueText));
        QCOMPARE(at.data(ReviewsDueModel::StatusTextRole).toString(),
            due.at(i).openReviewId.isEmpty() ? u"Not started"_s : u"Awaiting sign-off"_s);
    }
    // The longest overdue first.
    for (int i = 1; i < due.size(); ++i)
        QVERIFY(model.index(i - 1).data(ReviewsDueModel::DaysOverdueRole).toInt()
            >= model.index(i).data(ReviewsDueModel::DaysOverdueRole).toInt());
    const int seeded = model.rowOf(m_authored);
    QVERIFY(seeded >= 0);
    QVERIFY(!model.index(seeded).data(ReviewsDueModel::OpenReviewIdRole).toString().isEmpty());
}

void tst_ReviewsDueModel::programmeAuthorMayNotSignOff()
{
    const ReviewDue seeded = scheduleOf(m_supervisor->session(), m_authored);
    QVERIFY(!seeded.openReviewId.isEmpty());
    ReviewController controller;
    QVERIFY(loadForm(controller, m_authored));
    QVERIFY(!controller.ready()); // a written review awaits sign-off: no second form
    QCOMPARE(controller.openReviewId(), seeded.openReviewId);
    QVERIFY(controller.signsOff());
    QVERIFY2(controller.signOffBlock().contains(u"You drafted this person's programme"_s),
        qPrintable(controller.signOffBlock()));

    QSignalSpy failed(&controller, &ReviewController::failed);
    QSignalSpy signedOff(&controller, &ReviewController::signedOff);
    const Counts before = countRows(m_supervisor->session());
    controller.signOff(seeded.openReviewId, today(m_supervisor->session()).addMonths(3).toString(Qt::ISODate));
    QVERIFY(waitSignal(failed));
    QVERIFY(signedOff.isEmpty());
    QCOMPARE(failed.first().first().toString(),
        u"You drafted the programme under review, so you cannot sign this review off: another supervisor signs it off."_s);
    QCOMPARE(countRows(m_supervisor->session()), before);
    QCOMPARE(scheduleOf(m_supervisor->session(), m_authored).openReviewId, seeded.openReviewId);
}

void tst_ReviewsDueModel::fullCycleSchedulesTheNextReview()
{
    ReviewsDueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(loaded(model));
    QString personId;
    for (int i = 0; i < model.rowCount() && personId.isEmpty(); ++i)
        if (model.index(i).data(ReviewsDueModel::OpenReviewIdRole).toString().isEmpty())
            personId = model.index(i).data(ReviewsDueModel::PersonIdRole).toString();
    QVERIFY2(!personId.isEmpty(), "someone is due with no review written yet");
    const ReviewDue schedule = scheduleOf(m_supervisor->session(), personId);
    const int rows = model.rowCount();

    // The form covers the period since the last signed review, with the trend against it.
    ReviewController controller;
    QVERIFY(loadForm(controller, personId));
    QVERIFY2(controller.ready(), qPrintable(controller.formNote()));
    QCOMPARE(controller.periodStart(), schedule.periodStart.toString(Qt::ISODate));
    QCOMPARE(controller.periodEnd(), today(m_supervisor->session()).toString(Qt::ISODate));
    QCOMPARE(controller.trendNote().startsWith(u"Trend compared with the review of"_s), schedule.lastPeriodEnd.isValid());
    for (const QVariant &row : controller.indicators())
        QVERIFY(row.toMap().contains(u"trendText"_s));
    QVERIFY(controller.signOffBlock().isEmpty());

    // Another period may be chosen: the indicators are computed for it.
    const QDate shorter = today(m_supervisor->session()).addDays(-10);
    controller.setPeriod(shorter.toString(Qt::ISODate), today(m_supervisor->session()).toString(Qt::ISODate));
    QVERIFY(waitFor([&] { return controller.ready() && controller.periodStart() == shorter.toString(Qt::ISODate); }));
    QSignalSpy failed(&controller, &ReviewController::failed);
    controller.setPeriod(u"2026-02-30"_s, u"2026-03-01"_s);
    QVERIFY(waitSignal(failed));
    QCOMPARE(failed.takeFirst().first().toString(), u"Enter the period as two dates, YYYY-MM-DD."_s);
    QVERIFY(loadForm(controller, personId)); // back to the default period

    QSignalSpy recorded(&controller, &ReviewController::recorded);
    controller.submit(validJudgements(controller), validProxies(controller));
    QVERIFY(waitSignal(recorded));
    const QString reviewId = recorded.first().first().toString();
    QVERIFY(recorded.first().at(1).toString().contains(u"Sign it off and schedule the next review"_s));

    // A next review date not after today is refused and writes nothing.
    const Counts unsignedCounts = countRows(m_supervisor->session());
    controller.signOff(reviewId, today(m_supervisor->session()).toString(Qt::ISODate));
    QVERIFY(waitSignal(failed));
    QCOMPARE(failed.takeFirst().first().toString(), u"The next review must be after today."_s);
    controller.signOff(reviewId, u"next spring"_s);
    QVERIFY(waitSignal(failed));
    QCOMPARE(failed.takeFirst().first().toString(), u"Enter the date of the next review as YYYY-MM-DD."_s);
    QCOMPARE(countRows(m_supervisor->session()), unsignedCounts);
    QVERIFY(model.rowOf(personId) >= 0);

    const QDate next = today(m_supervisor->session()).addMonths(2);
    QSignalSpy signedOff(&controller, &ReviewController::signedOff);
    controller.signOff(reviewId, next.toString(Qt::ISODate));
    QVERIFY(waitSignal(signedOff));
    QVERIFY(signedOff.first().at(1).toString().endsWith(next.toString(u"dd.MM.yyyy"_s) + u"."_s));
    QCOMPARE(countRows(m_supervisor->session()).reviews, unsignedCounts.reviews + 1);
    QVERIFY(waitFor([&] { return model.rowOf(personId) < 0; })); // no longer due
    QCOMPARE(model.rowCount(), rows - 1);
    QVERIFY(model.rowOf(m_authored) >= 0);
    QCOMPARE(scheduleOf(m_supervisor->session(), personId).dueOn, next); // due on the chosen day
}

/** SECURITY.md R19: the reviews-due list shows no IIN (iinShownBy). */
void tst_ReviewsDueModel::neverShowsAnIin()
{
    ReviewsDueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(loaded(model));
    const QString problem = iinShownBy(m_supervisor->session(), model, ReviewsDueModel::PersonIdRole);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QTEST_MAIN(tst_ReviewsDueModel)
#include "tst_reviewsduemodel.moc"
