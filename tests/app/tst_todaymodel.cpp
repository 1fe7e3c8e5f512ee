// Tests for Qadam::TodayModel on a real generated store (AppSession::openGenerated): what an
// officer, a counsellor and a supervisor see on Today, against answers computed from the store
// with core directly.
#include "../qml/counselseed.h"
#include "appearancecontroller.h"
#include "appsupport.h"
#include "caseloadtestsupport.h"
#include "counseltestsupport.h"
#include "referralcontroller.h"
#include "todaymodel.h"

#include "util/clock.h"

#include "casework/obligationrules.h"
#include "casework/referralservice.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Qadam;
using namespace Qadam::AppTest;

namespace {

QString text(const TodayModel &m, int row, int role)
{
    return m.data(m.index(row), role).toString();
}

bool loaded(const TodayModel &m)
{
    return waitFor([&] { return !m.loading(); });
}

/** The roles a person reads on a row. */
const QList<int> kTextRoles = { TodayModel::NameRole, TodayModel::AltNameRole, TodayModel::TitleRole,
    TodayModel::DetailRole, TodayModel::StatusTextRole, TodayModel::SectionLabelRole };

} // namespace

class tst_TodayModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void passesModelTester();
    void overdueCountEqualsTheDeadlineEngine();
    void listsBothChannelsAndOnlyOwnChannelIsRecordable();
    void rowsExplainTheirDates();
    void sectionsAreOrderedAndCounted();
    void neverShowsAnIin();
    void followsTheLanguage();
    void officerSeesNoReferralsToAnswer();
    void counsellorSeesSessionsAndAlertsOnly();
    void counsellorSeesReferralsWaitingForAnAnswer();
    void supervisorSeesNoOpenPeriodList();
    void kazakhstanDayDecidesToday();

private:
    std::unique_ptr<GeneratedSession> m_officer;
};

void tst_TodayModel::initTestCase()
{
    m_officer = std::make_unique<GeneratedSession>(Role::ProbationOfficer, kCaseloadPeople);
    QVERIFY2(m_officer->isOpen(), qPrintable(m_officer->status().error().detail));
}

void tst_TodayModel::passesModelTester()
{
    TodayModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(loaded(model));
    QVERIFY(model.errorText().isEmpty());
    QVERIFY(model.rowCount() > 0);
    QCOMPARE(model.count(), model.rowCount());
    QCOMPARE(model.overdueCount() + model.dueSoonCount() + model.openCount() + model.alertCount()
            + model.measureCount() + model.sessionCount() + model.referralCount(),
        model.rowCount());
    model.reload(); // a reload of unchanged data keeps every row (no reset, tester checks the signals)
    QVERIFY(loaded(model));
}

void tst_TodayModel::overdueCountEqualsTheDeadlineEngine()
{
    const QSet<QString> mine = officerCases(m_officer->session());
    const QDate today = storeToday(m_officer->session());
    const QDate lookback = today.addDays(-DeadlineRules::builtIn().lookbackDays());
    int expected = 0;
    for (const Obligation &o : allObligations(m_officer->session()))
        if (mine.contains(o.personId) && o.dueOn >= lookback
            && (o.status == ObligationStatus::Overdue || (o.status == ObligationStatus::Missed && o.checkInId.isEmpty())))
            ++expected;
    QVERIFY2(expected > 0, "the generated caseload has overdue appearances");

    TodayModel model;
    QVERIFY(loaded(model));
    QCOMPARE(model.overdueCount(), expected);
    int rows = 0;
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.data(model.index(r), TodayModel::SectionRole).toInt() == int(TodayRow::Section::Overdue)) {
            QVERIFY(mine.contains(text(model, r, TodayModel::PersonIdRole)));
            QVERIFY(model.data(model.index(r), TodayModel::UrgentRole).toBool());
            ++rows;
        }
    QCOMPARE(rows, expected);
}

void tst_TodayModel::listsBothChannelsAndOnlyOwnChannelIsRecordable()
{
    TodayModel model;
    QVERIFY(loaded(model));
    QSet<QString> channels;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (text(model, r, TodayModel::KindRole) != u"appearance")
            continue;
        const QString channel = text(model, r, TodayModel::ChannelRole);
        channels.insert(channel);
        if (channel == u"police") { // a probation officer never records the police channel
            QVERIFY(!model.data(model.index(r), TodayModel::CanAttendRole).toBool());
            QVERIFY(!model.data(model.index(r), TodayModel::CanExcuseRole).toBool());
        } else {
            QVERIFY(model.data(model.index(r), TodayModel::CanExcuseRole).toBool());
        }
    }
    QCOMPARE(channels, QSet<QString>({ u"police"_s, u"probation"_s }));
}

void tst_TodayModel::rowsExplainTheirDates()
{
    TodayModel model;
    QVERIFY(loaded(model));
    for (int r = 0; r < model.rowCount(); ++r) {
        QVERIFY(!text(model, r, TodayModel::NameRole).isEmpty());
        QVERIFY(!text(model, r, TodayModel::TitleRole).isEmpty());
        if (text(model, r, TodayModel::KindRole) != u"appearance")
            continue;
        const QString detail = text(model, r, TodayModel::DetailRole);
        // "due 30 April: order 2-123/2026, probation channel, calendar-month rule, window 1–30 April"
        QVERIFY2(detail.startsWith(u"due "_s) && detail.contains(u"window"_s), qPrintable(detail));
        QVERIFY(detail.contains(text(model, r, TodayModel::ChannelRole) + u" channel"_s));
        QVERIFY(QDate::fromString(text(model, r, TodayModel::DueOnRole), Qt::ISODate).isValid());
    }
}

void tst_TodayModel::sectionsAreOrderedAndCounted()
{
    TodayModel model;
    QVERIFY(loaded(model));
    int previous = -1;
    for (int r = 0; r < model.rowCount(); ++r) {
        const int section = model.data(model.index(r), TodayModel::SectionRole).toInt();
        QVERIFY(section >= previous);
        previous = section;
    }
    const int overdueRow = [&] {
        for (int r = 0; r < model.rowCount(); ++r)
            if (model.data(model.index(r), TodayModel::SectionRole).toInt() == int(TodayRow::Section::Overdue))
                return r;
        return -1;
    }();
    QVERIFY(overdueRow >= 0);
    QCOMPARE(text(model, overdueRow, TodayModel::SectionLabelRole),
        u"Overdue appearances (%1)"_s.arg(model.overdueCount()));
}

void tst_TodayModel::neverShowsAnIin()
{
    QStringList iins;
    for (const QVariantList &r : rows(m_officer->session(), u"SELECT iin FROM person WHERE iin IS NOT NULL"_s))
        iins << r.value(0).toString();
    QVERIFY(!iins.isEmpty());
    TodayModel model;
    QVERIFY(loaded(model));
    for (int r = 0; r < model.rowCount(); ++r)
        for (int role : kTextRoles)
            for (const QString &iin : std::as_const(iins))
                QVERIFY(!text(model, r, role).contains(iin));
}

void tst_TodayModel::followsTheLanguage()
{
    TodayModel model;
    QVERIFY(loaded(model));
    const int row = model.indexOfAppearance(text(model, 0, TodayModel::PersonIdRole),
        text(model, 0, TodayModel::ChannelRole));
    QVERIFY(row >= 0);
    m_officer->session().setLanguage(u"ru"_s);
    QVERIFY(waitFor([&] { return !model.loading() && text(model, 0, TodayModel::DetailRole).startsWith(u"срок"_s); }));
    m_officer->session().setLanguage(u"en"_s);
    QVERIFY(waitFor([&] { return !model.loading() && text(model, 0, TodayModel::DetailRole).startsWith(u"due"_s); }));
}

void tst_TodayModel::counsellorSeesSessionsAndAlertsOnly()
{
    m_officer.reset();
    GeneratedSession counsellor(Role::Counsellor, kCaseloadPeople);
    QVERIFY(counsellor.isOpen());
    TodayModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(loaded(model));
    // The generated data holds no referral waiting for an answer (counsellorSeesReferralsWaiting…).
    for (int r = 0; r < model.rowCount(); ++r)
        QVERIFY(QStringList({ u"session"_s, u"alert"_s }).contains(text(model, r, TodayModel::KindRole)));
    QCOMPARE(model.overdueCount(), 0);
    QCOMPARE(model.measureCount(), 0);
    // Sessions planned: the counsellor's latest session with a person names the next one.
    const QDate today = storeToday(counsellor.session());
    const qint64 planned = count(counsellor.session(),
        u"SELECT count(*) FROM counselling_session s WHERE s.counsellor_id = ?1 "
        u"AND s.next_session_on BETWEEN ?2 AND ?3 AND NOT EXISTS (SELECT 1 FROM counselling_session t "
        u"WHERE t.person_id = s.person_id AND t.counsellor_id = ?1 AND t.occurred_on > s.occurred_on) "
        u"AND EXISTS (SELECT 1 FROM referral r WHERE r.person_id = s.person_id AND (r.counsellor_id = ?1 "
        u"OR (coalesce(r.counsellor_id, '') = '' AND r.organisation_id = "
        u"(SELECT organisation_id FROM staff_user WHERE id = ?1))) "
        u"AND r.status IN ('accepted', 'active') AND (r.term_start IS NULL OR r.term_start <= ?4) "
        u"AND (r.term_end IS NULL OR r.term_end >= ?4))"_s,
        { counsellor->userId(), today.addDays(-14).toString(Qt::ISODate),
            today.addDays(14).toString(Qt::ISODate), today.toString(Qt::ISODate) });
    QCOMPARE(model.sessionCount(), int(planned));
}

void tst_TodayModel::officerSeesNoReferralsToAnswer()
{
    // The officer sends a referral to a counsellor: it waits for the counsellor's answer, not
    // the officer's, so the officer's Today has no referral section.
    QString sent;
    m_officer->session().worker()->runBlocking([&](CoreContext &ctx) {
        auto q = ctx.db.prepare(u"SELECT c.person_id, c.id, (SELECT id FROM staff_user WHERE role = 'counsellor' "
                                u"AND status = 'active' ORDER BY id LIMIT 1) FROM consent_record c "
                                u"WHERE c.purpose IN ('counselling', 'referral') AND c.withdrawn_on IS NULL "
                                u"AND c.given_on <= ?1 ORDER BY c.id"_s);
        QVERIFY(q.ok());
        q.value().bind(1, ctx.today.toString(Qt::ISODate));
        while (sent.isEmpty() && q.value().step().value()) {
            ReferralRequest request;
            request.personId = q.value().text(0);
            request.consentId = q.value().text(1);
            request.counsellorId = q.value().text(2);
            request.reason = u"Synthetic: support with documents"_s;
            request.termStart = ctx.today;
            request.termEnd = ctx.today.addMonths(3);
            auto id = ReferralService(ctx.writes, ctx.db).send(request);
            if (id.ok())
                sent = id.value();
        }
    });
    QVERIFY2(!sent.isEmpty(), "the officer could send a referral");
    QCOMPARE(column(m_officer->session(), u"SELECT status FROM referral WHERE id = ?1"_s, { sent }),
        QStringList { u"sent"_s });
    TodayModel model;
    QVERIFY(loaded(model));
    QVERIFY(model.rowCount() > 0);
    QCOMPARE(model.referralCount(), 0);
    for (int r = 0; r < model.rowCount(); ++r) {
        QVERIFY(text(model, r, TodayModel::KindRole) != u"referral");
        QVERIFY(text(model, r, TodayModel::RecordIdRole) != sent);
        QCOMPARE(text(model, r, TodayModel::PageRole), u"PersonPage"_s);
    }
}

void tst_TodayModel::counsellorSeesReferralsWaitingForAnAnswer()
{
    GeneratedSession counsellor(Role::Counsellor, kCaseloadPeople);
    QVERIFY(counsellor.isOpen());
    AppSession &session = counsellor.session();
    // Two referrals sent to the counsellor; one is declined. The generated data adds active ones.
    QString waitingPerson, declinedPerson;
    const QString waiting = CounselSeed::offerReferral(session, &waitingPerson);
    const QString declined = CounselSeed::offerReferral(session, &declinedPerson);
    QVERIFY2(!waiting.isEmpty() && !declined.isEmpty(), "an officer could send two referrals to the counsellor");
    QVERIFY(waitingPerson != declinedPerson);
    const QStringList active = column(session,
        u"SELECT id FROM referral WHERE counsellor_id = ?1 AND status IN ('accepted', 'active')"_s,
        { counsellor->userId() });
    QVERIFY2(!active.isEmpty(), "the generated counsellor has referrals under way");

    ReferralController controller;
    QSignalSpy ok(&controller, &ReferralController::succeeded);
    QSignalSpy failed(&controller, &ReferralController::failed);
    const auto version = [&](const QString &id) {
        return column(session, u"SELECT version FROM referral WHERE id = ?1"_s, { id }).value(0).toLongLong();
    };
    controller.decline(declined, version(declined), u"Synthetic: no free places this month"_s);
    QVERIFY(waitSignal(ok));
    QVERIFY(failed.isEmpty());

    TodayModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(loaded(model));
    QVERIFY(model.errorText().isEmpty());
    QStringList listed;
    int row = -1;
    for (int r = 0; r < model.rowCount(); ++r)
        if (text(model, r, TodayModel::KindRole) == u"referral") {
            listed << text(model, r, TodayModel::RecordIdRole);
            row = r;
        }
    // Only the referral waiting for an answer: not the declined one, not those under way.
    QCOMPARE(listed, QStringList { waiting });
    QCOMPARE(model.referralCount(), 1);
    QCOMPARE(model.data(model.index(row), TodayModel::SectionRole).toInt(), int(TodayRow::Section::Referrals));
    QCOMPARE(text(model, row, TodayModel::SectionLabelRole), u"Referrals waiting for your answer (1)"_s);
    QCOMPARE(text(model, row, TodayModel::PersonIdRole), waitingPerson);
    QCOMPARE(text(model, row, TodayModel::PageRole), u"ReferralsPage"_s);
    QVERIFY(!text(model, row, TodayModel::NameRole).isEmpty());
    const QStringList sender = column(session,
        u"SELECT s.display_name FROM referral r JOIN staff_user s ON s.id = r.created_by WHERE r.id = ?1"_s, { waiting });
    QCOMPARE(sender.size(), 1);
    QCOMPARE(text(model, row, TodayModel::TitleRole), u"Referral from %1"_s.arg(sender.first()));
    const QDate today = storeToday(session);
    QCOMPARE(text(model, row, TodayModel::DetailRole),
        u"Term: %1 – %2"_s.arg(today.toString(u"dd.MM.yyyy"_s), today.addMonths(6).toString(u"dd.MM.yyyy"_s)));
    // The list never shows the referral's free-text reason.
    for (int r = 0; r < model.rowCount(); ++r)
        for (int role : kTextRoles)
            QVERIFY(!text(model, r, role).contains(u"support after release"_s));
    // The section comes before the sessions planned.
    for (int r = 0; r < model.rowCount(); ++r)
        if (text(model, r, TodayModel::KindRole) == u"session")
            QVERIFY(r > row);

    // Answering the referral takes the row away.
    ok.clear();
    controller.accept(waiting, version(waiting));
    QVERIFY(waitSignal(ok));
    QVERIFY(waitFor([&] { return !model.loading() && model.referralCount() == 0; }));
    for (int r = 0; r < model.rowCount(); ++r)
        QVERIFY(text(model, r, TodayModel::KindRole) != u"referral");
}

void tst_TodayModel::supervisorSeesNoOpenPeriodList()
{
    GeneratedSession supervisor(Role::Supervisor, kCaseloadPeople);
    QVERIFY(supervisor.isOpen());
    TodayModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(loaded(model));
    QVERIFY(model.rowCount() > 0);
    QCOMPARE(model.openCount(), 0);
    QCOMPARE(model.sessionCount(), 0);
    QVERIFY(model.overdueCount() > 0); // the unit's overdue appearances, both channels recordable
    for (int r = 0; r < model.rowCount(); ++r)
        if (text(model, r, TodayModel::KindRole) == u"appearance")
            QVERIFY(model.data(model.index(r), TodayModel::CanExcuseRole).toBool());
}

/**
 * One day for everything: the generated histories, the store thread, the dates the screens propose
 * and the Today lists all follow the session's clock in Kazakhstan's time zone, not the machine's.
 * 19:30 UTC on Sunday 21 March 2027 is already Monday 22 March (Nauryz, a holiday) in Kazakhstan.
 */
void tst_TodayModel::kazakhstanDayDecidesToday()
{
    m_officer.reset(); // one AppSession at a time
    const QDate day(2027, 3, 22);
    ManualClock clock(QDateTime(QDate(2027, 3, 21), QTime(19, 30), Qt::UTC).toMSecsSinceEpoch());
    {
        GeneratedSession pinned(Role::ProbationOfficer, kCaseloadPeople, &clock);
        QVERIFY2(pinned.isOpen(), qPrintable(pinned.status().error().detail));
        QCOMPARE(AppSession::today(), day);
        QCOMPARE(storeToday(pinned.session()), day);
        QCOMPARE(AppearanceController().today(), day.toString(Qt::ISODate));
        const QString last = column(pinned.session(), u"SELECT max(occurred_on) FROM check_in"_s).value(0);
        QVERIFY2(last <= day.toString(Qt::ISODate) && last >= u"2027-03-01"_s, qPrintable(last));

        TodayModel model;
        QVERIFY(loaded(model));
        QVERIFY(model.errorText().isEmpty());
        QVERIFY2(model.overdueCount() > 0, "a holiday still shows the overdue appearances");
    }
    m_officer = std::make_unique<GeneratedSession>(Role::ProbationOfficer, kCaseloadPeople);
    QVERIFY(m_officer->isOpen());
}

QTEST_MAIN(tst_TodayModel)
#include "tst_todaymodel.moc"
