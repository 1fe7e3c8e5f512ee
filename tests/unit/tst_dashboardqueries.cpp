// Tests for Qadam::DashboardQueries: every figure of the supervisor dashboard on a store with
// exactly known records (reportingfixture.h), its drill-down lists, the filters, the reader's
// scope (a supervisor of another region sees none of it, an officer only their own cases), and
// on generated data the figures add up and agree with the progress review's own indicators.
#include "casework/casescope.h"
#include "casework/obligationrules.h"
#include "casework/progressreview.h"
#include "casework/workcalendar.h"
#include "generator/syntheticdata.h"
#include "reporting/dashboardqueries.h"
#include "reportingfixture.h"
#include "util/clock.h"
#include "write/writeservice.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Qadam;

Q_DECLARE_METATYPE(Qadam::Channel)

namespace {

const QDate kMarch(2026, 3, 1);

DashboardFilter firstQuarter()
{
    DashboardFilter f;
    f.asOf = Test::ReportingFixture::asOf();
    f.from = QDate(2026, 1, 1);
    f.to = QDate(2026, 3, 31);
    return f;
}

const DashboardBucket *bucket(const QList<DashboardBucket> &buckets, const QString &key)
{
    for (const DashboardBucket &b : buckets)
        if (b.key == key)
            return &b;
    return nullptr;
}

const ComplianceMonth *month(const QList<ComplianceMonth> &months, Channel channel, const QDate &first)
{
    for (const ComplianceMonth &m : months)
        if (m.channel == channel && m.month == first)
            return &m;
    return nullptr;
}

} // namespace

class tst_DashboardQueries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_store.close(); }
    void caseload();
    void caseloadFilters_data();
    void caseloadFilters();
    void complianceByChannelAndMonth_data();
    void complianceByChannelAndMonth();
    void overdueAppearancesAndMeasures();
    void programmeProgressBuckets();
    void progressBucketBoundaries_data();
    void progressBucketBoundaries();
    void referralsByOrganisation();
    void openAlertsBySeverity();
    void reviews();
    void supervisorOfAnotherRegionSeesNone();
    void officerSeesOwnCasesOnly();
    void noCaseContentForAdministrators();
    void choicesStayInScope();
    void badFilterIsRefused_data();
    void badFilterIsRefused();
    void generatedStoreAddsUp();

private:
    DashboardFigures figuresOf(const QString &who, const DashboardFilter &filter = firstQuarter());

    QTemporaryDir m_dir;
    Test::ReportingFixture m_store;
};

void tst_DashboardQueries::initTestCase()
{
    QVERIFY(m_store.build(m_dir.filePath(u"dashboard.db"_s)));
}

DashboardFigures tst_DashboardQueries::figuresOf(const QString &who, const DashboardFilter &filter)
{
    auto f = DashboardQueries(m_store.db(), m_store.actor(who)).figures(filter, u"en"_s);
    if (!f.ok())
        QTest::qFail(qPrintable(f.error().detail), __FILE__, __LINE__);
    return f.ok() ? f.value() : DashboardFigures {};
}

void tst_DashboardQueries::caseload()
{
    const DashboardFigures f = figuresOf(u"supA"_s);
    const QStringList regionA
        = m_store.ids({ u"A1"_s, u"A2"_s, u"A3"_s, u"A4"_s, u"A5"_s, u"A6"_s, u"A7"_s });
    QCOMPARE(f.caseload.count, 7);
    QCOMPARE(f.caseload.personIds, regionA);

    QCOMPARE(f.caseloadByOfficer.size(), 2);
    QCOMPARE(f.caseloadByOfficer.at(0).key, m_store.id(u"a2"_s)); // the larger caseload first
    QCOMPARE(f.caseloadByOfficer.at(0).label, u"Staff a2"_s);
    QCOMPARE(f.caseloadByOfficer.at(0).tally.count, 4);
    QCOMPARE(f.caseloadByOfficer.at(1).tally.personIds, m_store.ids({ u"A1"_s, u"A2"_s, u"A3"_s }));

    // A district's people count under their region.
    QCOMPARE(f.caseloadByRegion.size(), 1);
    QCOMPARE(f.caseloadByRegion.at(0).key, u"KZ-AAA"_s);
    QCOMPARE(f.caseloadByRegion.at(0).label, u"Region A"_s);
    QCOMPARE(f.caseloadByRegion.at(0).tally.personIds, regionA);

    QCOMPARE(bucket(f.caseloadByCategory, u"released_convict"_s)->tally.count, 7);
    QCOMPARE(bucket(f.caseloadByCategory, u"returnee"_s)->tally.personIds, m_store.ids({ u"A5"_s, u"A6"_s }));
}

void tst_DashboardQueries::caseloadFilters_data()
{
    QTest::addColumn<QString>("territory");
    QTest::addColumn<QString>("officer");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("district") << u"KZ-AAA-D"_s << QString() << QString()
                              << QStringList { u"A1"_s, u"A2"_s, u"A3"_s };
    QTest::newRow("region includes its district")
        << u"KZ-AAA"_s << QString() << QString()
        << QStringList { u"A1"_s, u"A2"_s, u"A3"_s, u"A4"_s, u"A5"_s, u"A6"_s, u"A7"_s };
    QTest::newRow("region out of scope") << u"KZ-BBB"_s << QString() << QString() << QStringList();
    QTest::newRow("officer") << QString() << u"a2"_s << QString()
                             << QStringList { u"A4"_s, u"A5"_s, u"A6"_s, u"A7"_s };
    QTest::newRow("category") << QString() << QString() << u"returnee"_s << QStringList { u"A5"_s, u"A6"_s };
    QTest::newRow("all three") << u"KZ-AAA"_s << u"a2"_s << u"returnee"_s << QStringList { u"A5"_s, u"A6"_s };
    QTest::newRow("nobody matches") << u"KZ-AAA-D"_s << u"a2"_s << QString() << QStringList();
}

void tst_DashboardQueries::caseloadFilters()
{
    QFETCH(QString, territory);
    QFETCH(QString, officer);
    QFETCH(QString, category);
    QFETCH(QStringList, expected);
    DashboardFilter filter = firstQuarter();
    filter.territoryCode = territory;
    filter.officerId = m_store.id(officer);
    filter.category = category;
    const DashboardFigures f = figuresOf(u"supA"_s, filter);
    QCOMPARE(f.caseload.personIds, m_store.ids(expected));
    // Every other figure is narrowed the same way: nobody outside the filter is behind any number.
    for (const ComplianceMonth &m : f.compliance)
        for (const QString &id : m.due.personIds)
            QVERIFY(f.caseload.personIds.contains(id));
}

void tst_DashboardQueries::complianceByChannelAndMonth_data()
{
    QTest::addColumn<Channel>("channel");
    QTest::addColumn<int>("monthNo");
    QTest::addColumn<int>("attended");
    QTest::addColumn<int>("excused");
    QTest::addColumn<int>("missed");
    QTest::addColumn<QStringList>("missedPeople");
    QTest::newRow("police January") << Channel::Police << 1 << 7 << 0 << 0 << QStringList();
    QTest::newRow("police February, one excused") << Channel::Police << 2 << 6 << 1 << 0 << QStringList();
    QTest::newRow("police March") << Channel::Police << 3 << 7 << 0 << 0 << QStringList();
    QTest::newRow("probation February, two excused")
        << Channel::Probation << 2 << 5 << 2 << 0 << QStringList();
    QTest::newRow("probation March, two recorded misses and one unrecorded")
        << Channel::Probation << 3 << 4 << 0 << 3 << QStringList { u"A1"_s, u"A2"_s, u"A3"_s };
}

void tst_DashboardQueries::complianceByChannelAndMonth()
{
    QFETCH(Channel, channel);
    QFETCH(int, monthNo);
    QFETCH(int, attended);
    QFETCH(int, excused);
    QFETCH(int, missed);
    QFETCH(QStringList, missedPeople);
    const DashboardFigures f = figuresOf(u"supA"_s);
    QCOMPARE(f.compliance.size(), 6); // three months × two channels, police first
    QCOMPARE(f.compliance.first().channel, Channel::Police);
    const ComplianceMonth *m = month(f.compliance, channel, QDate(2026, monthNo, 1));
    QVERIFY(m);
    QCOMPARE(m->due.count, 7);
    QCOMPARE(m->attended.count, attended);
    QCOMPARE(m->excused.count, excused);
    QCOMPARE(m->missed.count, missed);
    QCOMPARE(m->pending.count, 0);
    QCOMPARE(m->missed.personIds, m_store.ids(missedPeople));
    QCOMPARE(m->compliancePercent().value(), 100.0 * attended / (attended + missed));
}

void tst_DashboardQueries::overdueAppearancesAndMeasures()
{
    const DashboardFigures f = figuresOf(u"supA"_s);
    // Only the March miss nobody recorded still needs someone to act; recorded misses do not.
    QCOMPARE(bucket(f.overdueAppearances, u"police"_s)->tally.count, 0);
    QCOMPARE(bucket(f.overdueAppearances, u"probation"_s)->tally.count, 1);
    QCOMPARE(bucket(f.overdueAppearances, u"probation"_s)->tally.personIds, m_store.ids({ u"A3"_s }));
    QCOMPARE(f.overdueMeasures.count, 1);
    QCOMPARE(f.overdueMeasures.personIds, m_store.ids({ u"A1"_s }));
}

void tst_DashboardQueries::programmeProgressBuckets()
{
    const DashboardFigures f = figuresOf(u"supA"_s);
    QCOMPARE(f.programmeProgress.size(), 7);
    QStringList keys;
    for (const DashboardBucket &b : f.programmeProgress)
        keys << b.key;
    QCOMPARE(keys, DashboardQueries::progressBuckets());
    QCOMPARE(bucket(f.programmeProgress, u"50_74"_s)->tally.personIds, m_store.ids({ u"A1"_s })); // 2 of 3
    QCOMPARE(bucket(f.programmeProgress, u"100"_s)->tally.personIds, m_store.ids({ u"A2"_s }));
    QCOMPARE(bucket(f.programmeProgress, u"0"_s)->tally.personIds, m_store.ids({ u"A3"_s }));
    QCOMPARE(bucket(f.programmeProgress, u"no_measures"_s)->tally.personIds, m_store.ids({ u"A4"_s }));
    QCOMPARE(bucket(f.programmeProgress, u"1_24"_s)->tally.count, 0);
}

void tst_DashboardQueries::progressBucketBoundaries_data()
{
    QTest::addColumn<int>("delivered");
    QTest::addColumn<int>("planned");
    QTest::addColumn<QString>("expected");
    QTest::newRow("nothing planned") << 0 << 0 << u"no_measures"_s;
    QTest::newRow("none delivered") << 0 << 4 << u"0"_s;
    QTest::newRow("one of 200 is not zero") << 1 << 200 << u"1_24"_s;
    QTest::newRow("24 %") << 6 << 25 << u"1_24"_s;
    QTest::newRow("25 %") << 1 << 4 << u"25_49"_s;
    QTest::newRow("half") << 1 << 2 << u"50_74"_s;
    QTest::newRow("75 %") << 3 << 4 << u"75_99"_s;
    QTest::newRow("199 of 200 is not all") << 199 << 200 << u"75_99"_s;
    QTest::newRow("all") << 3 << 3 << u"100"_s;
}

void tst_DashboardQueries::progressBucketBoundaries()
{
    QFETCH(int, delivered);
    QFETCH(int, planned);
    QFETCH(QString, expected);
    QCOMPARE(DashboardQueries::progressBucket(delivered, planned), expected);
}

void tst_DashboardQueries::referralsByOrganisation()
{
    const DashboardFigures f = figuresOf(u"supA"_s);
    QCOMPARE(f.referralsByOrganisation.size(), 2);
    const ReferralThroughput &alpha = f.referralsByOrganisation.at(0); // sorted by name
    QCOMPARE(alpha.organisationId, m_store.id(u"ngo1"_s));
    QCOMPARE(alpha.label, u"Alpha NGO"_s);
    QCOMPARE(alpha.referred.personIds, m_store.ids({ u"A1"_s, u"A2"_s })); // B1's is not supA's
    QCOMPARE(alpha.completed.personIds, m_store.ids({ u"A2"_s }));
    QCOMPARE(alpha.active.personIds, m_store.ids({ u"A1"_s }));
    QCOMPARE(alpha.ended.count, 0);
    QCOMPARE(alpha.completionPercent().value(), 100.0);
    const ReferralThroughput &beta = f.referralsByOrganisation.at(1);
    QCOMPARE(beta.label, u"Beta NGO"_s);
    QCOMPARE(beta.referred.count, 1);
    QCOMPARE(beta.ended.personIds, m_store.ids({ u"A3"_s }));
    QCOMPARE(beta.completionPercent().value(), 0.0);
}

void tst_DashboardQueries::openAlertsBySeverity()
{
    const DashboardFigures f = figuresOf(u"supA"_s);
    QCOMPARE(f.openAlertsBySeverity.size(), 3);
    QCOMPARE(f.openAlertsBySeverity.at(0).key, u"urgent"_s);
    QCOMPARE(
        bucket(f.openAlertsBySeverity, u"urgent"_s)->tally.personIds, m_store.ids({ u"A1"_s })); // not B1
    QCOMPARE(bucket(f.openAlertsBySeverity, u"warning"_s)->tally.personIds,
        m_store.ids({ u"A2"_s })); // A3's resolved
    QCOMPARE(bucket(f.openAlertsBySeverity, u"info"_s)->tally.personIds, m_store.ids({ u"A4"_s }));
}

void tst_DashboardQueries::reviews()
{
    const DashboardFigures f = figuresOf(u"supA"_s);
    // The first review falls due three months after the order's start (2026-04-01); A2's signed
    // review of the first quarter moves A2's next one to the end of June.
    QCOMPARE(f.reviewsDue.personIds, m_store.ids({ u"A1"_s, u"A3"_s, u"A4"_s, u"A5"_s, u"A6"_s, u"A7"_s }));
    QCOMPARE(f.reviewsAwaitingSignOff.personIds, m_store.ids({ u"A1"_s }));
    DashboardFilter earlier = firstQuarter();
    earlier.asOf = QDate(2026, 3, 31);
    QCOMPARE(figuresOf(u"supA"_s, earlier).reviewsDue.count, 0);
}

void tst_DashboardQueries::supervisorOfAnotherRegionSeesNone()
{
    const DashboardFigures f = figuresOf(u"supB"_s);
    const QStringList regionB = m_store.ids({ u"B1"_s, u"B2"_s, u"B3"_s });
    QCOMPARE(f.caseload.personIds, regionB);
    QCOMPARE(f.caseloadByRegion.size(), 1);
    QCOMPARE(f.caseloadByRegion.at(0).key, u"KZ-BBB"_s);
    const auto onlyB = [&](const Tally &t) {
        for (const QString &id : t.personIds)
            if (!regionB.contains(id))
                return false;
        return true;
    };
    for (const ComplianceMonth &m : f.compliance)
        QVERIFY(onlyB(m.due) && m.missed.count == 0);
    for (const DashboardBucket &b : f.openAlertsBySeverity)
        QVERIFY(onlyB(b.tally));
    QCOMPARE(bucket(f.openAlertsBySeverity, u"urgent"_s)->tally.count, 1);
    QCOMPARE(f.referralsByOrganisation.size(), 1);
    QCOMPARE(f.referralsByOrganisation.at(0).referred.personIds, m_store.ids({ u"B1"_s }));
    QCOMPARE(f.overdueMeasures.count, 0);
    QCOMPARE(f.reviewsDue.personIds, regionB);
    // Asking for region A by filter gives nothing rather than region A.
    DashboardFilter filter = firstQuarter();
    filter.territoryCode = u"KZ-AAA"_s;
    QCOMPARE(figuresOf(u"supB"_s, filter).caseload.count, 0);
}

void tst_DashboardQueries::officerSeesOwnCasesOnly()
{
    const DashboardFigures f = figuresOf(u"a1"_s);
    QCOMPARE(f.caseload.personIds, m_store.ids({ u"A1"_s, u"A2"_s, u"A3"_s }));
    // Alerts: an officer reads only alerts routed to them or their role; these have no routing.
    QCOMPARE(bucket(f.openAlertsBySeverity, u"urgent"_s)->tally.personIds, m_store.ids({ u"A1"_s }));
}

void tst_DashboardQueries::noCaseContentForAdministrators()
{
    const DashboardFigures f = figuresOf(u"admin"_s);
    QCOMPARE(f.caseload.count, 0);
    for (const ComplianceMonth &m : f.compliance)
        QCOMPARE(m.due.count, 0);
    QVERIFY(f.referralsByOrganisation.isEmpty());
}

void tst_DashboardQueries::choicesStayInScope()
{
    auto c = DashboardQueries(m_store.db(), m_store.actor(u"supA"_s)).choices(kMarch, u"en"_s);
    QVERIFY(c.ok());
    QCOMPARE(c.value().officers.size(), 2);
    QCOMPARE(c.value().officers.at(0).label, u"Staff a1"_s);
    QCOMPARE(c.value().regions.size(), 1);
    QCOMPARE(c.value().regions.at(0).key, u"KZ-AAA"_s);
    QCOMPARE(c.value().categories, (QStringList { u"released_convict"_s, u"returnee"_s }));
}

void tst_DashboardQueries::badFilterIsRefused_data()
{
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QString>("field");
    QTest::newRow("no asOf") << QDate() << kMarch << kMarch << u"asOf"_s;
    QTest::newRow("ends before it starts") << kMarch << kMarch << kMarch.addDays(-1) << u"to"_s;
}

void tst_DashboardQueries::badFilterIsRefused()
{
    QFETCH(QDate, asOf);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QString, field);
    DashboardFilter filter;
    filter.asOf = asOf;
    filter.from = from;
    filter.to = to;
    auto f = DashboardQueries(m_store.db(), m_store.actor(u"supA"_s)).figures(filter, u"en"_s);
    QVERIFY(!f.ok());
    QCOMPARE(f.error().code, Error::Invalid);
    QCOMPARE(f.error().field, field);
}

void tst_DashboardQueries::generatedStoreAddsUp()
{
    QTemporaryDir dir;
    auto db = Test::openMigrated(dir.filePath(u"generated.db"_s));
    QVERIFY(db);
    GeneratorOptions options;
    options.people = 400;
    options.today = QDate(2026, 5, 20);
    QVERIFY(SyntheticData::generate(*db, options).ok());
    auto supervisor
        = db->scalar(u"SELECT id FROM staff_user WHERE role = 'supervisor' ORDER BY id LIMIT 1"_s);
    QVERIFY(supervisor.ok());
    const Actor actor { supervisor.value().toString(), Role::Supervisor };

    DashboardFilter filter;
    filter.from = QDate(2026, 1, 1);
    filter.to = QDate(2026, 3, 31);
    filter.asOf = filter.to.addDays(1); // as the progress review counts a period: the day after it
    auto figures = DashboardQueries(*db, actor).figures(filter, u"ru"_s);
    QVERIFY(figures.ok());
    const DashboardFigures &f = figures.value();
    auto scope = CaseScope::personIds(*db, actor, filter.asOf);
    QVERIFY(scope.ok());
    QVERIFY(!scope.value().isEmpty());
    QVERIFY(scope.value().size() < 400); // one supervisor does not see the whole country

    // Caseload: the breakdowns add up to the total, which matches the store.
    qint64 byOfficer = 0, byRegion = 0;
    for (const DashboardBucket &b : f.caseloadByOfficer)
        byOfficer += b.tally.count;
    for (const DashboardBucket &b : f.caseloadByRegion)
        byRegion += b.tally.count;
    QCOMPARE(byOfficer, f.caseload.count);
    QCOMPARE(byRegion, f.caseload.count);
    qint64 active = 0;
    for (const QString &id : scope.value())
        active
            += db->scalar(u"SELECT count(*) FROM person WHERE id = ?1 AND case_status = 'active'"_s, { id })
                   .value()
                   .toLongLong();
    QCOMPARE(f.caseload.count, active);

    // Compliance: each month's parts add up; the totals equal the sum of every person's progress
    // review indicators for the same period (an independent path through the same engine).
    ManualClock clock;
    WriteService writer(*db, clock, actor);
    auto calendar = WorkCalendar::load(*db);
    QVERIFY(calendar.ok());
    ProgressReviewService reviews(
        *db, writer, clock, ObligationEngine(calendar.value(), DeadlineRules::builtIn().settings()));
    QHash<QString, qint64> expected;
    qint64 completedReferrals = 0;
    for (const QString &id : scope.value()) {
        auto ind = reviews.computeIndicators(id, {}, filter.from, filter.to);
        QVERIFY(ind.ok());
        const QJsonObject appearances = ind.value().value(u"appearances"_s).toObject();
        for (const QString &channel : { u"police"_s, u"probation"_s })
            for (const QString &outcome : { u"attended"_s, u"missed"_s, u"excused"_s })
                expected[channel + outcome]
                    += appearances.value(channel).toObject().value(outcome).toInteger();
        completedReferrals += ind.value().value(u"referralsCompleted"_s).toInteger();
    }
    QHash<QString, qint64> actual;
    for (const ComplianceMonth &m : f.compliance) {
        QCOMPARE(m.due.count, m.attended.count + m.excused.count + m.missed.count + m.pending.count);
        for (const QString &id : m.due.personIds)
            QVERIFY(scope.value().contains(id));
        const QString channel = channelName(m.channel);
        actual[channel + u"attended"_s] += m.attended.count;
        actual[channel + u"missed"_s] += m.missed.count;
        actual[channel + u"excused"_s] += m.excused.count;
    }
    QVERIFY(actual.value(u"policeattended"_s) > 0);
    QCOMPARE(actual, expected);

    qint64 completed = 0;
    for (const ReferralThroughput &r : f.referralsByOrganisation)
        completed += r.completed.count;
    QCOMPARE(completed, completedReferrals);
    qint64 programmes = 0;
    for (const DashboardBucket &b : f.programmeProgress)
        programmes += b.tally.count;
    QVERIFY(programmes > 0);
}

QTEST_GUILESS_MAIN(tst_DashboardQueries)
#include "tst_dashboardqueries.moc"
