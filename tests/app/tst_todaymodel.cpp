// Tests for Qadam::TodayModel on a real generated store (AppSession::openGenerated): what an
// officer, a counsellor and a supervisor see on Today, against answers computed from the store
// with core directly.
#include "appsupport.h"
#include "caseloadtestsupport.h"
#include "todaymodel.h"

#include "casework/obligationrules.h"

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
    void counsellorSeesSessionsAndAlertsOnly();
    void supervisorSeesNoOpenPeriodList();

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
            + model.measureCount() + model.sessionCount(),
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

QTEST_MAIN(tst_TodayModel)
#include "tst_todaymodel.moc"
