// Tests for Qadam::AppearanceController on a real generated store, acting as a probation officer:
// "attended" from a Today row writes exactly one CheckIn and one outbox op and the row goes;
// every refusal (future date, person outside the caseload, the police's channel, missed too early,
// excused without a valid new date) says why and writes nothing.
#include "appearancecontroller.h"
#include "appsupport.h"
#include "caseloadrecords.h"
#include "caseloadtestsupport.h"
#include "todaymodel.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Qadam;
using namespace Qadam::AppTest;

namespace {

/** What a recording may write. */
struct Written
{
    qint64 checkIns = 0;
    qint64 ops = 0;
    qint64 audits = 0;
    bool operator==(const Written &) const = default;
};

/** An appearance as a Today row names it. */
struct Appearance
{
    QString personId;
    QString orderId;
    QString channel;
    QString dueOn;
    [[nodiscard]] bool isValid() const { return !orderId.isEmpty(); }
};

Appearance appearanceAt(const TodayModel &m, int row)
{
    auto v = [&](int role) { return m.data(m.index(row), role).toString(); };
    return { v(TodayModel::PersonIdRole), v(TodayModel::OrderIdRole), v(TodayModel::ChannelRole),
        v(TodayModel::DueOnRole) };
}

/** The first appearance row for which `role` holds, on `channel`. */
Appearance firstRow(const TodayModel &m, int role, const QString &channel)
{
    for (int r = 0; r < m.rowCount(); ++r)
        if (m.data(m.index(r), TodayModel::KindRole).toString() == u"appearance"
            && m.data(m.index(r), TodayModel::ChannelRole).toString() == channel
            && m.data(m.index(r), role).toBool())
            return appearanceAt(m, r);
    return {};
}

bool listed(const TodayModel &m, const Appearance &a)
{
    for (int r = 0; r < m.rowCount(); ++r) {
        const Appearance row = appearanceAt(m, r);
        if (row.personId == a.personId && row.orderId == a.orderId && row.channel == a.channel
            && row.dueOn == a.dueOn)
            return true;
    }
    return false;
}

} // namespace

class tst_AppearanceController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void attendedRemovesTheRowAndWritesOneCheckInAndOneOp();
    void excusedWritesReasonAndNewDate();
    void refusesAFutureDate();
    void refusesAPersonOutsideTheCaseload();
    void refusesThePoliceChannel();
    void refusesMissedBeforeThePeriodEnds();
    void refusesAnExcuseWithoutAValidNewDate();

private:
    [[nodiscard]] Written written();
    /** Runs `intent` and waits for its answer; returns the failure message, empty on success. */
    [[nodiscard]] QString outcome(AppearanceController &c, const std::function<void()> &intent);
    void verifyRefused(const std::function<void(AppearanceController &)> &intent, const QString &expected);

    std::unique_ptr<GeneratedSession> m_session;
    std::unique_ptr<TodayModel> m_today;
};

void tst_AppearanceController::initTestCase()
{
    m_session = std::make_unique<GeneratedSession>(Role::ProbationOfficer, kCaseloadPeople);
    QVERIFY2(m_session->isOpen(), qPrintable(m_session->status().error().detail));
}

void tst_AppearanceController::init()
{
    m_today = std::make_unique<TodayModel>();
    QVERIFY(waitFor([&] { return !m_today->loading(); }));
}

Written tst_AppearanceController::written()
{
    AppSession &s = m_session->session();
    return { count(s, u"SELECT count(*) FROM check_in"_s), count(s, u"SELECT count(*) FROM outbox"_s),
        count(s, u"SELECT count(*) FROM audit_event"_s) };
}

QString tst_AppearanceController::outcome(AppearanceController &c, const std::function<void()> &intent)
{
    QSignalSpy ok(&c, &AppearanceController::succeeded);
    QSignalSpy failed(&c, &AppearanceController::failed);
    intent();
    if (!waitFor([&] { return ok.count() + failed.count() > 0 && !c.busy(); }))
        return u"no answer"_s;
    return failed.isEmpty() ? QString() : failed.first().first().toString();
}

void tst_AppearanceController::verifyRefused(
    const std::function<void(AppearanceController &)> &intent, const QString &expected)
{
    const Written before = written();
    AppearanceController c;
    const QString message = outcome(c, [&] { intent(c); });
    QVERIFY2(message.contains(expected), qPrintable(message));
    QVERIFY(written() == before);
}

void tst_AppearanceController::attendedRemovesTheRowAndWritesOneCheckInAndOneOp()
{
    const Appearance a = firstRow(*m_today, TodayModel::CanAttendRole, u"probation"_s);
    QVERIFY2(a.isValid(), "the officer has an appearance to attend today");
    const Written before = written();

    AppearanceController c;
    QSignalSpy ok(&c, &AppearanceController::succeeded);
    QCOMPARE(outcome(c, [&] { c.attend(a.personId, a.orderId, a.channel, a.dueOn); }), QString());
    QCOMPARE(ok.first().first().toString(), u"Attendance recorded"_s);
    const QString id = ok.first().at(1).toString();

    QVERIFY(waitFor([&] { return !listed(*m_today, a); }));
    const Written after = written();
    QCOMPARE(after.checkIns, before.checkIns + 1);
    QCOMPARE(after.ops, before.ops + 1);
    const auto stored = rows(m_session->session(),
        u"SELECT person_id, channel, outcome, occurred_on, obligation_due, order_id FROM check_in WHERE id = ?1"_s,
        { id });
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first(), QVariantList({ a.personId, a.channel, u"attended"_s,
        storeToday(m_session->session()).toString(Qt::ISODate), a.dueOn, a.orderId }));
    QCOMPARE(count(m_session->session(), u"SELECT count(*) FROM outbox WHERE record_id = ?1 AND kind = 'create'"_s,
                 { id }),
        1);
}

void tst_AppearanceController::excusedWritesReasonAndNewDate()
{
    const Appearance a = firstRow(*m_today, TodayModel::CanExcuseRole, u"probation"_s);
    QVERIFY(a.isValid());
    const QString newDate = QDate::fromString(a.dueOn, Qt::ISODate).addDays(10).toString(Qt::ISODate);
    AppearanceController c;
    QSignalSpy ok(&c, &AppearanceController::succeeded);
    QCOMPARE(outcome(c, [&] { c.excuse(a.personId, a.orderId, a.channel, a.dueOn, u"illness"_s, {}, newDate); }),
        QString());
    const auto stored = rows(m_session->session(),
        u"SELECT outcome, excuse_reason, new_due_on, occurred_on FROM check_in WHERE id = ?1"_s,
        { ok.first().at(1) });
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first(),
        QVariantList({ u"excused"_s, u"Illness, with a medical certificate"_s, newDate, QVariant() }));
    QVERIFY(waitFor([&] { return !listed(*m_today, a); })); // an excused appearance is not due any more
}

void tst_AppearanceController::refusesAFutureDate()
{
    const Appearance a = firstRow(*m_today, TodayModel::CanAttendRole, u"probation"_s);
    QVERIFY(a.isValid());
    const QString tomorrow = storeToday(m_session->session()).addDays(1).toString(Qt::ISODate);
    verifyRefused([&](AppearanceController &c) { c.attend(a.personId, a.orderId, a.channel, a.dueOn, tomorrow); },
        u"in the future"_s);
    QVERIFY(listed(*m_today, a));
}

void tst_AppearanceController::refusesAPersonOutsideTheCaseload()
{
    const QSet<QString> mine = officerCases(m_session->session());
    const QDate today = storeToday(m_session->session());
    Appearance other;
    for (const Obligation &o : allObligations(m_session->session()))
        if (!mine.contains(o.personId) && o.channel == Channel::Probation && CaseloadRecords::attendableOn(o, today)
            && (o.status == ObligationStatus::Open || o.status == ObligationStatus::DueSoon)) {
            other = { o.personId, o.orderId, u"probation"_s, o.dueOn.toString(Qt::ISODate) };
            break;
        }
    QVERIFY2(other.isValid(), "another officer's case has an open appearance");
    verifyRefused([&](AppearanceController &c) { c.attend(other.personId, other.orderId, other.channel, other.dueOn); },
        u"not in your caseload"_s);
}

void tst_AppearanceController::refusesThePoliceChannel()
{
    Appearance a;
    for (int r = 0; r < m_today->rowCount() && !a.isValid(); ++r)
        if (m_today->data(m_today->index(r), TodayModel::ChannelRole).toString() == u"police")
            a = appearanceAt(*m_today, r);
    QVERIFY(a.isValid());
    verifyRefused([&](AppearanceController &c) { c.attend(a.personId, a.orderId, a.channel, a.dueOn); },
        u"internal affairs body"_s);
}

void tst_AppearanceController::refusesMissedBeforeThePeriodEnds()
{
    const Appearance a = firstRow(*m_today, TodayModel::CanAttendRole, u"probation"_s);
    QVERIFY(a.isValid());
    verifyRefused([&](AppearanceController &c) { c.miss(a.personId, a.orderId, a.channel, a.dueOn); },
        u"only after its period has ended"_s);
}

void tst_AppearanceController::refusesAnExcuseWithoutAValidNewDate()
{
    const Appearance a = firstRow(*m_today, TodayModel::CanExcuseRole, u"probation"_s);
    QVERIFY(a.isValid());
    verifyRefused([&](AppearanceController &c) {
        c.excuse(a.personId, a.orderId, a.channel, a.dueOn, u"family"_s, {}, a.dueOn);
    }, u"new date after the due date"_s);
    verifyRefused([&](AppearanceController &c) {
        c.excuse(a.personId, a.orderId, a.channel, a.dueOn, u"family"_s, {}, u"not a date"_s);
    }, u"Choose the new date"_s);
    verifyRefused([&](AppearanceController &c) {
        c.excuse(a.personId, a.orderId, a.channel, a.dueOn, u"other"_s, u"  "_s, u"2099-01-01"_s);
    }, u"Say why"_s);
}

QTEST_MAIN(tst_AppearanceController)
#include "tst_appearancecontroller.moc"
